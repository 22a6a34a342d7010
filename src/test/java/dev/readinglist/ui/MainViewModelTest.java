package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main view model over a real library, without the JavaFX toolkit. */
class MainViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:15:00Z"), ZoneOffset.UTC);
    static final String CACHING = "caching-strategies-production-guide";

    @TempDir
    Path dir;

    Library library;
    MainViewModel model;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("rl.db"), CLOCK);
        LibraryConnection connection = new LibraryConnection();
        model = new MainViewModel(new DirectBackground(), connection, CLOCK);
        connection.open(library);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void loadsEveryArticleWithCountsAndProgress() {
        assertTrue(model.loadedProperty().get());
        assertEquals(31, model.shownRows().size());
        assertEquals(31, model.matchCountProperty().get());
        assertEquals(0, model.progressProperty().get().read());
        assertEquals(534, model.progressProperty().get().minutesLeft());
        assertTrue(model.allTags().contains("Redis"));
    }

    @Test
    void searchTagsAndStatusNarrowTheRows() {
        model.searchTextProperty().set("cach");
        assertEquals(2, model.shownRows().size());

        model.searchTextProperty().set("");
        model.selectedTags().setAll("Redis", "Python");
        assertEquals(
                List.of(
                        "celery-task-queues-django-workflows-guide",
                        "rate-limiting-algorithms-token-bucket-sliding-window"),
                ids(model.shownRows()).stream().sorted().toList());

        model.setRead(List.of(model.shownRows().getFirst()), true);
        model.statusProperty().set(ReadStatus.READ);
        assertEquals(1, model.shownRows().size());
        assertEquals(1, model.matchReadCountProperty().get());
        model.statusProperty().set(ReadStatus.UNREAD);
        assertEquals(1, model.shownRows().size());

        model.clearFilters();
        assertEquals(31, model.shownRows().size());
        assertFalse(model.hasFilters());
    }

    @Test
    void aReadToggleCommittedBetweenThePartsOfALoadReachesTheIndexItBuilds() throws Exception {
        Path csv = dir.resolve("pocket.csv");
        StringBuilder rows = new StringBuilder("title,url,time_added,tags,status\n");
        for (int i = 0; i < 60_000; i++) { // more row ids than one part of a load holds
            rows.append("Row ")
                    .append(i)
                    .append(",https://example.com/r/")
                    .append(i)
                    .append(",1700000000,,unread\n");
        }
        Files.writeString(csv, rows);
        library.importFile(csv, null, false);

        QueuedBackground worker = new QueuedBackground();
        LibraryConnection connection = new LibraryConnection();
        MainViewModel loading = new MainViewModel(worker, connection, CLOCK);
        connection.open(library);
        worker.runNext(); // the first page
        worker.runNext(); // the load starts
        ArticleRow caching = loading.shownRows().stream()
                .filter(row -> row.id().equals(CACHING))
                .findFirst()
                .orElseThrow();
        loading.setRead(List.of(caching), true);
        worker.runNext(); // the first part is read, before the toggle is committed
        worker.runNext(); // the toggle is committed
        worker.runAll(); // the last part, then the index is shown

        loading.statusProperty().set(ReadStatus.READ);
        worker.runAll();
        assertEquals(List.of(CACHING), ids(loading.shownRows()), "the index built around the toggle has it read");
        assertEquals(60_031, loading.progressProperty().get().total());
    }

    @Test
    void aRowShownBeforeAReloadStillChangesWhatTheNewIndexFinds() {
        ArticleRow shownEarlier = model.shownRows().get(2);
        model.refresh(); // as after an import: a new index, while the old rows may still be on screen
        model.setRead(List.of(shownEarlier), true);
        model.statusProperty().set(ReadStatus.READ);
        assertEquals(List.of(shownEarlier.id()), ids(model.shownRows()));
        assertEquals(1, model.progressProperty().get().read());
    }

    @Test
    void readChangesPersistAndUndoRestoresTheExactState() {
        ArticleRow first = model.shownRows().get(0);
        ArticleRow second = model.shownRows().get(1);
        model.setRead(List.of(first), true);
        assertTrue(library.article(first.id()).isRead());
        assertEquals(
                Instant.parse("2026-11-26T08:15:00Z"),
                library.article(first.id()).readAt());

        model.toggleRead(List.of(first, second));
        assertTrue(library.article(second.id()).isRead(), "one unread in the selection: toggle marks all read");
        model.toggleRead(List.of(first, second));
        assertFalse(library.article(first.id()).isRead());
        assertFalse(library.article(second.id()).isRead());
        assertEquals(0, model.progressProperty().get().read());

        model.undo();
        assertTrue(library.article(first.id()).isRead());
        assertTrue(library.article(second.id()).isRead());
        model.undo();
        assertFalse(library.article(second.id()).isRead());
        assertTrue(library.article(first.id()).isRead());
        model.undo();
        assertNull(library.article(first.id()).readAt());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void rowsAreKeptAcrossRefreshes() {
        ArticleRow row = model.shownRows().getFirst();
        model.searchTextProperty().set(row.titleProperty().get().split(" ")[0]);
        model.searchTextProperty().set("");
        assertTrue(model.shownRows().contains(row), "the same row object, so the table keeps its selection");
    }

    private static List<String> ids(List<ArticleRow> rows) {
        return rows.stream().map(ArticleRow::id).toList();
    }
}
