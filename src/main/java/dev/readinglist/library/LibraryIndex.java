package dev.readinglist.library;

import dev.readinglist.index.ArticleIndex;
import dev.readinglist.index.IndexFormat;
import dev.readinglist.index.Matches;
import dev.readinglist.model.Article;
import dev.readinglist.model.Query;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.SortKey;
import dev.readinglist.model.TagCount;
import dev.readinglist.platform.ErrorLog;
import dev.readinglist.store.ArticleStore;
import dev.readinglist.store.IndexChanges;
import dev.readinglist.store.LibraryDatabase;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * The library in memory, for a window's instant search: kept up to date by the library as it
 * commits changes, and searched from any thread. Like JabRef's IndexManager, it belongs to the
 * library, not to the window: whatever changes the library (the window, a command a command line
 * handed over, an import) changes the index too.
 *
 * <p>It starts from the index file beside the library ({@link IndexFile}) when that file holds
 * this library as it was at some logged change: the articles changed since (the library's change
 * log, kept by triggers, so changes from other programs count too) are then read and put in,
 * instead of the whole library. Without a usable file, the library is read whole, a part at a
 * time, and the file written. After an import, an added or deleted article, or a change from
 * another program, only the changed articles are read ({@link #reload()}): never the whole library.
 *
 * <p>All access to the index goes through one lock; a search at a million articles holds it for
 * milliseconds, and so does putting in a thousand changed articles. Listeners hear of every
 * change on the thread that made it. Loading, catching up and writing the file run on one
 * thread of the index's own, "index-updater".
 */
public final class LibraryIndex {

    /** Told that the index changed: loaded, reloaded, or articles in it changed. */
    @FunctionalInterface
    public interface Listener {
        void indexChanged(Change change);
    }

    /** What changed: only read state, or anything else (articles, their tags, a whole reload). */
    public enum Change {
        READ,
        ARTICLES,
        /** The index began reading the whole library; see {@link #isReadingLibrary()}. */
        READING_LIBRARY
    }

    /** Changed articles put in at a time, so that searches meanwhile wait for one part, not all. */
    private static final int PART = 20_000;
    /** How long after the last change the file is written again, when enough has changed. */
    private static final long WRITE_DELAY_SECONDS = 10;
    /** How long after the file is read its other sort orders are: after the window's first frame and search. */
    private static final long ORDERS_DELAY_SECONDS = 2;
    /** How long a close waits for a step under way: a part of the library read, or a file write, interrupted. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final ArticleStore articles;
    private final IndexChanges changes;
    private final IndexFile file;
    private final String libraryId;
    private final Object lock = new Object();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService updater = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "index-updater");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Writes the index file from a copy, on a thread of its own: at a million articles making the
     * copy's sort orders and writing it take seconds, which changes (an import, another program's
     * writes) must not wait behind on the updater.
     */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "index-writer");
        thread.setDaemon(true);
        return thread;
    });

    /** The library cannot be written: nor can its index file be, beside it. */
    private final boolean readOnly;

    /** Guarded by {@link #lock}, as is everything below. */
    private ArticleIndex index;

    /**
     * The starred articles' ids, read by the loader and again by a star's change, never on the
     * caller of {@link #article}, which may be the FX thread.
     */
    private volatile Set<String> favourites = Set.of();
    /** Set by a change the set may not hold; the next search, on a worker, reads the set again. */
    private volatile boolean favouritesStale = true;

    private long generation;
    /** The last logged change the index holds (it may hold later ones too). */
    private long applied;

    private String epoch;
    private boolean loading;
    /** Set while {@link #rebuild} reads the whole library. */
    private boolean readingLibrary;
    /** For tests: what a rebuild waits for before it reads (see {@link #holdReadingUntil}). */
    private volatile CountDownLatch readingHeld;

    private boolean catchUpQueued;
    /** Articles changed since the index file was written: when many have, it is written again. */
    private int sinceFile;

    private ScheduledFuture<?> pendingWrite;
    private boolean closed;

    LibraryIndex(LibraryDatabase database, ArticleStore articles) {
        this.articles = articles;
        this.changes = new IndexChanges(database, articles);
        this.file = new IndexFile(database.file());
        this.readOnly = database.readOnly();
        this.libraryId = database.libraryId();
    }

    /** Starts reading the library into memory, unless it is read or being read. Returns at once. */
    public void load() {
        synchronized (lock) {
            if (loading || closed) {
                return;
            }
            loading = true;
        }
        submit(this::open);
    }

    /**
     * True while the index reads the whole library, with no index to answer meanwhile: there was
     * no index file to start from (a first window, a restored backup). That takes seconds at a
     * hundred thousand articles; a window answers from the library itself until then.
     */
    public boolean isReadingLibrary() {
        synchronized (lock) {
            return readingLibrary && index == null && !closed;
        }
    }

    /** True once the whole library is in memory. */
    public boolean isReady() {
        synchronized (lock) {
            return index != null;
        }
    }

    /** The matches, or empty until the library is in memory. Runs the search on the caller's thread. */
    public Optional<SearchResult> search(Search request) {
        Query query = request.query();
        // Read here, on the caller's worker thread, also when not filtered by it: the rows of the result
        // are made on the FX thread, which must find the stars known, never read them from the library.
        Set<String> known = favourites();
        // is:starred, -is:starred or the star button (see Search.query): the stars are not in the index.
        Boolean starred = query.starred();
        // A first sort by a column whose order is still in the file reads it here: the lock, which the
        // window's rows also take, is held only to search.
        readOrder(request.sort());
        synchronized (lock) {
            if (index == null) {
                return Optional.empty();
            }
            Matches found;
            if (!ArticleIndex.ordersItself(request.sort())) {
                // Two parts, each newest first either way: read first, the sixty-sixth walk found the oldest first
                // too. Rows marked since the order was asked for keep their place (Search.held).
                boolean byStar = request.sort() == SortKey.STARRED;
                IntPredicate marked = byStar ? rowsOf(known)::get : index::isRead;
                found = parted(
                        find(query, starred, known, request, SortKey.DEFAULT, false),
                        held(request, marked),
                        byStar != request.descending()); // the starred first, the unread first, ascending
            } else {
                found = find(query, starred, known, request, request.sort(), request.descending());
            }
            return Optional.of(new SearchResult(this, index, found, index.progress(), generation));
        }
    }

    /** The matches of {@code query} in the order of {@code sort}: the status switch and the star as asked. */
    private Matches find(
            Query query, Boolean starred, Set<String> known, Search request, SortKey sort, boolean descending) {
        return starred == null
                ? index.find(query, request.status(), request.kept(), sort, descending, articles::matchingRowIds)
                : byStar(
                        index.find(query, ReadStatus.ALL, Set.of(), sort, descending, articles::matchingRowIds),
                        known,
                        starred,
                        request);
    }

    /** {@code value} of a row, or for a row the request holds in its place, the value it had. */
    private IntPredicate held(Search request, IntPredicate value) {
        if (request.held().isEmpty()) {
            return value;
        }
        Map<Integer, Boolean> rows = new HashMap<>();
        request.held().forEach((slug, was) -> {
            int row = index.rowOf(slug);
            if (row >= 0) {
                rows.put(row, was);
            }
        });
        return row -> {
            Boolean was = rows.get(row);
            return was != null ? was : value.test(row);
        };
    }

    private BitSet rowsOf(Set<String> slugs) {
        BitSet rows = new BitSet();
        for (String slug : slugs) {
            int row = index.rowOf(slug);
            if (row >= 0) {
                rows.set(row);
            }
        }
        return rows;
    }

    /**
     * The rows for which {@code value} is {@code first} come first, then the others, each part in the order found (the
     * default one): a sort by ★ (the starred first, or last) and by Read (unread first, or last). Under the lock.
     */
    private static Matches parted(Matches found, IntPredicate value, boolean first) {
        int[] rows = found.rows();
        int[] sorted = new int[rows.length];
        int n = 0;
        for (int row : rows) {
            if (value.test(row) == first) {
                sorted[n++] = row;
            }
        }
        for (int row : rows) {
            if (value.test(row) != first) {
                sorted[n++] = row;
            }
        }
        return new Matches(sorted, found.matched(), found.matchedRead());
    }

    /**
     * The starred ones among all matches, or with {@code keepStarred} false the others; counts
     * before the status switch, as for any filter. Under the lock.
     */
    private Matches byStar(Matches all, Set<String> starred, boolean keepStarred, Search request) {
        ReadStatus status = request.status();
        int[] rows = all.rows();
        int[] shownRows = new int
                [keepStarred
                        ? Math.min(rows.length, starred.size() + request.kept().size())
                        : rows.length];
        int size = 0;
        int matched = 0;
        int read = 0;
        for (int row : rows) {
            String slug = index.slug(row);
            boolean shown = false;
            if (starred.contains(slug) == keepStarred) {
                boolean isRead = index.isRead(row);
                matched++;
                read += isRead ? 1 : 0;
                shown = status == ReadStatus.ALL || (status == ReadStatus.READ) == isRead;
            }
            // Kept in sight whatever the star and status say, as counted by neither.
            if (shown || request.kept().contains(slug)) {
                shownRows[size++] = row;
            }
        }
        return new Matches(Arrays.copyOf(shownRows, size), matched, read);
    }

    /** Worker threads only: reads the set again when a change may have moved a star. */
    Set<String> favourites() {
        if (favouritesStale) {
            favouritesStale = false; // before the read: a change during it marks the set stale again
            favourites = Set.copyOf(articles.favouriteIds());
        }
        return favourites;
    }

    /** A star was set or taken away: on the thread that wrote it. */
    void favouritesChanged(Collection<String> ids) {
        favouritesStale = true;
        favourites();
        changed(ids);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** The tags with how many articles carry each, from memory; empty until the library is in memory. */
    public Optional<List<TagCount>> tagCounts() {
        synchronized (lock) {
            return index == null ? Optional.empty() : Optional.of(index.tagCounts());
        }
    }

    /** Counts every change; a row shown from an older generation is read again. */
    public long generation() {
        synchronized (lock) {
            return generation;
        }
    }

    /** Any thread, the FX thread too: the stars are the set the last search read, never read here. */
    Article article(ArticleIndex from, int row) {
        Set<String> starred = favourites;
        synchronized (lock) {
            Article article = from.article(row);
            return starred.contains(article.id()) ? article.withFavourite(true) : article;
        }
    }

    String slug(ArticleIndex from, int row) {
        synchronized (lock) {
            return from.slug(row);
        }
    }

    int rowOf(ArticleIndex from, String id) {
        synchronized (lock) {
            return from.rowOf(id);
        }
    }

    int nextUnread(ArticleIndex from, int[] rows, int after) {
        synchronized (lock) {
            for (int i = Math.max(0, after + 1); i < rows.length; i++) {
                if (!from.isRead(rows[i])) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A read change the library committed: {@code when} per article, null for unread. */
    void readChanged(Map<String, Instant> when) {
        synchronized (lock) {
            if (index != null) {
                Map<Integer, Instant> byRow = new HashMap<>();
                when.forEach((id, at) -> {
                    int row = index.rowOf(id);
                    if (row >= 0) {
                        byRow.put(row, at);
                    }
                });
                index.setReadAt(byRow);
                sinceFile += byRow.size();
            }
            generation++;
        }
        tell(Change.READ);
    }

    /** Marked read at {@code when}: an article already read keeps its time, as the store keeps it. */
    void markedRead(Collection<String> ids, Instant when) {
        synchronized (lock) {
            if (index != null) {
                Map<Integer, Instant> byRow = new HashMap<>();
                for (String id : ids) {
                    int row = index.rowOf(id);
                    if (row >= 0 && !index.isRead(row)) {
                        byRow.put(row, when);
                    }
                }
                index.setReadAt(byRow);
                sinceFile += byRow.size();
            }
            generation++;
        }
        tell(Change.READ);
    }

    void markedUnread(Collection<String> ids) {
        Map<String, Instant> each = new HashMap<>();
        ids.forEach(id -> each.put(id, null));
        readChanged(each);
    }

    /** Articles whose note, tags or fields the library changed: read again from the store. */
    void changed(Collection<String> ids) {
        Map<String, Article> fresh = new HashMap<>();
        for (String id : ids) {
            articles.get(id).ifPresent(article -> fresh.put(id, article));
        }
        synchronized (lock) {
            if (index != null) {
                Map<Long, Article> byRowId = new HashMap<>();
                fresh.forEach((id, article) -> {
                    int row = index.rowOf(id);
                    if (row >= 0) {
                        byRowId.put(index.rowId(row), article);
                    }
                });
                index.apply(byRowId, List.of());
                sinceFile += byRowId.size();
            }
            generation++;
        }
        tell(Change.ARTICLES);
    }

    /**
     * Reads the articles changed since the index last looked (articles added or deleted, an
     * import, a change another program made) and puts them in. Returns at once; the old index
     * answers meanwhile.
     */
    void reload() {
        favouritesStale = true;
        synchronized (lock) {
            if (!loading || catchUpQueued || closed) {
                return; // not loaded: the load reads everything; queued: that catch-up reads this change too
            }
            catchUpQueued = true;
        }
        submit(() -> {
            synchronized (lock) {
                catchUpQueued = false;
            }
            catchUp();
        });
    }

    /**
     * Stops the index's threads and waits for them: the library is closing. A file being written
     * stops at the interrupt and is left as it was (the write goes to a temp file, which is removed).
     * Without the wait a write went on after the close, into a folder the caller may be deleting.
     */
    void close() {
        synchronized (lock) {
            closed = true;
        }
        updater.shutdownNow();
        writer.shutdownNow();
        awaitEnd(updater);
        awaitEnd(writer);
    }

    private static void awaitEnd(ExecutorService threads) {
        try {
            if (!threads.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                ErrorLog.record(
                        "the search index's threads were still running " + CLOSE_WAIT_SECONDS + " s after close", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the index's threads have done what they were asked so far, the file's write too; for tests. */
    void awaitQuiet() throws InterruptedException {
        try {
            updater.submit(() -> {}).get();
            writer.submit(() -> {}).get();
        } catch (ExecutionException | RejectedExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the index file is to be written again soon; for tests. */
    boolean writeScheduled() {
        synchronized (lock) {
            return pendingWrite != null;
        }
    }

    /** Writes the index file now, as the index's thread would after enough changes; for tests. */
    void writeNow() throws InterruptedException {
        writeLater();
        awaitQuiet();
    }

    /** From the file if it holds this library, else by reading the library; then what changed since. */
    private void open() {
        try {
            IndexChanges.State state = changes.state();
            Optional<IndexFormat.Read> saved = readFile(state);
            if (saved.isPresent()) {
                publish(saved.get().index(), state.epoch(), saved.get().stamp().changes(), 0);
                catchUp();
                synchronized (lock) {
                    // What changed while no window had the library (a command, a sync, another program) was put in at
                    // this start; the file takes it too, or every later start would put it in again (at a million
                    // articles, half a second before search covers the library).
                    if (sinceFile > 0 && pendingWrite == null && !closed) {
                        scheduleWrite();
                    }
                }
                // Not at once: the window's first search and frame need the processor more.
                try {
                    updater.schedule(this::readOrders, ORDERS_DELAY_SECONDS, TimeUnit.SECONDS);
                } catch (RejectedExecutionException closing) {
                    // Closed meanwhile: nothing will sort.
                }
                return;
            }
            rebuild(state);
        } catch (ReadingListException | IllegalStateException e) {
            ErrorLog.record("reading the library into memory failed", e);
        }
    }

    private Optional<IndexFormat.Read> readFile(IndexChanges.State state) {
        try {
            return file.read(libraryId, state.epoch(), state.from(), state.last());
        } catch (IOException | ReadingListException e) {
            ErrorLog.record("the search index file " + file.path() + " cannot be read; reading the library instead", e);
            return Optional.empty();
        }
    }

    /**
     * Reads the sort orders the file holds, one by one outside the lock, so that the first sort by a
     * column finds its order in memory and searches never wait for the file.
     */
    private void readOrders() {
        for (SortKey key : SortKey.values()) {
            if (isClosed()) {
                return;
            }
            readOrder(key);
        }
    }

    /** Reads this key's order from the file, if it is still there to read, without holding the lock meanwhile. */
    private void readOrder(SortKey key) {
        Supplier<int[]> unread;
        synchronized (lock) {
            unread = index == null || closed ? null : index.unreadOrder(key);
        }
        if (unread != null) {
            int[] order = unread.get();
            synchronized (lock) {
                if (index != null && !closed) {
                    index.adoptRead(key, unread, order);
                }
            }
        }
    }

    /** Reads the whole library, a part at a time (see IndexLoader); what changes meanwhile is logged, and put in after. */
    private void rebuild(IndexChanges.State state) {
        synchronized (lock) {
            readingLibrary = true;
        }
        tell(Change.READING_LIBRARY);
        IndexLoader loader = new IndexLoader(articles);
        try {
            CountDownLatch held = readingHeld;
            if (held != null) {
                held.await();
            }
            while (!loader.step()) {
                if (isClosed()) {
                    return;
                }
            }
            publish(loader.finish(), state.epoch(), state.last(), Integer.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing
            return;
        } finally {
            synchronized (lock) {
                readingLibrary = false;
            }
        }
        catchUp();
        writeLater();
    }

    private void publish(ArticleIndex fresh, String freshEpoch, long freshApplied, int changedSinceFile) {
        synchronized (lock) {
            index = fresh;
            epoch = freshEpoch;
            applied = freshApplied;
            sinceFile = changedSinceFile;
            generation++;
        }
        tell(Change.ARTICLES);
    }

    /** Puts in every article changed since the last change the index holds; on the updater thread. */
    private void catchUp() {
        try {
            IndexChanges.State state = changes.state();
            String knownEpoch;
            long from;
            synchronized (lock) {
                if (index == null || closed) {
                    return;
                }
                knownEpoch = epoch;
                from = applied;
            }
            if (!state.epoch().equals(knownEpoch) || state.from() > from) {
                rebuild(state); // another library in this file (a restored backup), or the log no longer reaches back
                return;
            }
            IndexChanges.Changed changed = changes.since(from);
            long[] ids = changed.rowIds();
            for (int start = 0; start < ids.length; start += PART) {
                long[] part = Arrays.copyOfRange(ids, start, Math.min(ids.length, start + PART));
                Map<Long, Article> found = changes.articles(part);
                List<Long> gone = Arrays.stream(part)
                        .filter(id -> !found.containsKey(id))
                        .boxed()
                        .toList();
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                    index.apply(found, gone);
                    sinceFile += part.length;
                    generation++;
                }
                tell(Change.ARTICLES);
            }
            synchronized (lock) {
                applied = changed.last();
                if (sinceFile >= Math.max(1_000, index.size() / 100)) {
                    scheduleWrite();
                }
            }
        } catch (ReadingListException | IllegalStateException e) {
            ErrorLog.record("reading the library's changes into memory failed", e);
        }
    }

    /** Guarded by the lock. */
    private void scheduleWrite() {
        if (pendingWrite != null) {
            pendingWrite.cancel(false);
        }
        try {
            pendingWrite = updater.schedule(this::writeLater, WRITE_DELAY_SECONDS, TimeUnit.SECONDS);
        } catch (RejectedExecutionException closing) {
            pendingWrite = null;
        }
    }

    /** Hands the file's write to the writer's thread. */
    private void writeLater() {
        try {
            writer.execute(this::writeFile);
        } catch (RejectedExecutionException closing) {
            // The library is closing: the next window reads the file it finds, or the library.
        }
    }

    /**
     * Makes the sort orders not yet made, on a copy (searches go on meanwhile), then writes the
     * file from that copy and forgets the changes it holds.
     */
    private void writeFile() {
        ArticleIndex copy;
        long modifications;
        IndexFormat.Stamp stamp;
        int written;
        synchronized (lock) {
            if (index == null || closed) {
                return;
            }
            copy = index.copy();
            modifications = index.modifications();
            stamp = new IndexFormat.Stamp(libraryId, epoch, applied);
            written = sinceFile;
            pendingWrite = null;
        }
        copy.prepareOrders();
        synchronized (lock) {
            if (index != null && index.modifications() == modifications) {
                index.adoptOrders(copy);
            }
        }
        if (readOnly) {
            return; // no file can be written beside a library that cannot be: the next window reads the library
        }
        try {
            file.write(copy, stamp);
            changes.forget(stamp.changes());
            synchronized (lock) {
                sinceFile = Math.max(0, sinceFile - written);
            }
        } catch (ReadingListException e) {
            ErrorLog.record(
                    "the search index file " + file.path() + " was not written; the next window reads the library", e);
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** For tests: once the index begins reading the whole library, its thread waits until {@code release} opens. */
    void holdReadingUntil(CountDownLatch release) {
        readingHeld = release;
    }

    private void submit(Runnable task) {
        try {
            updater.execute(task);
        } catch (RejectedExecutionException closing) {
            // The library is closing: nothing is left to search.
        }
    }

    private void tell(Change change) {
        for (Listener listener : listeners) {
            listener.indexChanged(change);
        }
    }
}
