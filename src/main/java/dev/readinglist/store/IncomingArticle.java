package dev.readinglist.store;

import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.Slugs;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UrlKey;
import java.util.ArrayList;
import java.util.List;

/**
 * An imported article with what can be worked out before it meets the library: its link key,
 * the slug it would get, its tags' keys and its saved time as stored. Made on the import's
 * reading thread, so the writing one only writes.
 */
record IncomingArticle(ImportedArticle article, String key, String slugBase, List<String> tagKeys, String addedAt) {

    static IncomingArticle of(ImportedArticle article) {
        String slugBase = article.id() != null ? article.id() : Slugs.fromTitle(article.title());
        List<String> tagKeys = new ArrayList<>(article.tags().size());
        for (String tag : article.tags()) {
            tagKeys.add(TextFolding.tagKey(tag));
        }
        return new IncomingArticle(
                article, UrlKey.of(article.url()), slugBase, tagKeys, Timestamps.format(article.addedAt()));
    }
}
