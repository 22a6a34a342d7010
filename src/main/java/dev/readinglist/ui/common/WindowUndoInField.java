package dev.readinglist.ui.common;

import java.util.function.BooleanSupplier;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z in a field of the window undoes the field's own typing while it has some, and is the
 * window's Undo, as the Edit menu shows it, once it has none: a text field takes the key even with
 * nothing to undo, so the window's change could not be undone from there.
 */
public final class WindowUndoInField {

    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private WindowUndoInField() {}

    public static void install(TextInputControl field, Runnable windowUndo) {
        install(field, () -> false, windowUndo);
    }

    /** As above; also the window's Undo whenever {@code windowFirst} says the field's own undo is stale. */
    public static void install(TextInputControl field, BooleanSupplier windowFirst, Runnable windowUndo) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (UNDO.match(key) && (windowFirst.getAsBoolean() || !field.isUndoable())) {
                key.consume();
                windowUndo.run();
            }
        });
    }
}
