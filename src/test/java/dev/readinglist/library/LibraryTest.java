package dev.readinglist.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.TestCatalogs;
import dev.readinglist.model.Article;
import dev.readinglist.model.MergeReport;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.UnknownArticleException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anArticleAddedByHandKeepsItsReadingTimeAndTheImportMarkFindsIt() {
        try (Library library = Library.open(dir.resolve("rl.db"), CLOCK)) {
            long mark = library.additionsMark();
            String id = library.addArticle("Notes on Raft", "https://example.com/raft", "", 12, List.of());
            assertEquals(12, library.article(id).readingMinutes());
            assertEquals(List.of(id), library.idsAddedAfter(mark, 10));
            assertThrows(
                    ReadingListException.class,
                    () -> library.addArticle("Zero", "https://example.com/zero", "", 0, List.of()));
        }
    }

    @Test
    void opensWithTheBundledCatalog() {
        try (Library library = Library.open(dir.resolve("rl.db"), CLOCK)) {
            assertEquals(31, library.search("", ReadStatus.ALL).size());
            Article article = library.article("caching-strategies-production-guide");
            assertEquals("https://coderssecret.com/blog/caching-strategies-production-guide", article.url());
            assertEquals(20, article.readingMinutes());
            assertEquals("2026-05-02", article.published().toString());
            assertEquals(
                    List.of(
                            "Caching",
                            "Redis",
                            "Memcached",
                            "CDN",
                            "Performance",
                            "Distributed Systems",
                            "Architecture",
                            "Backend"),
                    article.catalogTags());
            assertFalse(article.isRead());
        }
    }

    @Test
    void aSecondChangedCatalogKeepsTheUsersNotesReadStateAndTags() {
        Path file = dir.resolve("rl.db");
        try (Library library = Library.open(file, CLOCK)) {
            library.mergeCatalog(TestCatalogs.of(catalog("First title", "Old summary", "[\"Old\", \"Kept\"]", "")));
            library.markRead(List.of("story"));
            library.setNote("story", "my note, with a comma");
            library.editTags("story", List.of("mine"), List.of());

            MergeReport report = library.mergeCatalog(TestCatalogs.of(catalog(
                    "Changed title",
                    "New summary",
                    "[\"Kept\", \"New\"]",
                    ", {\"slug\": \"second\", \"title\": \"A second story\", \"url\": \"https://example.com/2\"}")));

            assertEquals(new MergeReport(1, 1, 0, false), report);
            Article story = library.article("story");
            assertEquals("Changed title", story.title());
            assertEquals("New summary", story.summary());
            assertEquals(List.of("Kept", "New"), story.catalogTags());
            assertEquals(List.of("mine"), story.userTags());
            assertEquals(Instant.parse("2026-11-26T08:15:00Z"), story.readAt());
            assertEquals("my note, with a comma", story.note());
            assertEquals("A second story", library.article("second").title());
            assertEquals(List.of("story"), ids(library.search("changed", ReadStatus.ALL)));
            assertEquals(List.of(), ids(library.search("old", ReadStatus.ALL)));
        }
        try (Library reopened = Library.open(file, CLOCK)) {
            assertEquals("my note, with a comma", reopened.article("story").note());
            assertTrue(reopened.article("story").isRead());
        }
    }

    @Test
    void aCatalogThatDropsAnArticleDeletesNothing() {
        try (Library library = Library.open(dir.resolve("rl.db"), CLOCK)) {
            library.mergeCatalog(TestCatalogs.of(catalog("Title", "Summary", "[]", "")));
            library.mergeCatalog(TestCatalogs.of("""
                    {"catalog": "Test catalog", "articles": [{"slug": "other", "title": "Other"}]}"""));
            assertEquals("Title", library.article("story").title());
            assertEquals(33, library.search("", ReadStatus.ALL).size());
        }
    }

    @Test
    void anUnchangedCatalogIsNotMergedAgain() {
        try (Library library = Library.open(dir.resolve("rl.db"), CLOCK)) {
            var catalog = TestCatalogs.of(catalog("Title", "Summary", "[]", ""));
            assertEquals(1, library.mergeCatalog(catalog).added());
            assertTrue(library.mergeCatalog(catalog).skipped());
        }
    }

    @Test
    void markingReadKeepsTheFirstDateAndUnknownIdsChangeNothing() {
        try (Library library = Library.open(dir.resolve("rl.db"), CLOCK)) {
            String id = "caching-strategies-production-guide";
            assertEquals(1, library.markRead(List.of(id, id)));
            assertEquals(0, library.markRead(List.of(id)));

            UnknownArticleException e = assertThrows(
                    UnknownArticleException.class, () -> library.markUnread(List.of(id, "no-such-article")));
            assertTrue(e.getMessage().contains("no-such-article"));
            assertTrue(library.article(id).isRead(), "a failed call must change nothing");

            assertEquals(1, library.markUnread(List.of(id)));
            assertNull(library.article(id).readAt());
        }
    }

    @Test
    void notesAreSavedChangedAndClearedAndSearchFollows() {
        try (Library library = Library.open(dir.resolve("rl.db"), CLOCK)) {
            String id = "apache-arrow-columnar-format-tutorial";
            assertEquals(Optional.empty(), library.note(id));
            assertTrue(library.setNote(id, "zebra crossing"));
            assertFalse(library.setNote(id, "zebra crossing"), "the same text is no change");
            assertEquals(List.of(id), ids(library.search("zebr", ReadStatus.ALL)));
            assertNotNull(library.article(id).noteUpdatedAt());

            assertTrue(library.setNote(id, "giraffe"));
            assertEquals(List.of(), ids(library.search("zebra", ReadStatus.ALL)));
            assertEquals(List.of(id), ids(library.search("giraffe", ReadStatus.ALL)));

            assertTrue(library.setNote(id, ""));
            assertEquals(Optional.empty(), library.note(id));
            assertEquals(List.of(), ids(library.search("has:note", ReadStatus.ALL)));
        }
    }

    @Test
    void userTagsAreAddedRemovedAndCatalogTagsStay() {
        try (Library library = Library.open(dir.resolve("rl.db"), CLOCK)) {
            String id = "caching-strategies-production-guide";
            assertTrue(library.editTags(id, List.of("To Reread", "work"), List.of()));
            assertFalse(
                    library.editTags(id, List.of("to-reread", "REDIS"), List.of()),
                    "same key, any spelling, is no change");
            assertEquals(List.of("To Reread", "work"), library.article(id).userTags());
            assertEquals(List.of(id), ids(library.search("tag:to-reread", ReadStatus.ALL)));

            ReadingListException e = assertThrows(
                    ReadingListException.class, () -> library.editTags(id, List.of("extra"), List.of("Redis")));
            assertTrue(e.getMessage().contains("catalog tag"), e.getMessage());
            assertEquals(List.of("To Reread", "work"), library.article(id).userTags(), "a failed edit changes nothing");

            assertTrue(library.editTags(id, List.of(), List.of("TO REREAD")));
            assertEquals(List.of("work"), library.article(id).userTags());
            assertThrows(ReadingListException.class, () -> library.editTags(id, List.of("a|b"), List.of()));
            assertThrows(ReadingListException.class, () -> library.editTags(id, List.of("  "), List.of()));
            assertThrows(UnknownArticleException.class, () -> library.editTags("nope", List.of("x"), List.of()));
        }
    }

    private static String catalog(String title, String summary, String tags, String more) {
        return """
                {"catalog": "Test catalog", "articles": [
                  {"slug": "story", "title": "%s", "summary": "%s", "url": "https://example.com/story",
                   "published": "2026-01-02", "readingMinutes": 5, "tags": %s, "futureField": {"ignored": true}}%s
                ]}""".formatted(title, summary, tags, more);
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }
}
