package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readinglist.ReadOnlyFile;
import dev.readinglist.library.Library;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.safety.IndexDamage;
import dev.readinglist.safety.PageDamage;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.FxBackground;
import dev.readinglist.ui.details.DetailViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window meets a damaged file, a change made by the CLI, and a stop signal. */
@ExtendWith(ApplicationExtension.class)
class RecoveryWindowTest {

    static final String ID = "caching-strategies-production-guide";

    @TempDir
    static Path shared;

    Path db;
    Stage stage;
    FxBackground background;
    MainWindow window;

    @Start
    void start(Stage stage) {
        RestingPulse.install(); // as the app runs: the window must wake for all it does
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.release(new KeyCode[0]);
        if (window != null) {
            WaitForAsyncUtils.asyncFx(() -> window.quit()).get(10, TimeUnit.SECONDS);
        }
        background.close();
    }

    private void openWindow(FxRobot robot, Path file) {
        openWindow(robot, file, null);
    }

    /** Opens the window on {@code file}; its open dialog answers {@code chosen}. */
    private void openWindow(FxRobot robot, Path file, Path chosen) {
        db = file;
        background = new FxBackground();
        AppContext context = QuietContext.opening(db, background, chosen);
        robot.interact(
                () -> window = MainWindow.open(stage, context, SettingsFile.forUser(context.settingsFolder()), null));
    }

    @Test
    void aDamagedFileCanBeSetAsideForANewList(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(shared, "new");
        Path file = dir.resolve("reading-list.db");
        byte[] noise = new byte[20_000];
        new Random(5).nextBytes(noise);
        Files.write(file, noise);

        openWindow(robot, file);
        waitFor(() -> robot.lookup("Start a new list").tryQuery().isPresent());
        robot.clickOn("Start a new list");
        waitFor(() -> table(robot).getItems().size() == 31);
        // Said, where the seventy-second walk's new list came without a word.
        waitFor(() -> robot.lookup((Label l) -> l.getText()
                        .startsWith("Started a new list.\n\nNothing of the damaged file could be read, so the list"
                                + " holds only the catalog."))
                .tryQuery()
                .isPresent());
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("reading-list.db.damaged-"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(Arrays.equals(noise, Files.readAllBytes(aside)), "the damaged file is kept as it was");
        }
    }

    /**
     * The eighty-fifth walk's library on a read-only disk showed an empty list beside "Select an article": it shows,
     * its notes too, and says it cannot be written, in its title for as long as it is open.
     */
    @Test
    void aLibraryThatCannotBeWrittenShowsItsNotesAndSaysSo(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory(shared, "readonly").resolve("rl.db");
        try (Library library = Library.open(file)) {
            library.setNote(ID, "kept on a read-only disk");
        }
        Optional<ReadOnlyFile> readOnly = ReadOnlyFile.of(file);
        assumeTrue(readOnly.isPresent(), "this file system cannot make a file read-only for this user");
        try (ReadOnlyFile unwritable = readOnly.get()) {
            openWindow(robot, file);
            waitFor(() -> table(robot).getItems().size() == 31);
            waitFor(() -> robot.lookup((Label l) -> l.getText()
                            .equals("“rl.db” cannot be written (a read-only disk?): you can read, search and export it,"
                                    + " not change it"))
                    .tryQuery()
                    .isPresent());
            assertEquals("rl.db — Reading List (read-only)", stage.getTitle());
            robot.interact(() -> table(robot).getSelectionModel().select(row(robot, ID)));
            waitFor(() -> robot.lookup((TextArea note) -> "kept on a read-only disk".equals(note.getText()))
                    .tryQuery()
                    .isPresent());
            TextArea note = robot.lookup((TextArea t) -> "kept on a read-only disk".equals(t.getText()))
                    .queryAs(TextArea.class);
            assertFalse(note.isEditable(), "a note typed here could not be saved");
            assertTrue(menuItem(robot, "_Import…").isDisable(), "an import could not be saved");
            assertTrue(menuItem(robot, "_Add article…").isDisable());
            assertTrue(menuItem(robot, "_Back up now").isDisable(), "its backups folder is beside it");
            // Greyed, where the eighty-sixth walk's looked editable: a click was refused, a key dropped.
            assertTrue(robot.lookup((CheckBox read) -> "Read".equals(read.getText()))
                    .queryAs(CheckBox.class)
                    .isDisabled());
            assertTrue(robot.lookup((TextField tags) ->
                            tags.getPromptText() != null && tags.getPromptText().startsWith("Add your own tag"))
                    .queryAs(TextField.class)
                    .isDisabled());
            assertFalse(menuItem(robot, "_Export…").isDisable(), "what it holds can be taken elsewhere");
        }
    }

