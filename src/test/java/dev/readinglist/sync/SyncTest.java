package dev.readinglist.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.Device;
import dev.readinglist.model.ImportUndo;
import dev.readinglist.model.ImportUndone;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.SyncNews;
import dev.readinglist.model.SyncReport;
import dev.readinglist.model.SyncStatus;
import dev.readinglist.platform.DataFolder;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
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
        assertEquals(1, first.shared(), "the one added: the bundled articles need no sending");

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

    /**
     * The eighty-second walk's new device was told that a note had been "edited on two devices at once: both texts
     * kept", of a merge made long before it joined: the library it joins is news to it, not its merges.
     */
    @Test
    void aDeviceThatJoinsIsNotToldOfNotesMergedBeforeIt() throws Exception {
        try (Library phone = Replicas.open(dir.resolve("phone/reading-list.db"), "phone")) {
            laptop.sync(folder);
            phone.sync(folder);
            laptop.setNote(CACHING, "laptop's thought");
            phone.setNote(CACHING, "phone's thought");
            laptop.sync(folder);
            assertEquals(1, phone.sync(folder).news().mergedNotes(), "a merge, as it happens, is news");

            SyncReport joined = desktop.sync(folder);
            assertTrue(joined.joined());
            assertEquals(0, joined.news().mergedNotes(), joined.toString());
            assertTrue(desktop.note(CACHING).orElseThrow().contains("--- kept from "), "the merged note came along");
        }
    }

    @Test
    void twoNewDevicesThatSyncBeforeEitherHasTheOthersFilesBecomeOneLibrary() throws Exception {
        // Each device's sync tool has not brought the other's files yet: two libraries, each alone.
        Path laptopCopy = folder;
        Path desktopCopy = Files.createDirectories(dir.resolve("Desktop Sync"));
        laptop.setNote(CACHING, "laptop's");
        laptop.sync(laptopCopy);
        desktop.setNote("rate-limiting-algorithms-production-guide", "desktop's");
        desktop.sync(desktopCopy);
        assertFalse(laptop.id().equals(desktop.id()));
        String laptopAlone = laptop.id();

        for (int round = 0; round < 3; round++) { // the sync tool catches up, both sync
            copyFolder(laptopCopy, desktopCopy);
            copyFolder(desktopCopy, laptopCopy);
            laptop.sync(laptopCopy);
            desktop.sync(desktopCopy);
            if (round == 0) {
                assertEquals(laptop.id(), desktop.id(), "the higher id joined the lower");
                Path joinerCopy = laptop.id().equals(laptopAlone) ? desktopCopy : laptopCopy;
                assertEquals(List.of(laptop.id()), libraries(joinerCopy), "the joining device's own old files went");
            }
        }
        assertEquals("laptop's", desktop.note(CACHING).orElseThrow());
        assertEquals(
                "desktop's",
                laptop.note("rate-limiting-algorithms-production-guide").orElseThrow());
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));
    }

    @Test
    void anImportTakenBackAfterASyncIsTakenBackOnTheOtherDeviceToo() throws Exception {
        laptop.setNote(CACHING, "My own note");
        laptop.sync(folder);
        desktop.sync(folder);
        Path file = dir.resolve("list.csv");
        Files.writeString(file, """
                url,title,status,tags,note
                https://coderssecret.com/blog/caching-strategies-production-guide,Caching,read,from-file,Their thought
                https://example.com/one,One,,,
                """);
        AtomicReference<ImportUndo> undo = new AtomicReference<>();
        laptop.importFile(file, done -> {}, () -> false, undo::set);
        laptop.sync(folder);
        desktop.sync(folder);
        assertEquals(32, desktop.search("", ReadStatus.ALL).size());
        assertTrue(desktop.article(CACHING).isRead());

        assertEquals(new ImportUndone(1, 1, 0), laptop.undoImport(undo.get()));
        laptop.sync(folder);
        desktop.sync(folder);
        assertEquals(31, desktop.search("", ReadStatus.ALL).size(), "the article it added is gone there too");
        Article caching = desktop.article(CACHING);
        assertFalse(caching.isRead());
        assertEquals(List.of(), caching.userTags());
        assertEquals("My own note", caching.note());
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));
    }

    @Test
    void articlesReceivedBySyncAreFoundBySearchAsTheyChange() {
        String ring = laptop.addArticle(
                "Ring hashing", "https://example.org/ring", "Consistent placement of keys.", List.of("hashing"));
        laptop.setNote(ring, "virtual nodes");
        laptop.markRead(List.of(CACHING)); // a catalog article's state merged in the same sync
        laptop.sync(folder);
        desktop.sync(folder);
        assertEquals(List.of(ring), ids(desktop.search("consistent", ReadStatus.ALL)));
        assertEquals(List.of(ring), ids(desktop.search("virtual", ReadStatus.ALL)));
        assertEquals(List.of(ring), ids(desktop.search("hashing", ReadStatus.ALL)));

        laptop.editArticle(ring, "Rendezvous hashing", "https://example.org/ring", "Highest random weight.", null);
        laptop.setNote(ring, "jump hash next");
        laptop.editTags(ring, List.of("placement"), List.of());
        laptop.sync(folder);
        desktop.sync(folder);
        assertEquals(List.of(), ids(desktop.search("consistent", ReadStatus.ALL)));
        assertEquals(List.of(), ids(desktop.search("virtual", ReadStatus.ALL)), "the old note is not found");
        assertEquals(List.of(ring), ids(desktop.search("rendezvous", ReadStatus.ALL)));
        assertEquals(List.of(ring), ids(desktop.search("jump", ReadStatus.ALL)));
        assertEquals(List.of(ring), ids(desktop.search("placement", ReadStatus.ALL)));

        laptop.deleteArticles(List.of(ring));
        laptop.sync(folder);
        desktop.sync(folder);
        assertEquals(List.of(), ids(desktop.search("rendezvous", ReadStatus.ALL)));
    }

    @Test
    void aNewSyncFolderGetsEverythingTheDeviceHad() throws Exception {
        String raft = laptop.addArticle("Raft", "https://raft.github.io/", "Consensus.", List.of("papers"));
        laptop.setNote(raft, "Read section 5.");
        laptop.setFavourite(CACHING, true);
        laptop.sync(folder);
        desktop.sync(folder);
        desktop.markRead(List.of(raft));
        desktop.sync(folder);
        laptop.sync(folder);

        Path second = Files.createDirectories(dir.resolve("Second"));
        laptop.sync(second);
        try (Library phone = Replicas.open(dir.resolve("phone/reading-list.db"), "phone")) {
            assertTrue(phone.sync(second).joined());
            Article copy = phone.article(raft);
            assertEquals("Read section 5.", copy.note());
            assertTrue(copy.isRead(), "what the laptop had merged from the desktop too");
            assertTrue(phone.article(CACHING).favourite());
            assertEquals(Replicas.export(laptop, dir), Replicas.export(phone, dir));
        }

        // The laptop's own folder deleted: its next sync writes everything again.
        Path own = second.resolve(laptop.id()).resolve(Replicas.device("laptop").id());
        try (Stream<Path> files = Files.walk(own)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
        laptop.sync(second);
        try (Library tablet = Replicas.open(dir.resolve("tablet/reading-list.db"), "tablet")) {
            tablet.sync(second);
            assertEquals(Replicas.export(laptop, dir), Replicas.export(tablet, dir));
        }
        assertFalse(laptop.sync(second).snapshot(), "only once");
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }

    private static List<String> libraries(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .toList();
        }
    }

    @Test
    void aDeleteThatHadNotSeenANoteEditIsUndoneByIt() {
        String raft = shared("Raft", "https://raft.github.io/");
        laptop.setNote(raft, "first thoughts");
        laptop.sync(folder);
        desktop.sync(folder);

        desktop.deleteArticle(raft); // had seen "first thoughts" only
        laptop.setNote(raft, "first thoughts, then section 5");
        desktop.sync(folder);
        assertEquals(SyncNews.NONE, laptop.sync(folder).news(), "the laptop never lost it");
        // Back on the desktop, said: the forty-ninth walk's came back as "1 article changed here".
        assertEquals(
                new SyncNews(0, null, 1, "Raft", false, null, null),
                desktop.sync(folder).news());

        assertEquals("first thoughts, then section 5", desktop.article(raft).note());
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));

        desktop.deleteArticle(raft); // has seen every note edit now
        syncBoth();
        assertFalse(exists(laptop, raft));
        assertFalse(exists(desktop, raft));
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));
    }

    /**
     * A note edit can arrive before the add it was made on (a third device's file first): the article then shows for
     * the first time once the add arrives, and is no article that came back.
     */
    @Test
    void anArticleWhoseNoteArrivedBeforeItsAddIsNotSaidToComeBack() throws Exception {
        String raft;
        try (Library phone = Replicas.open(dir.resolve("phone/reading-list.db"), "phone")) {
            syncBoth(); // one library
            phone.sync(folder);
            raft = laptop.addArticle("Raft", "https://raft.github.io/", "", List.of());
            laptop.sync(folder);
            phone.sync(folder);
            phone.setNote(raft, "from the phone");
            phone.sync(folder);
        }
        Path laptopFiles =
                folder.resolve(laptop.id()).resolve(Replicas.device("laptop").id());
        Path aside = Files.move(laptopFiles, dir.resolve("aside")); // the sync tool has not brought the add yet
        desktop.sync(folder);
        assertFalse(exists(desktop, raft));
        Files.move(aside, laptopFiles);
        SyncReport added = desktop.sync(folder);
        assertEquals("from the phone", desktop.article(raft).note());
        assertEquals(SyncNews.NONE, added.news());
    }

    /**
     * The forty-eighth walk: put back under a new id, the window went on writing to the old one, and typing after it
     * stayed unsaved. Put back, an article deleted on another device is undeleted among devices, with the window's
     * title, note, tags, read mark and star.
     */
    @Test
    void anArticleDeletedOnTheOtherDeviceIsPutBackUnderItsOwnIdOnBoth() {
        String raft = shared("Raft", "https://raft.github.io/");
        laptop.setNote(raft, "first thoughts");
        laptop.editTags(raft, List.of("papers"), List.of());
        syncBoth();
        Article shown = laptop.article(raft);
        desktop.deleteArticle(raft);
        syncBoth();
        assertFalse(exists(laptop, raft));

        Article edited = shown.withEdit("Raft, extended", shown.url(), "consensus", 12);
        assertEquals(raft, laptop.putBack(edited, "first thoughts, then section 5"));
        laptop.setFavourite(raft, true);
        laptop.setNote(raft, "first thoughts, then section 5 and 6"); // the window's next save finds it
        laptop.sync(folder);
        assertEquals(
                new SyncNews(0, null, 1, "Raft, extended", true, null, null),
                desktop.sync(folder).news());

        for (Library device : List.of(laptop, desktop)) {
            syncBoth();
            Article back = device.article(raft);
            assertEquals("Raft, extended", back.title());
            assertEquals("consensus", back.summary());
            assertEquals(12, back.readingMinutes());
            assertEquals("first thoughts, then section 5 and 6", back.note());
            assertEquals(List.of("papers"), back.userTags());
            assertTrue(back.favourite());
        }
        assertEquals(
                List.of(raft),
                laptop.search("", ReadStatus.ALL).stream()
                        .filter(article -> article.url().startsWith("https://raft."))
                        .map(Article::id)
                        .toList(),
                "once, not beside a copy");
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));
    }

    /** The command line beside the window deletes on the same device: put back, it has its id, and so has the other. */
    @Test
    void anArticleDeletedOnThisDeviceIsPutBackUnderItsOwnIdWithTagsTakenOff() {
        String raft = shared("Raft", "https://raft.github.io/");
        laptop.editTags(raft, List.of("papers", "later"), List.of());
        laptop.markRead(List.of(raft));
        syncBoth();
        Article shown = laptop.article(raft);
        laptop.deleteArticle(raft);
        syncBoth();

        Article untagged = new Article(
                shown.id(),
                shown.title(),
                shown.summary(),
                shown.url(),
                shown.published(),
                shown.readingMinutes(),
                shown.catalogTags(),
                List.of("papers"),
                null,
                null,
                null,
                shown.addedAt(),
                false);
        assertEquals(raft, laptop.putBack(untagged, "typed while it went"));
        syncBoth();
        for (Library device : List.of(laptop, desktop)) {
            Article back = device.article(raft);
            assertEquals(List.of("papers"), back.userTags());
            assertFalse(back.isRead());
            assertEquals("typed while it went", back.note());
        }
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));
    }

    /**
     * The forty-ninth walk deleted an article and imported it again from the command line: the next sync renamed it
     * (its deleted state kept the id), and the window, showing the id it was imported with, took it for deleted.
     */
    @Test
    void anArticleImportedAgainAfterItsDeleteKeepsTheIdItWasImportedWith() throws Exception {
        laptopWithRisingIds();
        String raft = shared("Raft", "https://raft.github.io/");
        laptop.deleteArticle(raft);
        syncBoth();
        Path csv = dir.resolve("again.csv");
        Files.writeString(csv, "title,url\nRaft,https://raft.github.io/\n");
        laptop.importFile(csv, null, false);
        String again = idOf(laptop, "https://raft.github.io/");

        SyncReport report = laptop.sync(folder);
        assertEquals(0, report.changed(), "nothing here was renamed: " + report);
        syncBoth();
        assertEquals(again, idOf(laptop, "https://raft.github.io/"));
        assertEquals(again, idOf(desktop, "https://raft.github.io/"));
    }

    /** A row whose id a deleted article's state holds (the sqlite3 shell's) is renamed by its share, and said to be. */
    @Test
    void aRowRenamedByItsShareCountsAsChangedForTheWindowsList() throws Exception {
        laptopWithRisingIds();
        String raft = shared("Raft", "https://raft.github.io/");
        laptop.deleteArticle(raft);
        laptop.sync(folder);
        try (Connection shell = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("laptop/reading-list.db"));
                Statement sql = shell.createStatement()) {
            sql.execute("INSERT INTO article (slug, title, summary, url, url_key, source, added_at)"
                    + " VALUES ('" + raft + "', 'Raft', '', 'https://raft.github.io/', 'raft.github.io/', 'shell',"
                    + " '2026-12-06T00:00:00Z')");
        }
        SyncReport report = laptop.sync(folder);
        assertNotEquals(raft, idOf(laptop, "https://raft.github.io/"), "the deleted article's state keeps its id");
        assertEquals(1, report.changed(), "the window's list hears of the new id: " + report);
    }

    @Test
    void aNoteWrittenBeforeTheFirstSyncKeepsTheTimeItWasWritten() {
        laptop.close();
        // A day passes with every reading of the clock: the sync is days after the note.
        laptop = Replicas.open(
                dir.resolve("laptop/reading-list.db"),
                "laptop",
                new TickingClock(Instant.parse("2026-11-01T10:00:00Z"), Duration.ofDays(1)),
                null);
        laptop.setNote(CACHING, "written in November");
        Instant written = laptop.article(CACHING).noteUpdatedAt();
        syncBoth();
        assertEquals(written, laptop.article(CACHING).noteUpdatedAt(), "the seventh walk: it took the sync's time");
        assertEquals(written, desktop.article(CACHING).noteUpdatedAt());
        assertEquals("written in November", desktop.note(CACHING).orElseThrow());
    }

    /**
     * The same text saved on two devices is no conflict: after a restore, the sixty-fourth walk's note held its own text
     * twice, under "kept from vm", and the other device was told the note had been edited on both.
     */
    @Test
    void theSameNoteSavedOnTwoDevicesIsKeptOnce() {
        String raft = shared("Raft", "https://raft.github.io/");
        laptop.setNote(raft, "Read the log chapter first.");
        desktop.setNote(raft, "Read the log chapter first.\n");
        laptop.sync(folder);
        assertEquals(0, desktop.sync(folder).news().mergedNotes(), "nothing to keep");
        assertEquals(0, laptop.sync(folder).news().mergedNotes());
        // Whichever edit is the newer, the note is that one text, with no line naming a device.
        assertEquals(
                "Read the log chapter first.", laptop.note(raft).orElseThrow().strip());
        assertEquals(laptop.note(raft), desktop.note(raft));
    }

    @Test
    void concurrentNoteEditsAreBothKeptUnderALineNamingTheOtherDevice() throws Exception {
        String raft = shared("Raft", "https://raft.github.io/");
        laptop.setNote(raft, "laptop's thought");
        Thread.sleep(5); // a later wall clock: the desktop's edit wins
        desktop.setNote(raft, "desktop's thought");
        assertEquals(0, laptop.sync(folder).news().mergedNotes(), "nothing to merge yet");
        SyncReport both = desktop.sync(folder);
        assertEquals(1, both.news().mergedNotes(), "the desktop's note now keeps the laptop's text");
        assertEquals("Raft", both.news().mergedNoteTitle());
        assertEquals(1, laptop.sync(folder).news().mergedNotes(), "and the laptop's the desktop's");

        String merged = laptop.note(raft).orElseThrow();
        assertEquals(merged, desktop.note(raft).orElseThrow());
        assertTrue(
                merged.matches(
                        "desktop's thought\n\n--- kept from laptop, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d ---\nlaptop's thought"),
                merged);
        SyncReport again = laptop.sync(folder);
        assertEquals(0, again.sent() + again.received() + again.changed(), "merging wrote nothing: " + again);
        assertEquals(0, again.news().mergedNotes(), "a merged note is counted once");

        desktop.setNote(raft, "reconciled"); // an edit of the merged note replaces both
        syncBoth();
        assertEquals("reconciled", laptop.note(raft).orElseThrow());
    }

    /** The fifty-third walk's two devices were both "vm": "kept from vm" on each said nothing. */
    @Test
    void aKeptTextFromADeviceNamedAsAnotherIsNamedByItsIdToo() {
        laptop.close();
        desktop.close();
        // The desktop's clock a minute ahead: its edit is the newer, with no wait.
        Instant now = Instant.now();
        laptop = Library.openDeferringBackup(
                dir.resolve("laptop/reading-list.db"), Clock.fixed(now, ZoneOffset.UTC), new Device("a1a1a1", "vm"));
        desktop = Library.openDeferringBackup(
                dir.resolve("desktop/reading-list.db"),
                Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC),
                new Device("b2b2b2", "vm"));
        String raft = shared("Raft", "https://raft.github.io/");
        laptop.setNote(raft, "laptop's thought");
        desktop.setNote(raft, "desktop's thought");
        syncBoth();
        syncBoth();
        String merged = laptop.note(raft).orElseThrow();
        assertEquals(merged, desktop.note(raft).orElseThrow());
        assertTrue(merged.startsWith("desktop's thought\n\n--- kept from vm (a1a1a1), "), merged);
    }

    @Test
    void aTagRemovedOnOneDeviceWhileAddedAgainOnTheOtherStays() {
        String raft = laptop.addArticle("Raft", "https://raft.github.io/", "", List.of("papers"));
        syncBoth();
        desktop.editTags(raft, List.of(), List.of("papers")); // removes the add it has seen
        laptop.editTags(raft, List.of(), List.of("papers"));
        laptop.editTags(raft, List.of("Papers"), List.of()); // an add the desktop has not seen
        syncBoth();
        assertEquals(List.of("Papers"), desktop.article(raft).userTags());
        assertEquals(List.of("Papers"), laptop.article(raft).userTags());

        desktop.editTags(raft, List.of(), List.of("papers"));
        syncBoth();
        assertEquals(List.of(), laptop.article(raft).userTags());
    }

    @Test
    void editsOfDifferentFieldsBothStayAndTheLaterEditOfAFieldWins() throws Exception {
        String raft = shared("Raft", "https://raft.github.io/");
        laptop.setFavourite(raft, true);
        syncBoth();
        laptop.editArticle(raft, "Raft, the paper", "https://raft.github.io/", "", null);
        desktop.setFavourite(raft, false);
        Thread.sleep(5);
        laptop.setFavourite(raft, false);
        laptop.setFavourite(raft, true);
        desktop.editArticle(raft, "Raft", "https://raft.github.io/", "Understandable consensus.", 12);
        syncBoth();

        Article merged = laptop.article(raft);
        assertEquals("Raft, the paper", merged.title(), "the desktop did not change the title");
        assertEquals("Understandable consensus.", merged.summary());
        assertEquals(12, merged.readingMinutes());
        assertTrue(merged.favourite(), "the later star wins");
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));
    }

    @Test
    void twoDevicesThatImportTheSamePocketFileHaveEachArticleOnce() throws Exception {
        Path pocket = dir.resolve("pocket.csv");
        try (InputStream in = getClass().getResourceAsStream("/imports/pocket.csv")) {
            Files.copy(in, pocket);
        }
        laptop.importFile(pocket, null, false);
        desktop.importFile(pocket, null, false);
        desktop.setNote(desktop.search("", ReadStatus.ALL).getFirst().id(), "noted on the desktop");
        int articles = laptop.search("", ReadStatus.ALL).size();

        syncBoth();
        assertEquals(articles, laptop.search("", ReadStatus.ALL).size());
        assertEquals(articles, desktop.search("", ReadStatus.ALL).size());
        assertEquals(List.of(), laptop.check().sharedLinks());
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));
        assertTrue(Replicas.export(laptop, dir).contains("noted on the desktop"));
    }

    @Test
    void aBigLibraryJoiningASmallOneWithSomeOfItsLinksAndTitlesHasEachArticleOnce() throws Exception {
        // Over 10,000 articles into a library of a few hundred: the merge fills the tables in bulk.
        laptop.importFile(pocket("laptop.csv", 0, 10_100, "Laptop"), null, false);
        List<String> dropped = laptop.search("", ReadStatus.ALL).stream()
                .filter(article -> article.url().matches("https://example.com/100[0-4][0-9]"))
                .map(Article::id)
                .toList();
        laptop.deleteArticles(dropped);
        // 100 of the laptop's links under other titles, 50 of them deleted there; 200 links of its own.
        desktop.importFile(pocket("desktop.csv", 10_000, 300, "Desktop"), null, false);

        syncBoth();

        int articles = 31 + 10_100 - dropped.size() + 200 + dropped.size();
        assertEquals(50, dropped.size());
        assertEquals(articles, laptop.search("", ReadStatus.ALL).size());
        assertEquals(articles, desktop.search("", ReadStatus.ALL).size());
        assertEquals(List.of(), desktop.check().sharedLinks());
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));
    }

    @Test
    void aFileStillArrivingWaitsAndAConflictedCopyIsOnlyMoreOperations() throws Exception {
        laptop.setNote(CACHING, "from the laptop");
        laptop.sync(folder);
        // The desktop's copy of the folder, which its sync tool has half written so far.
        Path elsewhere = Files.createDirectories(dir.resolve("Desktop Sync"));
        Path segment = copyFolder(folder, elsewhere).stream()
                .filter(file -> file.getFileName().toString().startsWith("ops-"))
                .findFirst()
                .orElseThrow();
        byte[] whole = Files.readAllBytes(segment);
        Files.write(segment, Arrays.copyOf(whole, whole.length / 2));

        SyncReport early = desktop.sync(elsewhere);
        assertEquals(1, early.incomplete().size(), early.toString());
        assertTrue(desktop.note(CACHING).isEmpty());

        Files.write(segment, whole);
        SyncReport complete = desktop.sync(elsewhere);
        assertEquals(List.of(), complete.incomplete());
        assertEquals("from the laptop", desktop.note(CACHING).orElseThrow());

        laptop.markRead(List.of(CACHING));
        laptop.sync(folder);
        Path newest = newestSegment(
                folder.resolve(laptop.id()).resolve(Replicas.device("laptop").id()));
        String stem = newest.getFileName().toString().replace(".jsonl", "");
        Files.copy(newest, segment.resolveSibling(stem + ".sync-conflict-20261201-120000-ABCDEFG.jsonl"));
        desktop.sync(elsewhere);
        assertTrue(desktop.article(CACHING).isRead());
        Files.copy(newest, segment.resolveSibling(newest.getFileName())); // the same operations, again
        assertEquals(0, desktop.sync(elsewhere).changed());
    }

    @Test
    void aLibraryInsideTheSyncFolderIsRefusedWithWhereItShouldLive() throws Exception {
        try (Library inside = Replicas.open(folder.resolve("reading-list.db"), "laptop")) {
            ReadingListException e = assertThrows(ReadingListException.class, () -> inside.sync(folder));
            assertTrue(e.getMessage().contains("the library file is inside the sync folder"), e.getMessage());
            assertTrue(e.getMessage().contains(DataFolder.folder().toString()), e.getMessage());
            assertThrows(ReadingListException.class, () -> inside.setSyncFolder(folder));
            assertFalse(Files.exists(folder.resolve(inside.id())), "nothing was written");
        }
    }

    @Test
    void whatThisDeviceWritesIsTheOwnersOnlyAndItWritesOnlyInItsOwnFolder() throws Exception {
        laptop.setNote(CACHING, "private");
        laptop.sync(folder);
        Path library = folder.resolve(laptop.id());
        Path own = library.resolve(Replicas.device("laptop").id());
        try (Stream<Path> written = Files.walk(folder)) {
            for (Path each : written.filter(path -> !path.equals(folder)).toList()) {
                assertTrue(each.startsWith(own) || each.equals(library), each.toString());
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(each));
                    assertEquals(Files.isDirectory(each) ? "rwx------" : "rw-------", mode, each.toString());
                }
            }
        }
    }

    @Test
    void theStatusNamesEachDeviceWhenItLastWroteAndWhatIsPending() {
        laptop.setNote(CACHING, "status");
        laptop.sync(folder);
        desktop.setFavourite(CACHING, true);
        desktop.sync(folder);
        laptop.markRead(List.of(CACHING));

        SyncStatus status = laptop.syncStatus(folder);
        assertEquals(
                List.of("laptop", "desktop"),
                status.devices().stream().map(SyncStatus.DeviceActivity::name).toList());
        assertTrue(status.devices().stream().allMatch(device -> device.lastWrote() != null));
        assertEquals(1, status.pending(), "the read mark");
        assertEquals(1, status.devices().get(1).waiting(), "the desktop's segment, not merged here yet");
    }

    @Test
    void aSnapshotLetsANewDeviceStartWithoutEveryOperationAndOldSegmentsGo() throws Exception {
        String raft = laptop.addArticle("Raft", "https://raft.github.io/", "", List.of("papers"));
        Path own = folder.resolve(laptop.id()).resolve(Replicas.device("laptop").id());
        SyncReport last = null;
        for (int i = 0; i < 101 && (last == null || !last.snapshot()); i++) {
            laptop.setNote(raft, "edit " + i);
            last = laptop.sync(folder);
        }
        assertTrue(last.snapshot(), "a snapshot after 100 segments");
        // A month and more later, the segments the snapshot holds are dropped at the next snapshot.
        try (Stream<Path> files = Files.list(own)) {
            for (Path segment : files.filter(
                            file -> file.getFileName().toString().startsWith("ops-"))
                    .toList()) {
                Files.setLastModifiedTime(segment, FileTime.from(Instant.now().minus(Duration.ofDays(40))));
            }
        }
        for (int i = 0; i < 101 && !(last = noteAndSync(raft, i)).snapshot(); i++) {
            // the second hundred
        }
        assertTrue(last.snapshot());
        long segments;
        try (Stream<Path> files = Files.list(own)) {
            segments = files.filter(file -> file.getFileName().toString().startsWith("ops-"))
                    .count();
        }
        assertTrue(segments <= 101, segments + " segments left: the first hundred were dropped");

        SyncReport joined = desktop.sync(folder);
        assertTrue(joined.received() < 100, "started from the snapshot, not " + joined.received() + " operations");
        assertEquals(laptop.note(raft), desktop.note(raft));
        assertEquals(Replicas.export(laptop, dir), Replicas.export(desktop, dir));
        assertEquals(0, laptop.sync(folder).received(), "the desktop's snapshot-free sync sent nothing new");
    }

    private SyncReport noteAndSync(String id, int i) {
        laptop.setNote(id, "second round " + i);
        return laptop.sync(folder);
    }

    private static List<Path> copyFolder(Path from, Path to) throws Exception {
        List<Path> copied = new ArrayList<>();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path each : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(each));
                Files.createDirectories(target.getParent());
                copied.add(Files.copy(each, target, StandardCopyOption.REPLACE_EXISTING));
            }
        }
        return copied;
    }

    private static Path newestSegment(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("ops-"))
                    .max(Comparator.comparing(Path::getFileName))
                    .orElseThrow();
        }
    }

    /**
     * A Pocket export of links {@code from} on; titles repeat every 3,000 links, so slugs are
     * claimed twice, and each device's own word makes the same link's title differ between devices.
     */
    private Path pocket(String name, int from, int count, String word) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("title,url,time_added,tags,status");
        for (int i = from; i < from + count; i++) {
            lines.add(word + " article " + (i % 3_000) + ",https://example.com/" + i + "," + (1_600_000_000L + i)
                    + ",topic" + (i % 7) + "," + (i % 5 == 0 ? "archive" : "unread"));
        }
        return Files.write(dir.resolve(name), lines);
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

    /** The laptop, its ids among devices rising: an article's deleted state, made first, keeps its id over a later add. */
    private void laptopWithRisingIds() {
        laptop.close();
        RandomGenerator rising = new RandomGenerator() {
            private long next;

            @Override
            public long nextLong() {
                return ++next;
            }
        };
        laptop = Replicas.open(dir.resolve("laptop/reading-list.db"), "laptop", Clock.systemUTC(), rising);
    }

    private static String idOf(Library library, String url) {
        List<String> ids = library.search("", ReadStatus.ALL).stream()
                .filter(article -> article.url().equals(url))
                .map(Article::id)
                .toList();
        assertEquals(1, ids.size(), ids.toString());
        return ids.getFirst();
    }

    private static boolean exists(Library library, String id) {
        return library.search("", ReadStatus.ALL).stream()
                .anyMatch(article -> article.id().equals(id));
    }
}
