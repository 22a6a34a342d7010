package dev.readinglist.store;

import dev.readinglist.model.Query;
import dev.readinglist.model.Query.LinkFilter;
import dev.readinglist.model.Query.TagFilter;
import dev.readinglist.model.Query.TextTerm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link Query} as an SQL condition on {@code article a}. User text reaches FTS5 only as
 * quoted tokens (quotes doubled), so no input can form an FTS5 operator or a syntax error.
 */
record QuerySql(String where, List<Object> parameters) {

    static QuerySql of(Query query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (query.matchesNothing()) {
            conditions.add("0");
        }
        String included = match(query.terms(), false);
        if (!included.isEmpty()) {
            conditions.add("a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)");
            parameters.add(included);
        }
        for (TextTerm term : query.terms()) {
            if (term.excluded()) {
                conditions.add("a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)");
                parameters.add(ftsPhrase(term));
            }
        }
        for (TagFilter tag : query.tags()) {
            conditions.add((tag.excluded() ? "NOT " : "")
                    + "EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id AND t.tag_key = ?)");
            parameters.add(tag.key());
        }
        if (!query.anyTags().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id AND t.tag_key IN ("
                    + String.join(", ", Collections.nCopies(query.anyTags().size(), "?")) + "))");
            parameters.addAll(query.anyTags());
        }
        if (query.read() != null) {
            conditions.add(query.read() ? "a.read_at IS NOT NULL" : "a.read_at IS NULL");
        }
        if (query.hasNote() != null) {
            conditions.add(
                    (query.hasNote() ? "" : "NOT ") + "EXISTS (SELECT 1 FROM note n2 WHERE n2.article_id = a.id)");
        }
        for (LinkFilter link : query.links()) {
            // The link's key is kept (and indexed) with each article; a site is worked out of the link, as the index
            // does.
            if (link.isSite()) {
                conditions.add((link.excluded() ? "NOT " : "") + "rl_on_site(a.url, ?)");
                parameters.add(link.host());
            } else {
                conditions.add("coalesce(a.url_key IN ("
                        + String.join(", ", Collections.nCopies(link.keys().size(), "?")) + "), 0) = "
                        + (link.excluded() ? "0" : "1"));
                parameters.addAll(link.keys());
            }
        }
        if (query.starred() != null) {
            conditions.add(query.starred() ? "a.favourite = 1" : "a.favourite = 0");
        }
        String where = conditions.isEmpty() ? "1" : String.join(" AND ", conditions);
        return new QuerySql(where, parameters);
    }

    private static String match(List<TextTerm> terms, boolean excluded) {
        return terms.stream()
                .filter(term -> term.excluded() == excluded)
                .map(QuerySql::ftsPhrase)
                .collect(Collectors.joining(" "));
    }

    /** A word becomes a prefix phrase ("cach"*), a quoted phrase an exact one ("exact phrase"). */
    static String ftsPhrase(TextTerm term) {
        String quoted = '"' + String.join(" ", term.words()).replace("\"", "\"\"") + '"';
        return term.phrase() ? quoted : quoted + "*";
    }
}
