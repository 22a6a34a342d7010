package dev.readinglist.ui.main;

import dev.readinglist.index.ArticleIndex;
import dev.readinglist.index.Matches;
import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.Query;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingProgress;
import dev.readinglist.model.SortKey;
import dev.readinglist.search.QueryParser;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.ResultRows;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The main window's state: the filters, the rows they match, the counts, and read changes with
 * undo. Every query and write goes through {@link Background}; results land on the FX thread.
 */
public final class MainViewModel {

    private static final int FIRST_PAGE = 200;

    private final Background background;
    private final LibraryConnection connection;
    private final Clock clock;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ReadStatus> status = new SimpleObjectProperty<>(ReadStatus.ALL);
    private final ObservableList<String> selectedTags = FXCollections.observableArrayList();
    private final ObservableList<String> allTags = FXCollections.observableArrayList();

    private final ResultRows rows = new ResultRows();

    private final IntegerProperty matchCount = new SimpleIntegerProperty();
    private final IntegerProperty matchReadCount = new SimpleIntegerProperty();
    private final ObjectProperty<ReadingProgress> progress = new SimpleObjectProperty<>(new ReadingProgress(0, 0, 0));
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty indexing = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty();

    private final Deque<Map<ArticleRow, Instant>> undoStack = new ArrayDeque<>();
    /** The index the table's rows come from; swapped on the FX thread when a new one is ready. */
    private ArticleIndex index;
    /**
     * The newest index, set on the worker as soon as it is built. Worker tasks run one at a time,
     * so a change committed after a reload began is applied to the index that reload built.
     */
    private volatile ArticleIndex workerIndex;

    private final IndexRefresh loads;
    private SortKey sortKey = SortKey.DEFAULT;
    private boolean descending;
    private volatile long generation;

    public MainViewModel(Background background, LibraryConnection connection, Clock clock) {
        this.background = background;
        this.loads = new IndexRefresh(background);
        this.connection = connection;
        this.clock = clock;
        searchText.addListener((obs, old, now) -> query());
        selectedTags.addListener((ListChangeListener<String>) change -> query());
        status.addListener((obs, old, now) -> query());
        connection.libraryProperty().addListener((obs, old, now) -> {
            if (now != null) {
                refresh();
                refreshTags();
            }
        });
    }

    /**
     * Reads the library again into a new index: at open, and after a change the index cannot
     * follow (an import, an added or deleted article, a change made by another program). Until
     * the first index is ready, the table shows the first page of the library.
     */
    public void refresh() {
        Library library = connection.get();
        if (library == null) {
            return;
        }
        if (index == null && !loaded.get()) {
            background.run(
                    () -> library.firstPage(FIRST_PAGE),
                    page -> {
                        if (index == null) {
                            rows.showPage(page);
                            loaded.set(true);
                        }
                    },
                    this::fail);
        }
        indexing.set(true);
        loads.start(
                library,
                built -> workerIndex = built,
                fresh -> {
                    index = fresh;
                    indexing.set(false);
                    query();
                },
                failure -> {
                    indexing.set(false);
                    fail(failure);
                });
    }

    /**
     * Runs the search on the worker, in memory; a newer request makes an older one's result
     * irrelevant, so a stale one is skipped before it starts and dropped if it finishes late.
     */
    private void query() {
        Library library = connection.get();
        ArticleIndex searched = index;
        if (library == null || searched == null) {
            return;
        }
        long mine = ++generation;
        Query query = QueryParser.parse(searchText.get()).withTags(List.copyOf(selectedTags));
        ReadStatus wanted = status.get();
        SortKey key = sortKey;
        boolean reversed = descending;
        background.run(
                () -> mine == generation
                        ? new Result(library.search(searched, query, wanted, key, reversed), searched.progress())
                        : null,
                result -> {
                    if (result != null && mine == generation && searched == index) {
                        show(searched, result);
                    }
                },
                this::fail);
    }

    public void refreshTags() {
        Library library = connection.get();
        if (library != null) {
            background.run(
                    library::allTags,
                    tags -> {
                        allTags.setAll(tags);
                        selectedTags.retainAll(tags);
                    },
                    this::fail);
        }
    }

    private record Result(Matches matches, ReadingProgress progress) {}

    private void show(ArticleIndex searched, Result result) {
        rows.show(searched, result.matches().rows());
        matchCount.set(result.matches().matched());
        matchReadCount.set(result.matches().matchedRead());
        progress.set(result.progress());
        loaded.set(true);
    }

