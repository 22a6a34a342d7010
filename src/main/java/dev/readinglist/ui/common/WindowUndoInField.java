package dev.readinglist.ui.common;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z in a field of the window undoes the field's own typing while it has some, and is the
 * window's Undo, as the Edit menu shows it, once it has none: a text field takes the key even with
 * nothing to undo, so the window's change could not be undone from there. Ctrl+Shift+Z does the same
 * for Redo.
 */
public final class WindowUndoInField {

    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private WindowUndoInField() {}

    /** The window's Undo and Redo, given by the command each runs. */
    public static void install(TextInputControl field, Consumer<Command> window) {
        install(field, () -> false, window);
    }

    /** As above; also the window's Undo and Redo whenever {@code windowFirst} says the field's own are stale. */
    public static void install(TextInputControl field, BooleanSupplier windowFirst, Consumer<Command> window) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (UNDO.match(key) && (windowFirst.getAsBoolean() || !field.isUndoable())) {
                key.consume();
                window.accept(Command.UNDO);
            } else if (REDO.match(key) && (windowFirst.getAsBoolean() || !field.isRedoable())) {
                key.consume();
                window.accept(Command.REDO);
            }
        });
    }
}
