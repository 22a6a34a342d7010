package dev.readinglist.ui.main;

import dev.readinglist.library.Library;
import dev.readinglist.library.LibraryIndex;
import dev.readinglist.library.Search;
import dev.readinglist.library.SearchResult;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingProgress;
import dev.readinglist.model.SortKey;
import dev.readinglist.model.TagCount;
import dev.readinglist.model.UnknownArticleException;
import dev.readinglist.model.UrlKey;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.ArticleRows;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.Debouncer;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.ResultRows;
import dev.readinglist.ui.common.UndoStack;
import dev.readinglist.ui.table.ArticleList;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The main window's list: the filters, the rows they match, the counts, and what the status bar,
 * the status switch and the progress say. The library keeps its index up to date; this asks it,
 * off the FX thread, whenever a filter or the index changes. Read changes show at once and can be
 * undone.
 */
public final class MainViewModel implements ArticleList {

    private static final int FIRST_PAGE = 200;

    private final Background background;
    private final ReadAndStarMarks marks;
    private final ArticleRows registry;
    private final UndoStack undo;
    private final ResultRows rows;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ReadStatus> status = new SimpleObjectProperty<>(ReadStatus.ALL);
    private final ObservableList<String> selectedTags = FXCollections.observableArrayList();
    /** The filter's tags that the last count to drop any no longer found: renamed, perhaps, and followed. */
    private List<String> droppedFromFilter = List.of();

    private final BooleanProperty anyTag = new SimpleBooleanProperty();
    private final BooleanProperty favouritesOnly = new SimpleBooleanProperty();
    private final ObservableList<TagCount> tags = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<SearchResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("Opening your reading list…");
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper tagButtonText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper tagButtonTip = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper timeLeftText = new ReadOnlyStringWrapper();
    private final ReadOnlyDoubleWrapper progressFraction = new ReadOnlyDoubleWrapper();
    private final ObservableList<String> tagNames = FXCollections.observableArrayList();

    private final LibraryIndex.Listener indexChanged;
    private final Debouncer typingPause;
    private Library shown;
    private SortKey sortKey = SortKey.DEFAULT;
    private boolean descending;
    private long searches;
    /**
     * Set when a library opens: its tags are counted once its first result shows, and no search
     * waits (see {@link #countTagsWhenNoSearchWaits}). At a million articles the count takes the one
     * worker a few hundred ms, which searches and sorts asked meanwhile would wait behind, and the
     * Tags list is not on screen when the window opens.
     */
    private boolean tagsAfterFirstResult;

    private long shownGeneration = -1;
    /** The search the rows shown answer, or null before the first. */
    private Search answered;

    private TagTrail trail;
    /** The article whose note has the keyboard, or null; see {@link #keepWhileTyped}. */
    private ObservableValue<String> typed = new SimpleStringProperty();
    /** A result that left the typed article out waits until its note loses the keyboard. */
    private boolean held;
    /** The article whose note was let go last: said, if the next result leaves it out. */
    private String leaving;
    /** An article just edited (F2, or its undo), kept in sight: see {@link #keepInSightOnceEdited}. Null when none. */
    private EditWatch edited;

    /**
     * Articles kept in the list whatever the status switch and the star button say, until a filter changes: marked
     * read under Unread, the row stays, shown read, under the pointer that marked it.
     */
    private final Set<String> inSight = new HashSet<>();

    /**
     * Under a sort by Read or ★, the articles marked here since it was asked for, each with its value before: they keep
     * their place until the list is asked anew (see {@link Search#held}).
     */
    private final Map<String, Boolean> heldInPlace = new HashMap<>();

    private final ReadOnlyStringWrapper undoMenuLabel = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoMenuLabel = new ReadOnlyStringWrapper("Redo");

    private Consumer<List<String>> reveal = ids -> {};
    /** Ids to select once the next result shows them. */
    private List<String> toReveal = List.of();

