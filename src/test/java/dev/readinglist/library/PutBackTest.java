package dev.readinglist.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.model.Article;
import dev.readinglist.model.ReadStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article deleted elsewhere while its note was typed, put back from the window with that note: the forty-third
 * walk's came back unread, added today, at the top of the list.
 */
class PutBackTest {

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
    }
}