    /** Sorts by a column (DEFAULT: newest first); the table's own sorting is replaced by this. */
    public void sortBy(SortKey key, boolean reversed) {
        if (key != sortKey || reversed != descending) {
            sortKey = key;
            descending = reversed;
            query();
        }
    }

    /** Marks rows read or unread at once on screen, then in the store; undo puts them back. */
    public void setRead(List<ArticleRow> chosen, boolean read) {
        Library library = connection.get();
        List<ArticleRow> changing =
                chosen.stream().filter(row -> row.isRead() != read).toList();
        if (library == null || changing.isEmpty()) {
            return;
        }
        Map<ArticleRow, Instant> before = new LinkedHashMap<>();
        changing.forEach(row -> before.put(row, row.readAt()));
        Instant now = clock.instant();
        changing.forEach(row -> row.showRead(read ? now : null));
        undoStack.push(before);
        canUndo.set(true);
        List<String> ids = changing.stream().map(ArticleRow::id).toList();
        background.run(
                () -> {
                    int changed = read ? library.markRead(ids) : library.markUnread(ids);
                    changing.forEach(row -> indexRead(row, read ? now : null));
                    return changed;
                },
                changed -> query(),
                failure -> {
                    restoreOnScreen(before);
                    undoStack.remove(before);
                    canUndo.set(!undoStack.isEmpty());
                    fail(failure);
                });
    }

    /**
     * On the worker: tells the newest index of a committed read change. A row shown from an older
     * index or from the first page is found by its id (a scan, for these rare cases).
     */
    private void indexRead(ArticleRow row, Instant when) {
        loads.changed(row.id());
        ArticleIndex newest = workerIndex;
        int at = rowIn(newest, row);
        if (at >= 0) {
            newest.setReadAt(at, when);
        }
    }

    private static int rowIn(ArticleIndex newest, ArticleRow row) {
        if (newest == null) {
            return -1; // the index being built reads the stored state
        }
        return row.index() == newest ? row.indexRow() : newest.rowOf(row.id());
    }

    /**
     * After the detail pane changed an article's note or tags: the index learns the article as
     * stored now, on the worker, and the search runs again (the article may no longer match).
     */
    public void articleChanged(ArticleRow row, Article fresh) {
        background.run(
                () -> {
                    loads.changed(row.id());
                    ArticleIndex newest = workerIndex;
                    int at = rowIn(newest, row);
                    if (at >= 0) {
                        newest.update(at, fresh);
                    }
                    return null;
                },
                done -> query(),
                this::fail);
    }

    /** Read if any of the rows is unread; otherwise unread. */
    public void toggleRead(List<ArticleRow> chosen) {
        setRead(chosen, chosen.stream().anyMatch(row -> !row.isRead()));
    }

    public void undo() {
        Library library = connection.get();
        Map<ArticleRow, Instant> before = undoStack.poll();
        canUndo.set(!undoStack.isEmpty());
        if (library == null || before == null) {
            return;
        }
        restoreOnScreen(before);
        Map<String, Instant> byId = new LinkedHashMap<>();
        before.forEach((row, when) -> byId.put(row.id(), when));
        background.run(
                () -> {
                    library.restoreReadTimes(byId);
                    before.forEach(this::indexRead);
                    return null;
                },
                done -> query(),
                this::fail);
    }

    private void restoreOnScreen(Map<ArticleRow, Instant> readTimes) {
        readTimes.forEach(ArticleRow::showRead);
    }

    /** The ids of the rows shown now, in order: for exporting them. */
    public List<String> shownIds() {
        return rows.ids();
    }

    public void clearFilters() {
        selectedTags.clear();
        status.set(ReadStatus.ALL);
        searchText.set("");
    }

    public void fail(Throwable failure) {
        error.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<ReadStatus> statusProperty() {
        return status;
    }

    public ObservableList<String> selectedTags() {
        return selectedTags;
    }

    public ObservableList<String> allTags() {
        return allTags;
    }

    /** The rows the table shows: the matches, narrowed by the status switch, sorted. */
    public ResultRows shownRows() {
        return rows;
    }

    /** True while the library is being read into memory (at open, and after an import). */
    public ReadOnlyBooleanProperty indexingProperty() {
        return indexing;
    }

    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount;
    }

    public ReadOnlyIntegerProperty matchReadCountProperty() {
        return matchReadCount;
    }

    public ReadOnlyObjectProperty<ReadingProgress> progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public boolean hasFilters() {
        return !searchText.get().isBlank() || !selectedTags.isEmpty() || status.get() != ReadStatus.ALL;
    }
}