    /**
     * @param typingPause ends when the search has not changed for a moment: only then does the
     *     library answer a search itself while the index reads it (see {@link #search()})
     */
    public MainViewModel(
            Background background, LibraryConnection connection, Clock clock, UndoStack undo, Debouncer typingPause) {
        this.background = background;
        this.typingPause = typingPause;
        this.undo = undo;
        this.registry = new ArticleRows();
        this.rows = new ResultRows(registry);
        this.marks = new ReadAndStarMarks(
                background,
                undo,
                clock,
                () -> shown,
                status::get,
                favouritesOnly::get,
                this::reveal,
                inSight::addAll,
                this::holdPlaces,
                this::fail);
        undo.versionProperty().addListener((obs, was, now) -> nameUndoSteps());
        // An article just added has no row until its result shows: "Undo add" gets its name then (the twenty-ninth
        // walk).
        result.addListener((obs, was, now) -> nameUndoSteps());
        this.indexChanged = change -> background.onUiThread(() -> {
            search();
            if (change == LibraryIndex.Change.ARTICLES) {
                refreshTags();
            }
        });
        searchText.addListener((obs, old, now) -> filtersChanged());
        selectedTags.addListener((ListChangeListener<String>) change -> filtersChanged());
        anyTag.addListener((obs, old, now) -> filtersChanged());
        favouritesOnly.addListener((obs, old, now) -> filtersChanged());
        status.addListener((obs, old, now) -> filtersChanged());
        filtered.bind(
                Bindings.createBooleanBinding(this::hasFilters, searchText, status, selectedTags, favouritesOnly));
        emptyText.bind(Bindings.createStringBinding(
                this::describeEmpty, loaded, result, searchText, filtered, error, favouritesOnly, selectedTags));
        statusText.bind(Bindings.createStringBinding(this::describeStatus, rows, result, loaded));
        tagButtonText.bind(Bindings.createStringBinding(
                () -> selectedTags.isEmpty() ? "Tags ▾" : "Tags (" + selectedTags.size() + ") ▾", selectedTags));
        tagButtonTip.bind(Bindings.createStringBinding(this::describeTagFilter, selectedTags, anyTag));
        progressText.bind(Bindings.createStringBinding(
                () -> progress().total() == 0
                        ? ""
                        : String.format(
                                "%,d of %,d read", progress().read(), progress().total()),
                result));
        timeLeftText.bind(Bindings.createStringBinding(
                () -> progress().minutesLeft() == 0
                        ? ""
                        : Formats.duration(progress().minutesLeft()) + " left",
                result));
        progressFraction.bind(Bindings.createDoubleBinding(() -> progress().fraction(), result));
        tags.addListener((ListChangeListener<TagCount>)
                change -> tagNames.setAll(tags.stream().map(TagCount::tag).toList()));
        connection.libraryProperty().addListener((obs, old, now) -> opened(old, now));
    }

    /** A library opened (at start, after a restore): its index loads, and the first rows show meanwhile. */
    private void opened(Library old, Library now) {
        if (old != null) {
            old.index().removeListener(indexChanged);
            undo.clear();
        }
        shown = now;
        answered = null;
        inSight.clear();
        heldInPlace.clear();
        if (now == null) {
            return;
        }
        if (old != null || shownGeneration >= 0) {
            rows.libraryChanged();
            shownGeneration = -1;
        }
        now.index().addListener(indexChanged);
        now.index().load();
        tagsAfterFirstResult = true;
        background.run(
                () -> now.index().isReady() ? List.<Article>of() : now.firstPage(FIRST_PAGE),
                page -> {
                    if (result.get() == null && !page.isEmpty()) {
                        rows.showPage(page);
                    }
                    loaded.set(true);
                    search();
                },
                this::fail);
    }

