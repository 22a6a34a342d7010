package dev.readinglist.library;

import dev.readinglist.index.ArticleIndex;
import dev.readinglist.index.Matches;
import dev.readinglist.model.Article;
import dev.readinglist.model.Query;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.ErrorLog;
import dev.readinglist.search.QueryParser;
import dev.readinglist.store.ArticleStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The library in memory, for a window's instant search: loaded in parts on a thread of its own,
 * kept up to date by the library as it commits changes, and searched from any thread. Like
 * JabRef's IndexManager, it belongs to the library, not to the window: whatever changes the
 * library (the window, a command a command line handed over, an import) changes the index too.
 *
 * <p>All access to the index goes through one lock; a search at a million articles holds it for
 * milliseconds. Listeners hear of every change on the thread that made it.
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
        ARTICLES
    }

    private final ArticleStore articles;
    private final Object lock = new Object();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Guarded by {@link #lock}. */
    private ArticleIndex index;

    /**
     * The starred articles' ids, read by the loader and again by a star's change, never on the
     * caller of {@link #article}, which may be the FX thread.
     */
    private volatile Set<String> favourites = Set.of();

    private long generation;
    private long loads;
    /** Articles changed while a load reads the library: read again into its index at its end. */
    private Set<String> changedDuringLoad;

    LibraryIndex(ArticleStore articles) {
        this.articles = articles;
    }

    /** Starts reading the library into memory, unless it is read or being read. Returns at once. */
    public void load() {
        synchronized (lock) {
            if (index != null || changedDuringLoad != null) {
                return;
            }
        }
        reload();
    }

    /** True once the whole library is in memory. */
    public boolean isReady() {
        synchronized (lock) {
            return index != null;
        }
    }

    /** The matches, or empty until the library is in memory. Runs the search on the caller's thread. */
    public Optional<SearchResult> search(Search request) {
        Query parsed = QueryParser.parse(request.text());
        Query query = request.anyTag() ? parsed.withAnyTag(request.tags()) : parsed.withTags(request.tags());
        Set<String> starred = request.favouritesOnly() ? favourites() : null;
        synchronized (lock) {
            if (index == null) {
                return Optional.empty();
            }
            Matches found = starred == null
                    ? index.find(
                            query, request.status(), request.sort(), request.descending(), articles::matchingRowIds)
                    : starredOnly(
                            index.find(
                                    query,
                                    ReadStatus.ALL,
                                    request.sort(),
                                    request.descending(),
                                    articles::matchingRowIds),
                            starred,
                            request.status());
            return Optional.of(new SearchResult(this, index, found, index.progress(), generation));
        }
    }

    /** The starred ones among all matches; counts before the status switch, as for any filter. Under the lock. */
    private Matches starredOnly(Matches all, Set<String> starred, ReadStatus status) {
        int[] rows = all.rows();
        int[] kept = new int[Math.min(rows.length, starred.size())];
        int size = 0;
        int matched = 0;
        int read = 0;
        for (int row : rows) {
            if (starred.contains(index.slug(row))) {
                boolean isRead = index.isRead(row);
                matched++;
                read += isRead ? 1 : 0;
                if (status == ReadStatus.ALL || (status == ReadStatus.READ) == isRead) {
                    kept[size++] = row;
                }
            }
        }
        return new Matches(Arrays.copyOf(kept, size), matched, read);
    }

    Set<String> favourites() {
        return favourites;
    }

    /** A star was set or taken away: on the thread that wrote it. */
    void favouritesChanged(Collection<String> ids) {
        readFavourites();
        changed(ids);
    }

    private void readFavourites() {
        favourites = Set.copyOf(articles.favouriteIds());
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Counts every change; a row shown from an older generation is read again. */
    public long generation() {
        synchronized (lock) {
            return generation;
        }
    }

    Article article(ArticleIndex from, int row) {
        Set<String> starred = favourites();
        synchronized (lock) {
            Article article = from.article(row);
            return starred.contains(article.id()) ? starredCopy(article) : article;
        }
    }

    private static Article starredCopy(Article a) {
        return new Article(
                a.id(),
                a.title(),
                a.summary(),
                a.url(),
                a.published(),
                a.readingMinutes(),
                a.catalogTags(),
                a.userTags(),
                a.readAt(),
                a.note(),
                a.noteUpdatedAt(),
                a.addedAt(),
                true);
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
            if (changedDuringLoad != null) {
                changedDuringLoad.addAll(when.keySet());
            }
            if (index != null) {
                when.forEach((id, at) -> {
                    int row = index.rowOf(id);
                    if (row >= 0) {
                        index.setReadAt(row, at);
                    }
                });
            }
            generation++;
        }
        tell(Change.READ);
    }

    /** Marked read at {@code when}: an article already read keeps its time, as the store keeps it. */
    void markedRead(Collection<String> ids, Instant when) {
        synchronized (lock) {
            if (changedDuringLoad != null) {
                changedDuringLoad.addAll(ids);
            }
            if (index != null) {
                for (String id : ids) {
                    int row = index.rowOf(id);
                    if (row >= 0 && !index.isRead(row)) {
                        index.setReadAt(row, when);
                    }
                }
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
            if (changedDuringLoad != null) {
                changedDuringLoad.addAll(ids);
            }
            if (index != null) {
                fresh.forEach((id, article) -> {
                    int row = index.rowOf(id);
                    if (row >= 0) {
                        index.update(row, article);
                    }
                });
            }
            generation++;
        }
        tell(Change.ARTICLES);
    }

    /**
     * Reads the whole library again, for changes the index cannot follow in place (articles added
     * or deleted, an import, a change another program made). The old index answers meanwhile.
     */
    void reload() {
        long mine;
        synchronized (lock) {
            mine = ++loads;
            changedDuringLoad = new HashSet<>();
        }
        Thread.ofPlatform().daemon().name("index-loader").start(() -> loadInParts(mine));
    }

    /**
     * A part at a time (see IndexLoader): the library's other work waits for one part, not the
     * whole load. A newer load makes this one stop at its next part.
     */
    private void loadInParts(long mine) {
        try {
            IndexLoader loader = new IndexLoader(articles);
            boolean done = false;
            while (!done) {
                synchronized (lock) {
                    if (mine != loads) {
                        return;
                    }
                }
                done = loader.step();
            }
            ArticleIndex built = loader.finish();
            readFavourites();
            Set<String> changed;
            synchronized (lock) {
                if (mine != loads) {
                    return;
                }
                changed = Set.copyOf(changedDuringLoad);
            }
            Map<String, Article> fresh = new HashMap<>();
            for (String id : changed) {
                articles.get(id).ifPresent(article -> fresh.put(id, article));
            }
            synchronized (lock) {
                if (mine != loads) {
                    return;
                }
                fresh.forEach((id, article) -> {
                    int row = built.rowOf(id);
                    if (row >= 0) {
                        built.update(row, article);
                    }
                });
                index = built;
                changedDuringLoad = null;
                generation++;
            }
            tell(Change.ARTICLES);
        } catch (ReadingListException | IllegalStateException e) {
            ErrorLog.record("reading the library into memory failed", e);
            synchronized (lock) {
                if (mine == loads) {
                    changedDuringLoad = null;
                }
            }
        }
    }

    /** Blocks until a load under way has ended; for a caller that must search everything now (tests, benchmarks). */
    void awaitLoaded() throws InterruptedException {
        load();
        while (true) {
            synchronized (lock) {
                if (index != null && changedDuringLoad == null) {
                    return;
                }
            }
            Thread.sleep(5);
        }
    }

    private void tell(Change change) {
        for (Listener listener : listeners) {
            listener.indexChanged(change);
        }
    }
}
