package dev.readinglist;

import dev.readinglist.library.Library;
import dev.readinglist.library.LibraryIndex;
import dev.readinglist.library.Search;
import dev.readinglist.library.SearchResult;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.SortKey;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A library's in-memory index, loaded as the window loads it: through its public face, waiting for the news. */
public final class LoadedIndex {

    private LoadedIndex() {}

    /** Starts the load and waits until the index says it is ready. */
    public static LibraryIndex of(Library library) {
        LibraryIndex index = library.index();
        CountDownLatch ready = new CountDownLatch(1);
        LibraryIndex.Listener listener = change -> {
            if (index.isReady()) {
                ready.countDown();
            }
        };
        index.addListener(listener);
        try {
            index.load();
            if (!index.isReady() && !ready.await(120, TimeUnit.SECONDS)) {
                throw new AssertionError("the index did not load in two minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            index.removeListener(listener);
        }
        return index;
    }

    /** The ids the index finds for what a user types, over every article, read or not. */
    public static Set<String> ids(Library library, String text) {
        return Set.copyOf(search(library, new Search(text, List.of(), false, ReadStatus.ALL, SortKey.DEFAULT, false))
                .ids());
    }

    /**
     * Waits until the index holds the article: it hears of a change after the library's commit, on a thread of its
     * own, and a search at once could run before it (LinkSearchTest failed so once, under a full run).
     */
    public static void awaitHolding(Library library, String id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!ids(library, "").contains(id)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the index did not hear of " + id + " in 20 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The index's answer; fails when it is not loaded. */
    public static SearchResult search(Library library, Search search) {
        return library.index().search(search).orElseThrow(() -> new AssertionError("the index is not loaded"));
    }
}
