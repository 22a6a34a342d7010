package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.HeldIndex;
import dev.readinglist.library.Library;
import dev.readinglist.library.QuietIndex;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.TagCount;
import dev.readinglist.model.TextCut;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.UndoStack;
import dev.readinglist.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main view model over a real library, without the JavaFX toolkit: filters, counts, texts, undo. */
class MainViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:15:00Z"), ZoneOffset.UTC);
    static final String CACHING = "caching-strategies-production-guide";
    static final String CELERY = "celery-task-queues-django-workflows-guide";
    static final String RATE_LIMITING = "rate-limiting-algorithms-token-bucket-sliding-window";

    @TempDir
    Path dir;

    Library library;
    WindowModels window;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("rl.db"), CLOCK);
        window = new WindowModels(CLOCK).open(library);
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** On a full disk the sixty-ninth walk's first read mark failed aloud, and every one after it in silence. */
    @Test
    void aFailureThatHappensAgainIsSaidAgain() throws Exception {
        List<String> said = new ArrayList<>();
        window.main.errorProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                said.add(now);
            }
        });
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rl.db"));
                Statement s = c.createStatement()) {
            // RAISE(ROLLBACK) fails the write as a full disk does, which a test cannot cause.
            s.execute("CREATE TRIGGER no_room BEFORE UPDATE ON article BEGIN SELECT RAISE(ROLLBACK, 'no room'); END");
        }
        window.main.setFavourite(List.of(window.row(CACHING)), true);
        window.main.setFavourite(List.of(window.row(CACHING)), true);
        assertEquals(2, said.size(), said.toString());
        assertEquals(said.getFirst(), said.getLast());
        assertTrue(said.getFirst().endsWith("(no room)"), said.getFirst());
    }

    @Test
    void theTagsAreCountedOnceTheFirstResultShows() {
        // Counting every article's tags takes the worker a few hundred ms at a million articles,
        // and the Tags list is not on screen when the window opens: the list comes first, and so
        // does a search typed before it showed.
        QueuedBackground worker = new QueuedBackground();
        LibraryConnection connection = new LibraryConnection();
        MainViewModel main = new MainViewModel(worker, connection, CLOCK, new UndoStack(), new ManualDebouncer());
        connection.open(library);

        assertTrue(worker.runNext(), "the first page");
        main.searchTextProperty().set("caching");
        assertTrue(worker.runNext(), "the first search, which the typing made stale");
        assertNull(main.resultProperty().get());
        assertTrue(worker.runNext(), "the next task");
        assertNotNull(main.resultProperty().get(), "the whole library searched");
        assertEquals(List.of(CACHING), main.rows().stream().map(ArticleRow::id).toList());
        assertTrue(main.tags().isEmpty(), "the tags are not counted yet");

        // A search asked as the first result shows (the bench clicks a sort then) still comes first.
        main.searchTextProperty().set("celery");
        assertTrue(worker.runNext());
        assertTrue(worker.runNext());
        assertEquals(List.of(CELERY), main.rows().stream().map(ArticleRow::id).toList());
        assertTrue(main.tags().isEmpty(), "the tags wait for the search");

        worker.runAll();
        assertFalse(main.tags().isEmpty());
    }

    @Test
    void theDisplayTextsSayWhatTheListHolds() {
        assertEquals(31, window.main.rows().size());
        assertEquals("31 shown · 31 articles", window.main.statusTextProperty().get());
        assertEquals("All 31", window.main.countLabel(ReadStatus.ALL).get());
        assertEquals("Unread 31", window.main.countLabel(ReadStatus.UNREAD).get());
        assertEquals("Read 0", window.main.countLabel(ReadStatus.READ).get());
        assertEquals("0 of 31 read", window.main.progressTextProperty().get());
        assertEquals(
                Formats.duration(534) + " left",
                window.main.timeLeftTextProperty().get());
        assertEquals("Tags ▾", window.main.tagButtonTextProperty().get());

        window.main.setRead(List.of(window.row(CACHING)), true);
        assertEquals("1 of 31 read", window.main.progressTextProperty().get());
        assertEquals("Read 1", window.main.countLabel(ReadStatus.READ).get());

        window.main.searchTextProperty().set("very long");
        assertEquals(0, window.main.rows().size());
        assertEquals(
                "No articles match “very long”.",
                window.main.emptyTextProperty().get());
        assertTrue(window.main.filteredProperty().get());
        assertEquals("0 shown · 31 articles", window.main.statusTextProperty().get());

        // A site's name is no word the search finds: the empty list says how (the fifty-ninth walk).
        window.main.searchTextProperty().set("coderssecret.com");
        assertEquals(
                "No articles match “coderssecret.com”. For a site's articles, type site:coderssecret.com",
                window.main.emptyTextProperty().get());

        window.main.searchTextProperty().set("celery");
        window.main.favouritesOnlyProperty().set(true);
        assertEquals(
                "No articles match “celery” with these filters.",
                window.main.emptyTextProperty().get());
    }

    @Test
    void typingFiltersTheListWhileTheIndexIsStillReadingTheLibrary() {
        Library loading = Library.open(dir.resolve("loading.db"), CLOCK);
        try {
            Runnable release = HeldIndex.hold(loading);
            WindowModels models = new WindowModels(CLOCK);
            models.main.searchTextProperty().set("cach");
            models.connection.open(loading);
            models.await(models.typingPause::isPending);
            assertEquals(31, models.main.rows().size(), "the first page, until typing pauses");
            models.typingPause.elapse();

            assertNull(models.main.resultProperty().get(), "the index has not read the library yet");
            assertTrue(loading.index().isReadingLibrary());
            List<String> firstMatches = models.ids();
            assertEquals(2, firstMatches.size(), "the library's own first matches: " + firstMatches);
            assertTrue(firstMatches.contains(CACHING));
            assertEquals(
                    "2 shown · reading the whole list…",
                    models.main.statusTextProperty().get());

            models.main.searchTextProperty().set("");
            models.main.selectedTags().setAll("Redis", "Python");
            models.typingPause.elapse();
            assertEquals(
                    List.of(CELERY, RATE_LIMITING),
                    models.ids().stream().sorted().toList(),
                    "all of the tags");
            models.main.statusProperty().set(ReadStatus.READ);
            models.typingPause.elapse();
            assertEquals(List.of(), models.ids(), "nothing is read yet");
            assertEquals(
                    "No articles match these filters.",
                    models.main.emptyTextProperty().get());

            models.main.statusProperty().set(ReadStatus.ALL);
            models.main.selectedTags().clear();
            models.main.searchTextProperty().set("cach");
            release.run();
            models.await(() -> models.main.resultProperty().get() != null);
            assertEquals(firstMatches, models.ids(), "the index's answer, in the same order");
            assertEquals(
                    "2 shown · 31 articles", models.main.statusTextProperty().get());
        } finally {
            loading.close();
        }
    }

    @Test
    void searchTagsAndStatusNarrowTheRows() {
        window.main.searchTextProperty().set("cach");
        assertEquals(2, window.main.rows().size());

        window.main.searchTextProperty().set("");
        window.main.selectedTags().setAll("Redis", "Python");
        assertEquals("Tags (2) ▾", window.main.tagButtonTextProperty().get());
        assertEquals(
                "Only articles tagged “Redis” and “Python”",
                window.main.tagButtonTipProperty().get(),
                "the button's tip names the tags");
        assertEquals(
                List.of(CELERY, RATE_LIMITING), window.ids().stream().sorted().toList(), "all of the tags");

        window.main.anyTagProperty().set(true);
        assertEquals(
                "Only articles tagged “Redis” or “Python”",
                window.main.tagButtonTipProperty().get());
        int anyOfThem = window.main.rows().size();
        assertTrue(anyOfThem > 2, "any of the tags finds more: " + anyOfThem);
        assertTrue(window.ids().containsAll(List.of(CELERY, RATE_LIMITING)));

        window.main.anyTagProperty().set(false);
        window.main.setRead(List.of(window.row(CELERY)), true);
        window.main.statusProperty().set(ReadStatus.READ);
        assertEquals(List.of(CELERY), window.ids());
        window.main.statusProperty().set(ReadStatus.UNREAD);
        assertEquals(List.of(RATE_LIMITING), window.ids());

        window.main.clearFilters();
        assertEquals(31, window.main.rows().size());
        assertFalse(window.main.filteredProperty().get());
    }

    @Test
    void theTagListHasCountsAndTheUsersOwnTagsFirst() {
        window.detail.show(window.row(CACHING));
        window.detail.addTag("to reread");
        List<TagCount> tags = window.main.tags();
        assertEquals(new TagCount("to reread", 1, true), tags.getFirst());
        TagCount redis =
                tags.stream().filter(t -> t.tag().equals("Redis")).findFirst().orElseThrow();
        assertTrue(redis.articles() >= 2 && !redis.own(), redis.toString());
        assertTrue(window.main.tagNames().contains("to reread"), "the suggestions know it at once");
    }

    @Test
    void thePaneAndTheRowAreOneStateWhateverChangesIt() {
        ArticleRow row = window.row(CACHING);
        window.detail.show(row);
        assertSame(row, window.detail.articleProperty().get());

        window.main.toggleRead(List.of(row)); // Space in the table
        assertTrue(window.detail.articleProperty().get().isRead(), "the pane's Read box follows at once");
        window.main.undo(); // Ctrl+Z
        assertFalse(window.detail.articleProperty().get().isRead());
        window.detail.setRead(true); // the pane's own box
        assertTrue(row.isRead(), "and the table's row follows the pane");
        assertTrue(library.article(CACHING).isRead());
    }

    @Test
    void anImportsMergedTagsShowInTheSelectedRowWithoutReselecting() throws Exception {
        ArticleRow row = window.row(CACHING);
        window.detail.show(row);
        Path csv = dir.resolve("pocket.csv");
        Files.writeString(
                csv,
                "title,url,time_added,tags,status\n"
                        + "Caching,https://coderssecret.com/blog/caching-strategies-production-guide,1700000000,"
                        + "from-pocket,unread\n");
        library.importFile(csv, null, false);
        window.await(() -> row.tagsProperty().get().contains("from-pocket"));
        assertTrue(window.detail.articleProperty().get().article().userTags().contains("from-pocket"));
    }

    @Test
    void readChangesPersistAndUndoRestoresTheExactState() {
        ArticleRow first = window.rows().get(0);
        ArticleRow second = window.rows().get(1);
        window.main.setRead(List.of(first), true);
        assertEquals(
                Instant.parse("2026-11-26T08:15:00Z"),
                library.article(first.id()).readAt());

        window.main.toggleRead(List.of(first, second));
        assertTrue(library.article(second.id()).isRead(), "one unread in the selection: toggle marks all read");
        window.main.toggleRead(List.of(first, second));
        assertFalse(library.article(first.id()).isRead());
        assertEquals("0 of 31 read", window.main.progressTextProperty().get());

        window.main.undo();
        assertTrue(library.article(first.id()).isRead());
        assertTrue(library.article(second.id()).isRead());
        window.main.undo();
        assertFalse(library.article(second.id()).isRead());
        window.main.undo();
        assertNull(library.article(first.id()).readAt());
        assertFalse(window.main.canUndoProperty().get());
    }

    /**
     * The fifty-fourth walk marked an article read, another device marked it unread, and Ctrl+Z said "Read change taken
     * back" where nothing changed.
     */
    @Test
    void anUndoOfAReadChangeMadeAgainElsewhereSaysNothingChanged() {
        ArticleRow row = window.row(CACHING);
        window.main.setRead(List.of(row), true);
        library.markUnread(List.of(CACHING)); // a sync, a command line
        window.await(() -> !row.isRead());

        window.main.undo();

        assertEquals(
                "Nothing taken back: " + Formats.which(List.of(row)) + " was unread already",
                window.dialogs.said().getLast());
        assertFalse(library.article(CACHING).isRead());
        window.main.redo();
        assertTrue(library.article(CACHING).isRead(), "Redo marks it read");
        assertTrue(
                window.dialogs.said().getLast().startsWith("Marked "),
                window.dialogs.said().getLast());
    }

    @Test
    void undoCoversADeleteAsTheToastsUndoDoes() {
        String id = library.addArticle("Notes on Raft", "https://example.com/raft", "", List.of());
        window.await(() -> window.main.rows().size() == 32);
        window.dialogs.answer(true);
        window.actions.delete(List.of(window.row(id)));
        assertEquals(
                "Delete this article?: “Notes on Raft” goes, with its note and tags. You can undo right after (Edit > Undo)."
                        + " [Delete, not the default]",
                window.dialogs.said().get(0));
        assertEquals("Deleted “Notes on Raft”", window.dialogs.said().get(1));
        window.await(() -> window.main.rows().size() == 31);
        assertEquals(
                "Undo delete (“Notes on Raft”)", window.main.undoLabelProperty().get());

        window.main.undo(); // Ctrl+Z, not the toast
        window.await(() -> window.main.rows().size() == 32);
        assertEquals("Notes on Raft", library.article(id).title());
        assertFalse(window.main.canUndoProperty().get());
        assertEquals("Brought back “Notes on Raft”", window.dialogs.said().getLast());
        window.dialogs.lastAction().ifPresent(a -> a.run().run()); // the older notice's Undo, clicked late
        assertEquals(32, library.search("", ReadStatus.ALL).size(), "nothing comes back twice");
    }

    /**
     * The nineteenth walk: in Unread, Space hid the row and selected the next; a second Space, as if to take the first
     * back, marked that one read too. The twenty-fifth: a ticked row vanished and the next slid under the pointer. A
     * row marked out of the filters stays in sight, shown as it is now, until the filters change.
     */
    @Test
    void aRowMarkedOutOfTheFiltersStaysInSightUntilTheyChange() {
        window.main.statusProperty().set(ReadStatus.UNREAD);
        window.await(() -> window.main.rows().size() == 31);
        window.main.setRead(List.of(window.row(CACHING)), true);
        window.await(() -> library.article(CACHING).isRead());
        window.await(() -> window.main.resultProperty().get().generation()
                == library.index().generation());
        assertEquals(31, window.main.rows().size(), "still in sight: " + window.ids());
        assertTrue(window.row(CACHING).isRead());
        assertEquals("Unread 30", window.main.countLabel(ReadStatus.UNREAD).get(), "counted as read");
        assertEquals(
                "31 shown (1 kept until the list changes) · 31 articles",
                window.main.statusTextProperty().get());

        window.main.setRead(List.of(window.row(CACHING)), false); // the second Space takes it back
        window.await(() -> !library.article(CACHING).isRead());
        window.main.setRead(List.of(window.row(CACHING)), true);
        window.await(() -> library.article(CACHING).isRead());
        window.main.askAgain(); // Unread, clicked again
        window.await(() -> !window.ids().contains(CACHING));
        assertEquals(30, window.main.rows().size());
        // Undone under a filter it takes the row out of, it stays too: the twenty-sixth walk's left an empty list.
        window.main.undo();
        window.await(() -> !library.article(CACHING).isRead());
        window.await(() -> window.ids().contains(CACHING));
        window.main.setRead(List.of(window.row(CACHING)), true);
        window.main.undo();
        window.await(() -> !library.article(CACHING).isRead());
        window.main.redo();
        window.await(() -> library.article(CACHING).isRead());
        window.await(() -> window.main.resultProperty().get().generation()
                == library.index().generation());
        assertTrue(window.ids().contains(CACHING), "done again, still in sight");
        window.main.searchTextProperty().set("a");
        window.main.searchTextProperty().set("");
        window.await(() -> !window.ids().contains(CACHING));

        window.main.statusProperty().set(ReadStatus.ALL);
        long commits = library.commits();
        window.main.setFavourite(List.of(window.row(CACHING), window.row(CELERY)), true);
        window.await(() -> library.article(CELERY).favourite());
        assertEquals(commits + 1, library.commits(), "several stars are one write: all of them, or none");
        window.main.favouritesOnlyProperty().set(true);
        window.await(() -> window.main.rows().size() == 2);
        window.main.setFavourite(window.rows(), false);
        assertEquals("Unstarred 2 articles", window.dialogs.said().getLast());
        window.await(() -> !library.article(CACHING).favourite()
                && !library.article(CELERY).favourite());
        window.await(() -> window.main.resultProperty().get().generation()
                == library.index().generation());
        assertEquals(2, window.main.rows().size(), "unstarred, still in sight");
        window.main.favouritesOnlyProperty().set(false);
        window.main.favouritesOnlyProperty().set(true);
        window.await(() -> window.main.rows().isEmpty());
    }

    /** The twenty-fifth walk undid a star and could not see which article it had taken it from. */
    @Test
    void anUndoneReadMarkStarOrTagChangeSelectsItsArticles() {
        List<List<String>> revealed = new ArrayList<>();
        window.main.whenRevealing(revealed::add);
        window.main.setRead(List.of(window.row(CACHING)), true);
        window.await(() -> library.article(CACHING).isRead());
        window.main.undo();
        window.await(() -> revealed.equals(List.of(List.of(CACHING))));

        window.main.setFavourite(List.of(window.row(CELERY)), true);
        window.await(() -> library.article(CELERY).favourite());
        window.main.undo();
        window.await(() -> revealed.equals(List.of(List.of(CACHING), List.of(CELERY))));
        assertFalse(library.article(CELERY).favourite());

        window.dialogs.answer("queue");
        window.actions.addTag(List.of(window.row(CACHING), window.row(CELERY)));
        window.await(() -> library.article(CELERY).userTags().equals(List.of("queue")));
        window.main.undo();
        window.await(() -> revealed.size() == 3);
        assertEquals(List.of(CACHING, CELERY), revealed.getLast());
    }

    /**
     * The twenty-second walk: Ctrl+Shift+R on 14 selected articles cleared the read dates of 5 with
     * nothing said, most of them below the fold.
     */
    @Test
    void aReadOrStarChangeIsToldWithItsUndo() {
        window.main.setRead(List.of(window.row(CACHING)), true);
        // One article too: a Space typed into the list, meant for a note, marked one with nothing said (the
        // twenty-eighth walk).
        assertEquals(
                "Marked “Caching Strategies: Cache-Aside,…” read",
                window.dialogs.said().getLast());
        window.main.setRead(List.of(window.row(CACHING), window.row(CELERY)), true);
        assertEquals(
                "Marked “Celery Task Queues: From Simple Tasks…” read; the other 1 selected was read already",
                window.dialogs.said().getLast());

        window.main.setRead(window.rows(), true);
        assertEquals(
                "Marked 29 articles read; the other 2 selected were read already",
                window.dialogs.said().getLast());
        window.main.setRead(window.rows(), false);
        assertEquals("Marked 31 articles unread", window.dialogs.said().getLast());
        window.dialogs.lastAction().orElseThrow().run().run();
        window.await(() ->
                library.article(CACHING).isRead() && library.article(CELERY).isRead());
        assertEquals(31, window.rows().stream().filter(ArticleRow::isRead).count());

        window.main.setFavourite(List.of(window.row(CACHING), window.row(CELERY)), true);
        assertEquals("Starred 2 articles", window.dialogs.said().getLast());
        window.main.setFavourite(List.of(window.row(CELERY)), false);
        assertEquals(
                "Unstarred “Celery Task Queues: From Simple Tasks…”",
                window.dialogs.said().getLast());
    }

    /** Ctrl+Z once too many took back a change with no way to have it again (the seventeenth walk and since). */
    @Test
    void redoDoesAgainAReadChangeADeleteAndATagChangeThatUndoTookBack() {
        window.main.setRead(window.rows(), true);
        window.main.undo();
        window.await(() -> !library.article(CACHING).isRead());
        window.main.redo();
        assertEquals("Marked 31 articles read again", window.dialogs.said().getLast());
        window.await(() -> library.search("", ReadStatus.READ).size() == 31);
        assertTrue(window.rows().stream().allMatch(ArticleRow::isRead));

        String id = library.addArticle("Notes on Raft", "https://example.com/raft", "", List.of());
        window.await(() -> window.main.rows().size() == 32);
        window.dialogs.answer(true);
        window.actions.delete(List.of(window.row(id)));
        window.await(() -> window.main.rows().size() == 31);
        window.main.undo();
        window.await(() -> window.main.rows().size() == 32);
        window.main.redo();
        window.await(() -> window.main.rows().size() == 31);
        assertEquals("Deleted “Notes on Raft” again", window.dialogs.said().getLast());
        window.main.undo(); // the deletion done again is the one brought back
        window.await(() -> window.main.rows().size() == 32);
        assertEquals("Notes on Raft", library.article(id).title());

        window.dialogs.answer("queue");
        window.actions.addTag(List.of(window.row(CACHING), window.row(CELERY)));
        window.main.undo();
        window.await(() -> library.article(CELERY).userTags().isEmpty());
        window.main.redo();
        window.await(() -> library.article(CELERY).userTags().equals(List.of("queue")));
        assertEquals("Added “queue” to 2 articles again", window.dialogs.said().getLast());
        assertEquals(List.of("queue"), library.article(CACHING).userTags());
        assertFalse(window.main.canRedoProperty().get());
    }

    @Test
    void aDeleteOfAddedAndCatalogArticlesSaysWhichStay() {
        String id = library.addArticle("Notes on Raft", "https://example.com/raft", "", List.of());
        window.await(() -> window.main.rows().size() == 32);
        window.dialogs.answer(false);
        window.actions.delete(List.of(window.row(CACHING), window.row(id)));
        assertTrue(
                window.dialogs
                                .said()
                                .getFirst()
                                .startsWith("Delete this article?: “Notes on Raft” goes, with its note and tags.")
                        && window.dialogs
                                .said()
                                .getFirst()
                                .contains(" The selected article of the bundled catalog stays."),
                window.dialogs.said().getFirst());
        window.dialogs.answer(false);
        window.actions.delete(List.of(window.row(id), window.row(CACHING), window.row(CELERY)));
        assertTrue(
                window.dialogs.said().getLast().contains(" The 2 selected articles of the bundled catalog stay."),
                window.dialogs.said().getLast());
        assertEquals(32, library.search("", ReadStatus.ALL).size(), "nothing deleted: the answer was no");

        // The twentieth walk: the catalog's article, selected first, was named as deleted and brought back.
        window.dialogs.answer(true);
        window.actions.delete(List.of(window.row(CACHING), window.row(id)));
        window.await(() -> window.main.rows().size() == 31);
        assertEquals(
                "Deleted “Notes on Raft”; the selected article of the bundled catalog stays",
                window.dialogs.said().getLast());
        window.main.undo();
        window.await(() -> window.main.rows().size() == 32);
        assertEquals("Brought back “Notes on Raft”", window.dialogs.said().getLast());
    }

    @Test
    void theCatalogsArticlesAreNotDeletableAndNobodyIsAskedFirst() {
        window.actions.delete(List.of(window.row(CACHING)));
        assertEquals(
                List.of(Formats.quoted(window.row(CACHING).titleProperty().get(), 40)
                        + " belongs to the bundled catalog, which cannot be deleted"),
                window.dialogs.said());
        window.actions.delete(List.of(window.row(CACHING), window.row(CELERY)));
        assertEquals(
                "2 articles belong to the bundled catalog, which cannot be deleted",
                window.dialogs.said().getLast());
        assertEquals(31, library.search("", ReadStatus.ALL).size());
        assertFalse(window.main.canUndoProperty().get());
    }

    /** The twenty-second walk: a tag taken away under a filter of that tag was told, but not that its rows left. */
    @Test
    void aTagRemovedUnderAFilterOfThatTagSaysTheFilterHidesTheRows() {
        ArticleRow third = window.rows().stream()
                .filter(row -> !row.id().equals(CACHING) && !row.id().equals(CELERY))
                .findFirst()
                .orElseThrow();
        library.tagArticles(List.of(CACHING, CELERY, third.id()), "queue", true);
        library.tagArticles(List.of(CELERY), "later", true);
        window.main.refreshTags();
        window.await(
                () -> window.main.tags().size() > 2 && window.main.tagNames().contains("queue"));
        window.main.selectedTags().setAll("queue");
        window.await(() -> window.main.rows().size() == 3);
        window.dialogs.answer("queue");
        window.actions.removeTag(List.of(window.row(CACHING), window.row(CELERY)));
        assertEquals(
                "Removed “queue” from 2 articles; the Tags filter hides them now",
                window.dialogs.said().getLast());
        window.await(() -> window.main.rows().size() == 1);
        List<List<String>> revealed = new ArrayList<>();
        window.main.whenRevealing(revealed::add);
        window.dialogs.lastAction().orElseThrow().run().run();
        window.await(() -> window.main.rows().size() == 3);
        window.await(() -> revealed.size() == 1 && revealed.getFirst().size() == 2);
        // The twenty-fifth walk: done again under no filter, it said the filter hid them.
        window.main.selectedTags().clear();
        window.main.redo();
        window.await(() -> library.article(CELERY).userTags().equals(List.of("later")));
        assertEquals(
                "Removed “queue” from 2 articles again", window.dialogs.said().getLast());
        window.main.undo();
        window.await(() -> library.article(CELERY).userTags().contains("queue"));
        window.main.selectedTags().setAll("queue");

        window.main.anyTagProperty().set(true);
        window.main.selectedTags().setAll("queue", "later");
        window.await(() -> window.main.rows().size() == 3);
        window.dialogs.answer("queue");
        window.actions.removeTag(List.of(window.row(CACHING), window.row(CELERY)));
        assertEquals(
                "Removed “queue” from 2 articles; the Tags filter hides 1 of them now",
                window.dialogs.said().getLast());
        window.await(() -> window.main.rows().size() == 2);

        window.dialogs.answer("queue");
        window.actions.removeTag(List.of(window.row(third.id())));
        assertEquals(
                "Removed “queue” from " + Formats.quoted(third.titleProperty().get(), 40)
                        + "; the Tags filter hides it now",
                window.dialogs.said().getLast(),
                "the filter lets go of a tag no article has, and “later” hides it");
        window.await(() -> window.main.selectedTags().equals(List.of("later")));
        window.await(() -> window.main.rows().size() == 1);

        window.dialogs.answer("later");
        window.actions.removeTag(List.of(window.row(CELERY)));
        assertEquals(
                "Removed “later” from “Celery Task Queues: From Simple Tasks…”",
                window.dialogs.said().getLast(),
                "the last tag of the filter gone, nothing is hidden");
        window.await(() -> window.main.rows().size() == 31);
    }

    @Test
    void bulkTagsAndTagRenamesCanBeUndone() {
        List<ArticleRow> two = List.of(window.row(CACHING), window.row(CELERY));
        window.dialogs.answer("queue");
        window.actions.addTag(two);
        assertEquals(List.of("queue"), library.article(CACHING).userTags());
        assertEquals(List.of("queue"), library.article(CELERY).userTags());
        assertEquals("Added “queue” to 2 articles", window.dialogs.said().getLast());
        window.dialogs.answer("Queue");
        window.actions.addTag(two);
        assertEquals("They all have “Queue” already", window.dialogs.said().getLast(), "not just Nothing changed");
        // The twenty-first walk: "Added … to 3 articles" was said where 2 of them had the tag already.
        ArticleRow third = window.rows().stream()
                .filter(row -> !row.id().equals(CACHING) && !row.id().equals(CELERY))
                .findFirst()
                .orElseThrow();
        window.dialogs.answer("queue");
        window.actions.addTag(List.of(window.row(CACHING), third, window.row(CELERY)));
        String title = Formats.quoted(third.titleProperty().get(), 40);
        assertEquals(
                "Added “queue” to " + title + "; 2 of the selected had it already",
                window.dialogs.said().getLast());
        window.main.undo();
        assertEquals(
                "Tag “queue” taken back from " + title, window.dialogs.said().getLast());
        assertEquals(List.of("queue"), library.article(CACHING).userTags(), "the two that had it keep it");

        window.dialogs.answer("queue").answer("later");
        window.actions.renameTag();
        assertEquals(List.of("later"), library.article(CACHING).userTags());
        window.main.undo();
        assertEquals(List.of("queue"), library.article(CELERY).userTags(), "the rename is undone");
        assertEquals(
                "Rename taken back: “later” is “queue” again",
                window.dialogs.said().getLast());
        window.main.undo();
        assertEquals(List.of(), library.article(CACHING).userTags(), "then the tagging");
        assertEquals(
                "Tag “queue” taken back from 2 articles", window.dialogs.said().getLast());
    }

    /**
     * The sixtieth walk tagged one article "to-try, redis", where the catalog had tagged it Redis: it read "all 1 had
     * “redis” already", and the undo took back "redis" too, which it had not added.
     */
    @Test
    void tagsOneArticleHadAlreadyAreNotSaidToBeAddedOrTakenBack() {
        window.dialogs.answer("to-try, redis, later");
        window.actions.addTag(List.of(window.row(CACHING)));
        String title = Formats.quoted(window.row(CACHING).titleProperty().get(), 40);
        assertEquals(
                "Added “to-try” and “later” to " + title + "; it had “redis” already",
                window.dialogs.said().getLast());
        window.main.undo();
        assertEquals(
                "Tags “to-try” and “later” taken back from " + title,
                window.dialogs.said().getLast());
        assertEquals(List.of(), library.article(CACHING).userTags());

        // Several, unevenly: each tag taken back from as many as it went on (the sixty-first walk).
        window.dialogs.answer("memcached, later");
        window.actions.addTag(List.of(window.row(CACHING), window.row(RATE_LIMITING)));
        assertEquals(
                "Added “memcached” to 1 article and “later” to 2 articles",
                window.dialogs.said().getLast());
        window.main.undo();
        assertEquals(
                "Taken back: “memcached” from 1 article and “later” from 2 articles",
                window.dialogs.said().getLast());
    }

    /** The forty-seventh walk renamed the tag its list was filtered by, and the list went back to all 31. */
    @Test
    void theTagFilterFollowsATagRenamedAndItsUndo() {
        window.dialogs.answer("to-share");
        window.actions.addTag(List.of(window.row(CACHING)));
        window.await(() -> window.main.tags().stream().anyMatch(t -> t.tag().equals("to-share")));
        window.main.selectedTags().setAll("to-share");
        window.await(() -> window.main.resultProperty().get().size() == 1);

        window.dialogs.answer("to-share").answer("share-later");
        window.actions.renameTag();
        window.await(() -> window.main.tags().stream().anyMatch(t -> t.tag().equals("share-later")));
        assertEquals(List.of("share-later"), window.main.selectedTags());
        window.await(() -> window.main.resultProperty().get().size() == 1);

        window.main.undo();
        window.await(() -> window.main.tags().stream().anyMatch(t -> t.tag().equals("to-share")));
        assertEquals(List.of("to-share"), window.main.selectedTags());
        window.await(() -> window.main.resultProperty().get().size() == 1);
    }

    /** The twentieth walk: "later" merged into "Must-Read" beside "must-read" left both spellings. */
    @Test
    void aMergeTakesTheSpellingOfTheTagAlreadyThere() {
        window.dialogs.answer("must-read");
        window.actions.addTag(List.of(window.row(CACHING)));
        window.dialogs.answer("later");
        window.actions.addTag(List.of(window.row(CELERY)));
        window.await(() -> window.main.tags().stream().anyMatch(t -> t.tag().equals("later")));

        window.dialogs.answer("later").answer("Must Read");
        window.actions.renameTag();
        assertEquals(List.of("must-read"), library.article(CELERY).userTags());
        assertEquals(List.of("must-read"), library.article(CACHING).userTags());
        assertEquals("Merged “later” into “must-read”", window.dialogs.said().getLast());
        window.main.undo();
        assertEquals(List.of("later"), library.article(CELERY).userTags());
        assertEquals(
                "Merge taken back: “later” and “must-read” are apart again",
                window.dialogs.said().getLast());

        window.await(() -> window.main.tags().stream().anyMatch(t -> t.tag().equals("later")));
        window.dialogs.answer("must-read").answer("Must-Read");
        window.actions.renameTag();
        assertEquals(List.of("Must-Read"), library.article(CACHING).userTags(), "its own capitals, renamed");
        assertEquals("Renamed “must-read” to “Must-Read”", window.dialogs.said().getLast());
    }

    /** The twenty-second walk renamed its own "backend" and was told "Renamed “Backend”…" while the catalog's stayed. */
    @Test
    void renamingAnOwnTagTheCatalogAlsoHasSaysTheCatalogsStays() {
        window.dialogs.answer("memcached");
        window.actions.addTag(List.of(window.row(CELERY)));
        window.await(() -> window.main.tags().stream()
                .anyMatch(t -> t.tag().equalsIgnoreCase("memcached") && t.own() && t.articles() == 2));

        window.dialogs.answer("Memcached").answer("cache-server");
        window.actions.renameTag();
        assertEquals(List.of("cache-server"), library.article(CELERY).userTags());
        assertTrue(
                library.article(CACHING).catalogTags().contains("Memcached"), "the catalog's is no user's to rename");
        assertEquals(
                "Renamed “Memcached” to “cache-server” on the article you gave it; the catalog's “Memcached” stays",
                window.dialogs.said().getLast());
    }

    @Test
    void nextUnreadFollowsTheOrderShown() {
        List<ArticleRow> rows = window.rows();
        window.main.setRead(List.of(rows.get(1), rows.get(2)), true);
        assertEquals(3, window.main.nextUnread(0));
        assertEquals(0, window.main.nextUnread(-1));
    }

    @Test
    void filtersAreKeptPerLibraryAndTheSearchIsNeverKept() throws Exception {
        Path settings = dir.resolve("settings");
        ArticleRow caching = window.row(CACHING);
        window.main.searchTextProperty().set("xylophone");
        window.main.statusProperty().set(ReadStatus.UNREAD);
        window.main.selectedTags().setAll("Redis");
        SettingsFile mine = SettingsFile.forLibrary(settings, library.id());
        window.main.saveFilters(mine, List.of(caching));
        mine.save();

        try (Library other = Library.open(dir.resolve("other.db"), CLOCK)) {
            WindowModels second = new WindowModels(CLOCK).open(other);
            second.main.restoreFilters(SettingsFile.forLibrary(settings, other.id()));
            assertEquals(31, second.main.rows().size(), "another library opens unfiltered");
        }

        WindowModels again = new WindowModels(CLOCK).open(library);
        List<List<String>> revealed = new ArrayList<>();
        again.main.whenRevealing(revealed::add);
        again.main.restoreFilters(SettingsFile.forLibrary(settings, library.id()));
        assertEquals("", again.main.searchTextProperty().get());
        assertEquals(ReadStatus.UNREAD, again.main.statusProperty().get());
        assertEquals(List.of("Redis"), again.main.selectedTags());
        assertEquals(List.of(List.of(CACHING)), revealed, "the article selected last time is selected again");
        assertFalse(Files.readString(mine.file()).contains("xylophone"), "nothing of the search is written");
    }

    @Test
    void anImportsNewArticlesAreShownAndSelected() throws Exception {
        window.main.searchTextProperty().set("nothing like this");
        List<List<String>> revealed = new ArrayList<>();
        window.main.whenRevealing(revealed::add);
        window.main.revealAdded(List.of(CACHING), "the import");
        assertEquals("", window.main.searchTextProperty().get(), "no filter hides them");
        assertEquals(List.of(List.of(CACHING)), revealed);
    }

    @Test
    void anArticleJustAddedIsSelectedOnceTheIndexHasItUnlessTheUserFiltersFirst() throws SQLException {
        List<List<String>> revealed = new ArrayList<>();
        window.main.whenRevealing(revealed::add);
        String id = library.addArticle("Notes on Quorumz", "https://example.com/quorumz", "", List.of());
        window.main.reveal(List.of(id));
        window.await(() -> !revealed.isEmpty());
        assertEquals(List.of(List.of(id)), revealed);

        // Another program adds one: the index has it only once it reads the library's changes. The
        // catch-ups the load and the add queued must be over first, or one of them reads it too.
        QuietIndex.await(library);
        try (Connection shell = DriverManager.getConnection("jdbc:sqlite:" + library.file());
                Statement statement = shell.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO article (slug, title, url, url_key, source, added_at)
                    VALUES ('notes-on-raft', 'Notes on Raft', 'https://example.com/raft', 'https://example.com/raft',
                            'test', '2026-11-26T08:15:00Z')""");
        }
        window.main.reveal(List.of("notes-on-raft"));
        window.main.searchTextProperty().set("quorumz"); // the user asked for something else meanwhile
        window.await(() -> window.main.rows().size() == 1);
        library.reloadIndex();
        window.main.searchTextProperty().set("");
        window.await(() -> window.main.rows().size() == 33);
        assertEquals(1, revealed.size(), "the user's filter cancelled the selection request");
    }

    @Test
    void aStarShowsAtOnceFiltersTheListAndCanBeUndone() {
        ArticleRow caching = window.row(CACHING);
        window.detail.show(caching);
        window.main.toggleFavourite(List.of(caching));
        assertTrue(caching.isFavourite(), "the row, and so the pane, show it at once");
        assertTrue(library.article(CACHING).favourite());

        window.main.favouritesOnlyProperty().set(true);
        window.await(() -> window.main.rows().size() == 1);
        assertEquals(List.of(CACHING), window.ids());
        assertTrue(window.main.rows().getFirst().isFavourite(), "a row made from the index knows its star");
        assertTrue(window.main.filteredProperty().get());

        window.main.undo();
        assertFalse(library.article(CACHING).favourite());
        assertEquals(
                "Star taken back from “"
                        + TextCut.shortened(caching.titleProperty().get(), 40) + "”",
                window.dialogs.said().getLast(),
                "an undo may change a row the filters hide: it says what it did");
        // Kept in sight until the filters change, as an unstar under ★ is (the twenty-sixth walk).
        window.await(() -> window.main.resultProperty().get().generation()
                == library.index().generation());
        assertEquals(List.of(CACHING), window.ids());
        window.main.favouritesOnlyProperty().set(false);
        window.main.favouritesOnlyProperty().set(true);
        window.await(() -> window.main.rows().isEmpty());
        assertEquals(
                "No starred articles yet. Star one with ☆ in the table, or Ctrl+D.",
                window.main.emptyTextProperty().get());
        window.main.clearFilters();
        window.await(() -> window.main.rows().size() == 31);
    }
}
