package dev.readinglist.library;

import dev.readinglist.concurrent.ReadAhead;
import dev.readinglist.index.ArticleIndex;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.store.ArticleStore;
import java.util.concurrent.CancellationException;

/**
 * Builds the window's in-memory index a part at a time, so that other library work (a note
 * being saved, a read toggle) can run between the parts instead of waiting seconds for the
 * whole. Each part is read in two threads: a helper reads SQLite while this one adds the
 * articles to the index; at a million articles both halves take seconds, and on two cores
 * they overlap.
 */
public final class IndexLoader {

    /** Row ids per part: a fraction of a second at a time. */
    private static final long PART = 50_000;

    private record Row(Article article, long rowId) {}

    private final ArticleStore articles;
    private final ArticleIndex.Builder index = ArticleIndex.builder();
    private final long lastRowId;
    private long readUpTo;

    IndexLoader(ArticleStore articles) {
        this.articles = articles;
        this.lastRowId = articles.maxRowId();
    }

    /** Reads the next part; true once everything up to the last article at the start has been read. */
    public boolean step() {
        long from = readUpTo;
        long to = from + PART;
        try {
            ReadAhead.<Row>run(
                    "index reader",
                    sink -> articles.scan(from, to, (article, rowId) -> sink.accept(new Row(article, rowId))),
                    row -> index.add(row.article(), row.rowId()));
        } catch (CancellationException e) {
            throw new ReadingListException("reading the library was interrupted", e);
        }
        readUpTo = to;
        return readUpTo >= lastRowId;
    }

    /** The index of everything read. */
    public ArticleIndex finish() {
        return index.build();
    }
}
