package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.ui.common.UndoStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ctrl+Z and a notice's Undo take back the same stack, and a change is undone once whichever comes first. */
class UndoStackTest {

    private final List<String> undone = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final UndoStack stack = new UndoStack();

    private UndoStack.Step step(String name) {
        return new UndoStack.Step("Undo " + name, () -> undone.add(name), () -> Optional.of("Undid " + name));
    }

    @Test
    void aNoticesUndoAfterCtrlZDoesNothingMore() {
        stack.tellThrough(dialogs);
        UndoStack.Step star = step("star");
        stack.push(step("read"));
        stack.push(star);
        assertEquals("Undo star", stack.labelProperty().get());
        stack.undo();
        stack.action(star).run().run();
        assertEquals(List.of("star"), undone);
        assertEquals(List.of("Undid star"), dialogs.said());
        assertEquals("Undo read", stack.labelProperty().get());
    }

    /** A notice whose Undo would do nothing is stale: the twenty-seventh walk read such notices as still true. */
    @Test
    void aNoticesUndoIsOfUseWhileItsChangeIsThereToUndo() {
        UndoStack.Step star = step("star");
        stack.push(star);
        var undo = stack.action(star);
        assertTrue(undo.usable().get());
        stack.push(step("read"));
        assertTrue(undo.usable().get(), "under a newer change it still undoes its own");
        stack.undo();
        stack.undo();
        assertFalse(undo.usable().get(), "Ctrl+Z took it back");
    }

    /** A step refused (an add with a newer change to its article) says why and stays where it is (the twenty-ninth walk). */
    @Test
    void aRefusedUndoSaysWhyAndStaysInItsPlace() {
        stack.tellThrough(dialogs);
        boolean[] changedSince = {true};
        UndoStack.Step add =
                step("add").refusedWhile(() -> changedSince[0] ? Optional.of("changed since") : Optional.empty());
        stack.push(add);
        stack.push(step("note"));
        stack.action(add).run().run();
        assertEquals(List.of(), undone);
        assertEquals(List.of("changed since"), dialogs.said());
        stack.undo();
        changedSince[0] = false;
        stack.undo();
        assertEquals(List.of("note", "add"), undone, "still in its place, under the newer change");
    }

    @Test
    void ctrlZAfterANoticesUndoTakesBackTheChangeBeforeIt() {
        UndoStack.Step star = step("star");
        stack.push(step("read"));
        stack.push(star);
        stack.action(star).run().run();
        stack.undo();
        assertEquals(List.of("star", "read"), undone);
        assertFalse(stack.canUndoProperty().get());
        stack.undo();
        assertEquals(List.of("star", "read"), undone, "nothing left to undo");
    }

    private UndoStack.Step redoable(String name) {
        return step(name).redoneBy(() -> undone.add("again " + name), () -> Optional.of("Did " + name + " again"));
    }

    @Test
    void redoDoesAgainWhatUndoTookBackUntilSomethingNewIsDone() {
        stack.tellThrough(dialogs);
        stack.push(redoable("read"));
        stack.push(redoable("star"));
        assertFalse(stack.canRedoProperty().get());
        stack.undo();
        stack.undo();
        assertEquals("Redo read", stack.redoLabelProperty().get(), "the last undone first");
        stack.redo();
        assertEquals(List.of("star", "read", "again read"), undone);
        assertEquals("Did read again", dialogs.said().getLast());
        assertEquals("Undo read", stack.labelProperty().get(), "done again, it can be undone again");
        assertEquals("Redo star", stack.redoLabelProperty().get());

        stack.push(redoable("tag"));
        assertFalse(stack.canRedoProperty().get(), "something new: the star cannot be done again");
        stack.redo();
        assertEquals(List.of("star", "read", "again read"), undone);
    }

    @Test
    void anUndoThatCannotBeDoneAgainEndsWhatRedoReaches() {
        UndoStack.Step read = redoable("read");
        stack.push(read);
        stack.push(step("import"));
        stack.undo();
        assertFalse(stack.canRedoProperty().get());
        stack.action(read).run().run(); // a notice's Undo
        assertTrue(stack.canRedoProperty().get());
        stack.redo();
        assertEquals(List.of("import", "read", "again read"), undone);
    }
}
