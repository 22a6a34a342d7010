package dev.readinglist.io;

import dev.readinglist.model.WebUrl;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * An export's link as a browser would read it ({@link WebUrl}): tabs and line breaks dropped,
 * spaces percent-encoded, {@code https:/host} given its second slash. A link that is still not
 * http(s) skips its row; script, data and file links are never repaired.
 */
final class ImportLinks {

    /** An HTML tag, which no link holds as it is (a browser writes its brackets %3C and %3E). */
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?>");
    /** A link's tag inside a link: a bookmark swallowed whole. */
    private static final Pattern LINK_TAG = Pattern.compile("(?i)<a\\s");
    /** An attribute after a space ({@code ADD_DATE=}), as a quote left open takes it in. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s[A-Za-z_:][-A-Za-z0-9_:.]*=");

    private ImportLinks() {}

    /**
     * A link from another app's CSV or JSON, which keep HTML entities in their text: decoded once, as a browser
     * decodes a link in HTML ("&amp;" is "&", while "&copy=1" stays a parameter), then read. Pocket's
     * "?a=1&amp;b=2" had come in as a link to another page (the forty-first walk). Not for our own exports, nor for
     * HTML, whose parser has already decoded it.
     */
    static String readEscaped(String raw) {
        return read(raw == null || raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true));
    }

    /** The repaired link, or a {@link SkippedRow} saying why there is none. */
    static String read(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new SkippedRow("the link is empty", "");
        }
        if (MARKUP.matcher(raw).find()) {
            // An attribute whose closing quote is missing runs on to the next quote, over the bookmarks after it:
            // the sixty-eighth walk got one article of three, its link full of tags, and no word of the other two.
            long inside = LINK_TAG.matcher(raw).results().count();
            throw new SkippedRow(
                    "the link runs on into the file's markup: a quote around it is not closed"
                            + (inside == 0
                                    ? ""
                                    : inside == 1
                                            ? ", and the bookmark after it is inside it"
                                            : ", and the " + inside + " bookmarks after it are inside it"),
                    raw);
        }
        if (ATTRIBUTE.matcher(raw).find()) {
            // The sixty-ninth walk's HREF="https://example.net/bravo ADD_DATE="…" came in as …/bravo%20ADD_DATE=.
            throw new SkippedRow("the link runs on into the attributes after it: a quote around it is not closed", raw);
        }
        String scheme = scheme(raw);
        switch (scheme) {
            case "javascript", "data", "file" ->
                throw new SkippedRow("'" + scheme + ":' links are never imported", raw);
            case "instapaper-private" ->
                throw new SkippedRow("an Instapaper private text (instapaper-private:) has no web page", raw);
            default -> {
                // read below
            }
        }
        Optional<WebUrl> link = WebUrl.parse(raw);
        if (link.isEmpty()) {
            throw new SkippedRow(
                    scheme.isEmpty() || scheme.equals("http") || scheme.equals("https")
                            ? "not a valid http(s) link"
                            : "'" + scheme + ":' is not an http(s) link",
                    raw);
        }
        return link.get().href();
    }

    /** The scheme as a browser would find it, in lower case, or "". */
    private static String scheme(String raw) {
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ':') {
                return scheme.toString().toLowerCase(Locale.ROOT);
            }
            if (c == '\t' || c == '\n' || c == '\r' || (scheme.isEmpty() && c <= ' ')) {
                continue;
            }
            if (!Character.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.' || c > 0x7F) {
                return "";
            }
            scheme.append(c);
        }
        return "";
    }
}
