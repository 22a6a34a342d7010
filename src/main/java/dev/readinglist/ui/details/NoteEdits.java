package dev.readinglist.ui.details;

import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.UndoStack;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The note's typing as steps of the window's Undo: one step per stretch of typing, from when the note takes the
 * keyboard until it lets go, on the stack from its first key. Once a note was left, its typing could not be taken back
 * from the list (the twenty-fourth walk); pushed only as the note let go, the step came after Edit > Undo, clicked while
 * typing, had taken back an older one, and its push ended the Redo that would have brought that back (the twenty-sixth).
 */
final class NoteEdits {

    private static final String LABEL = "Undo note edit";

    /**
     * Puts {@code text} in place of {@code over} as the note of {@code row}, and says so: the pane's undo of a note.
     * Refused, {@code step} is forgotten: it can be neither undone nor done again. {@code redo}: {@code over} is the
     * text the step began from, so a text kept from elsewhere in it is one the step itself took out.
     */
    interface NotePutter {
        void put(
                ArticleRow row,
                String text,
                String over,
                boolean redo,
                String refused,
                String said,
                UndoStack.Undoable step);
    }

    private final UndoStack undo;
    private final Function<ArticleRow, String> latest;
    private final Runnable flush;
    private final BooleanSupplier ownStep;
    private final NotePutter putter;

    /** The article whose note has the keyboard, and its note as this stretch of typing began. */
    private ArticleRow editing;

    private String editedFrom;
    /** This stretch's step, once a key changed the note; null before, and once undone or ended. */
    private Edit step;
    /** The note as typed when the note's own undo began to take this stretch back; null before. */
    private String typedTop;
    /** The note as the last key left it. */
    private String lastSeen;
    /** Whether the note's own undo or redo made the last change, not typing. */
    private boolean lastOwn;

    /**
     * @param latest the note as last typed, saved or not
     * @param flush saves what is typed, before an undo reads the note
     * @param ownStep true while the note's own undo or redo changes it
     */
    NoteEdits(
            UndoStack undo,
            Function<ArticleRow, String> latest,
            Runnable flush,
            BooleanSupplier ownStep,
            NotePutter putter) {
        this.undo = undo;
        this.latest = latest;
        this.flush = flush;
        this.ownStep = ownStep;
        this.putter = putter;
    }

    /** The note of {@code row} took the keyboard (null: none has it); the stretch before ends. */
    void keyboardTo(ArticleRow row) {
        end();
        typedTop = null;
        lastOwn = false;
        editing = row;
        editedFrom = row == null ? null : latest.apply(row);
        lastSeen = editedFrom;
    }

    /** The user typed this text into the note of {@code row}. */
    void typed(ArticleRow row, String text) {
        if (row != editing) {
            return;
        }
        String was = lastSeen;
        lastSeen = text;
        boolean own = ownStep.getAsBoolean();
        if (own && !lastOwn && step != null) {
            typedTop = was; // the note's own undo begins, from the text as typed
        }
        lastOwn = own;
        if (step != null && was != null && !own && typedOver(was, text)) {
            // A selection typed over or deleted ends the stretch there and begins one of its own: the thirty-fifth
            // walk typed over a whole note, left, came back, and Ctrl+Z took it back to empty, past what it first
            // wrote.
            end(was);
            editedFrom = was;
        }
        if (step == null && !text.equals(editedFrom)) {
            step = new Edit(row, editedFrom);
            undo.push(step);
        } else if (step != null && text.equals(step.before)) {
            // Typed and taken back (the note's own Ctrl+Z): nothing to undo, and the window's Redo types it again.
            // Forgotten, it was lost to Redo once the window's Undo had put other text in the note, which ends the
            // note's own redo (the thirty-fourth walk).
            if (typedTop == null) {
                undo.forget(step);
            } else {
                step.after = typedTop;
                undo.takenBack(step);
            }
            step = null;
            typedTop = null;
        }
    }

    /**
     * Whether {@code now} is {@code was} with more than one letter taken out and at most one put in: a selection typed
     * over, cut or deleted.
     */
    static boolean typedOver(String was, String now) {
        int same = 0;
        int shorter = Math.min(was.length(), now.length());
        while (same < shorter && was.charAt(same) == now.charAt(same)) {
            same++;
        }
        int tail = 0;
        while (tail < shorter - same && was.charAt(was.length() - 1 - tail) == now.charAt(now.length() - 1 - tail)) {
            tail++;
        }
        return was.length() - same - tail > 1 && now.length() - same - tail <= 1;
    }

    /** The note of {@code row} changed from {@code before} to {@code text} by no typing here (elsewhere, an undo). */
    void replaced(ArticleRow row, String before, String text) {
        if (row == editing) {
            end(before);
            editedFrom = text;
            lastSeen = text;
            lastOwn = false;
        }
    }

    /**
     * The note of {@code row} was changed elsewhere, and no undo of that change is offered (a sync's merge kept the
     * typed text beside another device's, or a command line added to it): its edits here can no longer be taken back
     * nor done again. Offered still, Edit > Undo named each in turn and refused it (the fifty-third walk).
     */
    void outdated(ArticleRow row) {
        undo.forgetAll(
                step -> step instanceof Edit edit && edit.row == row,
                LABEL,
                "Nothing undone: the note of "
                        + Formats.inNotice(row.titleProperty().get())
                        + " changed elsewhere since your edits (a sync, the command line); what you wrote is still in it");
    }

    /** A save kept a change made elsewhere around the typed text: the stretch began with it around too. */
    void keptAround(ArticleRow row, Function<String, String> around) {
        if (row == editing && editedFrom != null) {
            editedFrom = around.apply(editedFrom);
            lastSeen = lastSeen == null ? null : around.apply(lastSeen);
        }
    }

    private void end() {
        if (step != null) {
            end(latest.apply(step.row));
        }
    }

    private void end(String after) {
        if (step != null) {
            step.after = after;
            step = null;
        }
    }

    private final class Edit implements UndoStack.Undoable {
        private final ArticleRow row;
        private final String before;
        /** The note as the stretch ended; null while it is still typed. */
        private String after;

        Edit(ArticleRow row, String before) {
            this.row = row;
            this.before = before;
        }

        @Override
        public String label() {
            return LABEL;
        }

        @Override
        public List<String> articles() {
            return List.of(row.id());
        }

        @Override
        public void undo() {
            if (after == null) {
                // Taken back while still typed (Edit > Undo): what is typed is saved first, and typing on is a new
                // step.
                flush.run();
                end(latest.apply(row));
            }
            putter.put(row, before, after, false, "Not undone", "as it was before your edit", this);
        }

        @Override
        public boolean canRedo() {
            return true;
        }

        @Override
        public void redo() {
            putter.put(row, after, before, true, "Not redone", "as you left it again", this);
        }
    }
}
