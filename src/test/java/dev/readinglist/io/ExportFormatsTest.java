package dev.readinglist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ExportFormat;
import dev.readinglist.model.ExportResult;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.TextFolding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list goes out as bookmarks, Markdown and JSON, and comes back into a fresh library. */
class ExportFormatsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:15:00Z"), ZoneOffset.UTC);
    static final String CACHING = "caching-strategies-production-guide";
    static final String RAFT = "raft-explained";

    @TempDir
    Path dir;

    Library library;

    @BeforeEach
    void open() throws Exception {
        library = Library.open(dir.resolve("rl.db"), CLOCK);
        Path pocket = dir.resolve("pocket.csv");
        Files.writeString(pocket, """
                title,url,time_added,tags,status
                "Raft, explained",https://example.com/raft?x=1&y=2,1700000000,distributed|consensus,archive
                <b>Tags & "quotes"</b>,https://bücher.example/a,1700000100,"c,d|e",unread
                """);
        library.importFile(pocket, ImportFormat.POCKET, false);
        library.setNote(CACHING, "=not a formula\n\nsecond paragraph, with <html> & \"quotes\"");
        library.setNote(RAFT, "Raft note");
        library.markRead(List.of(CACHING));
        library.editTags(CACHING, List.of("mine"), List.of());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void jsonBringsBackEverythingIntoAFreshLibrary() throws Exception {
        Path json = dir.resolve("all.json");
        assertEquals(33, library.export(json, ExportFormat.JSON, null).articles());
        JsonElement parsed = JsonParser.parseString(Files.readString(json));
        assertEquals(1, parsed.getAsJsonObject().get("format_version").getAsInt());

        try (Library fresh = Library.open(dir.resolve("fresh.db"), Clock.offset(CLOCK, Duration.ofDays(3)))) {
            ImportReport report = fresh.importFile(json, null, false);
            assertEquals(ImportFormat.JSON, report.format());
            assertEquals(0, report.skipped());
            Map<String, Article> before = byId(library.search("", ReadStatus.ALL));
            Map<String, Article> after = byId(fresh.search("", ReadStatus.ALL));
            assertEquals(before.keySet(), after.keySet());
            for (Article a : before.values()) {
                Article b = after.get(a.id());
                assertEquals(a.title(), b.title(), a.id());
                assertEquals(a.url(), b.url(), a.id());
                assertEquals(a.summary(), b.summary(), a.id());
                assertEquals(a.published(), b.published(), a.id());
                assertEquals(a.readingMinutes(), b.readingMinutes(), a.id());
                assertEquals(a.readAt(), b.readAt(), a.id());
                assertEquals(a.note(), b.note(), a.id());
                assertEquals(tags(a), tags(b), a.id());
                if (!a.id().equals(CACHING)
                        && a.summary().isEmpty()) { // imported, not bundled: its saved time came along
                    assertEquals(a.addedAt(), b.addedAt(), a.id());
                }
            }
            assertEquals(0, fresh.importFile(json, null, false).merged(), "and a second time changes nothing");
        }
    }

    @Test
    void bookmarksBringBackLinkTitleTagsSavedTimeReadStateAndOurNotes() throws Exception {
        // A title that means "&amp;" itself comes back as written from our own file, never decoded a second time.
        library.editArticle(RAFT, "Escaping &amp; in HTML", "https://example.com/raft?x=1&y=2", null, null);
        Path html = dir.resolve("bookmarks.html");
        assertEquals(33, library.export(html, ExportFormat.BOOKMARKS, null).articles());
        String text = Files.readString(html);
        assertTrue(text.startsWith("<!DOCTYPE NETSCAPE-Bookmark-file-1>"), text);
        assertTrue(text.contains("<META NAME=\"generator\" CONTENT=\"Reading List"), text);
        assertEquals(33, text.split("TOREAD=\"", -1).length - 1, "TOREAD on every article");

        try (Library fresh = Library.open(dir.resolve("fresh.db"), Clock.offset(CLOCK, Duration.ofDays(3)))) {
            ImportReport report = fresh.importFile(html, null, false);
            assertEquals(ImportFormat.BOOKMARKS, report.format());
            assertEquals(2, report.added(), "the 31 bundled articles are there already: merged or unchanged");
            Map<String, Article> before = byUrl(library.search("", ReadStatus.ALL));
            Map<String, Article> after = byUrl(fresh.search("", ReadStatus.ALL));
            assertEquals(before.keySet(), after.keySet());
            for (Article a : before.values()) {
                Article b = after.get(a.url());
                assertEquals(a.title(), b.title(), a.url());
                assertEquals(a.isRead(), b.isRead(), a.url());
                assertEquals(tagKeys(a), tagKeys(b), a.url());
                assertEquals(a.note(), b.note(), a.url());
            }
            Article raft = after.get("https://example.com/raft?x=1&y=2");
            assertEquals(Instant.ofEpochSecond(1_700_000_000), raft.addedAt());
            assertEquals(Instant.ofEpochSecond(1_700_000_000), raft.readAt());
            assertEquals(
                    "<b>Tags & \"quotes\"</b>",
                    after.get("https://xn--bcher-kva.example/a").title());
        }
    }

    @Test
    void markdownWritesOneFilePerArticleWithFrontMatterAndUpdatesInPlace() throws Exception {
        Path folder = dir.resolve("vault/Reading List");
        Files.createDirectories(folder);
        Path mine = folder.resolve(RAFT + ".md");
        Files.writeString(mine, "# My own page about Raft\n");
        Path unrelated = folder.resolve("unrelated.txt");
        Files.writeString(unrelated, "keep me");

        assertEquals(33, library.export(folder, ExportFormat.MARKDOWN, null).articles());
        assertEquals("# My own page about Raft\n", Files.readString(mine), "a file it did not write is left alone");
        Map<String, Map<String, JsonElement>> files = frontMatters(folder);
        assertEquals(33, files.size());
        Map<String, JsonElement> raft = files.get(RAFT + "-2.md");
        assertEquals("Raft, explained", raft.get("title").getAsString());
        assertEquals("https://example.com/raft?x=1&y=2", raft.get("url").getAsString());
        assertEquals(List.of("distributed", "consensus"), strings(raft.get("tags")));
        assertEquals("read", raft.get("status").getAsString());
        assertEquals("2023-11-14T22:13:20Z", raft.get("read_at").getAsString());
        assertTrue(raft.get("published").isJsonNull());
        assertTrue(raft.get("reading_minutes").isJsonNull());
        Map<String, JsonElement> caching = files.get(CACHING + ".md");
        assertEquals(
                library.article(CACHING).readingMinutes().intValue(),
                caching.get("reading_minutes").getAsInt(),
                "the reading time, as in JSON");
        assertEquals(
                JsonExporter.time(library.article(CACHING).addedAt()),
                caching.get("added_at").getAsString(),
                "the day it was saved, as in JSON");
        assertEquals("2026-11-26T08:15:00Z", caching.get("read_at").getAsString());
        assertTrue(
                strings(caching.get("tags")).contains("Distributed-Systems"),
                "a tag as a vault takes it, with no space (the eighty-third walk): " + caching.get("tags"));
        assertTrue(strings(caching.get("tags")).stream().noneMatch(tag -> tag.contains(" ")));
        assertTrue(Files.readString(folder.resolve(CACHING + ".md")).contains("\n## Note\n\n=not a formula\n"));

        library.setNote(RAFT, "A changed note");
        Instant untouched =
                Files.getLastModifiedTime(folder.resolve(CACHING + ".md")).toInstant();
        Thread.sleep(20);
        ExportResult again = library.export(folder, ExportFormat.MARKDOWN, null);
        assertEquals("33 articles (1 written, 32 as they were)", again.exportedCount("article"));
        assertTrue(Files.readString(folder.resolve(RAFT + "-2.md")).contains("A changed note"), "updated in place");
        assertEquals(
                untouched,
                Files.getLastModifiedTime(folder.resolve(CACHING + ".md")).toInstant(),
                "unchanged: not written");
        assertEquals(33 + 2, count(folder), "no second copy, nothing deleted");
        assertEquals("keep me", Files.readString(unrelated));
    }

    /** The ninth walk's loss: a line added in Obsidian to an exported file was gone after the next export. */
    @Test
    void aMarkdownFileEditedInItsFolderIsNeverReplaced() throws Exception {
        Path folder = exportedVault();
        Path caching = folder.resolve(CACHING + ".md");
        Path raft = folder.resolve(RAFT + ".md");
        assertTrue(Files.readString(caching).contains("\nreading_list_hash: \""), Files.readString(caching));
        String highlight = "\nMy Obsidian highlight, added later\n";
        Files.writeString(caching, highlight, StandardOpenOption.APPEND);
        String edited = Files.readString(caching);

        ExportResult same = library.export(folder, ExportFormat.MARKDOWN, null);
        assertEquals(edited, Files.readString(caching), "its article did not change: nothing to write");
        assertEquals(List.of(), same.leftAlone());

        library.setNote(CACHING, "a changed note");
        library.setNote(RAFT, "another changed note");
        ExportResult changed = library.export(folder, ExportFormat.MARKDOWN, null);
        assertEquals(edited, Files.readString(caching), "edited there: left alone although its article changed");
        assertEquals(List.of(CACHING + ".md"), changed.leftAlone());
        assertEquals(
                "1 file was left alone because it was edited after the export wrote it: " + CACHING
                        + ".md. Delete it there to export it anew.",
                changed.leftAloneSentence());
        assertTrue(Files.readString(raft).contains("another changed note"), "not edited there: updated");

        Files.delete(caching);
        library.export(folder, ExportFormat.MARKDOWN, null);
        assertTrue(Files.readString(caching).contains("a changed note"), "deleted there: exported anew");
    }

    /** The tenth walk's 5,000-character title: its file was not known for ours, and each export wrote another. */
    @Test
    void anArticleWithAVeryLongTitleKeepsItsOneFile() throws Exception {
        Path pocket = dir.resolve("long.csv");
        Files.writeString(
                pocket,
                "title,url,time_added,tags,status\n" + "Long ".repeat(1_080).strip()
                        + ",https://example.com/long,1,,unread\n");
        library.importFile(pocket, ImportFormat.POCKET, false);
        Path folder = exportedVault();
        long files = count(folder);
        library.export(folder, ExportFormat.MARKDOWN, null);
        library.export(folder, ExportFormat.MARKDOWN, null);
        assertEquals(files, count(folder), "no copy at each export");
        assertEquals(files, MarkdownExporter.earlierExport(folder), "every file known for the export's own");
    }

    /** A file written before the hash is updated only when it is exactly what this export would write. */
    @Test
    void aMarkdownFileFromBeforeTheHashIsReplacedOnlyWhenUntouched() throws Exception {
        Path folder = exportedVault();
        Path caching = folder.resolve(CACHING + ".md");
        Path raft = folder.resolve(RAFT + ".md");
        String hashLine = "(?m)^reading_list_hash: .*\n";
        Files.writeString(caching, Files.readString(caching).replaceAll(hashLine, ""));
        Files.writeString(raft, Files.readString(raft).replaceAll(hashLine, "") + "my line\n");

        library.setNote(RAFT, "another changed note");
        ExportResult result = library.export(folder, ExportFormat.MARKDOWN, null);
        assertTrue(Files.readString(caching).contains("\nreading_list_hash: \""), "untouched: signed at last");
        assertTrue(Files.readString(raft).endsWith("my line\n"), "cannot be told from an edit: left alone");
        assertEquals(List.of(RAFT + ".md"), result.leftAlone());
    }

    @Test
    void markdownFileNamesAreSafeEverywhere() {
        assertEquals("raft-explained", MarkdownExporter.safeName("raft-explained"));
        assertEquals("a-b-c", MarkdownExporter.safeName("A/B\\C"));
        assertEquals("article-con", MarkdownExporter.safeName("CON"));
        assertEquals("article-nul.txt", MarkdownExporter.safeName("nul.txt"));
        assertEquals("article", MarkdownExporter.safeName("...:*?"));
        assertEquals("caf", MarkdownExporter.safeName("café "));
        assertEquals(100, MarkdownExporter.safeName("x".repeat(300)).length());
    }

    @Test
    void theCliExportsEachFormatAndItsCsvIsExportNotesByteForByte() throws Exception {
        library.close();
        String db = dir.resolve("rl.db").toString();
        Path notes = dir.resolve("notes.csv");
        Path csv = dir.resolve("export.csv");
        assertEquals(
                0,
                CliHarness.run("--db", db, "export-notes", "--out", notes.toString())
                        .code());
        CliHarness.Result run = CliHarness.run("--db", db, "export", "--out", csv.toString(), "--format", "csv");
        assertEquals(0, run.code(), run.err());
        assertEquals("Exported 2 notes to " + csv + "\n", run.out());
        assertArrayEquals(Files.readAllBytes(notes), Files.readAllBytes(csv));

        Path json = dir.resolve("raft.json");
        run = CliHarness.run(
                "--db", db, "export", "--out", json.toString(), "--format=json", "--query", "tag:distributed");
        assertEquals("Exported 1 article to " + json + "\n", run.out());
        Path folder = dir.resolve("md");
        run = CliHarness.run("--db", db, "export", "--out", folder.toString(), "--format", "markdown");
        assertEquals(0, run.code(), run.err());
        assertEquals(33, count(folder));
        CliHarness.Result both = CliHarness.run(
                "--db", db, "export", "--out", json.toString(), "--format", "json", "--all", "--query", "x");
        assertEquals(2, both.code(), "--all and --query exclude each other");
        library = Library.open(dir.resolve("rl.db"), CLOCK);
    }

    /** A folder that one Markdown export wrote. */
    private Path exportedVault() {
        Path folder = dir.resolve("vault");
        library.export(folder, ExportFormat.MARKDOWN, null);
        return folder;
    }

    private static long count(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    /** Each Markdown file's front matter: its values are YAML flow scalars that JSON also reads. */
    private static Map<String, Map<String, JsonElement>> frontMatters(Path folder) throws Exception {
        Map<String, Map<String, JsonElement>> all = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!text.startsWith("---\n")) {
                    continue;
                }
                Map<String, JsonElement> fields = new HashMap<>();
                for (String line : text.substring(4, text.indexOf("\n---\n")).split("\n")) {
                    int colon = line.indexOf(": ");
                    fields.put(line.substring(0, colon), JsonParser.parseString(line.substring(colon + 2)));
                }
                assertFalse(fields.containsKey(null));
                all.put(file.getFileName().toString(), fields);
            }
        }
        return all;
    }

    private static List<String> strings(JsonElement array) {
        return array.getAsJsonArray().asList().stream()
                .map(JsonElement::getAsString)
                .toList();
    }

    private static List<String> tags(Article article) {
        return article.allTags().stream().map(String::toLowerCase).sorted().toList();
    }

    private static List<String> tagKeys(Article article) {
        return article.allTags().stream()
                .map(tag -> TextFolding.tagKey(tag.replace(',', ' ')))
                .sorted()
                .toList();
    }

    private static Map<String, Article> byId(List<Article> articles) {
        return articles.stream().collect(Collectors.toMap(Article::id, a -> a));
    }

    private static Map<String, Article> byUrl(List<Article> articles) {
        return articles.stream().collect(Collectors.toMap(Article::url, a -> a));
    }
}
