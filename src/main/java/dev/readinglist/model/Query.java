package dev.readinglist.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed search: every part must hold for an article to match.
 *
 * @param terms words and phrases to find in title, summary, tags and note
 * @param tags tag filters, by tag key
 * @param read true for read only, false for unread only, null for either
 * @param hasNote true for noted only, false for unnoted only, null for either
 * @param matchesNothing the filters contradict each other (is:read is:unread)
 * @param anyTags tag keys of which at least one must be there (the window's tag filter set to Any);
 *                empty for no such condition
 * @param starred true for starred only (is:starred), false for the others (-is:starred), null for either
 * @param links links and sites to find (a pasted link, site:NAME), each to hold, or with a '-' to be left out
 */
public record Query(
        List<TextTerm> terms,
        List<TagFilter> tags,
        Boolean read,
        Boolean hasNote,
        boolean matchesNothing,
        List<String> anyTags,
        Boolean starred,
        List<LinkFilter> links) {

    public static final Query ALL = new Query(List.of(), List.of(), null, null, false, List.of(), null, List.of());

    public Query {
        terms = List.copyOf(terms);
        tags = List.copyOf(tags);
        anyTags = List.copyOf(anyTags);
        links = List.copyOf(links);
    }

    /** A word ("cach", matched as a prefix) or a quoted phrase ("exact phrase", matched as is). */
    public record TextTerm(List<String> words, boolean phrase, boolean excluded) {
        public TextTerm {
            words = List.copyOf(words);
        }
    }

    /** tag:KEY, or -tag:KEY to leave those out. */
    public record TagFilter(String key, boolean excluded) {}

    /**
     * A link pasted whole, matched by its {@link UrlKey} or a conventional twin's (http or https, "www." or not: "is
     * this one in my list already?" found nothing for the fifty-ninth walk's http copy of an https link); or
     * site:NAME, matched by the start of the link's host or of any of its parts after a dot ({@link UrlKey#onSite}).
     *
     * @param keys the link keys that match, for a link; empty for a site
     * @param host the site as typed ({@link UrlKey#typedSite}); for a link, its host without "www.", which a link must
     *     hold to be parsed at all: most links of a large library are turned away unparsed
     */
    public record LinkFilter(List<String> keys, String host, boolean excluded) {

        public LinkFilter {
            keys = List.copyOf(keys);
        }

        /** A link and its twins. */
        public static LinkFilter link(String url, boolean excluded) {
            String key = UrlKey.of(url);
            List<String> keys = new ArrayList<>();
            keys.add(key);
            keys.addAll(UrlKey.conventionalTwins(url));
            // The key's host is in ASCII, as links are kept: a Unicode one is looked for as the link holds it.
            String host = UrlKey.keyHost(key);
            host = host.substring(host.indexOf('@') + 1);
            return new LinkFilter(keys, host.startsWith("www.") ? host.substring(4) : host, excluded);
        }

        public static LinkFilter site(String typed, boolean excluded) {
            return new LinkFilter(List.of(), typed, excluded);
        }

        public boolean isSite() {
            return keys.isEmpty();
        }

        /** Whether an article's link passes this filter. */
        public boolean matches(String url) {
            boolean found = isSite()
                    ? UrlKey.onSite(url, host)
                    : url != null && UrlKey.containsIgnoringCase(url, host) && keys.contains(UrlKey.of(url));
            return found != excluded;
        }
    }

    /** This query narrowed further by a status switch. */
    public Query withStatus(ReadStatus status) {
        return switch (status) {
            case ALL -> this;
            case READ -> withRead(true);
            case UNREAD -> withRead(false);
        };
    }

    public Query withRead(boolean wanted) {
        boolean contradicts = read != null && read != wanted;
        return new Query(terms, tags, wanted, hasNote, matchesNothing || contradicts, anyTags, starred, links);
    }

    public Query withHasNote(boolean wanted) {
        boolean contradicts = hasNote != null && hasNote != wanted;
        return new Query(terms, tags, read, wanted, matchesNothing || contradicts, anyTags, starred, links);
    }

    public Query withStarred(boolean wanted) {
        boolean contradicts = starred != null && starred != wanted;
        return new Query(terms, tags, read, hasNote, matchesNothing || contradicts, anyTags, wanted, links);
    }

    /** This query, also requiring every one of these tags (as the window's tag filter does). */
    public Query withTags(List<String> tagNames) {
        List<TagFilter> more = new ArrayList<>(tags);
        for (String name : tagNames) {
            String key = TextFolding.tagKey(name);
            if (!key.isEmpty()) {
                more.add(new TagFilter(key, false));
            }
        }
        return new Query(terms, more, read, hasNote, matchesNothing, anyTags, starred, links);
    }

    /** This query, also requiring at least one of these tags (the window's tag filter set to Any). */
    public Query withAnyTag(List<String> tagNames) {
        List<String> keys = tagNames.stream()
                .map(TextFolding::tagKey)
                .filter(key -> !key.isEmpty())
                .toList();
        return new Query(terms, tags, read, hasNote, matchesNothing, keys, starred, links);
    }
}
