package dev.readinglist.ui.main;

import dev.readinglist.index.ArticleIndex;
import dev.readinglist.library.IndexLoader;
import dev.readinglist.library.Library;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.ui.common.Background;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the library into a new index a part at a time, each part its own worker task: a note
 * saved or a read toggle in the meantime waits for one part, not for the whole library. A
 * change committed between the parts may be missing from a part read before it, so the
 * articles changed during a load are read again into its index before it is handed on. A newer
 * load makes an older one stop at its next part.
 */
final class IndexRefresh {

    /** A load in progress, and the articles changed while it reads; used on the worker only. */
    private record Loading(IndexLoader loader, long generation, Set<String> changed) {}

    /** What one part of a load came to: more to read, the finished index, or nothing (superseded). */
    private record Part(ArticleIndex built, boolean more) {
        static final Part MORE = new Part(null, true);
        static final Part STALE = new Part(null, false);
    }

    private final Background background;
    /** The load in progress, if any; set and read on the worker. */
    private volatile Loading loading;
    /** Which load is the newest; on the FX thread. */
    private long loads;

    IndexRefresh(Background background) {
        this.background = background;
    }

    /**
     * Starts a load, superseding any in progress. {@code built} runs on the worker with the
     * finished index, before any later worker task; {@code shown} on the FX thread after it,
     * unless a newer load has started since.
     */
    void start(
            Library library, Consumer<ArticleIndex> built, Consumer<ArticleIndex> shown, Consumer<Throwable> failed) {
        long mine = ++loads;
        background.run(
                () -> {
                    loading = new Loading(library.startIndexLoad(), mine, new HashSet<>());
                    return null;
                },
                started -> loadPart(library, mine, built, shown, failed),
                failed);
    }

    /** On the worker: an article changed, so a load reading now must read it again at its end. */
    void changed(String id) {
        Loading current = loading;
        if (current != null) {
            current.changed().add(id);
        }
    }

    private void loadPart(
            Library library,
            long mine,
            Consumer<ArticleIndex> built,
            Consumer<ArticleIndex> shown,
            Consumer<Throwable> failed) {
        background.run(
                () -> {
                    Loading current = loading;
                    if (current == null || current.generation() != mine) {
                        return Part.STALE;
                    }
                    if (!current.loader().step()) {
                        return Part.MORE;
                    }
                    ArticleIndex index = current.loader().finish();
                    for (String id : current.changed()) {
                        int row = index.rowOf(id);
                        if (row >= 0) {
                            try {
                                index.update(row, library.article(id));
                            } catch (ReadingListException gone) {
                                // deleted since; the refresh that deletion asked for reads the library again
                            }
                        }
                    }
                    loading = null;
                    built.accept(index);
                    return new Part(index, false);
                },
                part -> {
                    if (part.more()) {
                        loadPart(library, mine, built, shown, failed);
                    } else if (part.built() != null && mine == loads) {
                        shown.accept(part.built());
                    }
                },
                failed);
    }
}
