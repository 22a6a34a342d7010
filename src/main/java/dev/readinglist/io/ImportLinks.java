package dev.readinglist.io;

import dev.readinglist.model.WebUrl;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.parser.Parser;

/**
 * An export's link as a browser would read it ({@link WebUrl}): tabs and line breaks dropped,
 * spaces percent-encoded, {@code https:/host} given its second slash. A link that is still not
 * http(s) skips its row; script, data and file links are never repaired.
 */
final class ImportLinks {

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