    /**
     * Asks the index on the worker; a newer request makes an older one's answer irrelevant, so a
     * stale one is skipped before it starts and dropped if it finishes late. While the index reads
     * the whole library (no index file to start from: seconds, at a hundred thousand articles), the
     * library itself answers with the first matches, newest first, so that typing filters the list
     * meanwhile; it answers once typing pauses, as its queries share the library's connection with
     * the index's reading (at a million articles, a query per keystroke made that reading take 17 s
     * longer). Reading the file takes a moment, and searches wait for it.
     */
    private void search() {
        Library library = shown;
        if (library == null) {
            return;
        }
        long mine = ++searches;
        Search request = new Search(
                searchText.get(),
                List.copyOf(selectedTags),
                anyTag.get(),
                status.get(),
                sortKey,
                descending,
                favouritesOnly.get(),
                inSight,
                heldInPlace);
        // Rows made earlier (on screen, in the detail pane, in an undo) are brought up to date with the
        // result when the library changed, wherever they are: one state per article, whoever shows it.
        List<String> alive = rows.aliveIds();
        long before = shownGeneration;
        String keep = typed.getValue(); // the pane's article, so one of the rows shown
        String left = leaving;
        background.run(
                () -> {
                    if (mine != searches) {
                        return Optional.<Answer>empty();
                    }
                    Optional<SearchResult> found = library.index().search(request);
                    if (found.isPresent()) {
                        SearchResult r = found.get();
                        boolean leavesTyped = keep != null && r.positionsOf(List.of(keep))[0] < 0;
                        return Optional.of(new Found(
                                r,
                                r.generation() == before ? null : r.positionsOf(alive),
                                leavesTyped ? typedNow(library, keep) : null,
                                left != null
                                        && r.positionsOf(List.of(left))[0] < 0
                                        && typedNow(library, left) == null));
                    }
                    return library.index().isReadingLibrary()
                            ? Optional.of(new ReadingLibrary())
                            : Optional.<Answer>empty();
                },
                answer -> answer.filter(a -> mine == searches && library == shown)
                        .ifPresent(a -> {
                            if (a instanceof Found f && f.typedNow() != null && typed.getValue() != null) {
                                // The other rows take the library's changes, and the typed article its own, as a
                                // command line's note, which the pane says was changed elsewhere; the list waits.
                                rows.refresh(f.result(), alive, f.positions());
                                registry.whole(f.typedNow());
                                held = true;
                            } else if (a instanceof Found f) {
                                typingPause.cancel();
                                rows.refresh(f.result(), alive, f.positions());
                                if (!revealedOnceEdited(f.result(), request)) {
                                    show(f.result(), request, f.leftGone());
                                }
                            } else if (a instanceof ReadingLibrary) {
                                typingPause.restart(() -> firstMatches(library, request, mine));
                            }
                        }),
                this::fail);
    }

    /** The library's own first matches, while the index reads it; see {@link #search()}. */
    private void firstMatches(Library library, Search request, long mine) {
        background.run(
                () -> mine == searches && library.index().isReadingLibrary()
                        ? Optional.of(library.firstMatches(request, FIRST_PAGE))
                        : Optional.<List<Article>>empty(),
                page -> page.filter(p -> mine == searches && library == shown && result.get() == null)
                        .ifPresent(p -> {
                            rows.showPage(p);
                            loaded.set(true);
                        }),
                this::fail);
    }

    /** What a search finds: the index's result, or that the index is still reading the library. */
    private sealed interface Answer permits Found, ReadingLibrary {}

    /** A result, and where the rows already made are in it (null: the library has not changed since). */
    /**
     * @param typedNow the typed article as the library has it, when the result leaves it out; else null
     * @param leftGone the article whose note was let go last is deleted, not filtered out
     */
    private record Found(SearchResult result, int[] positions, Article typedNow, boolean leftGone) implements Answer {}

    /**
     * The article just edited is kept in sight: a title or link changed so that the search no longer finds it, it
     * left the list and the selection went to another article, where the next note would have gone (the eightieth
     * walk). The search and filters are cleared to show it, as for an article added, and {@code cleared} is told what
     * was. Watched until a result with the edit in it shows.
     */
    public void keepInSightOnceEdited(String id, Consumer<ListFilters> cleared) {
        edited = new EditWatch(id, shownGeneration, answered, cleared);
    }