    /** The ninth walk opened a Pocket CSV as the library: the window called it damaged, and Enter renamed it. */
    @Test
    void aCsvOpenedAsTheLibraryIsNamedAndNeverSetAside(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(shared, "csv");
        Path file = dir.resolve("mylist.csv");
        Files.writeString(file, "title,url,time_added,tags,status\nRaft,https://example.com/raft,1700000000,,unread\n");
        byte[] before = Files.readAllBytes(file);

        openWindow(robot, file);
        waitFor(() -> robot.lookup((Label l) -> l.getText().contains("is not a Reading List library but a CSV file"))
                .tryQuery()
                .isPresent());
        assertTrue(robot.lookup("Start a new list").tryQuery().isEmpty(), "no damaged-file dialog");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "nothing set aside, nothing made beside it");
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDamagedFileCanBeReplacedByItsNewestBackup(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(shared, "restore");
        Path file = dir.resolve("reading-list.db");
        try (Library library = Library.open(file)) {
            library.setNote(ID, "from the backup");
            library.backup(null);
        }
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});
        Files.deleteIfExists(file.resolveSibling("reading-list.db-wal"));

        openWindow(robot, file);
        waitFor(() -> robot.lookup((Button b) -> b.getText().startsWith("Restore the backup of"))
                .tryQuery()
                .isPresent());
        robot.clickOn((Button b) -> b.getText().startsWith("Restore the backup of"));
        assertTrue(Files.exists(file), "nothing moves before the user confirms");
        waitFor(() -> robot.lookup((Button b) -> b.getText().equals("Restore"))
                .tryQuery()
                .isPresent());
        robot.clickOn((Button b) -> b.getText().equals("Restore"));
        waitFor(() -> table(robot).getItems().size() == 31);
        assertEquals("from the backup", row(robot, ID).noteProperty().get());
        waitFor(() -> robot.lookup((Label l) -> l.getText().contains("reading-list.db.before-restore"))
                .tryQuery()
                .isPresent());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(
                    files.anyMatch(p -> p.getFileName().toString().startsWith("reading-list.db.before-restore-")),
                    "the damaged file is kept, under a name of its own");
        }
    }

    /**
     * A bad sector after the day's backup: the backup alone loses every note written since. The window's restore
     * reads what it can of the damaged file and adds it back: the note written since comes back whole.
     */
    @Test
    void aRestoreBringsBackWhatTheDamagedFileStillHolds(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(shared, "rescue");
        Path file = dir.resolve("reading-list.db");
        String other = "apache-thrift-cross-language-rpc";
        try (Library library = Library.open(file)) {
            library.setNote(ID, "from the backup");
            library.backup(null);
            library.setNote(ID, "from the backup\nand a line written since");
            library.setNote(other, "only since the backup");
        }
        PageDamage.overwriteAnArticlePage(file);

        openWindow(robot, file);
        waitFor(() -> robot.lookup((Button b) -> b.getText().startsWith("Restore the backup of"))
                .tryQuery()
                .isPresent());
        // Behind the dialog, the window's words: the command line's ways out were the list's placeholder.
        assertTrue(robot.lookup((Label l) -> l.getText()
                        .matches("reading-list\\.db is damaged \\(page \\d+ of it cannot be read\\); nothing in it"
                                + " was changed\\."))
                .tryQuery()
                .isPresent());
        assertTrue(robot.lookup((Label l) -> l.getText().contains("reading-list rescue"))
                .tryQuery()
                .isEmpty());
        robot.clickOn((Button b) -> b.getText().startsWith("Restore the backup of"));
        waitFor(() -> robot.lookup((Button b) -> b.getText().equals("Restore"))
                .tryQuery()
                .isPresent());
        assertTrue(robot.lookup((Label l) -> l.getText().startsWith("What can still be read of the damaged file is"))
                .tryQuery()
                .isPresent());
        robot.clickOn((Button b) -> b.getText().equals("Restore"));
        waitFor(() -> robot.lookup((Label l) -> l.getText().contains("From the damaged file, 2 notes"))
                .tryQuery()
                .isPresent());
        waitFor(() ->
                "only since the backup".equals(row(robot, other).noteProperty().get()));
        assertEquals(
                "from the backup\nand a line written since",
                row(robot, ID).noteProperty().get());
        assertEquals(31, table(robot).getItems().size());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(
                    files.anyMatch(p -> p.getFileName().toString().matches("reading-list\\.db\\.rescued-.*\\.json")
                            && ownerOnly(p)),
                    "what was read is kept as a file too, the owner's alone as the library is");
        }
    }

    /** A new list started in place of a damaged library begins with what can still be read of it. */
    @Test
    void aNewListStartsWithWhatTheDamagedFileStillHolds(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(shared, "anew");
        String[] added = new String[1];
        Path file = dir.resolve("reading-list.db");
        try (Library library = Library.open(file)) {
            library.setNote(ID, "kept through the damage");
            library.markRead(List.of(ID));
            added[0] = library.addArticle(
                    "My own find", "https://example.com/my-own-find", "My own summary", 7, List.of());
        }
        PageDamage.overwriteAnArticlePage(file);

        openWindow(robot, file);
        waitFor(() -> robot.lookup("Start a new list").tryQuery().isPresent());
        robot.clickOn("Start a new list");
        waitFor(() -> robot.lookup(
                        (Label l) -> l.getText().startsWith("Started a new list.\n\nFrom the damaged file, "))
                .tryQuery()
                .isPresent());
        String said = robot.lookup((Label l) -> l.getText().startsWith("Started a new list.\n\nFrom"))
                .queryAs(Label.class)
                .getText();
        assertTrue(
                said.startsWith("Started a new list.\n\nFrom the damaged file, 1 note, 1 article and 1 read mark"
                        + " came back."),
                said);
        waitFor(() ->
                "kept through the damage".equals(row(robot, ID).noteProperty().get()));
        assertTrue(row(robot, ID).readProperty().get());
        // The seventy-second walk's article added by hand lost its summary and reading time: the rescue keeps them.
        Library restarted = window.connection().get();
        assertEquals("My own summary", restarted.article(added[0]).summary());
        assertEquals(Integer.valueOf(7), restarted.article(added[0]).readingMinutes());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("reading-list.db.damaged-")));
        }
    }

    @Test
    void theFileARestoreKeptIsOfferedAndRestoringItUndoesTheRestore(FxRobot robot) throws Exception {
        Path file = withBackup("undo-restore", "in the backup", "written after the backup");
        Path saved = file.resolveSibling("saved.db");
        Library.restore(file, saved);

        openWindow(robot, file);
        waitFor(() -> table(robot).getItems().size() == 31);
        assertEquals("in the backup", row(robot, ID).noteProperty().get());
        fire(robot, "_Restore a backup…");
        waitFor(() -> robot.lookup(".dialog-pane .combo-box").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Object> offered = robot.lookup(".dialog-pane .combo-box").queryAs(ComboBox.class);
        Object kept = offered.getItems().stream()
                .filter(choice -> choice.toString().contains("  ·  before a restore  ·  "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not offered: " + offered.getItems()));
        // What made it before what it holds: a narrow window cuts the line's end (the ninth walk read "Bac…").
        assertTrue(kept.toString().endsWith("  ·  before a restore  ·  31 articles, 0 read, 1 note"), kept.toString());
        assertTrue(robot.lookup((Label l) -> l.getText()
                        .startsWith("One is taken when you open the library and its newest backup is a day old,"
                                + " and one each time you choose Back up now; the last 7 of each are kept. A restore"
                                + " keeps the library it replaced, listed as “before a restore”: restoring that"
                                + " undoes it."))
                .tryQuery()
                .isPresent());
        robot.interact(() -> offered.setValue(kept));
        robot.clickOn((Button b) -> b.getText().equals("Restore…"));
        waitFor(() -> robot.lookup((Button b) -> b.getText().equals("Restore"))
                .tryQuery()
                .isPresent());
        assertTrue(
                robot.lookup((Label l) -> l.getText().startsWith("It holds 31 articles, 0 read, 1 note. The library"))
                        .tryQuery()
                        .isPresent());
        robot.clickOn((Button b) -> b.getText().equals("Restore"));
        waitFor(() -> table(robot).getItems().size() == 31
                && "written after the backup"
                        .equals(row(robot, ID).noteProperty().get()));
        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("The library as it was before is kept as"))
                .tryQuery()
                .isPresent());
        assertEquals(2, Library.keptBeforeRestore(file).size(), "undoing the restore kept what it replaced too");
    }

    @Test
    void aBackupFileKeptElsewhereIsRestoredFromTheFileMenu(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(shared, "from-file");
        Path file = dir.resolve("reading-list.db");
        Path saved = Files.createDirectories(dir.resolve("usb")).resolve("saved.db");
        try (Library library = Library.open(file)) {
            library.setNote(ID, "in the backup");
            library.backup(saved);
            library.setNote(ID, "written after the backup");
        }
        openWindow(robot, file, saved);
        waitFor(() -> table(robot).getItems().size() == 31);
        fire(robot, "Restore from a _file…");
        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("It holds 31 articles, 0 read, 1 note."))
                .tryQuery()
                .isPresent());
        assertTrue(
                robot.lookup("Restore the library from “saved.db”?").tryQuery().isPresent());
        robot.clickOn((Button b) -> b.getText().equals("Restore"));
        waitFor(() -> "in the backup".equals(row(robot, ID).noteProperty().get()));
        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("The library as it was before is kept as"))
                .tryQuery()
                .isPresent());
        assertTrue(Files.exists(saved), "the file restored from stays where it was");
    }

    /**
     * The sixty-eighth walk was asked to confirm a restore of a damaged backup ("It holds 31 articles…"), and refused
     * only after it had said yes: the file is checked first, and the question is never asked of a file that fails.
     */
    @Test
    void aBackupThatFailsItsCheckIsRefusedBeforeTheRestoreIsOffered(FxRobot robot) throws Exception {
        Path file = withBackup("damaged-backup", "in the library", "in the library");
        Path saved = file.resolveSibling("saved.db");
        IndexDamage.loseAnIndexEntry(saved);
        openWindow(robot, file, saved);
        waitFor(() -> table(robot).getItems().size() == 31);
        fire(robot, "Restore from a _file…");
        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith(saved + " failed its check"))
                .tryQuery()
                .isPresent());
        assertTrue(robot.lookup("The library was not restored").tryQuery().isPresent());
        assertTrue(
                robot.lookup((Button b) -> b.getText().equals("Restore"))
                        .tryQuery()
                        .isEmpty(),
                "no restore offered");
        robot.type(KeyCode.ENTER);
        assertEquals("in the library", row(robot, ID).noteProperty().get());
    }

    /** The forty-seventh walk restored a synced library, was told it was done, and its next sync brought all back. */
    @Test
    void aSyncedLibrarysRestoreSaysThatItsNextSyncBringsTheChangesBack(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(shared, "synced");
        Path file = dir.resolve("reading-list.db");
        Path saved = dir.resolve("saved.db");
        try (Library library = Library.open(file)) {
            library.backup(saved);
            library.setSyncFolder(Files.createDirectories(dir.resolve("sync")));
        }
        openWindow(robot, file, saved);
        waitFor(() -> table(robot).getItems().size() == 31);
        fire(robot, "Restore from a _file…");
        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("It holds 31 articles")
                        && l.getText()
                                .endsWith("its next sync brings back the changes synced since this copy was"
                                        + " made, from this device and the others."))
                .tryQuery()
                .isPresent());
        robot.clickOn((Button b) -> b.getText().equals("Restore"));
        // Said again once done: the forty-eighth walk's answer said nothing of it.
        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("The library as it was before is kept as")
                        && l.getText().contains(". To undo this restore, choose it in File > Restore a backup.")
                        && l.getText().endsWith("from this device and the others."))
                .tryQuery()
                .isPresent());
    }

    @Test
    void afterARestoreTheOpenNoteShowsTheRestoredTextAndTypingGoesOnFromIt(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(shared, "restore-note");
        openWindow(robot, dir.resolve("reading-list.db"));
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        String id = table(robot).getItems().getFirst().id();
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("in the backup");
        waitFor(() -> noteInStore(id).equals("in the backup"));
        Path saved = dir.resolve("saved.db");
        window.connection().get().backup(saved);
        robot.clickOn(note).write(" and after it");
        waitFor(() -> noteInStore(id).equals("in the backup and after it"));

        robot.interact(() -> window.session().restore(saved, kept -> {}, failure -> {}));
        try {
            waitFor(() ->
                    noteInStore(id).equals("in the backup") && note.getText().equals("in the backup"));
        } catch (AssertionError e) {
            throw new AssertionError(
                    "store: " + noteInStore(id) + " / pane: " + note.getText() + " / row: "
                            + table(robot).getItems().getFirst().noteProperty().get(),
                    e);
        }
        // The seventy-first walk's restore, made in this window, was said as a change made elsewhere.
        waitFor(() -> robot.lookup((Label l) -> DetailViewModel.CHANGED_BY_RESTORE.equals(l.getText()))
                .tryQuery()
                .isPresent());
        // The eleventh walk's pane lost the summary after a restore, until another row was chosen and this one again.
        String summary = window.connection().get().article(id).summary();
        waitFor(() -> summary.equals(
                robot.lookup(".detail-summary").queryAs(Label.class).getText()));
        robot.clickOn(note).type(KeyCode.END).write("!");
        waitFor(() -> noteInStore(id).equals("in the backup!"));
    }

    private static boolean ownerOnly(Path file) {
        try {
            return Files.getPosixFilePermissions(file).equals(PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String noteInStore(String id) {
        Library library = window.connection().get();
        return library == null ? "" : library.note(id).orElse("");
    }

    @Test
    void aChangeMadeByTheCliShowsWhenTheWindowIsFocusedAgain(FxRobot robot) throws Exception {
        openWindow(robot, Files.createTempDirectory(shared, "outside").resolve("reading-list.db"));
        waitFor(() -> table(robot).getItems().size() == 31);
        try (Library cli = Library.open(db)) {
            cli.markRead(List.of(ID));
            cli.setNote(ID, "written from the command line");
        }
        robot.interact(() -> window.session().reloadIfChangedOutside());
        waitFor(() ->
                row(robot, ID).isRead() && row(robot, ID).noteProperty().get().equals("written from the command line"));
    }

    @Test
    void aStopSignalSavesTheNoteBeingTyped(FxRobot robot) throws Exception {
        openWindow(robot, Files.createTempDirectory(shared, "sigterm").resolve("reading-list.db"));
        waitFor(() -> table(robot).getItems().size() == 31);
        WaitForAsyncUtils.waitForFxEvents(); // TestFX reads bounds off the FX thread: not while a layout runs
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        String id = table(robot).getItems().getFirst().id();
        robot.clickOn(".text-area").write("typed just before SIGTERM");
        window.saveBeforeExit(); // what the shutdown hook runs, here on the test thread
        try (Library library = Library.open(db)) {
            assertEquals(Optional.of("typed just before SIGTERM"), library.note(id));
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<ArticleRow> table(FxRobot robot) {
        return robot.lookup(".table-view").queryAs(TableView.class);
    }

    private static ArticleRow row(FxRobot robot, String id) {
        return table(robot).getItems().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** Fires the menu bar's item of this text (with its mnemonic's underscore). */
    /** A library in a folder of its own, its note {@code backedUp} in a backup beside it (saved.db), then {@code now}. */
    private Path withBackup(String folder, String backedUp, String now) throws Exception {
        Path file = Files.createTempDirectory(shared, folder).resolve("reading-list.db");
        try (Library library = Library.open(file)) {
            library.setNote(ID, backedUp);
            library.backup(file.resolveSibling("saved.db"));
            library.setNote(ID, now);
        }
        return file;
    }

    private static void fire(FxRobot robot, String text) {
        MenuItem item = menuItem(robot, text);
        robot.interact(item::fire);
    }

    private static MenuItem menuItem(FxRobot robot, String text) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(candidate -> text.equals(candidate.getText()))
                .findFirst()
                .orElseThrow();
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
            WaitForAsyncUtils.waitForFxEvents(); // TestFX reads bounds off the FX thread: not while a layout runs
        } catch (Exception e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
    }
}
