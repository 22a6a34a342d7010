package dev.readinglist.io;

import dev.readinglist.model.Article;
import java.util.function.Consumer;

/** Feeds articles to a sink, for example straight from a store query: what every export writes from. */
@FunctionalInterface
public interface ArticleSource {
    void forEach(Consumer<Article> sink);
}
