package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Devices;
import dev.readinglist.library.Library;
import dev.readinglist.library.SyncScheduler;
import dev.readinglist.model.Device;
import dev.readinglist.model.SyncNews;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.main.SyncViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync in the window, without the toolkit: a real library, a real folder, the real scheduler. */
class SyncViewModelTest {

    static final SyncScheduler.Timing QUICK = new SyncScheduler.Timing(
            Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMinutes(5), Duration.ofSeconds(15));

    @TempDir
    Path dir;

    Library library;
    WindowModels window;
    SyncViewModel sync;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib").resolve("rl.db"));
        window = new WindowModels(Clock.systemUTC());
        sync = new SyncViewModel(window.background, window.connection, Clock.systemUTC(), window.dialogs, QUICK);
        window.open(library);
    }

    @AfterEach
    void close() {
        sync.close();
        library.close();
    }

    @Test
    void aFolderChosenSyncsAtOnceAfterEachChangeAndSaysSo() throws Exception {
        Path folder = syncingThrough(dir.resolve("Dropbox").resolve("reading-list"));
        assertTrue(sync.onProperty().get());
        assertTrue(
                sync.statusTextProperty().get().endsWith("· 1 device"),
                sync.statusTextProperty().get());
        assertEquals(List.of("Syncing through " + folder), window.dialogs.said());

        long before = segments(folder);
        window.main.setRead(List.of(window.rows().getFirst()), true);
        window.await(() -> segments(folder) > before);

        sync.turnOff();
        assertFalse(sync.onProperty().get());
        assertEquals("", sync.statusTextProperty().get());
        assertTrue(library.syncFolder().isEmpty());
    }

    @Test
    void aFolderSetByACommandLineHandedToTheWindowIsSyncedThroughAndTurnedOffSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Syncthing"));
        window.await(() -> true);
        // What reading-list sync --folder does on the window's library when the window has it open.
        library.setSyncFolder(folder);
        window.await(() -> sync.statusTextProperty().get().startsWith("Synced"));
        assertEquals(Optional.of(folder), sync.folder());
        assertEquals(List.of("Syncing through " + folder), window.dialogs.said());

        library.setSyncFolder(null);
        window.await(() -> !sync.onProperty().get());
        assertEquals("", sync.statusTextProperty().get());
    }

    @Test
    void aFolderThatGoesAwaySaysNotSyncedShortlyAndWhyInFull() throws Exception {
        Path folder = syncingThrough(dir.resolve("Sync").resolve("a-rather-long-folder-name-for-the-status-bar"));
        Files.move(folder, dir.resolve("Sync").resolve("moved"));

        sync.syncNow();
        window.await(() -> sync.statusTextProperty().get().startsWith("Not synced"));
        assertEquals("Not synced (hover for why)", sync.statusTextProperty().get());
        assertTrue(
                sync.detailTextProperty().get().contains(folder.toString()),
                sync.detailTextProperty().get());
    }

    @Test
    void aNoteEditedOnTwoDevicesAtOnceIsSaidToKeepBothTexts() throws Exception {
        Path folder = syncingThrough(dir.resolve("Sync").resolve("reading-list"));
        String id = "caching-strategies-production-guide";
        try (Library laptop = Library.openDeferringBackup(
                dir.resolve("laptop").resolve("rl.db"), Clock.systemUTC(), new Device("1a2b3c4d0000", "laptop"))) {
            laptop.sync(folder); // a new library: it joins the window's
            laptop.setNote(id, "the laptop's thought");
            library.setNote(id, "the window's thought"); // neither has seen the other's
            window.await(() -> laptop.sync(folder).news().mergedNotes() == 1);
            sync.syncNow();
            window.await(() -> window.dialogs.said().stream()
                    .anyMatch(said -> said.startsWith("The note of “Caching Strategies:")
                            && said.endsWith("” keeps both devices' texts")));
            assertTrue(
                    library.note(id).orElseThrow().contains("--- kept from laptop"),
                    library.note(id).toString());
            // The notice shows the article, out of sight as it may be (the sixtieth walk had to find it).
            List<String> shown = new ArrayList<>();
            sync.showArticlesWith(shown::add);
            Dialogs.Action show = window.dialogs.lastAction().orElseThrow();
            assertEquals("Show", show.label());
            show.run().run();
            assertEquals(List.of(id), shown);
        }
        assertEquals("3 notes now keep both devices' texts: “Raft” and 2 others", SyncViewModel.mergedNotes(3, "Raft"));
    }

    /** Two devices of one name: their merged notes said "kept from vm" on each, and the sixtieth walk was lost. */
    @Test
    void anotherDeviceOfThisOnesNameIsSaidOnce() throws Exception {
        Path folder = syncingThrough(dir.resolve("Sync").resolve("reading-list"));
        String name = Devices.forUser().name();
        try (Library twin = Library.openDeferringBackup(
                dir.resolve("twin").resolve("rl.db"), Clock.systemUTC(), new Device("1a2b3c4d0000", name))) {
            twin.sync(folder);
            sync.syncNow();
            String said = SyncViewModel.namesake(name);
            window.await(() -> window.dialogs.said().contains(said));
            assertEquals("Another device here is also called “" + name + "”", said);
            assertEquals(
                    "Rename this one…",
                    window.dialogs.lastAction().orElseThrow().label());
            sync.syncNow();
            window.await(() -> window.dialogs.said().getLast().startsWith("Synced"));
            assertEquals(1, window.dialogs.said().stream().filter(said::equals).count(), "said once");
        }
    }

    /** The forty-ninth walk's delete, undone by a note edit it had not seen, came back said only as a change. */
    @Test
    void articlesDeletedHereThatCameBackAreNamed() {
        assertEquals(
                "“Raft” came back: its note was edited on another device",
                SyncViewModel.cameBack(new SyncNews(0, null, 1, "Raft", false, null, null)));
        assertEquals(
                "“Raft” came back: it was put back on another device",
                SyncViewModel.cameBack(new SyncNews(1, "Paxos", 1, "Raft", true, null, null)));
        assertEquals(
                "2 deleted articles came back from other devices: “Raft” and 1 other",
                SyncViewModel.cameBack(new SyncNews(0, null, 2, "Raft", false, null, null)));
    }

    @Test
    void aFolderThatHoldsTheLibraryIsRefusedWithWhy() {
        sync.useFolder(dir);
        assertFalse(sync.onProperty().get());
        assertTrue(
                window.dialogs.said().getFirst().startsWith("Sync was not set up: "),
                window.dialogs.said().toString());
        assertTrue(library.syncFolder().isEmpty());
    }

    /** The fifty-third walk, syncing already, chose a folder Reading List had made, and read "Sync was not set up". */
    @Test
    void aFolderRefusedWhileSyncingElsewhereSaysTheFolderWasNotChanged() throws Exception {
        Path folder = syncingThrough(dir.resolve("Sync"));
        sync.useFolder(dir);
        window.await(() ->
                window.dialogs.said().stream().anyMatch(said -> said.startsWith("The sync folder was not changed: ")));
        assertEquals(Optional.of(folder), library.syncFolder());
        assertTrue(sync.onProperty().get());
    }

    /** The fifty-second and fifty-third walks chose File > Sync now, and nothing showed that it had run. */
    @Test
    void aSyncAskedForSaysWhatItBrought() throws Exception {
        syncingThrough(dir.resolve("Sync"));
        sync.syncNow();
        window.await(() -> window.dialogs.said().contains("Synced: nothing new here"));
        // What another device's changes give: the window also syncs by itself when files arrive, unasked and unsaid.
        assertEquals("Synced: 1 article changed here", SyncViewModel.synced(1));
        assertEquals("Synced: 3 articles changed here", SyncViewModel.synced(3));
    }

    /** How many files the folder holds, wherever in it: a sync that shared something wrote one more. */
    private static long segments(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The window syncing through {@code folder}, made for it, once its first sync has ended. */
    private Path syncingThrough(Path folder) throws IOException {
        Files.createDirectories(folder);
        window.await(() -> true); // the scheduler is made on the worker: here, at once
        sync.useFolder(folder);
        window.await(() -> sync.statusTextProperty().get().startsWith("Synced"));
        return folder;
    }
}