    /**
     * The article edited, the generation shown then (a result of it may not have the edit yet), the question shown
     * then (another one asked since ends the watch), and who is told what was cleared to show it.
     */
    private record EditWatch(String id, long after, Search under, Consumer<ListFilters> cleared) {}

    /** Whether the result of {@code request} left out the article just edited: then it is shown, filters cleared. */
    private boolean revealedOnceEdited(SearchResult found, Search request) {
        EditWatch watch = edited;
        if (watch == null) {
            return false;
        }
        if (watch.under() == null || !sameQuestion(watch.under(), request)) {
            edited = null; // the user asked another question: what it leaves out is theirs
            return false;
        }
        if (found.generation() == watch.after()) {
            return false; // asked before the edit reached the index
        }
        edited = null;
        if (found.positionsOf(List.of(watch.id()))[0] >= 0) {
            return false;
        }
        String title =
                registry.find(watch.id()).map(row -> row.titleProperty().get()).orElse("the article");
        watch.cleared().accept(revealAdded(List.of(watch.id()), Formats.inNotice(title) + " was edited"));
        return true;
    }

    /** The typed article as the library has it; null once it is gone (deleted elsewhere: the list lets it go). */
    private static Article typedNow(Library library, String id) {
        try {
            return library.article(id);
        } catch (UnknownArticleException gone) {
            return null;
        }
    }

    private record ReadingLibrary() implements Answer {}

    private void show(SearchResult found, Search request, boolean leftGone) {
        shownGeneration = found.generation();
        // The article whose note was let go leaves the list: no other row takes its place, as one would for a
        // row the library took away, where the next Space, Ctrl+D or note would change an article the user did not
        // choose (the thirty-second walk). Its selection comes back with a search that shows it.
        boolean typedLeaves = leaving != null && !leftGone && found.positionsOf(List.of(leaving))[0] < 0;
        boolean asked = answered != null && !sameQuestion(answered, request);
        rows.show(found, typedLeaves || answered == null || asked, asked);
        answered = request;
        result.set(found);
        loaded.set(true);
        error.set("");
        if (tagsAfterFirstResult) {
            tagsAfterFirstResult = false;
            countTagsWhenNoSearchWaits();
        }
        if (leaving != null) {
            String gone = leaving;
            leaving = null;
            // A deleted one is not said to have left the search (typedLeaves is false for it): that replaced the
            // delete's own notice and its Undo (the thirty-first walk).
            if (typedLeaves) {
                // It left with nothing said, once the note was let go (the twenty-fifth walk). Said in few words, on
                // one line beside the counts at 800x600, where "… left the list: it no longer matches the search and
                // filters" took two (the thirty-third walk).
                registry.find(gone)
                        .ifPresent(row ->
                                undo.tell(Formats.quoted(row.titleProperty().get(), 30)
                                        + (request.text().isBlank()
                                                ? " is no longer shown under the filters"
                                                : " is no longer found by the search")));
            }
        }
        // Articles just added reach the index a moment later: the request waits for a result that shows them.
        if (!toReveal.isEmpty() && Arrays.stream(rows.positionsOfIds(toReveal)).anyMatch(at -> at >= 0)) {
            List<String> ids = toReveal;
            toReveal = List.of();
            reveal.accept(ids);
        }
    }

    @Override
    public void whenRevealing(Consumer<List<String>> select) {
        reveal = select;
    }

    /** The same filters and search text: only the order, or the library, may differ. */
    private static boolean sameQuestion(Search a, Search b) {
        return a.text().equals(b.text())
                && a.tags().equals(b.tags())
                && a.anyTag() == b.anyTag()
                && a.status() == b.status()
                && a.favouritesOnly() == b.favouritesOnly();
    }

    @Override
    public boolean isKept(ArticleRow row) {
        return inSight.contains(row.id()) && !ReadAndStarMarks.passes(row, status.get(), favouritesOnly.get());
    }

