package dev.readinglist.library;

import dev.readinglist.concurrent.ReadAhead;
import dev.readinglist.index.ArticleIndex;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.store.ArticleStore;
import java.util.concurrent.CancellationException;

/**
 * Builds the in-memory index in two threads: a helper reads the library, this one adds each
 * article to the index. At a million articles both halves take seconds; on two cores they overlap.
 */
final class IndexLoader {

    private record Row(Article article, long rowId) {
    }

    private final ArticleStore articles;

    IndexLoader(ArticleStore articles) {
        this.articles = articles;
    }

    ArticleIndex load() {
        ArticleIndex.Builder index = ArticleIndex.builder();
        try {
            ReadAhead.<Row>run("index reader", sink -> articles.scan((article, rowId) -> sink.accept(new Row(article, rowId))),
                    row -> index.add(row.article(), row.rowId()));
        } catch (CancellationException e) {
            throw new ReadingListException("reading the library was interrupted", e);
        }
        return index.build();
    }
}
