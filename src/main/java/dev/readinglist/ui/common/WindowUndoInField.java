package dev.readinglist.ui.common;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z in a field of the window undoes the field's own typing while it has some, and is the
 * window's Undo, as the Edit menu shows it, once it has none: a text field takes the key even with
 * nothing to undo, so the window's change could not be undone from there. Ctrl+Shift+Z does the same
 * for Redo. The Edit menu asks the field with the keyboard first too ({@link #in}), so that the menu and
 * the keys take back the same thing.
 */
public final class WindowUndoInField {

    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final TextInputControl field;
    private final BooleanSupplier windowFirst;
    private final BooleanSupplier windowCanRedo;
    /** The window's undos asked from here since the last typing: Redo takes them back first. */
    private int windowUndos;

    private boolean stepping;

    private WindowUndoInField(TextInputControl field, BooleanSupplier windowFirst, BooleanSupplier windowCanRedo) {
        this.field = field;
        this.windowFirst = windowFirst;
        this.windowCanRedo = windowCanRedo;
    }

    /**
     * The window's Undo and Redo ({@code window} runs each), also whenever {@code windowFirst} says the field's own
     * are stale. Redo
     * takes back the undos in turn, newest first: the window's taken from here after the field's own are done again
     * before those (the twenty-fourth walk's note text came back before the tag undone after it). {@code window}
     * says whether it passed the command on: an undo it refused (the note's, about another article) leaves nothing
     * for Redo to take back first, and counted, it kept Redo from the note's own typing (the thirty-first walk).
     */
    public static WindowUndoInField install(
            TextInputControl field,
            BooleanSupplier windowFirst,
            BooleanSupplier windowCanRedo,
            Predicate<Command> window) {
        WindowUndoInField undo = new WindowUndoInField(field, windowFirst, windowCanRedo);
        field.getProperties().put(WindowUndoInField.class, undo);
        field.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (UNDO.match(key) && !undo.ownUndo()) {
                key.consume();
                if (window.test(Command.UNDO)) {
                    undo.windowUndos++;
                }
            } else if (UNDO.match(key)) {
                key.consume();
                undo.undoOwn();
            } else if (REDO.match(key) && undo.ownRedo()) {
                key.consume();
                undo.redoOwn();
            } else if (REDO.match(key)) {
                key.consume();
                undo.windowUndos = Math.max(0, undo.windowUndos - 1);
                if (!window.test(Command.REDO)) {
                    undo.windowUndos = 0; // refused, and said: the field's own redo comes next
                }
            }
        });
        // Typing makes a new change here: the field's redo ends, and so does what came before it.
        field.addEventFilter(KeyEvent.KEY_TYPED, typed -> {
            if (!typed.getCharacter().isEmpty() && !typed.isShortcutDown()) {
                undo.windowUndos = 0;
            }
        });
        return undo;
    }

    /** The field {@code focused} (the scene's focus owner, or null), if it is one of these. */
    public static Optional<WindowUndoInField> in(Node focused) {
        return focused instanceof TextInputControl field
                        && field.getProperties().get(WindowUndoInField.class) instanceof WindowUndoInField undo
                ? Optional.of(undo)
                : Optional.empty();
    }

    /** Whether Undo here takes back the field's own typing, rather than a change of the window's. */
    public boolean ownUndo() {
        return !windowFirst.getAsBoolean() && field.isUndoable();
    }

    /**
     * Whether Redo here does the field's own typing again, rather than a change of the window's: the window's undos
     * asked from here come first while the window can redo them (an undo that changed nothing leaves nothing to redo).
     */
    public boolean ownRedo() {
        return (windowUndos == 0 || !windowCanRedo.getAsBoolean()) && !windowFirst.getAsBoolean() && field.isRedoable();
    }

    /** True while the field's own undo or redo changes its text: no typing of the user's. */
    public boolean stepping() {
        return stepping;
    }

    public void undoOwn() {
        stepping = true;
        try {
            field.undo();
        } finally {
            stepping = false;
        }
    }

    public void redoOwn() {
        stepping = true;
        try {
            field.redo();
        } finally {
            stepping = false;
        }
    }
}