    /** The status shown, asked for again: the rows kept in sight whatever it says (see {@link #inSight}) go. */
    public void askAgain() {
        if (!inSight.isEmpty() || !heldInPlace.isEmpty()) {
            inSight.clear();
            heldInPlace.clear();
            search();
        }
    }

    /** Rows about to be marked, as they are: under a sort by what the mark changes, each keeps its place. */
    private void holdPlaces(Collection<ArticleRow> changing) {
        for (ArticleRow row : changing) {
            switch (sortKey) {
                case READ -> heldInPlace.putIfAbsent(row.id(), row.isRead());
                case STARRED -> heldInPlace.putIfAbsent(row.id(), row.isFavourite());
                default -> {}
            }
        }
    }

    /** The user changed a filter: a pending request to select articles gives way to what the user asked. */
    private void filtersChanged() {
        inSight.clear();
        heldInPlace.clear();
        toReveal = List.of();
        leaving = null; // the user's own filters: what they leave out goes unsaid
        search();
    }

    /**
     * Selects these articles once a result shows them (at start: the article selected last time;
     * after Add article: the new one). A filter the user changes first cancels it.
     */
    public void reveal(List<String> ids) {
        toReveal = List.copyOf(ids);
        search();
    }

    /**
     * After an import or Add article: the new articles are shown and selected. The filters are
     * cleared so that none hides them; the order stays the user's (an import's articles keep the
     * dates their file gave them, so no order puts them all on top), and the table scrolls to them.
     * Edit > Back returns to the search and filters cleared, "Back to the list before {@code left}".
     *
     * @return the search and filters cleared; {@link ListFilters#none()} when nothing narrowed the list
     */
    public ListFilters revealAdded(List<String> ids, String left) {
        ListFilters before = ListFilters.of(this);
        clearFilters();
        trail().cleared(left, before);
        reveal(ids);
        return before;
    }

    /**
     * Filters this library's window showed last time: the status and the tags, never the search
     * text (a search is a question of the moment; restored, it made a new library look empty).
     */
    public void restoreFilters(SettingsFile saved) {
        try {
            status.set(ReadStatus.valueOf(saved.get("filter.status", "ALL")));
        } catch (IllegalArgumentException e) {
            status.set(ReadStatus.ALL);
        }
        anyTag.set(Boolean.parseBoolean(saved.get("filter.anyTag", "false")));
        favouritesOnly.set(Boolean.parseBoolean(saved.get("filter.starred", "false")));
        selectedTags.setAll(saved.list("filter.tags"));
        String selected = saved.get("selected", "");
        if (!selected.isEmpty()) {
            reveal(List.of(selected));
        }
    }

    public void saveFilters(SettingsFile saved, List<ArticleRow> selection) {
        saved.put("filter.status", status.get().name());
        saved.put("filter.anyTag", Boolean.toString(anyTag.get()));
        saved.put("filter.starred", Boolean.toString(favouritesOnly.get()));
        saved.put("filter.tags", List.copyOf(selectedTags));
        saved.put("selected", selection.isEmpty() ? "" : selection.getFirst().id());
    }

    /**
     * Keeps the article whose note has the keyboard in the list: a change that leaves it out of the search's answer
     * waits until the note loses the keyboard. Cleared under a search of notes ("has:note"), the article left the list
     * under the typing, the next keys went to the search field, and the note's own undo went with the article (the
     * twenty-fourth walk). Changes that keep it, as a command line's note, show at once.
     */
    public void keepWhileTyped(ObservableValue<String> id) {
        typed = id;
        id.addListener((obs, was, now) -> {
            // The note's last text is saved as it is let go: the result after that save, or after the held one
            // asked again here, may leave the article out.
            leaving = was;
            if (held) {
                held = false;
                search();
            }
        });
    }

    /**
     * The whole article, as the library has it after an edit of its summary, on its row wherever it shows: the index
     * holds no summary, so the pane kept the one it had read before (the thirty-third walk).
     */
    public void showWhole(Article fresh) {
        registry.whole(fresh);
    }

