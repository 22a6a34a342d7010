package dev.readinglist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'sync' and 'delete' on the command line: what they print, their exit codes, the remembered folder. */
class SyncCommandTest {

    @TempDir
    Path dir;

    String db;

    @BeforeEach
    void setUp() {
        db = "--db=" + dir.resolve("rl.db");
    }

    @Test
    void syncRemembersTheFolderAndSaysWhatItDid() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        CliRun none = CliRun.run(db, "sync");
        assertEquals(1, none.code());
        assertEquals(
                "reading-list: no sync folder is set for " + dir.resolve("rl.db")
                        + "; choose one with 'reading-list sync --folder DIR'\n",
                none.err());

        assertEquals(0, CliRun.run(db, "mark-read", CliTest.CACHING).code());
        CliRun first = CliRun.in(dir, "", db, "sync", "--folder", "Sync");
        assertEquals(0, first.code(), first.err());
        assertEquals(
                "Synced through " + folder + ": sent 1 change (31 articles shared for the first time), received 0;"
                        + " 0 articles changed here; 1 device.\n",
                first.out());

        CliRun again = CliRun.run(db, "sync");
        assertEquals(0, again.code(), again.err());
        assertEquals(
                "Synced through " + folder + ": sent 0 changes, received 0; 0 articles changed here; 1 device.\n",
                again.out());

        CliRun status = CliRun.run(db, "sync", "--status");
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().startsWith("Sync folder: " + folder + "\nThis device: "), status.out());
        assertTrue(status.out().contains("(this device): last wrote 20"), status.out());
        assertTrue(status.out().endsWith("Pending: nothing; every change made here is in the folder.\n"), status.out());
    }

    @Test
    void aMissingFolderOrALibraryInsideItIsOneLineExitOne() throws Exception {
        CliRun missing =
                CliRun.run(db, "sync", "--folder", dir.resolve("nowhere").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("does not exist"), missing.err());

        CliRun inside = CliRun.run(db, "sync", "--folder", dir.toString());
        assertEquals(1, inside.code());
        assertEquals(1, inside.err().lines().count(), inside.err());
        assertTrue(inside.err().contains("the library file is inside the sync folder"), inside.err());
        assertEquals(1, CliRun.run(db, "sync").code(), "a refused folder is not remembered");
    }

    @Test
    void deleteChecksEveryIdFirst() {
        String raft;
        try (Library library = Library.open(dir.resolve("rl.db"))) {
            raft = library.addArticle("Raft", "https://raft.github.io/", "", List.of());
        }
        CliRun catalog = CliRun.run(db, "delete", raft, CliTest.CACHING);
        assertEquals(1, catalog.code());
        assertTrue(catalog.err().contains("comes with the bundled catalog"), catalog.err());
        CliRun unknown = CliRun.run(db, "delete", raft, "no-such-article");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("unknown article id 'no-such-article'"), unknown.err());
        assertTrue(CliRun.run(db, "list").out().contains("32 articles"), "nothing was deleted");

        CliRun deleted = CliRun.run(db, "delete", raft);
        assertEquals(0, deleted.code(), deleted.err());
        assertEquals("Deleted 1 article.\n", deleted.out());
        assertTrue(CliRun.run(db, "list").out().contains("31 articles"));
    }
}
