package dev.readinglist.library;

import dev.readinglist.index.ArticleIndex;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.store.ArticleStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Builds the in-memory index in two threads: this one reads the library, a helper adds each
 * batch of articles to the index. At a million articles both halves take seconds; on two cores
 * they overlap.
 */
final class IndexLoader {

    private static final int BATCH = 2000;
    private static final List<Row> END = List.of();

    private record Row(Article article, long rowId) {
    }

    private final ArticleStore articles;
    private final BlockingQueue<List<Row>> batches = new ArrayBlockingQueue<>(8);

    IndexLoader(ArticleStore articles) {
        this.articles = articles;
    }

    ArticleIndex load() {
        FutureTask<ArticleIndex> builder = new FutureTask<>(this::build);
        Thread helper = new Thread(builder, "index-builder");
        helper.setDaemon(true);
        helper.start();
        List<Row>[] batch = new List[] {new ArrayList<>(BATCH)};
        try {
            articles.scan((article, rowId) -> {
                batch[0].add(new Row(article, rowId));
                if (batch[0].size() == BATCH) {
                    put(batch[0], builder);
                    batch[0] = new ArrayList<>(BATCH);
                }
            });
            put(batch[0], builder);
        } finally {
            put(END, builder);
        }
        try {
            return builder.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadingListException("reading the library was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private void put(List<Row> rows, FutureTask<ArticleIndex> builder) {
        try {
            while (!batches.offer(rows, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (builder.isDone()) {
                    return;  // the builder failed; load() reports why
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadingListException("reading the library was interrupted", e);
        }
    }

    private ArticleIndex build() throws InterruptedException {
        ArticleIndex.Builder index = ArticleIndex.builder();
        for (List<Row> rows = batches.take(); rows != END; rows = batches.take()) {
            for (Row row : rows) {
                index.add(row.article(), row.rowId());
            }
        }
        return index.build();
    }
}