    /** Edit > Undo: the last change (read, star, note, tag, add, delete, edit, import), whichever came last. */
    public void undo() {
        undo.undo();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return undo.canUndoProperty();
    }

    /** What Edit › Undo says: "Undo star (“Caching Strategies…”)", naming what it will change. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoMenuLabel.getReadOnlyProperty();
    }

    private void nameUndoSteps() {
        undoMenuLabel.set(named(undo.labelProperty().get(), undo.nextUndoArticles()));
        redoMenuLabel.set(named(undo.redoLabelProperty().get(), undo.nextRedoArticles()));
    }

    /**
     * The step's label, with the article it changes or how many: the menu's Undo changed an article out of sight,
     * and said only "Undo note edit" (the twenty-seventh walk).
     */
    private String named(String label, List<String> ids) {
        if (ids.size() > 1) {
            return label + String.format(" (%,d articles)", ids.size());
        }
        return ids.isEmpty()
                ? label
                : registry.find(ids.getFirst())
                        .map(row -> label + " ("
                                + Formats.inNotice(row.titleProperty().get()) + ")")
                        .orElse(label);
    }

    /** Edit > Redo: the last change undone, done again. */
    public void redo() {
        undo.redo();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return undo.canRedoProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoMenuLabel.getReadOnlyProperty();
    }

    /**
     * Counts the tags again: after an import, a tag edit, a change from elsewhere. From the index in
     * memory (a count in SQLite takes seconds at a million articles, and searches would queue behind
     * it); until the index is read, the tags wait for the change that says it is.
     */
    public void refreshTags() {
        Library library = shown;
        if (library != null) {
            background.run(
                    () -> library.index().tagCounts(),
                    found -> found.ifPresent(counts -> {
                        tags.setAll(counts);
                        Set<String> names = counts.stream().map(TagCount::tag).collect(Collectors.toSet());
                        List<String> gone = selectedTags.stream()
                                .filter(tag -> !names.contains(tag))
                                .toList();
                        if (!gone.isEmpty()) {
                            droppedFromFilter = gone;
                            selectedTags.removeAll(gone);
                        }
                    }),
                    this::fail);
        }
    }

    /**
     * Counts the tags once the worker has gone through what was asked before with no search asked
     * meanwhile: a search or sort asked as the first result shows runs before the count.
     */
    private void countTagsWhenNoSearchWaits() {
        long asked = searches;
        background.run(
                () -> Boolean.TRUE,
                passed -> {
                    if (asked == searches) {
                        refreshTags();
                    } else {
                        countTagsWhenNoSearchWaits();
                    }
                },
                this::fail);
    }

    /** Sorts by a column (DEFAULT: newest first); the table's own sorting is replaced by this. */
    @Override
    public void sortBy(SortKey key, boolean reversed) {
        if (key != sortKey || reversed != descending) {
            sortKey = key;
            descending = reversed;
            heldInPlace.clear(); // a new order places every row by what it is now
            search();
        }
    }

    /** Marks rows read or unread: at once on screen, then in the library; undo puts them back. */
    @Override
    public void setRead(List<ArticleRow> chosen, boolean read) {
        marks.setRead(chosen, read);
    }

    /** Stars or unstars the rows: at once on screen, then in the library; undo puts the stars back. */
    @Override
    public void setFavourite(List<ArticleRow> chosen, boolean starred) {
        marks.setFavourite(chosen, starred);
    }

    /** Starred if any of the rows is not; otherwise unstarred. */
    public void toggleFavourite(List<ArticleRow> chosen) {
        marks.toggleFavourite(chosen);
    }

    /** Read if any of the rows is unread; otherwise unread. */
    @Override
    public void toggleRead(List<ArticleRow> chosen) {
        marks.toggleRead(chosen);
    }

    @Override
    public int nextUnread(int after) {
        SearchResult shownNow = result.get();
        return shownNow == null ? -1 : shownNow.nextUnread(after);
    }

