package dev.readinglist.io;

import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.ReadingListException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The HTML exports, read with jsoup as a browser's parser would (so entities are decoded once,
 * unclosed {@code <DT>} and {@code <p>} tags nest as browsers nest them, and stray markup after
 * the list is ignored): Pocket's {@code ril_export.html} and Netscape bookmark files.
 */
final class HtmlImport {

    /** What our own bookmark export says in its generator META: there, a {@code <DD>} is the note. */
    static final String GENERATOR = "Reading List";

    private HtmlImport() {}

    static Document parse(String origin, InputStream in) {
        try {
            return Jsoup.parse(in, "UTF-8", "", Parser.htmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + origin + ": " + e.getMessage(), e);
        }
    }

    /**
     * Pocket's {@code ril_export.html}: {@code <h1>Unread</h1>} and {@code <h1>Read Archive</h1>},
     * each followed by a list of {@code <a href time_added tags>}; tags are separated by commas.
     */
    static void pocket(String origin, Document document, Consumer<ImportedArticle> sink, ImportProblems problems) {
        if (document.select("h1").stream().noneMatch(h -> isSection(h.text()))) {
            throw new ReadingListException(
                    origin + " has no <h1>Unread</h1> or <h1>Read Archive</h1>: it is not a Pocket HTML export;"
                            + " nothing was imported");
        }
        for (Element link : document.select("a[href]")) {
            long line = line(link);
            String rawUrl = link.attr("href");
            try {
                String url = ImportLinks.read(rawUrl);
                Instant added = null;
                String time = link.attr("time_added");
                if (!time.isBlank()) {
                    added = ImportDates.unix(time);
                    if (added == null) {
                        problems.warn(origin, line, "time_added '" + time + "' is not a Unix time", rawUrl);
                    }
                }
                sink.accept(new ImportedArticle(
                        null,
                        ImportText.parsedTitle(link.text(), url),
                        url,
                        "",
                        ImportRow.split(link.attr("tags"), ","),
                        section(link).equalsIgnoreCase("Read Archive"),
                        null,
                        null,
                        added));
            } catch (SkippedRow e) {
                problems.skip(origin, line, e.getMessage(), e.link());
            }
        }
    }

    private static boolean isSection(String heading) {
        return heading.equalsIgnoreCase("Unread") || heading.equalsIgnoreCase("Read Archive");
    }

    /** The text of the {@code <h1>} before the link's list. */
    private static String section(Element link) {
        Element list = link.closest("ul, ol");
        Element heading = list == null ? null : list.previousElementSibling();
        while (heading != null && !heading.nameIs("h1")) {
            heading = heading.previousElementSibling();
        }
        return heading == null ? "" : heading.text().strip();
    }

    /**
     * A Netscape bookmark file, as Chrome, Firefox, Safari, Edge, Raindrop, linkding, Pinboard and
     * Shaarli write it: the folders a link is in (nested {@code <DL>} lists under {@code <H3>}
     * headings) and its TAGS are its tags; ADD_DATE in seconds, milliseconds or microseconds is
     * when it was saved; TOREAD="0" is read, and anything else (a browser writes no TOREAD) unread;
     * a {@code <DD>} after it is its summary, or its note in a file we wrote.
     */
    static void bookmarks(String origin, Document document, Consumer<ImportedArticle> sink, ImportProblems problems) {
        if (document.select("dl").isEmpty()) {
            throw new ReadingListException(
                    origin + " has no <DL> list of bookmarks: it is not a bookmark file; nothing was imported");
        }
        boolean ours = document.select("meta[name=generator]").attr("content").startsWith(GENERATOR);
        Map<Element, String> headings = new IdentityHashMap<>();
        for (Element link : document.select("dl a[href]")) {
            long line = line(link);
            String rawUrl = link.attr("href");
            try {
                String url = ImportLinks.read(rawUrl);
                List<String> tags = folders(link, headings);
                tags.addAll(ImportRow.split(link.attr("tags"), ","));
                Instant added = null;
                String date = link.attr("add_date");
                if (!date.isBlank()) {
                    added = ImportDates.unix(date);
                    if (added == null) {
                        problems.warn(origin, line, "ADD_DATE '" + date + "' is not a Unix time", rawUrl);
                    }
                }
                Element description = description(link);
                String summary = description == null || ours ? "" : ImportText.trimmed(description.text());
                String note = description == null || !ours
                        ? null
                        : description.wholeText().strip();
                sink.accept(new ImportedArticle(
                        null,
                        ImportText.parsedTitle(link.text(), url),
                        url,
                        summary,
                        tags,
                        link.attr("toread").strip().equals("0"),
                        null,
                        note == null || note.isEmpty() ? null : note,
                        added));
            } catch (SkippedRow e) {
                problems.skip(origin, line, e.getMessage(), e.link());
            }
        }
    }

    /** The names of the folders around a link, outermost first; a browser's toolbar and "other" roots are not tags. */
    private static List<String> folders(Element link, Map<Element, String> headings) {
        List<String> names = new ArrayList<>();
        for (Element ancestor : link.parents()) {
            if (ancestor.nameIs("dl")) {
                String name = headings.computeIfAbsent(ancestor, HtmlImport::heading);
                if (!name.isEmpty()) {
                    names.addFirst(name);
                }
            }
        }
        return names;
    }

    /** A folder list's heading: the {@code <H3>} before it, or before the {@code <DD>} (a folder's description) holding it. */
    private static String heading(Element list) {
        Element before = list.previousElementSibling();
        if (before == null && list.parent() != null && list.parent().nameIs("dd")) {
            Element term = list.parent().previousElementSibling();
            before = term == null ? null : term.selectFirst("> h3");
        }
        if (before == null || !before.nameIs("h3")) {
            return "";
        }
        for (String root : List.of("personal_toolbar_folder", "unfiled_bookmarks_folder")) {
            if (before.attr(root).strip().toLowerCase(Locale.ROOT).equals("true")) {
                return "";
            }
        }
        return ImportText.trimmed(before.text());
    }

    /** The {@code <DD>} right after the link's {@code <DT>}, or null. */
    private static Element description(Element link) {
        Element term = link.parent();
        if (term == null || !term.nameIs("dt")) {
            return null;
        }
        Element next = term.nextElementSibling();
        return next != null && next.nameIs("dd") && next.selectFirst("dl") == null ? next : null;
    }

    private static long line(Element element) {
        int line = element.sourceRange().start().lineNumber();
        return line < 0 ? 0 : line;
    }
}
