package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.UndoStack;
import dev.readinglist.ui.details.DetailViewModel;
import dev.readinglist.ui.main.MainViewModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note editor's autosave and the tag editing, over a real library, without the toolkit. */
class DetailViewModelTest {

    @TempDir
    Path dir;

    Library library;
    WindowModels window;
    MainViewModel main;
    DetailViewModel detail;
    ManualDebouncer debouncer;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("rl.db"));
        window = new WindowModels(Clock.systemUTC()).open(library);
        main = window.main;
        detail = window.detail;
        debouncer = window.autosave;
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aRowFromTheIndexGetsItsSummaryWhenShownAndASavedNoteIsSearchable() {
        ArticleRow row = row(0);
        detail.show(row);
        assertTrue(row.isComplete());
        assertEquals(library.article(row.id()).summary(), row.article().summary());

        detail.noteTextProperty().set("zanzibarish thoughts");
        debouncer.elapse();
        main.searchTextProperty().set("zanzibar");
        assertEquals(List.of(row.id()), window.ids(), "the index learned the saved note");
    }

    @Test
    void typingSavesWhenTheQuietPeriodEnds() {
        ArticleRow row = row(0);
        detail.show(row);
        detail.noteTextProperty().set("first thoughts");
        assertEquals(DetailViewModel.SAVING, detail.saveStateProperty().get());
        assertEquals(Optional.empty(), library.note(row.id()), "nothing is written while typing goes on");
        assertTrue(debouncer.isPending());

        debouncer.elapse();
        assertEquals(Optional.of("first thoughts"), library.note(row.id()));
        assertEquals(DetailViewModel.SAVED, detail.saveStateProperty().get());
        assertEquals("first thoughts", row.noteProperty().get());
    }

    /**
     * The sixty-eighth walk freed its full disk and the note stayed "Not saved" until its next keystroke: a failed save
     * is tried again a while later, untouched.
     */
    @Test
    void aSaveThatFailedIsTriedAgainByItself() throws Exception {
        ArticleRow row = row(0);
        detail.show(row);
        // RAISE(ROLLBACK) fails every note write as a full disk does, which a test cannot cause.
        sql("CREATE TRIGGER no_room BEFORE INSERT ON note BEGIN SELECT RAISE(ROLLBACK, 'no room'); END");
        detail.noteTextProperty().set("typed on a full disk");
        debouncer.elapse();
        assertTrue(
                detail.saveStateProperty().get().startsWith("Not saved: "),
                detail.saveStateProperty().get());
        assertTrue(window.retry.isPending());
        window.retry.elapse();
        assertTrue(window.retry.isPending(), "still failing: tried again later");

        sql("DROP TRIGGER no_room");
        window.retry.elapse();
        assertEquals(Optional.of("typed on a full disk"), library.note(row.id()));
        assertEquals(DetailViewModel.SAVED, detail.saveStateProperty().get());
        assertFalse(window.retry.isPending());
    }

    /** The eighty-fifth walk's full disk: "Not saved: the disk is full: could not write /work/…" cut off its why. */
    @Test
    void aSaveThatFailedSaysWhyWithTheLibraryByItsName() throws Exception {
        ArticleRow row = row(0);
        detail.show(row);
        sql("CREATE TRIGGER no_room BEFORE INSERT ON note BEGIN SELECT RAISE(ROLLBACK, 'could not write "
                + library.file() + "'); END");
        detail.noteTextProperty().set("typed on a full disk");
        debouncer.elapse();
        String said = detail.saveStateProperty().get();
        assertTrue(said.startsWith("Not saved: ") && said.contains("could not write rl.db"), said);
        assertFalse(said.contains(library.file().getParent().toString()), said);
        sql("DROP TRIGGER no_room");
    }

    /** On a full disk the sixty-ninth walk's tag, typed and sent with Enter, was gone from the field and the article. */
    @Test
    void aTagThatCouldNotBeAddedIsPutBackInTheField() throws Exception {
        ArticleRow row = row(0);
        detail.show(row);
        List<String> putBack = new ArrayList<>();
        detail.tagPutBackIn(putBack::add);
        sql("CREATE TRIGGER no_room BEFORE INSERT ON article_tag BEGIN SELECT RAISE(ROLLBACK, 'no room'); END");
        assertEquals(List.of(), detail.addTags(List.of("fulltag", "later")));
        assertEquals(List.of("fulltag, later"), putBack);
        assertTrue(
                detail.errorProperty().get().endsWith("(no room)"),
                detail.errorProperty().get());
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rl.db"));
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** The sixty-ninth walk typed for 9 s without a pause, was killed, and lost all of it. */
    @Test
    void typingThatNeverPausesIsSavedEverySoManyEdits() {
        ArticleRow row = row(0);
        detail.show(row);
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < DetailViewModel.SAVE_EVERY_EDITS + 5; i++) {
            typed.append((char) ('a' + i % 26));
            detail.noteTextProperty().set(typed.toString());
        }
        assertEquals(
                Optional.of(typed.substring(0, DetailViewModel.SAVE_EVERY_EDITS)),
                library.note(row.id()),
                "saved at the twentieth edit, with no quiet period");
        assertEquals(DetailViewModel.SAVING, detail.saveStateProperty().get(), "the rest waits for its pause");
        debouncer.elapse();
        assertEquals(Optional.of(typed.toString()), library.note(row.id()));
    }

    @Test
    void switchingArticlesSavesTheNoteBeingTyped() {
        ArticleRow first = row(0);
        ArticleRow second = row(1);
        detail.show(first);
        detail.noteTextProperty().set("typed, then moved on");
        detail.show(second);
        assertEquals(Optional.of("typed, then moved on"), library.note(first.id()));
        assertEquals("", detail.noteTextProperty().get());

        detail.show(first);
        assertEquals("typed, then moved on", detail.noteTextProperty().get());
    }

    @Test
    void flushSavesAtOnceAndClearingTheTextDeletesTheNote() {
        ArticleRow row = row(2);
        detail.show(row);
        detail.noteTextProperty().set("keep");
        detail.flush();
        assertEquals(Optional.of("keep"), library.note(row.id()));
        detail.noteTextProperty().set("");
        detail.flush();
        assertEquals(Optional.empty(), library.note(row.id()));
    }

    @Test
    void showingAnArticleIsNotAnEdit() {
        ArticleRow row = row(3);
        library.setNote(row.id(), "already there"); // as a command line's note command does
        window.await(() -> row.noteProperty().get().equals("already there"));
        detail.show(row);
        assertEquals("already there", detail.noteTextProperty().get());
        assertFalse(debouncer.isPending());
        assertEquals("", detail.saveStateProperty().get());
    }

    @Test
    void aNoteSetElsewhereWhileTypingIsKeptBelowTheTypedOne() {
        ArticleRow row = row(4);
        detail.show(row);
        detail.noteTextProperty().set("typed in the window");
        // Another process, as the command line is: the window's draft has not been saved yet.
        CliHarness.Result set =
                CliHarness.run("--db=" + dir.resolve("rl.db"), "note", row.id(), "--set", "set from the command line");
        assertEquals(0, set.code(), set.err());
        debouncer.elapse();

        String stored = library.note(row.id()).orElseThrow();
        assertTrue(
                stored.matches("typed in the window\n\n--- kept from a change made elsewhere,"
                        + " \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d ---\nset from the command line"),
                stored);
        assertEquals(stored, detail.noteTextProperty().get(), "the editor shows what was kept");
        assertEquals(DetailViewModel.KEPT_OTHER, detail.saveStateProperty().get());

        detail.noteTextProperty().set(stored.replace("in the window", "in the window, then more"));
        debouncer.elapse();
        assertEquals(
                Optional.of(stored.replace("in the window", "in the window, then more")),
                library.note(row.id()),
                "typed on, over the kept text: nothing is kept twice");
    }

    @Test
    void aNoteClearedElsewhereWhileTypedOverIsTheTypedTextAgainAndSaysSo() {
        ArticleRow row = row(9);
        detail.show(row);
        detail.noteTextProperty().set("an older note");
        debouncer.elapse();
        detail.noteTextProperty().set("an older note, and more");
        CliHarness.Result cleared = CliHarness.run("--db=" + dir.resolve("rl.db"), "note", row.id(), "--set", "");
        assertEquals(0, cleared.code(), cleared.err());
        debouncer.elapse();
        assertEquals(Optional.of("an older note, and more"), library.note(row.id()), "the typing is never lost");
        assertEquals(DetailViewModel.SAVED_AGAIN, detail.saveStateProperty().get(), "and it says why the note is back");
    }

    @Test
    void aSyncsMergeAroundTheNoteBeingTypedIsKeptOnceAroundIt() {
        ArticleRow row = row(8);
        detail.show(row);
        detail.noteTextProperty().set("base text");
        debouncer.elapse();
        String kept = "\n\n--- kept from laptop, 2026-12-03T06:12:13Z ---\n";
        for (String merged :
                List.of("the laptop's newer text" + kept + "base text", "base text" + kept + "the laptop's")) {
            library.setNote(row.id(), "base text"); // as the editor last saved it
            window.await(() -> detail.noteTextProperty().get().equals("base text"));
            detail.noteTextProperty().set("base text [A1]");
            library.setNote(row.id(), merged); // what a sync's merge of two devices' edits writes
            debouncer.elapse();
            String expected = merged.replace("base text", "base text [A1]");
            assertEquals(Optional.of(expected), library.note(row.id()), "the typed text in the base's place");
            assertEquals(expected, detail.noteTextProperty().get());

            detail.noteTextProperty().set(expected.replace("[A1]", "[A1] [A2]"));
            debouncer.elapse();
            assertEquals(
                    Optional.of(expected.replace("[A1]", "[A1] [A2]")),
                    library.note(row.id()),
                    "typed on: nothing doubled (the walk's note grew to four copies)");
        }
    }

    @Test
    void aSaveSentBeforeTheLastOnesAnswerIsNotTakenForAChangeMadeElsewhere() {
        ArticleRow row = row(5);
        DetailViewModel editor = sentTwiceBeforeAnAnswer(row, "one", () -> {}, "one two");
        assertEquals(Optional.of("one two"), library.note(row.id()));
        assertEquals("one two", editor.noteTextProperty().get());
        assertEquals(DetailViewModel.SAVED, editor.saveStateProperty().get());
    }

    @Test
    void aTextKeptByOneSaveReachesTheSaveSentBeforeItsAnswer() {
        ArticleRow row = row(6);
        DetailViewModel editor =
                sentTwiceBeforeAnAnswer(row, "mine", () -> library.setNote(row.id(), "theirs"), "mine, and more");

        String stored = library.note(row.id()).orElseThrow();
        assertTrue(stored.startsWith("mine, and more\n\n--- kept from a change made elsewhere, "), stored);
        assertTrue(stored.endsWith(" ---\ntheirs"), stored);
        assertEquals(1, stored.split("--- kept from", -1).length - 1, "kept once: " + stored);
        assertEquals(stored, editor.noteTextProperty().get());
    }

    @Test
    void aNoteChangedElsewhereWhileNothingIsTypedIsShownAndSaysSo() {
        ArticleRow row = row(7);
        detail.show(row);
        library.setNote(row.id(), "from elsewhere");
        window.await(() -> detail.noteTextProperty().get().equals("from elsewhere"));
        assertEquals(
                DetailViewModel.CHANGED_ELSEWHERE, detail.saveStateProperty().get());
        assertFalse(debouncer.isPending(), "showing it is no edit");
    }

    /** The seventh walk's note, replaced by a command line's note --set after "Saved", could not be had back. */
    @Test
    void aNoteReplacedElsewhereComesBackWithUndo() {
        ArticleRow row = row(8);
        detail.show(row);
        detail.noteTextProperty().set("my own thoughts");
        debouncer.elapse();
        library.setNote(row.id(), "a command line's text");
        window.await(() -> detail.noteTextProperty().get().equals("a command line's text"));
        assertEquals(
                "Undo note change made elsewhere", window.undo.labelProperty().get());
        assertTrue(
                window.dialogs
                        .said()
                        .contains("The note was replaced by a change made elsewhere (the command line, a sync)"),
                window.dialogs.said().toString());

        window.undo.undo();
        window.await(() -> detail.noteTextProperty().get().equals("my own thoughts"));
        assertEquals(Optional.of("my own thoughts"), library.note(row.id()));
        assertFalse(debouncer.isPending(), "putting it back is no edit to save again");
        String title = Formats.inNotice(row.titleProperty().get());
        window.await(() -> window.dialogs.said().contains("The note of " + title + " is as it was again"));

        // The forty-fourth walk's Redo stopped here, and what it had typed after the other change was lost with it.
        window.undo.redo();
        window.await(() -> detail.noteTextProperty().get().equals("a command line's text"));
        assertEquals(Optional.of("a command line's text"), library.note(row.id()));
        window.await(() -> window.dialogs.said().contains("The note of " + title + " is the one made elsewhere again"));
    }

    /**
     * The seventy-seventh walk typed on after a command line replaced its note, then clicked the notice's Undo: refused,
     * as the note had changed since, the step was forgotten, and the text it would bring back with it. Refused, it
     * stays: the typing since undone, it brings the note back.
     */
    @Test
    void aNoteReplacedElsewhereAndTypedOnComesBackOnceTheTypingIsUndone() {
        ArticleRow row = row(9);
        detail.show(row);
        detail.typingNoteProperty().set(true);
        detail.noteTextProperty().set("MY PARAGRAPH ONE");
        debouncer.elapse();
        window.await(() -> library.note(row.id()).equals(Optional.of("MY PARAGRAPH ONE")));
        library.setNote(row.id(), "CLI V4");
        window.await(() -> detail.noteTextProperty().get().equals("CLI V4"));
        Runnable noticesUndo = window.dialogs.lastAction().orElseThrow().run();
        detail.noteTextProperty().set("CLI V4 and paragraph two");
        detail.flush();
        detail.typingNoteProperty().set(false);
        window.await(() -> library.note(row.id()).equals(Optional.of("CLI V4 and paragraph two")));

        noticesUndo.run();
        String title = Formats.inNotice(row.titleProperty().get());
        window.await(() -> window.dialogs
                .said()
                .contains("Not undone yet: the note of " + title
                        + " has changed since. Undo those changes first (Ctrl+Z), then this one"));
        assertEquals(Optional.of("CLI V4 and paragraph two"), library.note(row.id()));

        window.undo.undo(); // the typing since
        window.await(() -> library.note(row.id()).equals(Optional.of("CLI V4")));
        window.await(() -> detail.noteTextProperty().get().equals("CLI V4"));
        assertEquals(
                "Undo note change made elsewhere", window.undo.labelProperty().get());
        window.undo.undo();
        window.await(() -> library.note(row.id()).equals(Optional.of("MY PARAGRAPH ONE")));
        assertEquals("MY PARAGRAPH ONE", detail.noteTextProperty().get());
    }

    /**
     * A sync's merge keeps the note shown below or above the other device's text, and the sync's notice says so: the
     * pane's vaguer words replaced it (the fifty-second walk). A command line's append is still said by the pane.
     */
    @Test
    void aMergeOfTheNoteShownIsLeftToTheSyncToSayAndEndsItsUndo() {
        ArticleRow older = row(13);
        typedAndLeft(older, "an older note");
        window.await(() -> library.note(older.id()).equals(Optional.of("an older note")));
        ArticleRow row = row(14);
        typedAndLeft(row, "mine", "mine, and more");
        window.await(() -> library.note(row.id()).equals(Optional.of("mine, and more")));
        assertEquals("Undo note edit", window.undo.labelProperty().get());
        String merged = "B's text\n\n--- kept from laptop, 2026-12-06 10:03 ---\nmine, and more";
        library.setNote(row.id(), merged); // what a sync's merge writes
        window.await(() -> detail.noteTextProperty().get().equals(merged));
        assertEquals(
                DetailViewModel.CHANGED_ELSEWHERE, detail.saveStateProperty().get());
        String title = Formats.inNotice(row.titleProperty().get());
        // Written again, and merged again: one saying for both.
        typedAndLeft(row, merged + " again");
        window.await(() -> library.note(row.id()).equals(Optional.of(merged + " again")));
        String mergedAgain = "B's second\n\n--- kept from laptop, 2026-12-06 10:05 ---\n" + merged + " again";
        library.setNote(row.id(), mergedAgain);
        window.await(() -> detail.noteTextProperty().get().equals(mergedAgain));

        // The fifty-third walk was offered "Undo note edit" for each edit, and refused each: the note had changed
        // since. The fifty-fifth's Ctrl+Z, offered nothing of the note, took back the step before it (an import).
        // Once, it says so, and takes nothing back.
        assertEquals("Undo note edit", window.undo.labelProperty().get());
        // Ctrl+Z in the note reaches it too: it is about the note's article, not another.
        assertEquals(Optional.empty(), detail.stopsHere(false));
        window.undo.undo();
        window.await(
                () -> window.dialogs
                        .said()
                        .contains(
                                "Nothing undone: the note of " + title
                                        + " changed elsewhere since your edits (a sync, the command line); what you wrote is still in it"));
        assertEquals(Optional.of(mergedAgain), library.note(row.id()));
        assertEquals(Optional.of("an older note"), library.note(older.id()));
        assertEquals(mergedAgain, detail.noteTextProperty().get());
        // The next reaches the older step.
        window.undo.undo();
        window.await(() -> library.note(older.id()).isEmpty());
        assertEquals(Optional.of(mergedAgain), library.note(row.id()));

        library.setNote(row.id(), mergedAgain + "\nappended by a command line");
        window.await(() -> detail.noteTextProperty().get().endsWith("appended by a command line"));
        String said =
                "The note of " + title + " changed elsewhere (the command line, a sync); what you wrote is still in it";
        window.await(() -> window.dialogs.said().contains(said));
        assertEquals(
                1,
                window.dialogs.said().stream().filter(said::equals).count(),
                window.dialogs.said().toString());
    }

    /** The twenty-fourth walk could not take back a note's typing once it had left the note. */
    @Test
    void aNoteEditLetGoIsOneUndoAndOneRedo() {
        ArticleRow row = row(13);
        typedAndLeft(row, "first words", "first words, and more");
        assertEquals("Undo note edit", window.undo.labelProperty().get());

        window.undo.undo();
        window.await(() -> library.note(row.id()).isEmpty());
        window.await(() -> detail.noteTextProperty().get().isEmpty());
        String title = Formats.inNotice(row.titleProperty().get());
        window.await(() -> window.dialogs.said().contains("The note of " + title + " is as it was before your edit"));
        assertFalse(debouncer.isPending(), "putting it back is no edit to save again");

        window.undo.redo();
        window.await(() -> library.note(row.id()).equals(Optional.of("first words, and more")));
        window.await(() -> detail.noteTextProperty().get().equals("first words, and more"));
    }

    /**
     * The twenty-sixth walk clicked Edit > Undo while typing in a second note: it took back the first note's edit, and
     * the second's, pushed as it let go, ended the Redo that would have brought the first back. The note being typed is
     * the last step, from its first key.
     */
    @Test
    void undoWhileTypingTakesBackTheNoteBeingTypedAndLeavesRedo() {
        ArticleRow first = row(17);
        typedAndLeft(first, "kept in the first");
        ArticleRow second = row(18);
        detail.show(second);
        detail.typingNoteProperty().set(true);
        detail.noteTextProperty().set("being typed");
        assertEquals("Undo note edit", window.undo.labelProperty().get());

        window.undo.undo(); // Edit > Undo, the note still has the keyboard
        window.await(() -> detail.noteTextProperty().get().isEmpty());
        assertEquals(Optional.empty(), library.note(second.id()));
        window.await(() -> library.note(first.id()).equals(Optional.of("kept in the first")));
        detail.typingNoteProperty().set(false);
        assertTrue(window.undo.canRedoProperty().get(), "Redo brings the typing back");
        window.undo.redo();
        window.await(() -> library.note(second.id()).equals(Optional.of("being typed")));
        assertEquals(Optional.of("kept in the first"), library.note(first.id()));
    }

    /**
     * The twenty-sixth walk pressed Ctrl+Z on in a note: past its own typing it took back another article's note, then
     * a third article's star, the selection jumping each time. A field's Ctrl+Z reaches the window's steps about the
     * article shown, or the one the pane changed last, and no further.
     */
    @Test
    void aFieldsUndoStopsAtChangesToAnotherArticle() {
        ArticleRow noted = row(19);
        typedAndLeft(noted, "mine");
        ArticleRow starred = row(20);
        window.main.setFavourite(List.of(starred), true);
        detail.show(noted);
        assertEquals(
                Optional.of("Nothing more to undo in this article; Edit › Undo star is about another article"),
                detail.stopsHere(false));
        detail.show(starred);
        assertEquals(Optional.empty(), detail.stopsHere(false), "the star is this article's");
        window.undo.undo();
        detail.show(row(21));
        assertEquals(Optional.empty(), detail.stopsHere(false), "the note edit is the pane's last change");
        assertEquals(
                Optional.of("Nothing more to redo in this article; Edit › Redo star is about another article"),
                detail.stopsHere(true));
    }

    @Test
    void aNoteLeftUntouchedIsNoUndo() {
        boolean[] own = {false};
        detail.noteStepsFrom(() -> own[0]);
        ArticleRow row = row(14);
        detail.show(row);
        detail.typingNoteProperty().set(true);
        detail.noteTextProperty().set("typed, then taken back");
        own[0] = true; // by the note's own undo
        detail.noteTextProperty().set("");
        own[0] = false;
        detail.flush();
        detail.typingNoteProperty().set(false);
        assertFalse(window.undo.canUndoProperty().get());

        // Deleted by the user (all selected, then Delete), the text is a step of its own: Undo gives it back.
        typedAndLeft(row, "typed, then deleted", "");
        window.undo.undo();
        window.await(() -> library.note(row.id()).equals(Optional.of("typed, then deleted")));
    }

    /** The row shown, its note given the keyboard, typed to each text in turn, and left, as the pane does. */
    private void typedAndLeft(ArticleRow row, String... texts) {
        detail.show(row);
        detail.typingNoteProperty().set(true);
        for (String text : texts) {
            detail.noteTextProperty().set(text);
        }
        detail.flush();
        detail.typingNoteProperty().set(false);
    }

    /** Changed since by a command line, the note keeps that change: an undo would drop it unseen. */
    @Test
    void aNoteEditChangedSinceIsNotUndone() {
        ArticleRow row = row(15);
        typedAndLeft(row, "mine");
        detail.show(row(16));
        window.await(() -> library.note(row.id()).equals(Optional.of("mine")));
        library.setNote(row.id(), "a command line's");

        window.undo.undo();
        String title = Formats.inNotice(row.titleProperty().get());
        window.await(() -> window.dialogs
                .said()
                .contains("Not undone: the note of " + title + " has changed again since; it is left as it is"));
        assertEquals(Optional.of("a command line's"), library.note(row.id()));
        // The fifty-second walk was then offered "Redo note edit", of an undo never done, and its refusal stood in the
        // pane, under the next article shown.
        assertFalse(
                window.undo.canRedoProperty().get(),
                window.undo.redoLabelProperty().get());
        assertFalse(
                window.undo.canUndoProperty().get(), window.undo.labelProperty().get());
        assertEquals("", detail.errorProperty().get());
    }

    /** The fifty-second walk's Redo of a note edit undone, the note changed elsewhere since. */
    @Test
    void aRedoOfANoteEditChangedSinceIsNotDoneAndForgotten() {
        ArticleRow row = row(15);
        typedAndLeft(row, "mine");
        window.undo.undo();
        window.await(() -> library.note(row.id()).isEmpty());
        detail.show(row(16)); // shown, its change elsewhere would end the redo at once
        library.setNote(row.id(), "a command line's");
        window.await(() -> row.noteProperty().get().equals("a command line's"));

        window.undo.redo();
        String title = Formats.inNotice(row.titleProperty().get());
        window.await(() -> window.dialogs
                .said()
                .contains("Not redone: the note of " + title + " has changed again since; it is left as it is"));
        assertEquals(Optional.of("a command line's"), library.note(row.id()));
        assertFalse(window.undo.labelProperty().get().equals("Undo note edit"), "no undo of a redo never done");
        assertFalse(
                window.undo.canRedoProperty().get(),
                window.undo.redoLabelProperty().get());
        assertEquals("", detail.errorProperty().get());
    }

    /** The forty-ninth walk undid a note edit whose article was deleted elsewhere: "unknown article id". */
    @Test
    void aNoteEditWhoseArticleWasDeletedElsewhereIsNotUndoneAndSaysWhy() {
        String id = library.addArticle("Mine to delete", "https://example.com/mine", "", List.of());
        main.searchTextProperty().set("mine to delete");
        window.await(() -> window.ids().contains(id));
        ArticleRow row = window.row(id);
        typedAndLeft(row, "mine");
        window.await(() -> library.note(id).equals(Optional.of("mine")));
        library.deleteArticle(id);
        main.searchTextProperty().set("");
        window.await(() -> !window.ids().contains(id));
        detail.show(window.rows().getFirst());

        window.undo.undo();
        window.await(() -> window.dialogs.said().contains("Not undone: “Mine to delete” was deleted elsewhere"));
        assertEquals("", detail.errorProperty().get());
    }

    /** The twelfth walk: two replacements, then Undo twice, brought back the second text and then the first. */
    @Test
    void eachReplacementElsewhereIsUndoneInTurnAndAnUndoIsNoReplacement() {
        ArticleRow row = row(9);
        detail.show(row);
        detail.noteTextProperty().set("the window's text");
        debouncer.elapse();
        library.setNote(row.id(), "R1");
        window.await(() -> detail.noteTextProperty().get().equals("R1"));
        library.setNote(row.id(), "R2");
        window.await(() -> detail.noteTextProperty().get().equals("R2"));

        window.undo.undo();
        window.await(() -> detail.noteTextProperty().get().equals("R1"));
        assertEquals(Optional.of("R1"), library.note(row.id()));
        window.undo.undo();
        window.await(() -> detail.noteTextProperty().get().equals("the window's text"));
        assertEquals(Optional.of("the window's text"), library.note(row.id()));
    }

    /** The twelfth walk's Undo, after the note changed again unseen, piled every text up in it. */
    @Test
    void anUndoOfAReplacementChangedAgainSinceChangesNothingAndSaysSo() {
        ArticleRow row = row(10);
        detail.show(row);
        detail.noteTextProperty().set("mine");
        debouncer.elapse();
        library.setNote(row.id(), "theirs");
        window.await(() -> detail.noteTextProperty().get().equals("theirs"));
        detail.show(row(11));
        library.setNote(row.id(), "theirs, again");

        window.undo.undo();
        window.await(
                () -> window.dialogs.said().stream().anyMatch(said -> said.startsWith("Not undone: the note of “")));
        assertEquals(Optional.of("theirs, again"), library.note(row.id()));
        // The twenty-fourth walk: "… is as it was again" was said beside it, and the failure stayed on every article.
        assertTrue(window.dialogs.said().stream().noneMatch(said -> said.endsWith(" is as it was again")));
        detail.show(row(12));
        assertEquals("", detail.errorProperty().get(), "said of another article");
    }

    /** The eleventh walk typed a note while a command line deleted its article: the text went with it, unseen. */
    @Test
    void aNoteTypedForAnArticleDeletedElsewhereIsHandedOnNotDropped() {
        String id = library.addArticle("Mine to delete", "https://example.com/mine", "", List.of());
        main.searchTextProperty().set("mine to delete");
        window.await(() -> window.ids().contains(id));
        ArticleRow row = window.row(id);
        List<DetailViewModel.OrphanedNote> told = new ArrayList<>();
        detail.onOrphanedNote(told::add);
        detail.show(row);
        detail.noteTextProperty().set("thoughts typed here");
        library.deleteArticle(id); // a command line handed to the window, before the autosave
        detail.noteTextProperty().set("thoughts typed here, and more");
        detail.flush();
        detail.flush(); // a second save of the same text tells nothing more
        assertEquals(1, told.size());
        assertEquals("thoughts typed here, and more", told.getFirst().text());
        assertEquals("Mine to delete", told.getFirst().article().title());
    }

    /**
     * An editor whose worker is busy (say with an import): {@code first} is typed, {@code before}
     * runs, the note is sent, {@code second} is typed and sent, and only then does the worker run.
     */
    private DetailViewModel sentTwiceBeforeAnAnswer(ArticleRow row, String first, Runnable before, String second) {
        QueuedBackground queued = new QueuedBackground();
        DetailViewModel editor = new DetailViewModel(
                queued,
                window.connection,
                new ManualDebouncer(),
                new ManualDebouncer(),
                (rows, read) -> {},
                () -> {},
                new UndoStack());
        editor.show(row);
        editor.noteTextProperty().set(first);
        before.run();
        editor.flush();
        editor.noteTextProperty().set(second);
        editor.flush();
        queued.runAll();
        return editor;
    }

    /**
     * The thirty-fifth walk typed "python, a|b, queues" where Python and queues were the article's: "python" went
     * unsaid, and what was said was of "queues", while "a|b" stayed typed with no reason given.
     */
    @Test
    void severalTagsTypedTogetherAreEachAccountedFor() {
        ArticleRow row = row(0);
        detail.show(row);
        String catalogTag = library.article(row.id()).catalogTags().getFirst();
        String typedLower = catalogTag.toLowerCase(Locale.ROOT);

        assertEquals(List.of("a|b"), detail.addTags(List.of(typedLower, "a|b", "later")));
        assertTrue(
                detail.errorProperty().get().startsWith("A tag cannot contain '|'"),
                detail.errorProperty().get());
        assertEquals(List.of("later"), library.article(row.id()).userTags());

        assertEquals(List.of(), detail.addTags(List.of(typedLower, "later")));
        assertEquals(
                "“" + catalogTag + "” and “later” are already this article's tags",
                detail.errorProperty().get(),
                "both named");

        // With another added, said as Tags › Add tag says it, not in the pane's red line (the sixty-first walk).
        assertEquals(List.of(), detail.addTags(List.of(typedLower, "later", "soon")));
        assertEquals(List.of("later", "soon"), library.article(row.id()).userTags());
        assertEquals("", detail.errorProperty().get());
        assertEquals(
                "Added “soon”; it had “" + catalogTag + "” and “later” already",
                window.dialogs.said().getLast());
    }

    /**
     * The tag typed beside an article and not added was let go unsaid when the user clicked the next article (seen by
     * the thirty-sixth walk). It is added to the article it was typed beside; one that cannot be
     * a tag is said in a notice, naming that article.
     */
    @Test
    void aTagTypedAndNotAddedIsAddedToItsArticleAsItIsLeft() {
        String[] typed = {"kafka, queues "};
        detail.tagTypedIn(() -> typed[0]);
        ArticleRow first = row(0);
        ArticleRow second = row(1);
        detail.show(first);
        detail.show(second);
        window.await(() -> library.article(first.id()).userTags().equals(List.of("kafka", "queues")));
        assertEquals(List.of(), library.article(second.id()).userTags(), "not the article shown next");
        String added = Formats.inNotice(first.titleProperty().get());
        window.await(() -> window.dialogs.said().contains("Added “kafka” and “queues”, typed beside " + added));
        assertEquals("Undo tag change", window.undo.labelProperty().get(), "one Ctrl+Z takes it back");

        typed[0] = "a|b";
        detail.show(first);
        String title = Formats.inNotice(second.titleProperty().get());
        window.await(() -> window.dialogs
                .said()
                .contains("“a|b” was not added as a tag of " + title
                        + ": a tag cannot contain '|' (the export joins tags with it)"));
        assertEquals(List.of(), library.article(second.id()).userTags());
        assertEquals("", detail.errorProperty().get(), "the pane's reason went with the article");

        typed[0] = "  ";
        detail.clear();
        assertEquals(
                List.of("kafka", "queues"), library.article(first.id()).userTags(), "nothing typed, nothing added");
    }

    @Test
    void tagsAreAddedAndRemovedThroughTheLibrary() {
        ArticleRow row = row(0);
        detail.show(row);
        detail.addTag("  to reread ");
        assertEquals(List.of("to reread"), library.article(row.id()).userTags());
        assertTrue(row.tagsProperty().get().contains("to reread"));
        assertTrue(main.tagNames().contains("to reread"));

        detail.addTag("To Reread");
        assertEquals(List.of("to reread"), library.article(row.id()).userTags());
        assertEquals(
                "“to reread” is already one of this article's tags",
                detail.errorProperty().get(),
                "named as the article has it (the thirty-fourth walk)");
        detail.addTag("to-reread"); // one tag to the store, whose key folds spaces and hyphens alike
        assertEquals(
                "“to reread” is already one of this article's tags",
                detail.errorProperty().get());
        assertEquals(List.of("to reread"), library.article(row.id()).userTags());
        String catalogTag = library.article(row.id()).catalogTags().getFirst();
        detail.addTag(catalogTag.toLowerCase(Locale.ROOT));
        assertTrue(detail.errorProperty().get().startsWith("“" + catalogTag + "” is already"));

        detail.removeTag("to reread");
        assertEquals(List.of(), library.article(row.id()).userTags());
        window.main.undo();
        assertEquals(List.of("to reread"), library.article(row.id()).userTags());
        window.main.redo();
        assertEquals(List.of(), library.article(row.id()).userTags(), "Redo takes the tag again");
        assertEquals(List.of(), row.article().userTags(), "and the pane's chips show it");
        assertTrue(
                window.dialogs.said().getLast().startsWith("Removed “to reread” from ")
                        && window.dialogs.said().getLast().endsWith(" again"),
                window.dialogs.said().getLast());

        detail.removeTag(library.article(row.id()).catalogTags().getFirst());
        assertTrue(
                detail.errorProperty().get().contains("catalog tag"),
                detail.errorProperty().get());
    }

    /** The twenty-first walk: a tag's removal undone put the tag last among the article's tags. */
    @Test
    void aTagRemovedAndPutBackTakesItsPlaceAgain() {
        ArticleRow row = row(0);
        detail.show(row);
        detail.addTag("first");
        detail.addTag("second");
        detail.addTag("third");
        detail.removeTag("second");
        assertEquals(List.of("first", "third"), library.article(row.id()).userTags());
        window.main.undo();
        assertEquals(
                List.of("first", "second", "third"), library.article(row.id()).userTags());
        assertEquals(List.of("first", "second", "third"), row.article().userTags(), "as the pane's chips show them");
        window.main.redo();
        window.main.undo();
        assertEquals(
                List.of("first", "second", "third"), library.article(row.id()).userTags(), "and after a redo");

        window.dialogs.answer("second");
        window.actions.removeTag(List.of(row, row(1)));
        window.main.undo();
        assertEquals(
                List.of("first", "second", "third"), library.article(row.id()).userTags(), "from the menus too");
    }

    @Test
    void theReadToggleGoesThroughTheMainModelWithUndo() {
        ArticleRow row = row(0);
        detail.show(row);
        detail.setRead(true);
        assertTrue(library.article(row.id()).isRead());
        main.undo();
        assertFalse(library.article(row.id()).isRead());
    }

    @Test
    void aTagAddedOrRemovedInThePaneIsUndoneAndARemovalIsTold() {
        ArticleRow row = row(0);
        detail.show(row);
        detail.addTag("later");
        assertEquals(List.of("later"), library.article(row.id()).userTags());
        assertEquals("Undo tag change", window.undo.labelProperty().get());
        main.undo();
        window.await(() -> library.article(row.id()).userTags().isEmpty());
        window.await(() -> !row.tagsProperty().get().contains("later"));
        String title = Formats.inNotice(row.titleProperty().get());
        assertTrue(
                window.dialogs.said().contains("Tag “later” taken back from " + title),
                window.dialogs.said().toString());

        detail.addTag("keep");
        detail.removeTag("keep");
        assertEquals(List.of(), library.article(row.id()).userTags());
        // The twentieth walk: a tag's × took it with nothing said, beside an older notice's Undo.
        window.await(() -> window.dialogs.said().contains("Removed “keep” from " + title));
        assertTrue(window.dialogs.lastAction().isPresent(), "with its Undo");
        window.dialogs.lastAction().get().run().run();
        window.await(() -> library.article(row.id()).userTags().equals(List.of("keep")));
        assertTrue(
                window.dialogs.said().contains("Tag “keep” put back on " + title),
                window.dialogs.said().toString());
    }

    /** The twenty-second walk typed "read later, weekend": the first Ctrl+Z took only "weekend". */
    @Test
    void tagsTypedTogetherAreAddedAndTakenBackTogether() {
        ArticleRow row = row(0);
        detail.show(row);
        assertEquals(List.of("a|b"), detail.addTags(List.of("read later", " weekend", "a|b", "Weekend")));
        window.await(() -> library.article(row.id()).userTags().size() == 2);
        assertEquals(List.of("read later", "weekend"), library.article(row.id()).userTags());
        main.undo();
        window.await(() -> library.article(row.id()).userTags().isEmpty());
        String title = Formats.inNotice(row.titleProperty().get());
        assertTrue(
                window.dialogs.said().contains("Tags “read later” and “weekend” taken back from " + title),
                window.dialogs.said().toString());
    }

    private ArticleRow row(int index) {
        return main.rows().get(index);
    }
}
