package dev.readinglist.io;

import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.ReadingListException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * The HTML exports, read with jsoup as a browser's parser would (so entities are decoded once,
 * unclosed {@code <DT>} and {@code <p>} tags nest as browsers nest them, and stray markup after
 * the list is ignored, but for a link, which is reported as skipped): Pocket's {@code ril_export.html} (small, parsed whole) and Netscape
 * bookmark files (streamed).
 */
final class HtmlImport {

    /** What our own bookmark export says in its generator META: there, a {@code <DD>} is the note. */
    static final String GENERATOR = "Reading List";

    /** Where linkding's notes begin and end in a {@code <DD>}, and the tag it marks an archived bookmark with. */
    private static final String NOTES_START = "[linkding-notes]";

    private static final String NOTES_END = "[/linkding-notes]";
    private static final String LINKDING_ARCHIVED = "linkding:archived";

    private HtmlImport() {}

    static Document parse(String origin, Reader in) {
        try {
            return Parser.htmlParser().setTrackPosition(true).parseInput(in, "");
        } catch (UncheckedIOException e) {
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
        // Every <a>, with a link or not: an entry without one went unsaid, one article short (the thirty-ninth walk).
        for (Element link : document.select("a")) {
            long line = line(link);
            String rawUrl = link.attr("href");
            try {
                String url = ImportLinks.read(rawUrl);
                Instant added = null;
                String time = link.attr("time_added");
                if (!time.isBlank()) {
                    added = ImportDates.unix(time);
                    if (added == null) {
                        problems.warn(
                                origin,
                                line,
                                "the date added ('" + time + "') is not a date; imported without it",
                                rawUrl);
                    }
                }
                sink.accept(new ImportedArticle(
                        null,
                        ImportText.parsedTitle(
                                link.text(), url, untitled -> problems.warn(origin, line, untitled, rawUrl), false),
                        url,
                        "",
                        ImportText.tags(
                                ImportRow.split(link.attr("tags"), ","),
                                split -> problems.warn(origin, line, split, rawUrl)),
                        section(link).equalsIgnoreCase("Read Archive"),
                        null,
                        null,
                        added));
            } catch (SkippedRow e) {
                problems.skip(origin, line, ImportText.namedByTitle(e.getMessage(), e.link(), link.text()), e.link());
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
     * when it was saved; TOREAD="0" is read (linkding and Pinboard mark what is still to read with "1", and filter
     * the rest as read), and anything else (a browser writes no TOREAD) unread; a {@code <DD>} after it is its summary,
     * with linkding's notes in it its note, or its note in a file we wrote.
     *
     * <p>Streamed: each link is handed on once the parser has closed it and the {@code <DD>} that
     * may follow it, and then dropped, so the database writes overlap the parse and a file of
     * 100,000 bookmarks is never held whole.
     */
    static void bookmarks(String origin, Reader in, Consumer<ImportedArticle> sink, ImportProblems problems) {
        Bookmarks reader = new Bookmarks(origin, sink, problems);
        try (StreamParser parser = new StreamParser(Parser.htmlParser().setTrackPosition(true))) {
            parser.parse(in, "");
            Iterator<Element> closed = parser.iterator();
            while (closed.hasNext()) {
                reader.closed(closed.next());
            }
            reader.end();
        } catch (UncheckedIOException e) {
            throw new ReadingListException("cannot read " + origin + ": " + e.getMessage(), e);
        }
    }

    /** The state of one bookmark file's stream: the link waiting for a {@code <DD>}, and what is known so far. */
    private static final class Bookmarks {
        private final String origin;
        private final Consumer<ImportedArticle> sink;
        private final ImportProblems problems;
        private final Map<Element, String> headings = new IdentityHashMap<>();
        private boolean ours;
        private boolean sawList;
        private Element waiting;

        Bookmarks(String origin, Consumer<ImportedArticle> sink, ImportProblems problems) {
            this.origin = origin;
            this.sink = sink;
            this.problems = problems;
        }

        /** An element the parser has just closed: elements close in document order of their ends. */
        void closed(Element element) {
            switch (element.normalName()) {
                case "meta" ->
                    ours |= element.attr("name").equalsIgnoreCase("generator")
                            && element.attr("content").startsWith(GENERATOR);
                case "dl" -> sawList = true;
                case "a" -> {
                    hand(null);
                    if (element.hasAttr("href") && inList(element)) {
                        waiting = element;
                    } else if (inList(element)) {
                        problems.skip(
                                origin,
                                line(element),
                                ImportText.namedByTitle("the link is empty", "", element.text()),
                                "");
                    } else if (element.hasAttr("href")) {
                        // A browser's export has none; a page's own link may follow the list. Said, so none goes
                        // unseen.
                        problems.skip(
                                origin, line(element), "a link outside the list of bookmarks", element.attr("href"));
                    }
                }
                case "dd" -> {
                    if (waiting != null && waiting.parent() == element.previousElementSibling()) {
                        hand(element);
                    }
                }
                default -> {
                    // headings, lists and stray markup (a CDN's <script> after the list) are read through the links
                }
            }
        }

        /**
         * Whether the link sits in a {@code <DL>}. A walk up its parents: {@code closest("dl")} parsed
         * its query again for every link, a tenth of reading a large file.
         */
        private static boolean inList(Element link) {
            for (Element parent = link.parent(); parent != null; parent = parent.parent()) {
                if (parent.nameIs("dl")) {
                    return true;
                }
            }
            return false;
        }

        void end() {
            hand(null);
            if (!sawList) {
                throw new ReadingListException(
                        origin + " has no <DL> list of bookmarks: it is not a bookmark file; nothing was imported");
            }
        }

        /** Hands on the waiting link with its description, if any, and drops both from the tree. */
        private void hand(Element description) {
            Element link = waiting;
            waiting = null;
            if (link == null) {
                return;
            }
            bookmark(link, description);
            if (description != null) {
                description.remove();
            }
            Element term = link.parent();
            if (term != null && term.nameIs("dt")) {
                term.remove();
            }
        }

        private void bookmark(Element link, Element description) {
            long line = line(link);
            String rawUrl = link.attr("href");
            try {
                String url = ImportLinks.read(rawUrl);
                List<String> tags = folders(link, headings);
                tags.addAll(ImportRow.split(link.attr("tags"), ","));
                String toRead = link.attr("toread").strip();
                Instant added = null;
                String date = link.attr("add_date");
                if (!date.isBlank()) {
                    added = ImportDates.unix(date);
                    if (added == null) {
                        problems.warn(
                                origin,
                                line,
                                "the date added ('" + date + "') is not a date; imported without it",
                                rawUrl);
                    }
                }
                Described described = Described.of(description, ours);
                if (tags.remove(LINKDING_ARCHIVED)) {
                    toRead = "0"; // linkding's own mark, not the user's tag: archived is done with
                }
                String summary = described.summary();
                String note = described.note();
                sink.accept(new ImportedArticle(
                        null,
                        ImportText.parsedTitle(
                                link.text(), url, untitled -> problems.warn(origin, line, untitled, rawUrl), ours),
                        url,
                        summary,
                        ImportText.tags(tags, split -> problems.warn(origin, line, split, rawUrl)),
                        toRead.equals("0"),
                        null,
                        note == null || note.isEmpty() ? null : note,
                        added));
            } catch (SkippedRow e) {
                problems.skip(origin, line, ImportText.namedByTitle(e.getMessage(), e.link(), link.text()), e.link());
            }
        }
    }

    /**
     * A bookmark's {@code <DD>} as summary and note: in a file we wrote it is the note; linkding writes the notes
     * after the description, between {@value #NOTES_START} and {@value #NOTES_END}, which the eighty-second walk found
     * in its summaries, markers and all, and on an article it had already not at all.
     */
    private record Described(String summary, String note) {

        static Described of(Element description, boolean ours) {
            if (description == null) {
                return new Described("", null);
            }
            String whole = description.wholeText();
            if (ours) {
                return new Described("", orNull(whole));
            }
            int start = whole.indexOf(NOTES_START);
            if (start < 0) {
                return new Described(ImportText.trimmed(description.text()), null);
            }
            int end = whole.indexOf(NOTES_END, start);
            String note = whole.substring(start + NOTES_START.length(), end < 0 ? whole.length() : end);
            String rest = whole.substring(0, start) + (end < 0 ? "" : whole.substring(end + NOTES_END.length()));
            return new Described(
                    ImportText.trimmed(rest.replaceAll("\\s+", " ")), orNull(note.replaceAll("\\r\\n?", "\n")));
        }

        private static String orNull(String text) {
            String stripped = text.strip();
            return stripped.isEmpty() ? null : stripped;
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

    private static long line(Element element) {
        int line = element.sourceRange().start().lineNumber();
        return line < 0 ? 0 : line;
    }
}
