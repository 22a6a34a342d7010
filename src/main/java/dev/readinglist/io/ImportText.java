package dev.readinglist.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Text from an export, as people should read it. CSV and JSON exports keep HTML entities in their
 * titles ("It&#39;s"): those are decoded here, and again where a title was escaped twice. An
 * HTML parser has already decoded its text once; it gets the second decoding and the trimming.
 */
final class ImportText {

    /** An entity of the kinds that escaping writes, left in text already decoded once: it was escaped twice. */
    private static final Pattern LEFT_ESCAPED = Pattern.compile("&(?:amp|lt|gt|quot|apos|#\\d+|#[xX][0-9a-fA-F]+);");

    private ImportText() {}

    /**
     * A title from CSV or JSON: entities decoded (twice where escaped twice), no-break spaces made spaces, trimmed; the
     * link when empty, which {@code untitled} is told, to say as a warning where the row is named.
     */
    static String title(String raw, String link, Consumer<String> untitled) {
        return titleOrLink(oneLine(trimmed(decode(raw))), link, untitled);
    }

    /**
     * A title an HTML parser has read: decoded again where it was escaped twice, unless {@code asWritten} (a file
     * Reading List wrote, whose titles are as the user typed them); trimmed; the link when empty, as {@link #title}.
     */
    static String parsedTitle(String text, String link, Consumer<String> untitled, boolean asWritten) {
        return titleOrLink(oneLine(trimmed(asWritten ? text : againWhereEscapedTwice(text))), link, untitled);
    }

    /** Every format says an untitled row alike: an untitled Pocket link came in unsaid, where a CSV row was said. */
    private static String titleOrLink(String title, String link, Consumer<String> untitled) {
        String shown = title.isEmpty() ? link : title;
        if (shown.equals(link)) {
            untitled.accept("no title; the link is its title");
        }
        return shown;
    }

    /**
     * Another app's tags as tags can be here: one holding "|" or "," is split there, and {@code split} is told, to say as
     * a warning where the row is named. A tag "x|y" from Pocket went out in the notes CSV, which joins tags with "|", as
     * x|y|z, and came back as three (the thirty-ninth walk); a comma is how bookmark files separate tags.
     */
    static List<String> tags(List<String> tags, Consumer<String> split) {
        List<String> kept = new ArrayList<>(tags.size());
        for (String tag : tags) {
            if (tag.indexOf('|') < 0 && tag.indexOf(',') < 0) {
                kept.add(tag);
                continue;
            }
            List<String> parts = ImportRow.split(tag.replace('|', ','), ",");
            split.accept("tag “" + tag + "” cannot hold " + (tag.indexOf('|') >= 0 ? "“|”" : "a comma")
                    + "; imported as " + (parts.isEmpty() ? "no tag" : String.join(" and ", parts)));
            kept.addAll(parts);
        }
        return kept;
    }

    /** A title is one line: a table row shows only a title's first line, so its line breaks become spaces. */
    private static String oneLine(String title) {
        return title.indexOf('\n') < 0 && title.indexOf('\r') < 0
                ? title
                : title.replaceAll("[ \t]*[\r\n]+[ \t]*", " ");
    }

    /** A summary or description from CSV or JSON: entities decoded once, trimmed. */
    static String summary(String raw) {
        return trimmed(decode(raw));
    }

    /**
     * Decoded once, and again where the text was escaped twice ("Tom &amp;amp; Jerry"), as many pages' and feeds'
     * titles are, and services keep them: the forty-fifth walk read "Tom &amp; Jerry" in the list. A title that means
     * "&amp;" itself is rarer than one escaped twice.
     */
    private static String decode(String raw) {
        if (raw == null) {
            return "";
        }
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        return againWhereEscapedTwice(Parser.unescapeEntities(raw, false));
    }

    /** Text already decoded once, decoded again where entities are left in it: it was escaped twice. */
    private static String againWhereEscapedTwice(String once) {
        return once != null && LEFT_ESCAPED.matcher(once).find() ? Parser.unescapeEntities(once, false) : once;
    }

    /**
     * A skipped row's reason, naming the row by its title where it has no link to be named by: "line 6: skipped: the
     * link is empty" left the user to count lines (the forty-fourth walk).
     */
    static String namedByTitle(String reason, String link, String title) {
        String shown = oneLine(trimmed(decode(title)));
        if (!link.isEmpty() || shown.isEmpty()) {
            return reason;
        }
        return reason + " (the row titled “" + (shown.length() > 60 ? shown.substring(0, 59) + "…" : shown) + "”)";
    }

    static String trimmed(String text) {
        if (text == null) {
            return "";
        }
        return text.indexOf('\u00A0') < 0
                ? text.strip()
                : text.replace('\u00A0', ' ').strip();
    }
}
