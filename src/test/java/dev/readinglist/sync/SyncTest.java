package dev.readinglist.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.SyncReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two devices of one user, one sync folder: the merge rules, through the library. */
class SyncTest {

    static final String CACHING = "caching-strategies-production-guide";

    @TempDir
    Path dir;

    Path folder;
    Library laptop;
    Library desktop;

    @BeforeEach
    void open() throws Exception {
        folder = Files.createDirectories(dir.resolve("Sync"));
        laptop = Replicas.open(dir.resolve("laptop/reading-list.db"), "laptop");
        desktop = Replicas.open(dir.resolve("desktop/reading-list.db"), "desktop");
    }

    @AfterEach
    void close() {
        laptop.close();
        desktop.close();
    }

    @Test
    void aNewDeviceJoinsTheLibraryInTheFolderAndGetsEverything() {
        String raft = laptop.addArticle("Raft", "https://raft.github.io/", "Consensus.", List.of("papers"));
        laptop.markRead(List.of(raft, CACHING));
        laptop.setNote(raft, "Read section 5.");
        laptop.setFavourite(CACHING, true);
        SyncReport first = laptop.sync(folder);
        assertEquals(32, first.shared(), "the 31 bundled articles and the one added");

        SyncReport joined = desktop.sync(folder);
        assertTrue(joined.joined());
        assertEquals(laptop.id(), desktop.id());
        Article copy = desktop.article(raft);
        assertEquals("Read section 5.", copy.note());
        assertTrue(copy.isRead());
        assertEquals(List.of("papers"), copy.userTags());
        assertTrue(desktop.article(CACHING).favourite());
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));
    }

    @Test
    void aDeleteThatHadNotSeenANoteEditIsUndoneByIt() {
        String raft = shared("Raft", "https://raft.github.io/");
        laptop.setNote(raft, "first thoughts");
        laptop.sync(folder);
        desktop.sync(folder);

        desktop.deleteArticle(raft); // had seen "first thoughts" only
        laptop.setNote(raft, "first thoughts, then section 5");
        syncBoth();

        assertEquals("first thoughts, then section 5", desktop.article(raft).note());
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));

        desktop.deleteArticle(raft); // has seen every note edit now
        syncBoth();
        assertFalse(exists(laptop, raft));
        assertFalse(exists(desktop, raft));
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));
    }

    /** An article added on the laptop, synced to the desktop. */
    private String shared(String title, String link) {
        String id = laptop.addArticle(title, link, "", List.of());
        syncBoth();
        return id;
    }

    private void syncBoth() {
        laptop.sync(folder);
        desktop.sync(folder);
        laptop.sync(folder);
    }

    private static boolean exists(Library library, String id) {
        return library.search("", ReadStatus.ALL).stream()
                .anyMatch(article -> article.id().equals(id));
    }
}
