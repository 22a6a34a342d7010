package dev.readinglist.ui.main;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.Query;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingProgress;
import dev.readinglist.search.QueryParser;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.LibraryConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The main window's state: the filters, the rows they match, the counts, and read changes with
 * undo. Every query and write goes through {@link Background}; results land on the FX thread.
 */
public final class MainViewModel {

    private final Background background;
    private final LibraryConnection connection;
    private final Clock clock;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ReadStatus> status = new SimpleObjectProperty<>(ReadStatus.ALL);
    private final ObservableList<String> selectedTags = FXCollections.observableArrayList();
    private final ObservableList<String> allTags = FXCollections.observableArrayList();

    private final ObservableList<ArticleRow> matches = FXCollections.observableArrayList(ArticleRow::observables);
    private final FilteredList<ArticleRow> shown = new FilteredList<>(matches);
    private final Map<String, ArticleRow> rowsById = new HashMap<>();

    private final IntegerProperty matchCount = new SimpleIntegerProperty();
    private final IntegerProperty matchReadCount = new SimpleIntegerProperty();
    private final ObjectProperty<ReadingProgress> progress = new SimpleObjectProperty<>(new ReadingProgress(0, 0, 0));
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty();

    private final Deque<Map<String, Instant>> undoStack = new ArrayDeque<>();
    private volatile long generation;
    private boolean progressStale = true;

    public MainViewModel(Background background, LibraryConnection connection, Clock clock) {
        this.background = background;
        this.connection = connection;
        this.clock = clock;
        searchText.addListener((obs, old, now) -> query());
        selectedTags.addListener((javafx.collections.ListChangeListener<String>) change -> query());
        status.addListener((obs, old, now) -> applyStatus());
        matches.addListener((javafx.collections.ListChangeListener<ArticleRow>) change -> recount());
        connection.libraryProperty().addListener((obs, old, now) -> {
            if (now != null) {
                refresh();
                refreshTags();
            }
        });
        applyStatus();
    }

    /** After a change to the library: re-runs the search and recounts the progress. */
    public void refresh() {
        progressStale = true;
        query();
    }

    /**
     * Re-runs the search; a newer request makes an older one's result irrelevant. The library-wide
     * progress is recounted only while a change has not yet been counted, not on every keystroke,
     * where it would scan the whole library for the same answer.
     */
    private void query() {
        Library library = connection.get();
        if (library == null) {
            return;
        }
        long mine = ++generation;
        boolean withProgress = progressStale;
        Query query = QueryParser.parse(searchText.get()).withTags(List.copyOf(selectedTags));
        background.run(() -> mine == generation ? new Result(library.search(query), withProgress ? library.progress() : null) : null,
                result -> {
                    if (result != null && mine == generation) {
                        show(result);
                    }
                },
                this::fail);
    }

    public void refreshTags() {
        Library library = connection.get();
        if (library != null) {
            background.run(library::allTags, tags -> {
                allTags.setAll(tags);
                selectedTags.retainAll(tags);
            }, this::fail);
        }
    }

    /** @param progress null when the search ran without recounting progress */
    private record Result(List<Article> articles, ReadingProgress progress) {
    }

    private void show(Result result) {
        List<ArticleRow> rows = new ArrayList<>(result.articles().size());
        for (Article article : result.articles()) {
            ArticleRow row = rowsById.computeIfAbsent(article.id(), id -> new ArticleRow(article));
            row.update(article);
            rows.add(row);
        }
        if (!sameRows(rows)) {
            matches.setAll(rows);
        }
        if (result.progress() != null) {
            progress.set(result.progress());
            progressStale = false;
        }
        loaded.set(true);
        recount();
    }

    private boolean sameRows(List<ArticleRow> rows) {
        if (rows.size() != matches.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != matches.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void applyStatus() {
        ReadStatus wanted = status.get();
        shown.setPredicate(row -> wanted == ReadStatus.ALL || row.isRead() == (wanted == ReadStatus.READ));
    }

    private void recount() {
        matchCount.set(matches.size());
        matchReadCount.set((int) matches.stream().filter(ArticleRow::isRead).count());
    }

    /** Marks rows read or unread at once on screen, then in the store; undo puts them back. */
    public void setRead(List<ArticleRow> rows, boolean read) {
        Library library = connection.get();
        List<ArticleRow> changing = rows.stream().filter(row -> row.isRead() != read).toList();
        if (library == null || changing.isEmpty()) {
            return;
        }
        Map<String, Instant> before = new LinkedHashMap<>();
        changing.forEach(row -> before.put(row.id(), row.readAt()));
        Instant now = clock.instant();
        changing.forEach(row -> row.showRead(read ? now : null));
        recount();
        undoStack.push(before);
        canUndo.set(true);
        List<String> ids = List.copyOf(before.keySet());
        background.run(() -> read ? library.markRead(ids) : library.markUnread(ids),
                changed -> refresh(),
                failure -> {
                    restoreOnScreen(before);
                    undoStack.remove(before);
                    canUndo.set(!undoStack.isEmpty());
                    fail(failure);
                });
    }

    /** Read if any of the rows is unread; otherwise unread. */
    public void toggleRead(List<ArticleRow> rows) {
        setRead(rows, rows.stream().anyMatch(row -> !row.isRead()));
    }

    public void undo() {
        Library library = connection.get();
        Map<String, Instant> before = undoStack.poll();
        canUndo.set(!undoStack.isEmpty());
        if (library == null || before == null) {
            return;
        }
        restoreOnScreen(before);
        background.run(() -> {
            library.restoreReadTimes(before);
            return null;
        }, done -> refresh(), this::fail);
    }

    private void restoreOnScreen(Map<String, Instant> readTimes) {
        readTimes.forEach((id, when) -> {
            ArticleRow row = rowsById.get(id);
            if (row != null) {
                row.showRead(when);
            }
        });
        recount();
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

    /** The rows the table shows: the matches, narrowed by the status switch. */
    public ObservableList<ArticleRow> shownRows() {
        return shown;
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
