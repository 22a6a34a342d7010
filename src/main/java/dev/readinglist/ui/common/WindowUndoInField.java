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

    /**
     * As above; also the window's Undo and Redo whenever {@code windowFirst} says the field's own are stale. Redo
     * takes back the undos in turn, newest first: the window's taken from here after the field's own are done again
     * before those (the twenty-fourth walk's note text came back before the tag undone after it).
     */
    public static void install(TextInputControl field, BooleanSupplier windowFirst, Consumer<Command> window) {
        int[] windowUndos = {0};
        field.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (UNDO.match(key) && (windowFirst.getAsBoolean() || !field.isUndoable())) {
                key.consume();
                windowUndos[0]++;
                window.accept(Command.UNDO);
            } else if (REDO.match(key) && (windowUndos[0] > 0 || windowFirst.getAsBoolean() || !field.isRedoable())) {
                key.consume();
                windowUndos[0] = Math.max(0, windowUndos[0] - 1);
                window.accept(Command.REDO);
            }
        });
        // Typing makes a new change here: the field's redo ends, and so does what came before it.
        field.addEventFilter(KeyEvent.KEY_TYPED, typed -> {
            if (!typed.getCharacter().isEmpty() && !typed.isShortcutDown()) {
                windowUndos[0] = 0;
            }
        });
    }
}
