package dev.readinglist.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ExportOptions;
import dev.readinglist.model.ExportScope;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportProblem;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Imports of hand-written export files into a real library. */
class ImportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:15:00Z"), ZoneOffset.UTC);
    static final String CACHING = "caching-strategies-production-guide";
    /** Starts of real files, so that every parser sees the noise after its format is recognised. */
    static final List<String> HEADS = List.of(
            "title,url,time_added,tags,status\n",
            "URL,Title,Selection,Folder,Timestamp,Tags\n",
            "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><A HREF=\"",
            "<!DOCTYPE html><html><head><title>Pocket Export</title></head><body><h1>Unread</h1><ul><li><a href=\"",
            "[{\"href\": \"https://example.com/",
            "[{\"slug\": \"a\", \"url\": \"https://",
            "{\"format\": \"reading-list\", \"format_version\": 1, \"articles\": [{\"url\": \"");

    @TempDir
    Path dir;

    Library library;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("rl.db"), CLOCK);
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** The sixty-eighth walk's CSV of a header alone said "imported 0 new, merged 0, unchanged 0, skipped 0". */
    @Test
    void aFileOfAHeaderAloneSaysItHoldsNoArticles() throws Exception {
        Path file = dir.resolve("empty-pocket.csv");
        Files.writeString(file, "title,url,time_added,tags,status\n");
        assertEquals(
                "imported nothing: the file holds no articles",
                library.importFile(file, null, false).summary());
        Files.writeString(file, "title,url,time_added,tags,status\nRaft,https://example.com/raft,1700000000,,unread\n");
        assertEquals(
                "imported 1 new, merged 0, unchanged 0, skipped 0",
                library.importFile(file, null, false).summary());
    }

    /**
     * The preview names the new articles' commonest tags, a bookmark folder's among them, told apart as tags are: the
     * sixtieth walk's said "2 tagged", and it found the folder Tech had become a tag only in the list.
     */
    @Test
    void aDryRunNamesTheNewArticlesCommonestTags() throws Exception {
        Path file = dir.resolve("bookmarks.html");
        Files.writeString(file, """
                <!DOCTYPE NETSCAPE-Bookmark-file-1>
                <DL><p>
                    <DT><H3>Tech</H3>
                    <DL><p>
                        <DT><A HREF="https://example.com/go-generics" TAGS="go,Go">Go generics tour</A>
                        <DT><A HREF="https://example.com/sqlite-wal" TAGS="sqlite">SQLite WAL mode</A>
                        <DT><A HREF="https://example.com/go-errors" TAGS="GO">Go errors</A>
                    </DL><p>
                    <DT><A HREF="https://example.com/loose">Loose</A>
                </DL><p>
                """);
        ImportReport preview = library.importFile(file, null, true);
        assertEquals(3, preview.addedTagged());
        assertEquals(List.of("Tech", "go", "sqlite"), preview.commonTags());
        assertEquals(3, preview.tagKinds(), "go, Go and GO are one tag");
        assertEquals(
                List.of("Tech", "go", "sqlite"),
                library.importFile(file, null, false).commonTags());
        assertEquals(List.of(), library.importFile(file, null, false).commonTags(), "nothing new, no tags named");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "pocket.csv,         POCKET,     3, 1, 0, 1",
        "pocket.zip,         POCKET,     2, 0, 0, 0",
        "instapaper-old.csv, INSTAPAPER, 1, 0, 0, 0",
        "instapaper.csv,     INSTAPAPER, 3, 0, 0, 0",
        "raindrop.csv,       RAINDROP,   2, 0, 0, 0"
    })
    void eachFormatIsDetectedAndImportedAndASecondImportChangesNothing(
            String file, ImportFormat format, int added, int merged, int unchanged, int repeated) throws Exception {
        ImportReport first = library.importFile(fixture(file), null, false);
        assertEquals(
                new ImportReport(
                        format,
                        added,
                        merged,
                        unchanged,
                        first.markedRead(),
                        first.starred(),
                        first.addedNoted(),
                        first.addedTagged(),
                        first.changes(),
                        repeated,
                        0,
                        List.of(),
                        first.commonTags(),
                        first.tagKinds()),
                first);
        ImportReport again = library.importFile(fixture(file), null, false);
        assertEquals(0, again.added() + again.merged(), "importing the same file again changes nothing");
        // The ninth walk's Pocket file said "4 articles … 1 repeated in the file", then "5 articles" imported again.
        assertEquals(first.total(), again.unchanged(), "every article of the file is found again");
        assertEquals(first.repeated(), again.repeated(), "and its repeats are repeats again, not more articles");
    }

    @Test
    void pocketRulesLinksTagsAndStatus() throws Exception {
        library.importFile(fixture("pocket.csv"), null, false);
        Article raft = library.article("raft-explained");
        assertTrue(raft.isRead(), "archive means read");
        assertEquals(
                List.of("distributed", "consensus", "raft"), raft.userTags(), "the utm_ duplicate merged its tag in");
        assertEquals(
                "Multi-line title",
                library.article("multi-line-title").title(),
                "the quoted newline is read, and a title is one line");
        assertEquals(List.of("café"), library.article("unicode-title").userTags());
        Article caching = library.article(CACHING);
        assertTrue(caching.isRead(), "read beats unread on a catalog article found by its link");
        assertEquals(List.of("later"), caching.userTags(), "tags are unioned; Caching was already a catalog tag");
        assertEquals(34, library.search("", ReadStatus.ALL).size());
    }

    @Test
    void theTimeAnArticleWasSavedIsKeptAsItsAddedTimeAndAMergeKeepsTheFirst() throws Exception {
        library.importFile(fixture("pocket.csv"), null, false);
        library.importFile(fixture("instapaper.csv"), null, false);
        library.importFile(fixture("raindrop.csv"), null, false);
        assertEquals(
                "2023-11-14T22:13:20Z", addedAt("raft-explained"), "time_added of the first row; its utm_ copy merged");
        assertEquals("2023-11-14T22:13:20Z", addedAt("insta-one"));
        assertEquals("2024-05-01T10:00:00Z", addedAt("raindrop-one"));
        assertEquals(
                "2026-11-26T08:15:00Z",
                addedAt(library.addArticle("By hand", "https://example.com/hand", "", List.of())),
                "without a saved time, the time of adding");
    }

    private String addedAt(String id) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rl.db"));
                PreparedStatement select = c.prepareStatement("SELECT added_at FROM article WHERE slug = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void instapaperFoldersBecomeReadStarredOrTags() throws Exception {
        library.importFile(fixture("instapaper.csv"), null, false);
        assertTrue(library.article("insta-one").isRead());
        assertEquals(List.of("java", "jvm"), library.article("insta-one").userTags());
        assertEquals("Selected text", library.article("insta-one").summary());
        assertTrue(library.article("insta-two").favourite(), "the Starred folder is a star");
        assertEquals(List.of(), library.article("insta-two").userTags());
        assertFalse(library.article("insta-one").favourite());
        assertEquals(List.of("Research"), library.article("insta-three").userTags());
    }

    @Test
    void raindropNotesExcerptsAndFolders() throws Exception {
        library.importFile(fixture("raindrop.csv"), null, false);
        Article one = library.article("raindrop-one");
        assertEquals("My note\nwith two lines", one.note());
        assertEquals("An excerpt", one.summary());
        assertEquals(List.of("sql", "indexes", "Backend"), one.userTags());
        assertFalse(one.favourite(), "favorite false");
        assertTrue(library.article("raindrop-two").favourite(), "favorite true is a star");
        // Raindrop's own inbox is no folder of the user's: it had become a tag on every article saved there.
        assertEquals(List.of(), library.article("raindrop-two").userTags(), "Unsorted is not a tag");
    }

    @Test
    void anImportedNoteIsAppendedNeverReplacesAndIsNotRepeated() throws Exception {
        Path file = dir.resolve("rain.csv");
        Files.writeString(file, """
                id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite
                1,Caching,Imported thought,,https://coderssecret.com/blog/caching-strategies-production-guide,,,2024-01-01T00:00:00Z,,,
                """);
        library.setNote(CACHING, "My own note");
        library.importFile(file, null, false);
        assertEquals(
                "My own note\n\n---\nImported thought", library.article(CACHING).note());
        library.importFile(file, null, false);
        assertEquals(
                "My own note\n\n---\nImported thought", library.article(CACHING).note());
        // Edited, and imported again: the fiftieth walk's old text came back below the edit.
        library.setNote(CACHING, "My own note, and the imported thought in my words");
        library.importFile(file, null, false);
        assertEquals(
                "My own note, and the imported thought in my words",
                library.article(CACHING).note());
    }

    /**
     * A later export, or the rescue of a damaged library imported into its backup: the file's note is the note here
     * continued. Under a separator the same text stood twice; it takes the note's place, which it holds whole.
     */
    @Test
    void aFilesNoteThatHoldsTheWholeNoteTakesItsPlace() throws Exception {
        Path file = dir.resolve("later.csv");
        Files.writeString(file, """
                id,title,url,tags,status,read_at,note,note_updated_at
                caching-strategies-production-guide,Caching,https://coderssecret.com/blog/caching-strategies-production-guide,,unread,,"My own note
                and what I wrote after the backup",2026-01-02T00:00:00Z
                """);
        library.setNote(CACHING, "My own note");

        library.importFile(file, null, false);

        assertEquals(
                "My own note\nand what I wrote after the backup",
                library.article(CACHING).note());
    }

    /** Our export saved again by an editor with Windows line ends: its notes are the same texts, not new ones. */
    @Test
    void anExportResavedWithWindowsLineEndsChangesNoNote() throws Exception {
        library.setNote(CACHING, "first line\nsecond line, with a comma");
        Path export = dir.resolve("export.csv");
        library.exportNotes(export, ExportOptions.defaults());
        Files.writeString(export, Files.readString(export).replace("\r\n", "\n").replace("\n", "\r\n"));

        ImportReport again = library.importFile(export, null, false);

        assertEquals(
                "first line\nsecond line, with a comma",
                library.article(CACHING).note());
        assertEquals(0, again.merged(), again.toString());
    }

    @Test
    void aNoteAnImportAddedWithItsArticleAndEditedSinceIsNotGivenAgain() throws Exception {
        Path file = dir.resolve("mixed.csv");
        Files.writeString(file, """
                url,title,note
                https://example.com/good-one,Good one,"note with, comma"
                """);
        library.importFile(file, null, false);
        String id = library.search("good one", ReadStatus.ALL).getFirst().id();
        library.setNote(id, "MY EDITED NOTE");
        ImportReport again = library.importFile(file, null, false);
        assertEquals("MY EDITED NOTE", library.article(id).note());
        assertEquals(0, again.merged(), again.toString());
    }

    @Test
    void ourOwnExportComesBackWhole() throws Exception {
        library.setNote(CACHING, "=not a formula\nsecond line, with a comma");
        library.markRead(List.of(CACHING, "apache-thrift-cross-language-rpc"));
        library.editTags(CACHING, List.of("mine"), List.of());
        library.setFavourite(CACHING, true);
        library.importFile(fixture("pocket.csv"), null, false);
        Path export = dir.resolve("export.csv");
        library.exportNotes(export, new ExportOptions(ExportScope.ALL, true, true));

        try (Library fresh = Library.open(dir.resolve("fresh.db"), Clock.offset(CLOCK, Duration.ofDays(3)))) {
            ImportReport report = fresh.importFile(export, null, false);
            assertEquals(ImportFormat.READINGLIST, report.format());
            Map<String, Article> before = byId(library.search("", ReadStatus.ALL));
            Map<String, Article> after = byId(fresh.search("", ReadStatus.ALL));
            assertEquals(before.keySet(), after.keySet());
            for (Article a : before.values()) {
                Article b = after.get(a.id());
                assertEquals(a.isRead(), b.isRead(), a.id());
                assertEquals(a.readAt(), b.readAt(), a.id());
                assertEquals(a.note(), b.note(), a.id());
                assertEquals(a.favourite(), b.favourite(), a.id());
                assertEquals(
                        a.allTags().stream().map(String::toLowerCase).sorted().toList(),
                        b.allTags().stream().map(String::toLowerCase).sorted().toList(),
                        a.id());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no-link-column.csv        | line 1
            empty.csv                 | is empty
            binary.csv                | binary file""")
    void aFileThatCannotBeReadAsItsFormatChangesNothingAndSaysWhere(String file, String where) throws Exception {
        Map<String, Article> before = byId(library.search("", ReadStatus.ALL));
        ReadingListException e =
                assertThrows(ReadingListException.class, () -> library.importFile(fixture(file), null, false));
        assertTrue(e.getMessage().contains(file) && e.getMessage().contains(where), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertEquals(
                before, byId(library.search("", ReadStatus.ALL)), "all or nothing: the good first row is not kept");
    }

    @Test
    void anyCsvWithALinkColumnImportsByItsColumnNamesAndReportsTheRest() throws Exception {
        Path file = fixture("generic.csv");
        assertEquals(ImportFormat.CSV, library.detectFormat(file));
        ImportReport report = library.importFile(file, null, false);
        assertEquals(3, report.added());
        assertEquals(1, report.skipped(), "the mailto: row");
        assertEquals(2, report.warnings(), "the untitled row takes its link, and 'someday' is no date: both are said");
        assertEquals(
                List.of(
                        "line 5: skipped: column 2 (link): 'mailto:' is not an http(s) link",
                        "line 6: warning: column 1 (name): no title; the link is its title"
                                + " (https://example.com/untitled)",
                        "line 6: warning: column 7 (created): 'someday' is not a date (like 2026-12-31);"
                                + " imported without it (https://example.com/untitled)"),
                report.problems().stream()
                        .map(p -> p.describe().replaceAll(" \\(mailto:.*", ""))
                        .toList());
        Map<String, Article> byUrl =
                library.search("", ReadStatus.ALL).stream().collect(Collectors.toMap(Article::url, a -> a));
        Article kafka = byUrl.get("https://example.com/kafka");
        assertEquals("Café & Kafka", kafka.title());
        assertEquals(List.of("kafka", "streams"), kafka.userTags());
        assertEquals("Partitions, explained", kafka.summary());
        assertTrue(kafka.isRead());
        assertEquals(Instant.parse("2024-03-01T10:00:00Z"), kafka.addedAt());
        assertTrue(kafka.favourite(), "Starred TRUE is a star");
        Article vacuum = byUrl.get("https://example.com/vacuum");
        assertEquals("Postgres \"VACUUM\" tuning", vacuum.title());
        assertEquals(List.of("db", "postgres"), vacuum.userTags());
        assertEquals("line one\nline two", vacuum.note());
        assertEquals(Instant.ofEpochSecond(1_700_000_000), vacuum.addedAt());
        assertFalse(vacuum.favourite());
        assertTrue(byUrl.get("https://example.com/untitled").isRead(), "archive is read, as in Pocket");
        assertFalse(byUrl.get("https://example.com/untitled").favourite(), "no is no star");
    }

    /** The fifty-fifth walk's tags "postgres;database" came in as one tag, unsaid. */
    @Test
    void anyCsvsTagsSeparatedBySemicolonsComeInApart() throws Exception {
        Path file = dir.resolve("links.csv");
        Files.writeString(
                file,
                "url,title,tags\nhttps://example.com/pg,Postgres,postgres;database\n"
                        + "https://example.com/mixed,Mixed,\"a;b, c\"\n");
        library.importFile(file, null, false);
        Map<String, Article> byUrl =
                library.search("", ReadStatus.ALL).stream().collect(Collectors.toMap(Article::url, a -> a));
        assertEquals(
                List.of("postgres", "database"),
                byUrl.get("https://example.com/pg").userTags());
        assertEquals(List.of("a;b", "c"), byUrl.get("https://example.com/mixed").userTags(), "commas first");
    }

    /**
     * A tag holding "|" went out in the notes CSV, which joins tags with it, as three and came back as three (the
     * thirty-ninth walk's Pocket tags="x|y,z"): it is split as it comes in, and said.
     */
    @Test
    void aTagHoldingAPipeOrACommaComesInSplitAndSaid() throws Exception {
        Path pocket = pocketHtml("""
                <li><a href="https://example.com/piped" time_added="1700000000" tags="x|y,z">Piped</a></li>
                """);
        Path instapaper = dir.resolve("instapaper.csv");
        Files.writeString(instapaper, """
                URL,Title,Selection,Folder,Timestamp,Tags
                https://example.com/listed,Listed,,"Work, Projects",1700000000,"[""a|b""]"
                """);
        ImportReport fromPocket = library.importFile(pocket, null, false);
        ImportReport fromInstapaper = library.importFile(instapaper, null, false);

        assertEquals(List.of("x", "y", "z"), library.article("piped").userTags());
        assertEquals(
                List.of("line 4: warning: tag “x|y” cannot hold “|”; imported as x and y (https://example.com/piped)"),
                described(fromPocket));
        assertEquals(
                List.of("a", "b", "Work", "Projects"), library.article("listed").userTags());
        assertEquals(
                List.of(
                        "line 2: warning: column 6 (tags): tag “a|b” cannot hold “|”; imported as a and b"
                                + " (https://example.com/listed)",
                        "line 2: warning: column 6 (tags): tag “Work, Projects” cannot hold a comma; imported as"
                                + " Work and Projects (https://example.com/listed)"),
                described(fromInstapaper));

        // And the notes CSV brings them back as they are.
        Path notes = dir.resolve("notes.csv");
        library.setNote("piped", "kept");
        library.exportNotes(notes, ExportOptions.defaults());
        try (Library other = Library.open(dir.resolve("other.db"), CLOCK)) {
            other.importFile(notes, null, false);
            assertEquals(List.of("x", "y", "z"), other.article("piped").userTags());
        }
    }

    /**
     * Rows that cannot be read as the file says are skipped, and said (the thirty-ninth walk): a row with a comma
     * outside quotes came in titled "Too", summed up "many" and tagged "columns"; a Pocket entry without a link went
     * unsaid, one article short.
     */
    @Test
    void aRowWithFieldsOutOfPlaceOrAnEntryWithoutALinkIsSkippedAndSaid() throws Exception {
        Path instapaper = dir.resolve("instapaper.csv");
        Files.writeString(instapaper, """
                URL,Title,Selection,Folder,Timestamp,Tags
                https://example.org/toomany,Too,many,columns,here,1,2,3,4
                https://example.org/trailing,Trailing commas,,Unread,1700000000,,,
                """);
        ImportReport report = library.importFile(instapaper, null, false);
        assertEquals(1, report.added());
        assertEquals(
                List.of("line 2: skipped: 9 fields where the header names 6 (a comma outside quotes?); its fields are"
                        + " not where the header says (https://example.org/toomany)"),
                described(report));
        assertEquals("Trailing commas", library.article("trailing-commas").title(), "empty extra fields are let be");

        Path pocket = pocketHtml("""
                <li><a href="https://example.com/linked" time_added="1700000000" tags="">Linked</a></li>
                <li><a time_added="1700000000" tags="">No link</a></li>
                """);
        ImportReport fromPocket = library.importFile(pocket, null, false);
        assertEquals(1, fromPocket.added());
        assertEquals(List.of("line 5: skipped: the link is empty (the row titled “No link”)"), described(fromPocket));
    }

    /**
     * A file's tags in "Labels" went unread, and nothing said so (the fortieth walk): Labels are tags, and a column
     * nothing reads is said once, on the header's line. A header separated by semicolons is said to be one.
     */
    @Test
    void anotherCsvsLabelsAreTagsAndAColumnNothingReadsIsSaid() throws Exception {
        Path file = dir.resolve("links.csv");
        Files.writeString(file, """
                Name,Link,Labels,Added,Rating
                Zig comptime,https://example.com/zig,"zig, comptime",2024-03-01,5
                Padded,"  https://example.com/padded  ",,someday,
                """);
        ImportReport report = library.importFile(file, null, false);
        assertEquals(List.of("zig", "comptime"), library.article("zig-comptime").userTags());
        assertEquals(
                List.of(
                        "line 1: warning: the column “Rating” is not read: a CSV file is read by url, title, tags, note,"
                                + " summary, status, date added and star, named so or as a spreadsheet in another"
                                + " language names them",
                        // The link as it is named, without the file's padding (the fortieth walk).
                        "line 3: warning: column 4 (added): 'someday' is not a date (like 2026-12-31);"
                                + " imported without it (https://example.com/padded)"),
                described(report));
    }

    /**
     * The forty-third walk's file, as Excel writes "CSV" where a comma is the decimal point (much of Europe):
     * semicolons, Windows-1252 and CRLF. It was refused whole. A file of tabs is read too.
     */
    @Test
    void aCsvSeparatedBySemicolonsOrTabsIsRead() throws Exception {
        Path excel = dir.resolve("excel-semicolon.csv");
        Files.write(
                excel,
                ("Title;URL;Tags;Notes\r\n"
                                + "\"R\u00e9sum\u00e9 parsing; \u00e0 la fran\u00e7aise\";https://fr.example/cv;cv,fr;"
                                + "\"Ma note: tr\u00e8s utile\"\r\n"
                                + "Zweiter Artikel \u00fcber Stra\u00dfen;https://de.example/strasse;de;\r\n"
                                + "\"Never closed;https://de.example/broken;x;\r\n"
                                + "Spilled;https://de.example/spilled;x;note;more\r\n")
                        .getBytes(Charset.forName("windows-1252")));
        ImportReport report = library.importFile(excel, null, false);
        assertEquals(2, report.added(), described(report).toString());
        Article cv = withLink("https://fr.example/cv");
        assertEquals("R\u00e9sum\u00e9 parsing; \u00e0 la fran\u00e7aise", cv.title());
        assertEquals(List.of("cv", "fr"), cv.userTags());
        assertEquals("Ma note: tr\u00e8s utile", cv.note());
        assertEquals(
                "Zweiter Artikel \u00fcber Stra\u00dfen",
                withLink("https://de.example/strasse").title());
        List<String> said = described(report);
        assertTrue(
                said.contains("line 5: skipped: 5 fields where the header names 4 (a semicolon outside quotes?); its"
                        + " fields are not where the header says (https://de.example/spilled)"),
                said.toString());
        assertTrue(
                said.contains("line 4: skipped: bad CSV quoting (a quote opened here is never closed); the rows after"
                        + " it still come in (https://de.example/broken)"),
                said.toString());

        Path tabs = dir.resolve("links.tsv");
        Files.writeString(tabs, "url\ttitle\ttags\nhttps://example.com/tabbed\tTabbed, with a comma\ttsv\n");
        assertEquals(1, library.importFile(tabs, null, false).added());
        assertEquals(
                "Tabbed, with a comma", withLink("https://example.com/tabbed").title());
    }

    /**
     * A file's problems are said by line, and a JSON file's by entry: the forty-first walk read "line 2" above "line 1"
     * (the text's encoding is said as it is decoded, ahead of the header's warning), and "line 3" of a one-line
     * Pinboard file.
     */
    @Test
    void problemsAreSaidInTheFilesOrderAndJsonOnesByEntry() throws Exception {
        Path western = dir.resolve("excel.csv");
        Files.write(
                western,
                "Title,URL,Priority\nR\u00e9sum\u00e9,https://example.com/cv,high\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        List<String> said = described(library.importFile(western, null, false));
        assertEquals(2, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("line 1: warning: the column “Priority” is not read"), said.toString());
        assertTrue(said.get(1).startsWith("line 2: warning: not UTF-8"), said.toString());

        Path pins = dir.resolve("pinboard_export.json");
        Files.writeString(
                pins,
                "[{\"href\":\"https://example.com/pin\",\"description\":\"Pin\",\"time\":\"2019-03-04T05:06:07Z\","
                        + "\"toread\":\"yes\",\"tags\":\"\"},"
                        + "{\"href\":\"javascript:alert(1)\",\"description\":\"Bad\"},7]");
        assertEquals(
                List.of(
                        "entry 2: skipped: 'javascript:' links are never imported (javascript:alert(1))",
                        "entry 3: skipped: not a JSON object"),
                described(library.importFile(pins, null, false)));
    }

    /** The report's skipped and warned rows, each as the import says it. */
    private Article withLink(String url) {
        return library.search("", ReadStatus.ALL).stream()
                .filter(article -> article.url().equals(url))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no article links to " + url));
    }

    private static List<String> described(ImportReport report) {
        return report.problems().stream().map(ImportProblem::describe).toList();
    }

    /** A Pocket HTML export whose Unread list holds these items, from its fourth line. */
    private Path pocketHtml(String items) throws IOException {
        return Files.writeString(
                dir.resolve("ril_export.html"),
                "<!DOCTYPE html><html><head><title>Pocket Export</title></head><body>\n<h1>Unread</h1>\n<ul>\n"
                        + items
                        + "</ul></body></html>\n");
    }

    @Test
    void aTitleOverSeveralLinesBecomesOneLine() throws Exception {
        Path file = dir.resolve("lines.csv");
        Files.writeString(file, "url,title\r\nhttps://example.com/lines,\"Two \r\n  lines\n\nand more\"\r\n");
        library.importFile(file, null, false);
        assertEquals(
                List.of("Two lines and more"),
                library.search("", ReadStatus.ALL).stream()
                        .filter(a -> a.url().equals("https://example.com/lines"))
                        .map(Article::title)
                        .toList());
    }

    /**
     * A file without a column of links is refused, naming its header as the file splits it, and saying what to name the
     * column: "[nom;téléphone;ville]" was shown as one column, its letters as "?".
     */
    @Test
    void aCsvWithoutALinkColumnIsRefusedNamingItsHeaderInTheFilesOrder() throws Exception {
        Path file = dir.resolve("contacts.csv");
        Files.writeString(file, "Nom;T\u00e9l\u00e9phone;Ville\nAda;0102;Paris\n");
        ReadingListException e = assertThrows(ReadingListException.class, () -> library.importFile(file, null, false));
        assertTrue(
                e.getMessage()
                        .contains("line 1: the header [nom, t\u00e9l\u00e9phone, ville] has no column of links (url,"
                                + " link, address…)"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("(name the column of links \"url\" to import it)"), e.getMessage());
        assertEquals(31, library.search("", ReadStatus.ALL).size(), "nothing was imported");
    }

    /**
     * A spreadsheet saved in German, its links under "Adresse", was refused whole, the links in plain sight (the
     * forty-fourth walk); "address" was refused too. Excel writes TRUE in its own language.
     */
    @Test
    void aSpreadsheetsColumnsAreReadByTheirNamesInItsOwnLanguage() throws Exception {
        Path german = dir.resolve("leseliste.csv");
        Files.write(
                german,
                ("Titel;Adresse;Schlagworte;Notiz;Favorit;Status\r\n"
                                + "\"Nebenl\u00e4ufigkeit in Go; ein \u00dcberblick\";https://example.de/go;go,nebenl\u00e4ufig;"
                                + "Sehr gut;WAHR;gelesen\r\n"
                                + "Zweiter Artikel;https://example.de/zwei;;;FALSCH;\r\n")
                        .getBytes(Charset.forName("windows-1252")));
        ImportReport report = library.importFile(german, null, false);
        assertEquals(2, report.added(), described(report).toString());
        assertEquals(
                List.of(
                        "line 2: warning: not UTF-8 from this line on: the file was read as Windows-1252 (Western) text;"
                                + " check accented letters"),
                described(report),
                "every column read");
        Article go = withLink("https://example.de/go");
        assertEquals("Nebenl\u00e4ufigkeit in Go; ein \u00dcberblick", go.title());
        assertEquals(List.of("go", "nebenl\u00e4ufig"), go.userTags());
        assertEquals("Sehr gut", go.note());
        assertTrue(go.favourite() && go.isRead());
        Article second = withLink("https://example.de/zwei");
        assertFalse(second.favourite() || second.isRead());

        Path addresses = dir.resolve("addresses.csv");
        Files.writeString(addresses, "name,address,comment\nA page,https://example.com/a,kept?\n");
        assertEquals(1, library.importFile(addresses, null, false).added());
        assertEquals("A page", withLink("https://example.com/a").title());
    }

    @Test
    void aPocketFileMissingAColumnImportsAsAnyCsvRatherThanBeingRefused() throws Exception {
        Path file = fixture("pocket-missing-column.csv");
        assertEquals(ImportFormat.CSV, library.detectFormat(file));
        assertEquals(1, library.importFile(file, null, false).added());
        ReadingListException forced =
                assertThrows(ReadingListException.class, () -> library.importFile(file, ImportFormat.POCKET, false));
        assertTrue(
                forced.getMessage().contains("line 1") && forced.getMessage().contains("time_added"),
                forced.getMessage());
    }

    @Test
    void aRowWithoutAWebLinkIsSkippedAndTheRestImports() throws Exception {
        ImportReport report = library.importFile(fixture("pocket-bad-url.csv"), null, false);
        assertEquals(1, report.added());
        assertEquals(1, report.skipped());
        assertEquals("imported 1 new, merged 0, unchanged 0, skipped 1", report.summary());
        ImportProblem problem = report.problems().getFirst();
        assertEquals(3, problem.line());
        assertTrue(problem.file().endsWith("pocket-bad-url.csv"), problem.file());
        assertEquals("ftp://example.com/x", problem.link());
        assertTrue(
                problem.reason().startsWith("skipped: column 2 (url): 'ftp:' is not an http(s) link"),
                problem.reason());
        assertEquals("line 3: " + problem.reason() + " (ftp://example.com/x)", problem.describe(), "no file first");
    }

    @Test
    void theCliNamesTheFileOnceAboveTheSkippedRows() throws Exception {
        Path file = fixture("pocket-bad-url.csv");
        CliHarness.Result run = CliHarness.run("--db", dir.resolve("rl.db").toString(), "import", file.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(
                List.of(
                        "imported 1 new, merged 0, unchanged 0, skipped 1",
                        "In " + file + ":",
                        "  line 3: skipped: column 2 (url): 'ftp:' is not an http(s) link (ftp://example.com/x)"),
                run.out().lines().toList());
    }

    /**
     * A read article's time is when the file saved it, as Pocket says no more, but never before the article was
     * published: a Pocket row of 2023 for a catalog article of May 2026 made it "Read in 2023" (the forty-fifth walk).
     */
    @Test
    void aReadTimeGuessedFromBeforeTheArticleWasPublishedIsTheImports() throws Exception {
        Path pocket = dir.resolve("part_000000.csv");
        Files.writeString(pocket, """
                title,url,time_added,tags,status
                Caching,https://coderssecret.com/blog/caching-strategies-production-guide,1700000659,,archive
                Saved later,https://example.com/saved-later,1790000000,,archive
                """);
        library.importFile(pocket, null, false);
        assertEquals(
                CLOCK.instant(),
                library.article("caching-strategies-production-guide").readAt());
        assertEquals(
                Instant.ofEpochSecond(1_790_000_000),
                withLink("https://example.com/saved-later").readAt());

        Path omnivore = dir.resolve("metadata_0_to_1.json");
        Files.writeString(omnivore, """
                [{"title": "Old save", "url": "https://example.com/old-save", "state": "Archived",
                  "savedAt": "2020-01-01T00:00:00Z", "publishedAt": "2024-02-03T00:00:00Z"}]
                """);
        library.importFile(omnivore, null, false);
        assertEquals(CLOCK.instant(), withLink("https://example.com/old-save").readAt());
    }

    /** A row skipped for want of a link is named by its title: "line 6: the link is empty" left lines to count. */
    @Test
    void aRowWithoutALinkIsNamedByItsTitle() throws Exception {
        Path pocket = dir.resolve("part_000000.csv");
        Files.writeString(pocket, """
                title,url,time_added,tags,status
                No URL row,,1700000400,,unread
                ,,1700000400,,unread
                """);
        ImportReport report = library.importFile(pocket, null, false);
        assertEquals(
                List.of(
                        "line 2: skipped: column 2 (url): the link is empty (the row titled “No URL row”)",
                        "line 3: skipped: column 2 (url): the link is empty"),
                described(report));
    }

    @Test
    void aRowWhoseDateCannotBeReadImportsWithoutItAndWarns() throws Exception {
        ImportReport report = library.importFile(fixture("pocket-bad-date.csv"), null, false);
        assertEquals(2, report.added());
        assertEquals(0, report.skipped());
        assertEquals(1, report.warnings());
        assertTrue(report.problems().getFirst().reason().startsWith("warning: column 3 (time_added)"));
    }

    /**
     * One broken row refused a whole Instapaper file (the thirty-ninth walk): a quote never closed is left out with its
     * line, said as skipped, and the rows before and after it come in, also where it swallows the next row's quote.
     */
    @Test
    void aQuoteNeverClosedLeavesOutItsLineAndTheRestImports() throws Exception {
        ImportReport simple = library.importFile(fixture("pocket-bad-quote.csv"), null, false);
        assertEquals(1, simple.added(), "the good first row");
        assertEquals(
                List.of(
                        "line 3: skipped: bad CSV quoting (a quote opened here is never closed); the rows after it still"
                                + " come in (https://example.com/x)"),
                described(simple));

        Path file = dir.resolve("instapaper.csv");
        Files.writeString(
                file,
                String.join(
                        "\r\n",
                        "URL,Title,Selection,Folder,Timestamp,Tags",
                        "https://example.org/before,Before,,Unread,1700000000,",
                        "https://example.org/broken,\"Broken title,,Unread,1700000001,",
                        "https://example.org/quoted,\"Quoted, with a comma\",\"Two\r\nlines\",Unread,1700000002,",
                        "https://example.org/after,After \"this\",,Archive,1700000003,",
                        ""));
        ImportReport dry = library.importFile(file, null, true);
        assertEquals(3, dry.added(), "the preview says the same");
        ImportReport report = library.importFile(file, null, false);
        assertEquals(3, report.added());
        assertEquals(1, report.skipped());
        assertEquals(3, report.problems().getFirst().line());
        assertEquals(
                "Quoted, with a comma", library.article("quoted-with-a-comma").title());
        assertEquals(
                List.of("Two", "lines"),
                library.article("quoted-with-a-comma").summary().lines().toList());
        assertTrue(library.article("after-this").isRead(), "the rows after it come in as they are");

        // --strict refuses the file at the broken row, as every broken quote was refused before.
        ReadingListException strict = assertThrows(
                ReadingListException.class,
                () -> library.importFile(fixture("pocket-bad-quote.csv"), null, false, true, () -> false));
        assertTrue(
                strict.getMessage().contains("line 3: ")
                        && strict.getMessage().endsWith("nothing was imported (--strict)"),
                strict.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pocket-bad-url.csv  | line 3: column 2 (url)
            pocket-bad-date.csv | line 3: column 3 (time_added)""")
    void strictRefusesTheWholeFileAtItsFirstBadRow(String file, String where) throws Exception {
        Map<String, Article> before = byId(library.search("", ReadStatus.ALL));
        ReadingListException e = assertThrows(
                ReadingListException.class, () -> library.importFile(fixture(file), null, false, true, () -> false));
        assertTrue(e.getMessage().contains(file) && e.getMessage().contains(where), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertEquals(before, byId(library.search("", ReadStatus.ALL)));
    }

    @Test
    void aDryRunReportsAndChangesNothing() throws Exception {
        ImportReport report = library.importFile(fixture("pocket.csv"), null, true);
        assertEquals(3, report.added());
        assertEquals(31, library.search("", ReadStatus.ALL).size());
        assertEquals(
                Optional.empty(),
                library.search("raft explained", ReadStatus.ALL).stream().findAny());
    }

    @Test
    void aCatalogFileMergesLikeTheBundledOne() throws Exception {
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, """
                {"catalog": "Extra", "articles": [
                  {"slug": "extra-one", "title": "Extra one", "url": "https://example.com/e1", "tags": ["X"]}]}""");
        assertEquals(new ImportReport(ImportFormat.CATALOG, 1, 0, 0, 0), library.importFile(file, null, false));
        assertEquals(List.of("X"), library.article("extra-one").catalogTags());
    }

    @Test
    void randomBytesOnlyEverGiveTheImportError() throws Exception {
        Random random = new Random(20261126);
        for (int i = 0; i < 280; i++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            if (i % 2 == 0) { // half of them start like a real file, so the parsers see the noise
                if (i % 4 == 0) { // and half of those are text, which gets further into a parser than bytes
                    String alphabet = " ,\"\n<>[]{}:&#;=/ahz09\\";
                    for (int b = 0; b < bytes.length; b++) {
                        bytes[b] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
                    }
                }
                byte[] header = HEADS.get(i / 2 % HEADS.size()).getBytes(StandardCharsets.UTF_8);
                byte[] both = new byte[header.length + bytes.length];
                System.arraycopy(header, 0, both, 0, header.length);
                System.arraycopy(bytes, 0, both, header.length, bytes.length);
                bytes = both;
            }
            Path file = dir.resolve("noise-" + i + ".csv");
            Files.write(file, bytes);
            List<ImportFormat> formats = new ArrayList<>(Arrays.asList(ImportFormat.values()));
            formats.add(null);
            for (ImportFormat format : formats) {
                try {
                    library.importFile(file, format, true);
                } catch (ReadingListException expected) {
                    assertEquals(1, expected.getMessage().lines().count(), expected.getMessage());
                }
            }
        }
        assertEquals(31, library.search("", ReadStatus.ALL).size());
    }

    private Path fixture(String name) throws Exception {
        Path copy = dir.resolve(name);
        try (InputStream in = ImportTest.class.getResourceAsStream("/imports/" + name)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private static Map<String, Article> byId(List<Article> articles) {
        return articles.stream().collect(Collectors.toMap(Article::id, a -> a));
    }
}
