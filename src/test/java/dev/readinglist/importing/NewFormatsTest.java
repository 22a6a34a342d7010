package dev.readinglist.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportProblem;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formats issue 14 added, from hand-written files modelled on the worst real exports. */
class NewFormatsTest {

    static final Instant NOW = ImportTest.CLOCK.instant();

    @TempDir
    Path dir;

    Library library;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("rl.db"), ImportTest.CLOCK);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ril_export.html,       POCKET_HTML",
        "bookmarks.html,        BOOKMARKS",
        "pinboard.json,         PINBOARD",
        "wallabag.json,         WALLABAG",
        "karakeep.json,         KARAKEEP",
        "linkwarden.json,       LINKWARDEN",
        "metadata_0_to_49.json, OMNIVORE",
        "instapaper-crlf.csv,   INSTAPAPER",
        "raindrop-old.csv,      RAINDROP"
    })
    void eachFormatIsDetectedFromItsContentAndASecondImportChangesNothing(String file, ImportFormat format)
            throws Exception {
        ImportReport first = library.importFile(fixture(file), null, false);
        assertEquals(format, first.format());
        assertTrue(first.added() > 0, first.summary());
        ImportReport again = library.importFile(fixture(file), null, false);
        assertEquals(0, again.added() + again.merged(), again.summary());
        assertEquals(first.skipped(), again.skipped());
    }

    @Test
    void pocketHtmlSectionsTagsEntitiesAndRawSpacesInLinks() throws Exception {
        ImportReport report = library.importFile(fixture("ril_export.html"), null, false);
        assertEquals(5, report.added());
        assertEquals(1, report.skipped());
        // The untitled link is said, as in a CSV: it came in unsaid (the thirty-seventh walk). And the bad time.
        assertEquals(2, report.warnings());
        assertTrue(report.problems().stream()
                .anyMatch(p -> p.line() == 21 && p.reason().equals("warning: no title; the link is its title")));
        ImportProblem script = report.problems().get(0);
        assertTrue(script.reason().contains("'javascript:' links are never imported"), script.reason());
        assertEquals(14, script.line());

        Article quoted = byUrl("https://example.com/it's%20here");
        assertEquals("It's & \"quoted\"", quoted.title(), "entities decoded once, the no-break space trimmed");
        assertEquals(List.of("java", "distributed systems"), quoted.userTags());
        assertEquals(Instant.ofEpochSecond(1_500_000_000), quoted.addedAt());
        assertNull(quoted.readAt());

        Article spaced = byUrl("https://example.com/path%20with%20spaces,%20commasand%20a%20line%20break");
        assertEquals("https://example.com/path with spaces, commas and a line break", spaced.title());
        assertEquals("hash.ai", byUrl("https://hash.ai/").site(), "https:/hash.ai read as a browser reads it");

        Article archived = byUrl("https://example.com/archived");
        assertEquals(List.of("old", "spaced tag"), archived.userTags());
        assertEquals(Instant.ofEpochSecond(1_400_000_000), archived.readAt(), "read when saved: no better time");
        Article untitled = byUrl("https://example.com/no-title");
        assertEquals("https://example.com/no-title", untitled.title(), "Pocket's rule: no title, the link");
        assertEquals(NOW, untitled.readAt(), "no saved time either: the import's");
    }

    @Test
    void bookmarkFoldersBecomeTagsAndDatesComeInThreeUnits() throws Exception {
        ImportReport report = library.importFile(fixture("bookmarks.html"), null, false);
        assertEquals(5, report.added(), report.summary());
        assertEquals(2, report.skipped(), "place: is not a web link; the stray link after the list is no bookmark");
        ImportProblem stray = report.problems().getLast();
        assertEquals("skipped: a link outside the list of bookmarks", stray.reason());
        assertEquals("https://example.com/stray", stray.link());
        assertEquals(34, stray.line());

        Article sqlite = byUrl("https://example.com/sqlite");
        assertEquals("SQLite & you", sqlite.title());
        assertEquals(List.of("Tech", "Databases", "sql", "storage"), sqlite.userTags());
        assertEquals("A summary with <b> escaped", sqlite.summary());
        assertEquals(Instant.ofEpochSecond(1_600_000_000), sqlite.addedAt());
        assertNull(sqlite.readAt(), "no TOREAD: a bookmark is something to read");

        Article millis = byUrl("https://example.com/ms");
        assertEquals(List.of("Tech"), millis.userTags(), "the toolbar root is not a tag");
        assertEquals(Instant.ofEpochSecond(1_600_000_000), millis.addedAt());
        assertEquals(Instant.ofEpochSecond(1_600_000_000), millis.readAt(), "TOREAD=\"0\" is read");
        Article micros = byUrl("https://example.com/us");
        assertEquals(Instant.ofEpochSecond(1_600_000_000), micros.addedAt());
        assertNull(micros.readAt());
        assertEquals(
                List.of("Reading"),
                byUrl("https://example.com/a%20link,%20with%20spaces").userTags());
        assertEquals(NOW, byUrl("https://example.com/top").addedAt());
        assertTrue(library.search("", ReadStatus.ALL).stream()
                .noneMatch(a -> a.url().contains("stray")));
    }

    /**
     * linkding's export, as its exporter writes it ("\\n\\r" between lines): the notes after the description in the
     * {@code <DD>}, between [linkding-notes] markers, became part of the summary, markers and all (the eighty-second
     * walk); its "linkding:archived" is its own mark of an archived bookmark, not a tag.
     */
    @Test
    void linkdingNotesBecomeTheNoteAndItsArchivedMarkIsNoTag() throws Exception {
        String had = library.addArticle("One you have", "https://example.com/existing", "", List.of());
        ImportReport report = library.importFile(fixture("linkding.html"), null, false);
        assertEquals(ImportFormat.BOOKMARKS, report.format());
        assertEquals(4, report.added(), report.summary());
        assertEquals(1, report.merged(), report.summary());
        assertEquals(
                "A linkding note on an article you have", library.article(had).note(), "merged, not dropped");
        assertEquals(0, report.skipped() + report.warnings(), report.problems().toString());

        Article patterns = byUrl("https://martinfowler.com/articles/patterns-of-distributed-systems/");
        assertEquals("Unmesh Joshi's catalog & more", patterns.summary());
        assertEquals("Read the WAL & leader lease sections\nthen the Raft part: \"quorum\" <3", patterns.note());
        assertNull(patterns.readAt(), "TOREAD=\"1\": to read");

        Article archived = byUrl("https://example.com/archived");
        assertEquals("", archived.summary());
        assertEquals("Only a note, no description", archived.note());
        assertEquals(List.of("kernel"), archived.userTags());
        assertEquals(Instant.ofEpochSecond(1_600_000_000), archived.readAt());

        Article described = byUrl("https://example.com/described");
        assertEquals("Größe & Überblick – 分布式", described.summary());
        assertNull(described.note());
        assertNull(byUrl("https://example.com/plain").note());
    }

    /**
     * wallabag's JSON export, as its own import tests write it (offsets without a colon, flags as true or 1, an
     * article's HTML in "content" naming other formats' fields), with mixed line ends: the eighty-second walk's was
     * refused as a JSON array in no format known.
     */
    @Test
    void wallabagJsonKeepsReadStarsTagsMinutesAndAnnotations() throws Exception {
        ImportReport report = library.importFile(fixture("wallabag.json"), null, false);
        assertEquals(ImportFormat.WALLABAG, report.format());
        assertEquals(4, report.added(), report.summary());
        assertEquals(1, report.skipped(), "the javascript: link");
        assertEquals(1, report.warnings(), report.problems().toString());
        assertTrue(report.problems().stream().anyMatch(p -> p.reason().contains("'yesterday'")));

        Article archived = byUrl("https://blog.wikimedia.org/2016/02/10/anne-frank-diary-removal/");
        assertEquals(Instant.parse("2016-09-08T09:55:58Z"), archived.addedAt(), "+0200 read as an offset");
        assertEquals(archived.addedAt(), archived.readAt(), "read when saved: no archived_at");
        assertEquals(4, archived.readingMinutes());
        assertEquals("", archived.summary(), "the article's HTML is no summary");
        assertFalse(archived.favourite());

        Article tails = byUrl("https://tails.boum.org/news/version_2.0.1/index.en.html");
        assertEquals("Tails - Tails 2.0.1 is out & more", tails.title());
        assertNull(tails.readAt(), "is_archived 0");
        assertTrue(tails.favourite(), "is_starred 1");
        assertEquals(List.of("security", "Linux distros"), tails.userTags());
        assertNull(tails.readingMinutes(), "0 minutes is none stated");
        String note = tails.note();
        assertTrue(note.contains("> some quoted text\n— 2024-01-02\n\nmy own words\non two lines"), note);
        assertTrue(note.contains("> a highlight without a note"), note);
        assertEquals(note.indexOf("some quoted text"), note.lastIndexOf("some quoted text"), "each annotation once");

        Article unicode = byUrl("https://example.com/unicode");
        assertEquals("Größe und Überblick: 分布式系统", unicode.title());
        assertEquals(Instant.parse("2024-03-01T07:00:00Z"), unicode.readAt(), "archived_at");
        assertEquals(LocalDate.of(2023, 12, 24), unicode.published());
        assertEquals(12, unicode.readingMinutes());
        assertEquals(NOW, byUrl("https://example.com/bad-date").addedAt(), "a date it cannot read: the import's");
    }

    /**
     * Karakeep's JSON export as its exporters.ts writes it, with the cases of Linkwarden's test of its import: lists
     * (after the bookmarks, nested, one smart) are tags, a text note and a file have no link, an older Hoarder export
     * has no lists or archived.
     */
    @Test
    void karakeepJsonKeepsListsAsTagsNotesAndArchived() throws Exception {
        ImportReport report = library.importFile(fixture("karakeep.json"), null, false);
        assertEquals(ImportFormat.KARAKEEP, report.format());
        assertEquals(3, report.added(), report.summary());
        assertEquals(3, report.skipped(), report.problems().toString());
        assertTrue(
                report.problems().stream()
                        .anyMatch(p -> p.reason()
                                .contains("a Karakeep text note has no web page (the row titled “A text note”)")),
                report.problems().toString());
        assertTrue(report.problems().stream()
                .anyMatch(p -> p.reason().contains("a Karakeep image or PDF: its export holds no link")));
        assertTrue(report.problems().stream()
                .anyMatch(p -> p.reason().contains("'javascript:' links are never imported")
                        && p.link().equals("javascript:alert(1)")));

        Article soup = byUrl("https://example.com/soup?a=1&b=2");
        assertEquals("Soup & bread", soup.title());
        assertEquals(
                List.of("food", "cooking", "quick", "Recipes", "Desserts"),
                soup.userTags(),
                "tags once, the comma split, the lists outermost first; the smart list and a list gone are none");
        assertEquals("Try with bread\nand 汤 🍲", soup.note());
        assertEquals(Instant.ofEpochSecond(1_700_000_000), soup.addedAt());
        assertEquals(soup.addedAt(), soup.readAt(), "archived: read when saved, as the export has no other time");

        Article loose = byUrl("https://example.com/loose");
        assertEquals("https://example.com/loose", loose.title(), "no title: the link");
        assertNull(loose.readAt());
        assertNull(loose.note());
        assertEquals(List.of(), loose.userTags());

        Article hoarder = byUrl("https://example.com/hoarder");
        assertEquals(List.of("old"), hoarder.userTags());
        assertNull(hoarder.readAt(), "an older export without archived: unread");
        assertNull(hoarder.note(), "an empty note is none");
    }

    /**
     * Linkwarden's JSON backup as its exportData.ts writes it (the user's fields, collections with their links, pins
     * after them), with a child collection before its parent, an upload with no link and one link in two collections.
     */
    @Test
    void linkwardenJsonKeepsCollectionsAsTagsAndPinsAsStars() throws Exception {
        ImportReport report = library.importFile(fixture("linkwarden.json"), null, false);
        assertEquals(ImportFormat.LINKWARDEN, report.format());
        assertEquals(3, report.added(), report.summary());
        assertEquals(2, report.skipped(), report.problems().toString());
        assertTrue(
                report.problems().stream()
                        .anyMatch(p -> p.reason()
                                .contains(
                                        "a file uploaded to Linkwarden (pdf) has no link (the row titled “scan.pdf”)")),
                report.problems().toString());

        Article untitled = byUrl("https://example.com/untitled");
        assertEquals("https://example.com/untitled", untitled.title());
        assertEquals(List.of(), untitled.userTags(), "Linkwarden's default collection is no tag");
        assertEquals(Instant.parse("2025-01-05T10:00:00Z"), untitled.addedAt());
        assertFalse(untitled.favourite());
        assertNull(untitled.readAt(), "Linkwarden keeps no read state");

        Article sqlite = byUrl("https://sqlite.org/lang_with.html");
        assertEquals("Notes & queries: SQLite", sqlite.title());
        assertEquals("WITH clauses & recursive queries", sqlite.summary());
        assertTrue(
                sqlite.userTags().containsAll(List.of("sql", "Databases", "sqlite", "Tech")),
                sqlite.userTags().toString());

        Article react = byUrl("https://react.dev/learn");
        assertEquals("React – 日本語", react.title());
        assertEquals(List.of("js", "ui", "Tech", "Frontend"), react.userTags(), "its collection within its parent's");
        assertEquals(Instant.parse("2019-03-01T08:00:00Z"), react.addedAt(), "importDate: when first saved");
        assertTrue(react.favourite(), "pinned");
    }

    /** wallabag's CSV export has no read state, but its "Creation date", day first, is the time saved. */
    @Test
    void wallabagCsvCreationDatesAreReadDayFirst() throws Exception {
        ImportReport report = library.importFile(fixture("wallabag.csv"), null, false);
        assertEquals(ImportFormat.CSV, report.format());
        assertEquals(4, report.added(), report.summary());
        assertEquals(
                Instant.parse("2016-09-08T00:00:00Z"),
                byUrl("https://tails.boum.org/news/version_2.0.1/index.en.html").addedAt(),
                "the day; its time is on a twelve-hour clock with no AM or PM");
        assertEquals(
                List.of("security", "Linux distros"),
                byUrl("https://tails.boum.org/news/version_2.0.1/index.en.html").userTags());
        assertEquals(
                Instant.parse("2023-12-24T00:00:00Z"),
                byUrl("https://example.com/unicode").addedAt());
        assertEquals(NOW, byUrl("https://example.com/no-date").addedAt());
        assertEquals(NOW, byUrl("https://example.com/bad-date").addedAt());
        assertTrue(
                report.problems().stream()
                        .anyMatch(p -> p.reason().contains("'13/13/2020 01:00:00' is not a date (like 31/12/2026)")),
                report.problems().toString());
    }

    /** The forty-eighth walk read "ADD_DATE 'abc' is not a Unix time": the file's and the format's words. */
    @Test
    void aBookmarkWhoseDateCannotBeReadComesWithoutItAndThePreviewSaysSoInPlainWords() throws Exception {
        Path file = bookmarks("""
                <DT><A HREF="https://example.com/undated" ADD_DATE="abc">Undated</A>
                """);
        ImportReport report = library.importFile(file, null, false);
        assertEquals(1, report.added(), report.summary());
        assertEquals(
                "warning: the date added ('abc') is not a date; imported without it",
                report.problems().getFirst().reason());
        assertEquals(NOW, byUrl("https://example.com/undated").addedAt());
    }

    /**
     * The sixty-eighth walk's bookmark with its closing quote missing took the two after it into its link: one article
     * titled "JS" with a link full of tags, and no word of the other two.
     */
    @Test
    void aLinkWhoseQuoteIsNotClosedIsSkippedAndSaidNotMadeAnArticle() throws Exception {
        Path file = bookmarks("""
                <DT><A HREF="https://example.org/bm/1">First</A>
                <DT><A HREF="https://example.org/bm/2>Unclosed quote</A>
                <DT><A HREF="https://example.org/bm/3">Third</A>
                <DT><A HREF="javascript:alert(1)">JS</A>
                <DT><A HREF="https://example.org/bm/5">Fifth</A>
                <DT><A HREF="https://example.org/bm/6 ADD_DATE="1700000000">Sixth</A>
                """);
        ImportReport report = library.importFile(file, null, false);
        assertEquals(2, report.added(), report.summary());
        assertEquals(
                List.of("https://example.org/bm/1", "https://example.org/bm/5"),
                library.search("", ReadStatus.ALL).stream()
                        .map(Article::url)
                        .filter(url -> url.contains("example.org"))
                        .sorted()
                        .toList());
        ImportProblem broken = report.problems().getFirst();
        assertEquals(4, broken.line());
        assertEquals(
                "skipped: the link runs on into the file's markup: a quote around it is not closed, and the bookmark"
                        + " after it is inside it",
                broken.reason());
        ImportProblem runOn = report.problems().getLast();
        assertEquals(8, runOn.line());
        assertEquals(
                "skipped: the link runs on into the attributes after it: a quote around it is not closed",
                runOn.reason());
    }

    /** A browser's bookmarks file holding these lines of links, from its third line on. */
    private Path bookmarks(String links) throws Exception {
        Path file = dir.resolve("bookmarks.html");
        Files.writeString(file, "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n" + links + "</DL><p>\n");
        return file;
    }

    @Test
    void pinboardDescriptionIsTheTitleAndToreadNoIsRead() throws Exception {
        ImportReport report = library.importFile(fixture("pinboard.json"), null, false);
        assertEquals(3, report.added());
        assertEquals(1, report.skipped());
        assertEquals(
                3,
                report.problems().stream()
                        .filter(ImportProblem::skipped)
                        .findFirst()
                        .orElseThrow()
                        .line(),
                "a JSON row's line is its record number");
        assertEquals(2, report.warnings(), "the untitled record is said, as in a CSV, and the bad time");
        assertTrue(report.problems().stream()
                .anyMatch(p -> p.line() == 2 && p.reason().equals("warning: no title; the link is its title")));

        Article one = byUrl("https://example.com/pin-one");
        assertEquals("Pin & one", one.title());
        assertEquals("Its \"extended\" text", one.summary());
        assertEquals(List.of("db", "sql", "storage"), one.userTags());
        assertEquals(Instant.parse("2019-03-04T05:06:07Z"), one.readAt());
        Article two = byUrl("https://example.com/pin%20two");
        assertEquals("https://example.com/pin%20two", two.title());
        assertNull(two.readAt());
    }

    @Test
    void omnivoreLabelsStateAndDates() throws Exception {
        ImportReport report = library.importFile(fixture("metadata_0_to_49.json"), null, false);
        assertEquals(2, report.added());
        assertEquals(1, report.skipped(), "a newsletter without a link");
        assertEquals(1, report.warnings(), "a savedAt that is no date");
        Article one = byUrl("https://example.com/omni-one?utm_source=omnivore");
        assertEquals("Omni 'one'", one.title());
        assertEquals("A description & more", one.summary());
        assertEquals(List.of("Newsletter", "Rust"), one.userTags());
        assertEquals(Instant.parse("2024-10-30T12:39:28Z"), one.readAt(), "Archived is read, when saved");
        assertEquals(LocalDate.parse("2024-10-29"), one.published());
        assertNull(byUrl("https://example.com/omni%20two").readAt());
    }

    @Test
    void instapaperRowsEndInCrlfWhileQuotedFieldsHoldLf() throws Exception {
        ImportReport report = library.importFile(fixture("instapaper-crlf.csv"), null, false);
        assertEquals(2, report.added());
        assertEquals(1, report.skipped());
        assertTrue(report.problems().getFirst().reason().contains("instapaper-private:"));
        assertEquals(
                "Title with an LF inside", // read across the LF, then one line
                byUrl("https://example.com/insta-crlf").title());
        assertTrue(byUrl("https://hash.ai/").isRead());
    }

    @Test
    void raindropsOlderHeaderImportsAndItsEmptyRowsAreSkippedSilently() throws Exception {
        ImportReport report = library.importFile(fixture("raindrop-old.csv"), null, false);
        assertEquals(
                new ImportReport(
                        ImportFormat.RAINDROP,
                        1,
                        0,
                        0,
                        0,
                        0,
                        1,
                        1,
                        ImportReport.Changes.NONE,
                        0,
                        0,
                        List.of(),
                        List.of("a", "b", "Reading"),
                        3),
                report,
                "its note and tags counted");
        Article old = byUrl("https://example.com/rain-old");
        assertEquals("Old note", old.note());
        assertEquals("Old excerpt", old.summary());
        assertEquals(List.of("a", "b", "Reading"), old.userTags());
    }

    /**
     * Titles have their entities decoded, twice where they were escaped twice, as pages, feeds and services escape
     * them: the forty-fifth walk read "Tom &amp; Jerry Caching" in the list. Pocket's HTML export too.
     */
    @Test
    void titlesHaveTheirEntitiesDecodedAndTwiceWhereEscapedTwice() throws Exception {
        Path file = dir.resolve("entities.csv");
        Files.writeString(file, """
                title,url,time_added,tags,status
                It&#39;s &amp;amp; &quot;fine&quot;&nbsp;,https://example.com/entities,1700000000,,unread
                Fish &amp; chips &amp;c,https://example.com/once,1700000000,,unread
                AT&amp;T &lt;3,https://example.com/heart,1700000000,,unread
                """);
        library.importFile(file, null, false);
        assertEquals("It's & \"fine\"", byUrl("https://example.com/entities").title());
        assertEquals("Fish & chips &c", byUrl("https://example.com/once").title());
        assertEquals("AT&T <3", byUrl("https://example.com/heart").title());

        Path html = dir.resolve("ril_export.html");
        Files.writeString(html, """
                <!DOCTYPE html><html><head><title>Pocket Export</title></head><body><h1>Unread</h1><ul>
                <li><a href="https://example.com/tom" time_added="1700000000" tags="">Tom &amp;amp; Jerry</a></li>
                <li><a href="https://example.com/rd" time_added="1700000000" tags="">R&amp;D</a></li>
                </ul></body></html>
                """);
        library.importFile(html, null, false);
        assertEquals("Tom & Jerry", byUrl("https://example.com/tom").title());
        assertEquals("R&D", byUrl("https://example.com/rd").title());
    }

    /**
     * Their links too, as a browser decodes a link in HTML: the forty-first walk's Pocket "?a=1&amp;b=2" came in as a
     * link to another page. "&copy=3" stays a parameter, as in a browser; our own CSV and JSON come back as written.
     */
    @Test
    void csvAndJsonLinksHaveTheirEntitiesDecodedAsABrowserWouldButOurOwnExportsDoNot() throws Exception {
        Path pocket = dir.resolve("part_000000.csv");
        Files.writeString(pocket, """
                title,url,time_added,tags,status
                Caf&eacute;,https://example.com/cafe?a=1&amp;b=2&copy=3,1700000000,,unread
                """);
        library.importFile(pocket, null, false);
        assertEquals("Café", byUrl("https://example.com/cafe?a=1&b=2&copy=3").title());

        Path pinboard = dir.resolve("pins.json");
        Files.writeString(pinboard, """
                [{"href":"https://example.com/pin?x=1&amp;y=2","description":"Pin","extended":"","meta":"m",                "hash":"h","time":"2019-03-04T05:06:07Z","shared":"no","toread":"yes","tags":""}]
                """);
        library.importFile(pinboard, null, false);
        assertEquals("Pin", byUrl("https://example.com/pin?x=1&y=2").title());

        Path ours = dir.resolve("notes.csv");
        Files.writeString(ours, """
                id,title,url,tags,status,read_at,note_updated_at,note
                odd,Odd but ours,https://example.com/ours?q=&amp;,,unread,,,
                """);
        library.importFile(ours, null, false);
        assertEquals("Odd but ours", byUrl("https://example.com/ours?q=&amp;").title());
    }

    @Test
    void pocketHighlightsJoinTheNoteOnceAndTheLastBadRowIsSkipped() throws Exception {
        Path zip = pocketZip();
        ImportReport report = library.importFile(zip, null, false);
        assertEquals(ImportFormat.POCKET, report.format());
        assertEquals(4, report.added(), report.summary() + " " + report.problems());
        assertEquals(1, report.skipped());
        ImportProblem last = report.problems().getFirst();
        assertTrue(last.file().endsWith("pocket.zip!part_000000.csv"), last.file());
        assertEquals(7, last.line(), "two quoted line breaks above it: the fifth row starts on line 7");

        Article raft = byUrl("https://example.com/raft%20paper,%20annotated");
        assertEquals("""
                > Consensus is reached when
                > a majority agrees.
                — 2024-05-01

                > Leaders are elected.
                — 2024-05-02""", raft.note());
        assertEquals("""
                > Only highlighted, never listed.""", byUrl("https://example.com/elsewhere").note());

        library.setNote(byUrl("https://example.com/plain").id(), "My own words");
        ImportReport again = library.importFile(zip, null, false);
        assertEquals(0, again.added() + again.merged(), "re-importing adds no highlight twice");
        assertEquals("My own words", byUrl("https://example.com/plain").note());

        ReadingListException strict =
                assertThrows(ReadingListException.class, () -> library.importFile(zip, null, false, true, () -> false));
        assertTrue(strict.getMessage().contains("pocket.zip!part_000000.csv: line 7"), strict.getMessage());
    }

    @Test
    void theCliSkipsReportsAsCsvAndStrictRefuses() throws Exception {
        Path zip = pocketZip();
        String db = dir.resolve("cli.db").toString();
        Path report = dir.resolve("skipped.csv");
        CliHarness.Result strict = CliHarness.run("--db", db, "import", zip.toString(), "--strict");
        assertEquals(1, strict.code());
        assertEquals(1, strict.err().lines().count(), strict.err());
        assertTrue(strict.err().contains("pocket.zip!part_000000.csv: line 7"), strict.err());

        CliHarness.Result run = CliHarness.run("--db", db, "import", zip.toString(), "--report", report.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(
                "imported 4 new, merged 0, unchanged 0, skipped 1\n1 skipped row and 0 warnings listed in " + report
                        + "\n",
                run.out());
        List<String> lines = Files.readAllLines(report);
        assertEquals("file,line,reason,link", lines.get(0));
        assertEquals(
                zip + "!part_000000.csv,7,skipped: column 2 (url): 'ftp:' is not an http(s) link,ftp://example.com/bad",
                lines.get(1));
        assertTrue(Files.readString(report).endsWith("\r\n"), "RFC 4180: CRLF");

        CliHarness.Result again = CliHarness.run("--db", db, "import", zip.toString());
        assertEquals(
                "imported 0 new, merged 0, unchanged 4, skipped 1",
                again.out().lines().findFirst().orElseThrow());
        assertTrue(again.out().contains("line 7: skipped"), "without --report the first problems are shown");
    }

    @Test
    void anOmnivoreZipsHighlightsJoinTheNotes() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("metadata_0_to_49.json", read("metadata_0_to_49.json"));
        parts.put("content/omni-one-18a2f.html", "<html><body>Article text</body></html>");
        parts.put("highlights/omni-one-18a2f.md", """
                > The first highlight [⤴️](https://omnivore.app/me/omni-one-18a2f#a)

                My thought on it.

                > The second one
                > on two lines [⤴️](https://omnivore.app/me/omni-one-18a2f#b)
                """);
        Path zip = zip("Omnivore.zip", parts);
        ImportReport report = library.importFile(zip, null, false);
        assertEquals(ImportFormat.OMNIVORE, report.format());
        assertEquals(
                """
                > The first highlight [⤴️](https://omnivore.app/me/omni-one-18a2f#a)

                My thought on it.

                > The second one
                > on two lines [⤴️](https://omnivore.app/me/omni-one-18a2f#b)""", byUrl("https://example.com/omni-one?utm_source=omnivore").note());
        assertEquals(0, library.importFile(zip, null, false).merged(), "highlights join once");
    }

    @Test
    void htmlAndJsonThatAreNoneOfTheFormatsAreRefusedWhole() throws Exception {
        for (String[] file : List.of(
                new String[] {"page.html", "<html><body><p>Hello</p></body></html>"},
                new String[] {"list.json", "[{\"name\": \"no link field here\"}]"},
                new String[] {"broken.json", "[{\"href\": \"https://example.com/a\", \"toread\": \"no\"},\n{\"href\": "
                },
                new String[] {"other.zip", null})) {
            Path path = file[1] == null ? zip(file[0], Map.of("readme.txt", "hello")) : dir.resolve(file[0]);
            if (file[1] != null) {
                Files.writeString(path, file[1]);
            }
            ReadingListException e =
                    assertThrows(ReadingListException.class, () -> library.importFile(path, null, false));
            assertTrue(e.getMessage().contains(file[0]), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
        assertEquals(
                31, library.search("", ReadStatus.ALL).size(), "the good record before the broken JSON is not kept");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            foo.json     | {"foo": 1}                                 | a JSON object
            numbers.json | [1, 2, 3]                                  | a JSON array
            nested.json  | {"articles": [{"url": "https://x.com/"}]} | a JSON object""")
    void jsonInNoKnownFormatIsRefusedNamingTheFormatsThatAre(String name, String json, String what) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        CliHarness.Result run =
                CliHarness.run("--db", dir.resolve("rl.db").toString(), "import", file.toString(), "--dry-run");
        assertEquals(1, run.code(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(
                run.err()
                        .startsWith("reading-list: " + file + " is " + what
                                + ", but not in a format Reading List can import;"),
                run.err());
        for (String known : List.of("Reading List JSON export", "catalog", "Omnivore", "Pinboard")) {
            assertTrue(run.err().contains(known), known + ": " + run.err());
        }
        assertFalse(run.err().contains("missing \"catalog\" name"), run.err());
    }

    /** The fiftieth walk's cut-off file was "a JSON array, but not in a format Reading List can import". */
    @Test
    void aCutOffJsonArrayIsSaidToBeBroken() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "[{\"url\": \"https://example.com/j1\", \"title\": \"J1\"}, {\"url\":");
        CliHarness.Result run =
                CliHarness.run("--db", dir.resolve("rl.db").toString(), "import", file.toString(), "--dry-run");
        assertEquals(1, run.code(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals(
                "reading-list: " + file + ": broken JSON: the file ends in the middle of it (cut off?)"
                        + " (line 1, column 59); nothing was imported" + System.lineSeparator(),
                run.err());
    }

    @Test
    void aCatalogAndOurExportAreToldByTheirFieldsWhereverTheyStand() throws Exception {
        Path catalog = dir.resolve("late-name.json");
        Files.writeString(catalog, """
                {"articles": [{"slug": "late-one", "title": "Late one", "url": "https://example.com/late"}],
                 "description": "%s", "catalog": "Late"}""".formatted("x".repeat(10_000)));
        assertEquals(ImportFormat.CATALOG, library.detectFormat(catalog));
        Path export = dir.resolve("export.json");
        Files.writeString(export, """
                {"exported_at": "2026-11-26T08:15:00Z", "format_version": 1, "format": "reading-list", "articles": []}""");
        assertEquals(ImportFormat.JSON, library.detectFormat(export));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"foo\": [1, 2");
        ReadingListException e = assertThrows(ReadingListException.class, () -> library.detectFormat(broken));
        assertTrue(e.getMessage().startsWith(broken + ": broken JSON: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    private Path pocketZip() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("part_000000.csv", """
                title,url,time_added,tags,status
                Raft,"https://example.com/raft paper, annotated",1700000000,consensus,unread
                Plain,https://example.com/plain,1700000100,,archive
                "A title with
                a line break","https://example.com/multi
                line",1700000200,,unread
                Bad,ftp://example.com/bad,1700000300,,unread
                """);
        parts.put("annotations/part_000000.json", """
                [{"url": "https://example.com/raft paper, annotated", "title": "Raft",
                  "highlights": [{"quote": "Consensus is reached when\\na majority agrees.", "created_at": 1714521600},
                                 {"quote": "Leaders are elected.", "created_at": "2024-05-02 10:00:00"},
                                 {"quote": "Consensus is reached when\\na majority agrees.", "created_at": 1714521600}]},
                 {"url": "https://example.com/elsewhere", "title": "Elsewhere",
                  "highlights": [{"quote": "Only highlighted, never listed."}]}]
                """);
        return zip("pocket.zip", parts);
    }

    private Path zip(String name, Map<String, String> parts) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private Article byUrl(String url) {
        return library.search("", ReadStatus.ALL).stream()
                .filter(a -> a.url().equals(url))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no article with the link " + url));
    }

    private static String read(String name) throws Exception {
        try (InputStream in = NewFormatsTest.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path fixture(String name) throws Exception {
        Path copy = dir.resolve(name);
        try (InputStream in = NewFormatsTest.class.getResourceAsStream("/imports/" + name)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
