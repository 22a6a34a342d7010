package dev.readinglist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Devices;
import dev.readinglist.library.Library;
import dev.readinglist.model.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
        assertNoFolderSet();

        assertEquals(0, CliRun.run(db, "mark-read", CliTest.CACHING).code());
        CliRun first = CliRun.in(dir, "", db, "sync", "--folder", "Sync");
        assertEquals(0, first.code(), first.err());
        assertEquals(
                "Synced through " + folder + ": sent 1 change, received 0 changes;"
                        + " 0 articles changed here; 1 device.\n",
                first.out());

        CliRun again = sync();
        assertEquals(
                "Synced through " + folder
                        + ": sent 0 changes, received 0 changes; 0 articles changed here; 1 device.\n",
                again.out());

        CliRun status = sync("--status");
        assertTrue(status.out().startsWith("Sync folder: " + folder + "\nThis device: "), status.out());
        assertTrue(status.out().contains("(this device): last wrote 20"), status.out());
        assertTrue(status.out().endsWith("Pending: nothing; every change made here is in the folder.\n"), status.out());
    }

    @Test
    void whatSyncSaysItSentIsWhatTheStatusSaysItWrote() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        CliRun first = sync("--folder", folder.toString());
        assertEquals(
                "Synced through " + folder
                        + ": sent 0 changes, received 0 changes; 0 articles changed here; 1 device.\n",
                first.out(),
                "the catalog's articles need no sending");
        CliRun nothing = CliRun.run(db, "sync", "--status");
        assertTrue(nothing.out().contains("(this device): has written nothing, 0 files\n"), nothing.out());
        assertTrue(nothing.out().endsWith("Pending: nothing; every change made here is in the folder.\n"));

        try (Library library = Library.open(dir.resolve("rl.db"))) {
            library.addArticle("Raft", "https://raft.github.io/", "", List.of());
        }
        CliRun pending = CliRun.run(db, "sync", "--status");
        assertTrue(pending.out().endsWith("Pending: 1 change made here, written at the next sync.\n"), pending.out());
        CliRun added = CliRun.run(db, "sync");
        assertEquals(
                "Synced through " + folder
                        + ": sent 1 change (1 article shared for the first time), received 0 changes;"
                        + " 0 articles changed here; 1 device.\n",
                added.out());
        Path second = Files.createDirectories(dir.resolve("Second"));
        CliRun moved = CliRun.run(db, "sync", "--folder", second.toString());
        assertEquals(
                "Synced through " + second + ": sent 0 changes and a snapshot of this library, received 0 changes;"
                        + " 0 articles changed here; 1 device.\n",
                moved.out(),
                "a new folder gets everything this library holds");
        CliRun wrote = CliRun.run(db, "sync", "--status");
        assertTrue(
                wrote.out()
                        .lines()
                        .anyMatch(line -> line.matches(
                                ".*\\(this device\\): last wrote \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}, 1 file")),
                wrote.out());
    }

    @Test
    void articlesReceivedBySyncAreFoundByQueries() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        String ring;
        try (Library laptop = laptop()) {
            ring = laptop.addArticle(
                    "Ring hashing", "https://example.org/ring", "Consistent placement.", List.of("hashing"));
            laptop.setFavourite(CliTest.CACHING, true);
            laptop.sync(folder);
        }
        try (Library desktop =
                Library.openDeferringBackup(dir.resolve("rl.db"), Clock.systemUTC(), new Device("2b0c4d", "desktop"))) {
            desktop.sync(folder);
        }
        CliRun found = CliRun.run(db, "list", "--query", "consistent");
        assertEquals(0, found.code(), found.err());
        assertTrue(found.out().contains(ring), found.out());
        Path export = dir.resolve("found.csv");
        assertEquals(
                0,
                CliRun.run(db, "export", "--out", export.toString(), "--format", "csv", "--query", "consistent")
                        .code());
        assertTrue(Files.readString(export).contains("Ring hashing"));
    }

    @Test
    void aNoteEditedOnTwoDevicesAtOnceIsSaidToKeepBothTexts() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        assertEquals(0, CliRun.run(db, "sync", "--folder", folder.toString()).code());
        try (Library laptop = laptop()) {
            laptop.sync(folder); // joins this library
            laptop.setNote(CliTest.CACHING, "the laptop's thought");
            laptop.sync(folder);
        }
        assertEquals(
                0,
                CliRun.run(db, "note", CliTest.CACHING, "--set", "this device's thought")
                        .code());
        CliRun synced = sync();
        assertTrue(
                synced.out()
                        .matches(
                                "(?s).*; 1 article changed here \\(the note of 'Caching Strategies: [^']+' edited on two"
                                        + " devices at once: both texts kept\\);.*"),
                synced.out());
        assertTrue(CliRun.run(db, "note", CliTest.CACHING).out().contains("--- kept from laptop"));
    }

    /** The fifty-fourth walk's two computers were both "vm", and it found no way to name either. */
    @Test
    void aDeviceNamedOnTheCommandLineIsShownByTheOthersAfterItsNextSync() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        String before = Devices.forUser().name(); // the tests' own config folder: put back after
        try {
            CliRun named = sync("--name", "Work laptop");
            assertEquals(
                    "This device is now called 'Work laptop'; your other devices show that name after its next sync.\n",
                    named.out());
            assertEquals(
                    0, CliRun.run(db, "sync", "--folder", folder.toString()).code());
            try (Library laptop = laptop()) {
                laptop.sync(folder);
                assertTrue(
                        laptop.syncStatus(folder).devices().stream()
                                .anyMatch(device -> device.name().equals("Work laptop")),
                        "the other device shows the name");
            }
            CliRun refused = CliRun.run(db, "sync", "--name", " ");
            assertEquals(1, refused.code());
            assertEquals("reading-list: a device's name is one line of 1 to 40 characters: ' '\n", refused.err());
        } finally {
            Devices.rename(before);
        }
    }

    /** A library open all along (the window's) syncs under the name given since, not the one it opened with. */
    @Test
    void aLibraryOpenWhenTheDeviceIsNamedSyncsUnderTheNewName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        String before = Devices.forUser().name();
        try (Library window = Library.open(dir.resolve("rl.db"))) {
            window.sync(folder);
            assertEquals(0, CliRun.run(db, "sync", "--name", "Desk").code());
            window.markRead(List.of(CliTest.CACHING));
            window.sync(folder);
            try (Library laptop = laptop()) {
                laptop.sync(folder);
                assertTrue(
                        laptop.syncStatus(folder).devices().stream()
                                .anyMatch(device -> device.name().equals("Desk")),
                        laptop.syncStatus(folder).devices().toString());
            }
        } finally {
            Devices.rename(before);
        }
    }

    /**
     * Named while open, a library's next note goes out under the new name: the sixtieth walk named its window's device
     * and read "kept from vm" in two merged notes written after, until it restarted the window.
     */
    @Test
    void aNoteWrittenAfterTheDeviceIsNamedIsKeptUnderTheNewName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        String before = Devices.forUser().name();
        // The laptop's clock a minute ahead: its edit is the newer, without waiting on time.
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1));
        try (Library window = Library.open(dir.resolve("rl.db"));
                Library laptop =
                        Library.openDeferringBackup(dir.resolve("laptop.db"), ahead, new Device("1a97f0", "laptop"))) {
            window.setNote(CliTest.CACHING, "before the name");
            window.sync(folder);
            laptop.sync(folder);
            assertEquals(0, CliRun.run(db, "sync", "--name", "Desk").code());
            window.setNote(CliTest.CACHING, "the desk's thought");
            laptop.setNote(CliTest.CACHING, "the laptop's thought");
            laptop.sync(folder);
            window.sync(folder);
            assertTrue(
                    window.note(CliTest.CACHING).orElseThrow().contains("--- kept from Desk"),
                    window.note(CliTest.CACHING).orElseThrow());
        } finally {
            Devices.rename(before);
        }
    }

    /** Two devices of one name: their merged notes said "kept from vm" on each, and the sixtieth walk was lost. */
    @Test
    void aSyncSaysWhenAnotherDeviceHasThisOnesName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        String before = Devices.forUser().name();
        try {
            assertEquals(0, CliRun.run(db, "sync", "--name", "Laptop").code()); // the other is "laptop"
            sync("--folder", folder.toString());
            try (Library laptop = laptop()) {
                laptop.sync(folder);
                assertEquals("laptop", laptop.sync(folder).news().namesake());
            }
            assertTrue(
                    sync().out()
                            .endsWith("Another device here is also called 'Laptop': name this one with 'sync --name"
                                    + " NAME' to tell them apart in merged notes.\n"),
                    "said on every sync while it is so");
            sync("--name", "Desk");
            assertFalse(sync().out().contains("also called"));
        } finally {
            Devices.rename(before);
        }
    }

    /** The fifty-fourth walk read "received 1 change; 2 articles changed here" of one article marked unread. */
    @Test
    void anArticleChangedBySyncIsCountedOnce() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        assertEquals(0, CliRun.run(db, "mark-read", CliTest.CACHING).code());
        assertEquals(0, CliRun.run(db, "sync", "--folder", folder.toString()).code());
        try (Library laptop = laptop()) {
            laptop.sync(folder); // joins this library
            laptop.markUnread(List.of(CliTest.CACHING));
            laptop.setFavourite(CliTest.CACHING, true);
            laptop.sync(folder);
        }
        CliRun synced = sync();
        assertEquals(
                "Synced through " + folder
                        + ": sent 0 changes, received 2 changes; 1 article changed here; 2 devices.\n",
                synced.out());
    }

    /** The fifty-second walk read "received 6; 0 articles changed here" of changes it had made here too. */
    @Test
    void changesReceivedThatWereHereAlreadyAreSaidToBeNoneNew() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        assertEquals(0, CliRun.run(db, "sync", "--folder", folder.toString()).code());
        try (Library laptop = laptop()) {
            laptop.sync(folder); // joins this library
            laptop.setFavourite(CliTest.CACHING, true);
            laptop.sync(folder);
        }
        assertEquals(0, CliRun.run(db, "star", CliTest.CACHING).code());
        CliRun synced = sync();
        assertEquals(
                "Synced through " + folder + ": sent 1 change, received 1 change, none new here; 2 devices.\n",
                synced.out());
    }

    /** The forty-ninth walk deleted an article whose note another device edited unseen: it came back, unsaid. */
    @Test
    void anArticleDeletedHereThatANoteEditBroughtBackIsNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        String id;
        try (Library here = Library.open(dir.resolve("rl.db"))) {
            id = here.addArticle("Notes on Raft", "https://raft.github.io/", "", List.of());
        }
        assertEquals(0, CliRun.run(db, "sync", "--folder", folder.toString()).code());
        try (Library laptop = laptop()) {
            laptop.sync(folder); // joins this library
            laptop.setNote(id, "section 5 matters");
            assertEquals(0, CliRun.run(db, "delete", id).code()); // before this device has seen that note
            laptop.sync(folder);
        }
        CliRun synced = sync();
        assertTrue(
                synced.out().contains("; 'Notes on Raft' came back: its note was edited on another device;"),
                synced.out());
        assertEquals("section 5 matters", CliRun.run(db, "note", id).out().strip());
    }

    /** The fifty-second walk typed a new folder's path, and was told to make it. */
    @Test
    void aNewFolderChosenInAFolderThatIsThereIsMade() {
        Path fresh = dir.resolve("Sync").resolve("reading-list");
        CliRun notThere = CliRun.run(db, "sync", "--folder", fresh.toString());
        assertEquals(1, notThere.code(), "its folder is missing too: a drive not mounted, perhaps");
        assertTrue(notThere.err().contains("the sync folder " + fresh + " does not exist"), notThere.err());
        assertFalse(Files.exists(fresh.getParent()));

        Path made = dir.resolve("Sync");
        sync("--folder", made.toString());
        assertTrue(Files.isDirectory(made));
        assertEquals(0, CliRun.run(db, "sync").code(), "remembered");
    }

    @Test
    void aMissingFolderOrALibraryInsideItIsOneLineExitOne() throws Exception {
        CliRun missing = CliRun.run(
                db, "sync", "--folder", dir.resolve("nowhere").resolve("deeper").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("does not exist"), missing.err());

        CliRun inside = CliRun.run(db, "sync", "--folder", dir.toString());
        assertEquals(1, inside.code());
        assertEquals(1, inside.err().lines().count(), inside.err());
        assertTrue(inside.err().contains("the library file is inside the sync folder"), inside.err());
        assertEquals(1, CliRun.run(db, "sync").code(), "a refused folder is not remembered");
    }

    /**
     * The forty-seventh walk chose the folder Reading List had made inside its sync folder, named by the library's id,
     * and its devices stopped hearing from each other, unsaid.
     */
    @Test
    void aFolderReadingListMadeInsideASyncFolderIsRefusedNamingTheOneToChoose() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        assertEquals(0, CliRun.run(db, "sync", "--folder", folder.toString()).code());
        Path made;
        try (var entries = Files.list(folder)) {
            made = entries.findFirst().orElseThrow();
        }
        Path device;
        try (var entries = Files.list(made)) {
            device = entries.findFirst().orElseThrow();
        }
        for (Path wrong : List.of(made, device)) {
            CliRun refused = CliRun.run(db, "sync", "--folder", wrong.toString());
            assertEquals(1, refused.code(), wrong.toString());
            assertEquals(1, refused.err().lines().count(), refused.err());
            assertTrue(
                    refused.err()
                            .contains("Reading List made it inside the sync folder " + folder + "; choose that folder"),
                    refused.err());
        }
        CliRun still = CliRun.run(db, "sync", "--status");
        assertTrue(still.out().startsWith("Sync folder: " + folder + "\n"), "the refused folders were not kept");
    }

    @Test
    void deleteChecksEveryIdFirst() {
        String raft;
        String paxos;
        String zab;
        try (Library library = Library.open(dir.resolve("rl.db"))) {
            raft = library.addArticle("Raft", "https://raft.github.io/", "", List.of());
            paxos = library.addArticle("Paxos", "https://example.com/paxos", "", List.of());
            zab = library.addArticle("Zab", "https://example.com/zab", "", List.of());
            library.setNote(paxos, "read twice");
            library.setNote(zab, "skim");
        }
        CliRun catalog = CliRun.run(db, "delete", raft, CliTest.CACHING);
        assertEquals(1, catalog.code());
        assertTrue(catalog.err().contains("comes with the bundled catalog"), catalog.err());
        CliRun unknown = CliRun.run(db, "delete", raft, "no-such-article");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("unknown article id 'no-such-article'"), unknown.err());
        assertTrue(CliRun.run(db, "list").out().contains("34 articles"), "nothing was deleted");

        CliRun deleted = CliRun.run(db, "delete", raft);
        assertEquals(0, deleted.code(), deleted.err());
        assertEquals("Deleted 1 article.\n", deleted.out());
        assertTrue(CliRun.run(db, "list").out().contains("33 articles"));
        // No undo on the command line: the notes that went are said.
        assertEquals(
                "Deleted 1 article and its note.\n",
                CliRun.run(db, "delete", zab).out());
        String again;
        try (Library library = Library.open(dir.resolve("rl.db"))) {
            again = library.addArticle("Raft", "https://raft.github.io/", "", List.of());
        }
        assertEquals(
                "Deleted 2 articles and 1 note.\n",
                CliRun.run(db, "delete", again, paxos).out());
    }

    /** The other device, a laptop, on its own library in the same folder. */
    private Library laptop() {
        return Library.openDeferringBackup(dir.resolve("laptop.db"), Clock.systemUTC(), new Device("1a97f0", "laptop"));
    }

    /** {@code reading-list sync} with {@code more}, on this test's library, which succeeds. */
    private CliRun sync(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = db;
        args[1] = "sync";
        System.arraycopy(more, 0, args, 2, more.length);
        CliRun run = CliRun.run(args);
        assertEquals(0, run.code(), run.err());
        return run;
    }

    /**
     * The eighty-second walk tried a second device as a second file on one computer: its first sync joined, and its
     * next was refused as a copy's, with nothing said at the join.
     */
    @Test
    void aSecondFileThatJoinsOnThisComputerIsToldItWillNotSyncAgain() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        assertEquals(0, CliRun.run(db, "sync", "--folder", folder.toString()).code());
        String second = "--db=" + dir.resolve("second.db");
        CliRun joined = CliRun.run(second, "sync", "--folder", folder.toString());
        assertEquals(0, joined.code(), joined.err());
        assertTrue(joined.out().contains("This library had never synced: it joined"), joined.out());
        assertTrue(
                joined.out()
                        .contains("It will not sync again: " + dir.resolve("second.db") + " holds the same library as"),
                joined.out());
        assertTrue(joined.out().contains("a second device is another computer or user account"), joined.out());
        CliRun again = CliRun.run(second, "sync");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("turn sync off in that library's window"), again.err());
    }

    /** The eighty-second walk restored a backup of a library that syncs: the next sync brought all back, unsaid. */
    @Test
    void aRestoreOfALibraryThatSyncsSaysItsNextSyncBringsChangesBack() throws Exception {
        Path backup = dir.resolve("before.db");
        assertEquals(0, CliRun.run(db, "mark-read", CliTest.CACHING).code());
        CliRun backedUp = CliRun.run(db, "backup", "--out", backup.toString());
        assertEquals(0, backedUp.code(), backedUp.out() + "|" + backedUp.err());
        CliRun unsynced = CliRun.run(db, "restore", backup.toString());
        assertEquals(0, unsynced.code(), unsynced.err());
        assertFalse(unsynced.out().contains("syncs"), unsynced.out());

        Path folder = Files.createDirectories(dir.resolve("Sync"));
        assertEquals(0, CliRun.run(db, "sync", "--folder", folder.toString()).code());
        CliRun synced = CliRun.run(db, "restore", backup.toString());
        assertEquals(0, synced.code(), synced.err());
        assertTrue(
                synced.out()
                        .contains(". This library syncs: its next sync brings back the changes synced since the"
                                + " backup was made, from this device and the others\n"),
                synced.out());
    }

    /**
     * The sixty-eighth walk opened copies of a syncing library with --db for its tests: each synced into the folder as
     * the library, and 119 test imports reached every device.
     */
    @Test
    void aCopyOfASyncingLibraryDoesNotSyncUntilAFolderIsChosenForIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        assertEquals(0, CliRun.run(db, "sync", "--folder", folder.toString()).code());
        Path copy = dir.resolve("copy.db");
        assertEquals(0, CliRun.run(db, "backup", "--out", copy.toString()).code());

        String expected = "reading-list: " + copy + " holds the same library as "
                + dir.resolve("rl.db").toRealPath()
                + ", which syncs it on this computer; a second file of it does not, so that its changes reach no"
                + " device (a second device is another computer or user account; to sync from this file instead, turn"
                + " sync off in that library's window: File > Turn sync off)\n";
        CliRun fromCopy = CliRun.run("--db=" + copy, "sync");
        assertEquals(1, fromCopy.code(), fromCopy.out());
        assertEquals(expected, fromCopy.err());
        assertEquals(expected, CliRun.run("--db=" + copy, "sync", "--status").err());
        CliRun chosen = CliRun.run("--db=" + copy, "sync", "--folder", folder.toString());
        assertEquals(1, chosen.code(), chosen.out());
        assertTrue(chosen.err().contains("both syncing would send different changes as one device"), chosen.err());
        assertEquals(0, CliRun.run(db, "sync").code(), "the library itself syncs on");

        Path moved = Files.createDirectories(dir.resolve("moved")).resolve("rl.db");
        Files.move(dir.resolve("rl.db"), moved);
        CliRun fromMoved = CliRun.run("--db=" + moved, "sync");
        assertEquals(0, fromMoved.code(), "a library moved takes its folder along: " + fromMoved.err());
        assertEquals(1, CliRun.run(db.replace("rl.db", "copy.db"), "sync").code(), "and its copy stays a copy");
    }

    /** The sixty-eighth walk's folder that could not be written was remembered, and tried by every sync after. */
    @Test
    void aFolderWhoseFirstSyncFailedIsNotRemembered() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        assertEquals(0, CliRun.run(db, "mark-read", CliTest.CACHING).code());
        String id;
        try (Library library = Library.open(dir.resolve("rl.db"))) {
            id = library.id();
        }
        Files.writeString(folder.resolve(id), "a file where the library's folder goes");
        CliRun failed = CliRun.run(db, "sync", "--folder", folder.toString());
        assertEquals(1, failed.code(), failed.out());
        assertTrue(failed.err().endsWith(": a file of that name is in the way\n"), failed.err());

        assertNoFolderSet();
    }

    private void assertNoFolderSet() {
        CliRun none = CliRun.run(db, "sync");
        assertEquals(1, none.code());
        assertEquals(
                "reading-list: no sync folder is set for " + dir.resolve("rl.db")
                        + "; choose one with 'reading-list sync --folder DIR'\n",
                none.err());
    }
}
