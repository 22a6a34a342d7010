package dev.readinglist.model;

import java.util.List;

/**
 * A catalog file: a named list of articles.
 *
 * @param digest a hash of the file's bytes, so an unchanged catalog can skip its merge
 */
public record Catalog(String name, String description, String source, List<CatalogArticle> articles, String digest) {

    public Catalog {
        articles = List.copyOf(articles);
    }
}
