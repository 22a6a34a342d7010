package dev.readinglist.search;

import dev.readinglist.model.Query;
import dev.readinglist.model.Query.LinkFilter;
import dev.readinglist.model.Query.TagFilter;
import dev.readinglist.model.Query.TextTerm;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UrlKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a user types into a {@link Query}. It accepts any text: characters that mean
 * nothing to search (lone quotes, brackets, operators, emoji) are dropped, never reported.
 *
 * <p>Syntax: words (each a prefix), "exact phrases", tag:NAME, tag:"two words", is:read,
 * is:unread, is:starred, has:note, site:NAME, a whole http(s) link, and a leading '-' on any of them to exclude.
 */
public final class QueryParser {

    private final String input;
    private int pos;
    private final List<TextTerm> terms = new ArrayList<>();
    private final List<TagFilter> tags = new ArrayList<>();
    private final List<LinkFilter> links = new ArrayList<>();
    private Query filters = Query.ALL;

    private QueryParser(String input) {
        this.input = input == null ? "" : input;
    }

    public static Query parse(String input) {
        return new QueryParser(input).run();
    }

    private Query run() {
        while (skipWhitespace()) {
            boolean excluded = false;
            if (input.charAt(pos) == '-'
                    && pos + 1 < input.length()
                    && !Character.isWhitespace(input.charAt(pos + 1))) {
                excluded = true;
                pos++;
            }
            if (input.charAt(pos) == '"') {
                addText(readToken(), true, excluded);
            } else {
                addWordOrFilter(readToken(), excluded);
            }
        }
        return new Query(
                terms,
                tags,
                filters.read(),
                filters.hasNote(),
                filters.matchesNothing(),
                List.of(),
                filters.starred(),
                links);
    }

    private boolean skipWhitespace() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
        return pos < input.length();
    }

    /** Reads up to the next unquoted whitespace; quotes group, and are dropped. */
    private String readToken() {
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        while (pos < input.length()) {
            char c = input.charAt(pos);
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                break;
            } else {
                token.append(c);
            }
            pos++;
        }
        return token.toString();
    }

    private void addWordOrFilter(String token, boolean excluded) {
        // A link pasted to ask whether it is in the list: its words found nothing, as links are not searched words.
        String lower = token.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("http://") || lower.startsWith("https://")) && UrlKey.isWebLink(token)) {
            links.add(LinkFilter.link(token, excluded));
            return;
        }
        int colon = token.indexOf(':');
        if (colon > 0) {
            String key = token.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = token.substring(colon + 1);
            if (addFilter(key, value, excluded)) {
                return;
            }
        }
        addText(token, false, excluded);
    }

    private boolean addFilter(String key, String value, boolean excluded) {
        String folded = TextFolding.fold(value.strip());
        switch (key) {
            case "tag" -> {
                String tagKey = TextFolding.tagKey(value);
                if (!tagKey.isEmpty()) {
                    tags.add(new TagFilter(tagKey, excluded));
                }
                return true;
            }
            case "is" -> {
                if (folded.equals("read") || folded.equals("unread")) {
                    filters = filters.withRead(folded.equals("read") != excluded);
                    return true;
                }
                if (folded.equals("starred") || folded.equals("star")) {
                    filters = filters.withStarred(!excluded);
                    return true;
                }
                return false;
            }
            case "site" -> {
                String site = UrlKey.typedSite(value);
                if (!site.isEmpty()) {
                    links.add(LinkFilter.site(site, excluded));
                }
                return true;
            }
            case "has" -> {
                if (folded.equals("note") || folded.equals("notes")) {
                    filters = filters.withHasNote(!excluded);
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private void addText(String text, boolean phrase, boolean excluded) {
        List<String> words = TextFolding.words(text);
        if (!words.isEmpty()) {
            terms.add(new TextTerm(words, phrase, excluded));
        }
    }
}
