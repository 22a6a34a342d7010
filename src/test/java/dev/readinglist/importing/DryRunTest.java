package dev.readinglist.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ExportFormat;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ReadStatus;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dry run (the window's preview, {@code import --dry-run}) counts exactly what the import then
 * does, and changes nothing: each file is dry-run, then imported, into the same library, and the
 * two reports are compared whole (counts, marked read, skipped rows and warnings).
 */
class DryRunTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:15:00Z"), ZoneOffset.UTC);
    static final String CACHING = "caching-strategies-production-guide";

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

    @Test
    void aPocketFileThatMarksACatalogArticleRead() throws Exception {
        Path file = dir.resolve("part_000000.csv");
        Files.writeString(file, """
                title,url,time_added,tags,status
                Caching,https://coderssecret.com/blog/caching-strategies-production-guide,1700000000,,archive
                """);
        ImportReport report = assertSameCounts(file);
        assertEquals(
                new ImportReport(ImportFormat.POCKET, 0, 1, 0, 1, new ImportReport.Changes(1, 0, 0, 0)),
                report,
                "merged: marked read");
        assertTrue(library.article(CACHING).isRead());
        assertEquals(new ImportReport(ImportFormat.POCKET, 0, 0, 1, 0), assertSameCounts(file), "then unchanged");
    }

    @Test
    void whatAMergeGivesTheArticlesTheLibraryHasIsCountedByKind() throws Exception {
        library.setFavourite(CACHING, true);
        Path file = dir.resolve("list.csv");
        Files.writeString(file, """
                url,title,status,tags,note,starred
                https://coderssecret.com/blog/caching-strategies-production-guide,Caching,read,new-tag,A thought,yes
                https://coderssecret.com/blog/event-driven-architecture-kafka-cqrs-guide,Kafka,read,,,yes
                https://coderssecret.com/blog/database-indexing-secrets-slow-queries-fix,Indexing,,,Only a note,
                https://example.com/brand-new,New,read,,,yes
                """);
        ImportReport report = assertSameCounts(file);
        assertEquals(
                new ImportReport(
                        ImportFormat.CSV,
                        1,
                        3,
                        0,
                        3,
                        2,
                        0,
                        0,
                        new ImportReport.Changes(2, 1, 2, 1),
                        0,
                        0,
                        List.of(),
                        List.of("new-tag"),
                        1),
                report,
                "two marked read, one tagged (its tag named), two noted, one starred (Caching had its star); and the new"
                        + " one starred");
    }

    @Test
    void theAppsOwnJsonExportReimported() throws Exception {
        library.setNote(CACHING, "a note");
        library.markRead(List.of(CACHING));
        library.editTags(CACHING, List.of("mine"), List.of());
        Path file = dir.resolve("export.json");
        library.export(file, ExportFormat.JSON, null);
        assertEquals(new ImportReport(ImportFormat.JSON, 0, 0, 31, 0), assertSameCounts(file));
    }

    /** The forty-fifth walk's preview did not say that its new articles came with notes and tags. */
    @Test
    void theNewArticlesNotesAndTagsAreCounted() throws Exception {
        Path file = dir.resolve("list.csv");
        Files.writeString(file, """
                url,title,tags,note
                https://example.com/one,One,databases,A note on one
                https://example.com/two,Two,databases,
                https://example.com/three,Three,,
                https://coderssecret.com/blog/caching-strategies-production-guide,Caching,mine,Merged, not new
                """);
        ImportReport report = assertSameCounts(file);
        assertEquals(3, report.added());
        assertEquals(1, report.addedNoted(), "One's note; Caching's is a merge's");
        assertEquals(2, report.addedTagged(), "One and Two");
    }

    @Test
    void aBookmarkFileWithALinkTwice() throws Exception {
        Path file = dir.resolve("bookmarks.html");
        Files.writeString(file, """
                <!DOCTYPE NETSCAPE-Bookmark-file-1>
                <DL><p>
                <DT><A HREF="https://example.com/twice" ADD_DATE="1600000000">Twice</A>
                <DT><A HREF="https://example.com/twice/" ADD_DATE="1600000100" TAGS="again">Twice again</A>
                </DL><p>
                """);
        assertEquals(
                new ImportReport(
                        ImportFormat.BOOKMARKS,
                        1,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        ImportReport.Changes.NONE,
                        1,
                        0,
                        List.of(),
                        List.of("again"),
                        1),
                assertSameCounts(file),
                "one new article, and the repeat merged into it (its tag, named): a repeat, not a merge into the"
                        + " library's");
        assertEquals(32, articles().size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "pocket.csv",
                "pocket.zip",
                "instapaper.csv",
                "raindrop.csv",
                "bookmarks.html",
                "ril_export.html",
                "metadata_0_to_49.json",
                "pinboard.json",
                "pocket-bad-url.csv"
            })
    void eachFixture(String name) throws Exception {
        Path copy = dir.resolve(name);
        try (InputStream in = DryRunTest.class.getResourceAsStream("/imports/" + name)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        assertSameCounts(copy);
        assertSameCounts(copy);
    }

    /** Dry-runs, then imports {@code file}; returns the import's report, which the dry run's must equal. */
    private ImportReport assertSameCounts(Path file) {
        Map<String, Article> before = articles();
        ImportReport dryRun = library.importFile(file, null, true);
        assertEquals(before, articles(), "a dry run changes nothing");
        ImportReport imported = library.importFile(file, null, false);
        assertEquals(imported, dryRun, "the dry run counted what the import then did");
        return imported;
    }

    private Map<String, Article> articles() {
        return library.search("", ReadStatus.ALL).stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }
}