    /** How many articles the library has, as the last search counted them; -1 before one has. */
    public int articleCount() {
        SearchResult found = result.get();
        return found == null ? -1 : found.progress().total();
    }

    /** The ids of the rows shown now, in order: for exporting them. */
    public List<String> shownIds() {
        return rows.ids();
    }

    @Override
    public boolean isOwn(ArticleRow row) {
        Library library = shown;
        return library != null && !library.isBundled(row.id());
    }

    @Override
    public void clearFilters() {
        favouritesOnly.set(false);
        selectedTags.clear();
        status.set(ReadStatus.ALL);
        searchText.set("");
    }

    public void fail(Throwable failure) {
        // Said again when it happens again: on a full disk the sixty-ninth walk's second star and every read mark after
        // the first failed unsaid, the message being the one already set.
        error.set("");
        error.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    private boolean hasFilters() {
        return !searchText.get().isBlank()
                || !selectedTags.isEmpty()
                || status.get() != ReadStatus.ALL
                || favouritesOnly.get();
    }

    private String describeEmpty() {
        // Unfiltered, until the first answer: a library read after an upgrade said "Your reading list is empty." for
        // half a second before its 81 articles came (the seventy-fifth walk).
        if (!loaded.get() || result.get() == null && rows.isEmpty() && !hasFilters()) {
            return error.get().isEmpty() ? "Opening your reading list…" : error.get();
        }
        String search = searchText.get().strip();
        if (!search.isEmpty()) {
            boolean narrowed = !selectedTags.isEmpty() || status.get() != ReadStatus.ALL || favouritesOnly.get();
            // A site's name is not searched as a word (links are not words): the fifty-eighth and fifty-ninth walks
            // typed "coderssecret" and "coderssecret.com" and found nothing, with site: named only under F1.
            String site = narrowed || !UrlKey.looksLikeHost(search, false)
                    ? ""
                    : " For a site's articles, type site:" + search;
            return "No articles match " + Formats.quoted(search, 60) + (narrowed ? " with these filters." : ".") + site;
        }
        if (favouritesOnly.get() && selectedTags.isEmpty() && status.get() == ReadStatus.ALL) {
            return "No starred articles yet. Star one with ☆ in the table, or Ctrl+D.";
        }
        return hasFilters() ? "No articles match these filters." : "Your reading list is empty.";
    }

    private String describeStatus() {
        SearchResult found = result.get();
        if (found == null) {
            return loaded.get() ? String.format("%,d shown · reading the whole list…", rows.size()) : "";
        }
        int counted = counted(found, status.get());
        // Kept in sight (see inSight), beyond what the filter buttons count: "31 shown" beside "Unread 27" was read as
        // a wrong count (the twenty-sixth walk).
        int kept = rows.size() - counted;
        // Held in place under a sort by Read or ★, out of its order: unsaid, the sixty-seventh walk could not tell why
        // a read row stood among the unread.
        long held = heldInPlace.entrySet().stream()
                .filter(entry -> registry.find(entry.getKey())
                        .map(row -> (sortKey == SortKey.STARRED ? row.isFavourite() : row.isRead()) != entry.getValue())
                        .orElse(false))
                .count();
        String keptText = kept > 0 ? String.format("%,d kept until the list changes", kept) : "";
        String heldText = held > 0 ? String.format("%,d kept in place until the list is sorted again", held) : "";
        String both = keptText.isEmpty() ? heldText : heldText.isEmpty() ? keptText : keptText + "; " + heldText;
        return both.isEmpty()
                ? String.format(
                        "%,d shown · %,d articles",
                        rows.size(), found.progress().total())
                : String.format(
                        "%,d shown (%s) · %,d articles",
                        rows.size(), both, found.progress().total());
    }

    /** "All 31", or "All" until the whole list is read (no zeros while counting). */
    public ReadOnlyStringProperty countLabel(ReadStatus which) {
        ReadOnlyStringWrapper label = new ReadOnlyStringWrapper();
        String name = statusName(which);
        label.bind(Bindings.createStringBinding(
                () -> {
                    SearchResult found = result.get();
                    if (found == null) {
                        return name;
                    }
                    return String.format("%s %,d", name, counted(found, which));
                },
                result));
        return label.getReadOnlyProperty();
    }

    /** The articles a status switch's choice lets through, as its button counts them. */
    private static int counted(SearchResult found, ReadStatus which) {
        return switch (which) {
            case ALL -> found.matched();
            case UNREAD -> found.matched() - found.matchedRead();
            case READ -> found.matchedRead();
        };
    }

    /** "Unread": a status switch's button without its count. */
    public static String statusName(ReadStatus which) {
        return switch (which) {
            case ALL -> "All";
            case UNREAD -> "Unread";
            case READ -> "Read";
        };
    }

    /** "2 of 31 read", or empty until known. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** "8 h 16 min left", or empty when nothing unread states its reading time. */
    public ReadOnlyStringProperty timeLeftTextProperty() {
        return timeLeftText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressFractionProperty() {
        return progressFraction.getReadOnlyProperty();
    }

    /** "Tags ▾", or "Tags (2) ▾" while two tags filter the list. */
    public ReadOnlyStringProperty tagButtonTextProperty() {
        return tagButtonText.getReadOnlyProperty();
    }

    /**
     * What the Tags button filters by, in words: "Tags (1)" alone did not say which tag hid the other articles (the
     * fifty-third walk).
     */
    public ReadOnlyStringProperty tagButtonTipProperty() {
        return tagButtonTip.getReadOnlyProperty();
    }

    private String describeTagFilter() {
        if (selectedTags.isEmpty()) {
            return "Show only articles with the tags you choose";
        }
        List<String> named =
                selectedTags.stream().map(tag -> Formats.quoted(tag, 40)).toList();
        String joined = named.size() == 1
                ? named.getFirst()
                : String.join(", ", named.subList(0, named.size() - 1))
                        + (anyTag.get() ? " or " : " and ")
                        + named.getLast();
        return "Only articles tagged " + joined;
    }

    /** The lists tag chips led away from, for Back; made on first use, once the filters it watches are. */
    public TagTrail trail() {
        if (trail == null) {
            trail = new TagTrail(this);
        }
        return trail;
    }

    /** The tags' names, for suggestions as one types a tag. */
    public ObservableList<String> tagNames() {
        return tagNames;
    }

    public ReadingProgress progress() {
        SearchResult found = result.get();
        return found == null ? new ReadingProgress(0, 0, 0) : found.progress();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<ReadStatus> statusProperty() {
        return status;
    }

    /**
     * A tag renamed, or merged into another, while the list is filtered by it: the filter follows it, where the
     * tags' next count dropped the old name and the forty-seventh walk's list went back to all its articles. A merge
     * into a tag the filter has already leaves that one.
     */
    public void tagRenamed(String from, String to) {
        int at = selectedTags.indexOf(from);
        if (at >= 0 && selectedTags.contains(to)) {
            selectedTags.remove(at);
        } else if (at >= 0) {
            selectedTags.set(at, to);
        } else if (droppedFromFilter.contains(from) && !selectedTags.contains(to)) {
            // The count after the change, which may come first, had dropped the old name already.
            droppedFromFilter = List.of();
            selectedTags.add(to);
        }
    }

    public ObservableList<String> selectedTags() {
        return selectedTags;
    }

    /** True: an article needs any one of the selected tags; false: every one. */
    public BooleanProperty anyTagProperty() {
        return anyTag;
    }

    /** True: only starred articles show. */
    public BooleanProperty favouritesOnlyProperty() {
        return favouritesOnly;
    }

    /** Every tag with its count, the user's own first. */
    public ObservableList<TagCount> tags() {
        return tags;
    }

    @Override
    public ResultRows rows() {
        return rows;
    }

    /** The last answer of the index; null until the whole list is read. */
    @Override
    public ReadOnlyObjectProperty<SearchResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "31 shown · 31 articles". */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }
}
