package dev.readinglist.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.model.Article;
import dev.readinglist.model.ExportFormat;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The favourite star and editing an article: the core the window's controls will call. */
class FavouriteAndEditTest {

    static final String CACHING = "caching-strategies-production-guide";

    @TempDir
    Path dir;

    Library library;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("rl.db"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aStarIsKeptExportedAndImportedBack() throws Exception {
        assertFalse(library.article(CACHING).favourite());
        assertTrue(library.setFavourite(CACHING, true));
        assertFalse(library.setFavourite(CACHING, true), "starred already");
        assertTrue(library.article(CACHING).favourite());

        Path json = dir.resolve("all.json");
        library.export(json, ExportFormat.JSON, "");
        assertTrue(Files.readString(json).contains("\"favourite\": true"));
        Path markdown = dir.resolve("notes");
        library.export(markdown, ExportFormat.MARKDOWN, "");
        assertTrue(Files.readString(markdown.resolve(CACHING + ".md")).contains("\nfavourite: true\n"));

        try (Library other = Library.open(dir.resolve("other.db"))) {
            other.importFile(json, ImportFormat.JSON, false);
            assertTrue(other.article(CACHING).favourite(), "the star came back with the import");
            assertFalse(
                    other.article("rate-limiting-algorithms-production-guide").favourite());
        }
        assertTrue(library.setFavourite(CACHING, false));
        assertFalse(library.article(CACHING).favourite());
    }

    @Test
    void anAddedArticlesTitleLinkSummaryAndReadingTimeCanBeEdited() {
        String raft = library.addArticle("Raft", "https://raft.github.io/", "", List.of());
        assertTrue(
                library.editArticle(raft, "  Raft, the paper ", "https://raft.github.io/raft.pdf", "Consensus.", 25));
        Article edited = library.article(raft);
        assertEquals("Raft, the paper", edited.title());
        assertEquals("https://raft.github.io/raft.pdf", edited.url());
        assertEquals("Consensus.", edited.summary());
        assertEquals(25, edited.readingMinutes());
        assertEquals(raft, edited.id(), "the id stays");
        assertEquals(
                List.of(raft),
                library.search("paper", ReadStatus.ALL).stream()
                        .map(Article::id)
                        .toList());
        assertFalse(library.editArticle(raft, "Raft, the paper", "https://raft.github.io/raft.pdf", "Consensus.", 25));
        assertTrue(library.editArticle(raft, "Raft, the paper", "https://raft.github.io/raft.pdf", "", null));
        assertNull(library.article(raft).readingMinutes());
    }

    /**
     * Added and edited by hand, a link is kept as an import keeps it: the fifty-seventh walk's "über path" went out in
     * exports with its space and letters, where the same link imported was escaped.
     */
    @Test
    void aLinkAddedOrEditedByHandIsKeptAsAnImportKeepsIt() throws Exception {
        String typed = "https://Example.org/über path?x=1 2";
        String added = library.addArticle("By hand", typed, "", List.of());
        String kept = library.article(added).url();
        assertEquals("https://example.org/%C3%BCber%20path?x=1%202", kept);
        Path csv = dir.resolve("links.csv");
        Files.writeString(csv, "url,title\n\"" + typed + "\",Imported\n");
        try (Library other = Library.open(dir.resolve("other.db"))) {
            other.importFile(csv, ImportFormat.CSV, false);
            assertEquals(
                    List.of(kept),
                    other.search("imported", ReadStatus.ALL).stream()
                            .map(Article::url)
                            .toList());
        }
        String paxos = library.addArticle("Paxos", "https://example.com/paxos", "", List.of());
        library.editArticle(paxos, "Paxos", "https://example.com/pax os", "", null);
        assertEquals("https://example.com/pax%20os", library.article(paxos).url());
    }

    @Test
    void aLinkAnotherArticleHasIsRefusedNamingThatArticle() {
        String raft = library.addArticle("Raft", "https://raft.github.io/", "", List.of());
        String paxos = library.addArticle("Paxos", "https://example.com/paxos", "", List.of());
        ReadingListException taken = assertThrows(
                ReadingListException.class,
                () -> library.editArticle(paxos, "Paxos", "HTTPS://raft.github.io/?utm_source=x", "", null));
        assertEquals("that link is already in your list, as raft ('Raft')", taken.getMessage());
        assertEquals("https://example.com/paxos", library.article(paxos).url(), "nothing changed");
        assertThrows(
                ReadingListException.class, () -> library.editArticle(raft, "Raft", "ftp://raft.github.io/", "", null));
        assertThrows(
                ReadingListException.class, () -> library.editArticle(raft, " ", "https://raft.github.io/", "", null));
        assertThrows(
                ReadingListException.class, () -> library.editArticle(raft, "Raft", "https://raft.github.io/", "", 0));
    }

    @Test
    void theBundledCatalogsArticlesAreTheCatalogs() {
        ReadingListException e = assertThrows(
                ReadingListException.class,
                () -> library.editArticle(CACHING, "Mine now", "https://example.com/mine", "", null));
        assertTrue(e.getMessage().contains("comes with the bundled catalog and cannot be edited"), e.getMessage());
    }

    /**
     * An article deleted elsewhere while its note was typed, put back from the window with that note: the forty-third
     * walk's came back unread, added today, at the top of the list.
     */
    @Test
    void anArticlePutBackIsAsItWasWithTheNote() throws Exception {
        Path pocket = dir.resolve("part_000000.csv");
        Files.writeString(pocket, """
                title,url,time_added,tags,status
                Hacker News,https://news.ycombinator.com/,1690000000,news|daily,archive
                """);
        library.importFile(pocket, null, false);
        String id = library.search("hacker news", ReadStatus.ALL).getFirst().id();
        library.setFavourite(id, true);
        Article shown = library.article(id);
        library.deleteArticles(List.of(id)); // a command line's delete, while the window showed it

        String back = library.putBack(shown, "typed while it went");
        Article now = library.article(back);
        assertEquals(id, back, "its own id, which nothing took since");
        assertEquals(Instant.ofEpochSecond(1_690_000_000), now.addedAt());
        assertEquals(shown.readAt(), now.readAt());
        assertTrue(now.isRead() && now.favourite());
        assertEquals(List.of("news", "daily"), now.userTags());
        assertEquals("typed while it went", now.note());
        assertEquals(shown.published(), now.published());
        try (Library other = Library.open(dir.resolve("rl.db"))) {
            assertEquals(
                    List.of(id),
                    other.search("hacker news", ReadStatus.ALL).stream()
                            .map(Article::id)
                            .toList());
            assertEquals(
                    List.of(id),
                    other.search("typed while", ReadStatus.ALL).stream()
                            .map(Article::id)
                            .toList());
        }
    }

    /** The article and its note come back in one write: a note the disk refuses leaves the article gone, not back bare. */
    @Test
    void anArticlePutBackWhoseNoteIsRefusedStaysGone() throws Exception {
        Path pocket = dir.resolve("part_000000.csv");
        Files.writeString(pocket, """
                title,url,time_added
                Hacker News,https://news.ycombinator.com/,1690000000
                """);
        library.importFile(pocket, null, false);
        String id = library.search("hacker news", ReadStatus.ALL).getFirst().id();
        Article shown = library.article(id);
        library.deleteArticles(List.of(id));
        try (Connection shell = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rl.db"));
                Statement sql = shell.createStatement()) {
            sql.execute("CREATE TRIGGER full_disk BEFORE INSERT ON note BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        }

        assertThrows(RuntimeException.class, () -> library.putBack(shown, "typed while it went"));
        assertTrue(library.search("hacker news", ReadStatus.ALL).isEmpty(), "the article is not back without its note");
    }
}
