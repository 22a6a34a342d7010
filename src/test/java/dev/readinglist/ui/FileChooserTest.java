package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.platform.FolderListing;
import dev.readinglist.ui.choosing.AppFileChooser;
import dev.readinglist.ui.choosing.FileChooserController;
import dev.readinglist.ui.common.FileType;
import dev.readinglist.ui.common.FxBackground;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's own open and save dialogs, with the library open in the folder they list: its files
 * are never shown, never chosen, and never opened (listing only stats).
 */
@ExtendWith(ApplicationExtension.class)
class FileChooserTest {

    @TempDir
    Path dir;

    Stage stage;
    FxBackground listing;
    Library library;
    AppFileChooser chooser;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @BeforeEach
    void openALibraryInTheFolder() throws Exception {
        library = Library.open(dir.resolve("lib.db"));
        library.setNote("caching-strategies-production-guide", "x");
        Files.writeString(dir.resolve("pocket.csv"), "title,url\n");
        Files.writeString(dir.resolve("readme.md"), "not an export");
        Files.writeString(dir.resolve(".hidden.csv"), "");
        Files.createDirectories(dir.resolve("exports"));
        listing = new FxBackground("folder-listing");
        chooser = new AppFileChooser(listing, FileType.IMPORTS, dir.resolve("settings"), () -> null, () -> null);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.release(new KeyCode[0]);
        listing.close();
        library.close();
    }

    @Test
    void theLibrarysOwnFilesAreNeverListed() throws Exception {
        assertTrue(Files.exists(dir.resolve("lib.db-wal")) && Files.exists(dir.resolve("lib.db-shm")));
        List<String> names =
                FolderListing.of(dir).stream().map(FolderListing.Entry::name).toList();
        assertTrue(names.containsAll(List.of("exports", "backups", "pocket.csv", "readme.md")), names.toString());
        assertFalse(
                names.contains("lib.db") || names.contains("lib.db-wal") || names.contains("lib.db-shm"),
                names.toString());
    }

    @Test
    void savingIntoTheLibrarysFolderTakesATypedNameAndAddsTheExtension(FxRobot robot) throws Exception {
        Future<Optional<Path>> answer = save("notes.csv");
        waitFor(() -> rows(robot) >= 3);
        assertFalse(shownNames(robot).contains("lib.db"), shownNames(robot).toString());
        assertFalse(shownNames(robot).contains("readme.md"), "CSV files only, at first");
        nameTyped(robot, "my notes");
        assertEquals(Optional.of(dir.resolve("my notes.csv")), answer.get(10, TimeUnit.SECONDS));
    }

    /** The eighty-third walk typed a folder's name as the file's: the folder opened, and the name offered was gone. */
    @Test
    void aFoldersNameTypedToSaveOpensItAndOffersTheNameAgain(FxRobot robot) throws Exception {
        Future<Optional<Path>> answer = save("notes.csv");
        waitFor(() -> rows(robot) >= 3);
        nameTyped(robot, "exports");
        waitFor(() -> rows(robot) == 0 && !shownNames(robot).contains("exports"));
        waitFor(() -> "notes.csv".equals(nameField(robot).getText()));
        robot.clickOn("Save");
        assertEquals(Optional.of(dir.resolve("exports").resolve("notes.csv")), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void goingToAnotherFolderKeepsTheNameTyped(FxRobot robot) throws Exception {
        Future<Optional<Path>> answer = save("notes.csv");
        waitFor(() -> rows(robot) >= 3);
        robot.clickOn(nameField(robot)).push(KeyCode.CONTROL, KeyCode.A).write("kept.csv");
        robot.push(KeyCode.CONTROL, KeyCode.L)
                .write(dir.resolve("exports").toString())
                .type(KeyCode.ENTER);
        waitFor(() -> rows(robot) == 0 && !shownNames(robot).contains("exports"));
        assertEquals("kept.csv", nameField(robot).getText());
        robot.push(KeyCode.CONTROL, KeyCode.H);
        assertEquals("kept.csv", nameField(robot).getText(), "Ctrl+H shows hidden files; it is no backspace here");
        waitFor(() -> robot.lookup(".check-box").queryAs(CheckBox.class).isSelected());
        robot.clickOn("Save");
        assertEquals(Optional.of(dir.resolve("exports").resolve("kept.csv")), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theLibraryItselfCannotBeChosenAndSaysWhy(FxRobot robot) throws Exception {
        Future<Optional<Path>> answer = save("notes.csv");
        waitFor(() -> rows(robot) >= 3);
        nameTyped(robot, "lib.db-wal");
        waitFor(() -> robot.lookup(
                        (Label l) -> l.getText() != null && l.getText().contains("library's own files"))
                .tryQuery()
                .isPresent());
        assertFalse(answer.isDone(), "nothing chosen");
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserSaysSo(FxRobot robot) throws Exception {
        Future<Optional<Path>> answer = save("pocket.csv");
        waitFor(() -> rows(robot) >= 3);
        robot.clickOn(nameField(robot)).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("Replace").tryQuery().isPresent());
        robot.clickOn("Replace");
        assertEquals(Optional.of(dir.resolve("pocket.csv")), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void openingNavigatesByTypedPathAndDoubleClickAndChoosesAFile(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("exports").resolve("instapaper.csv"), "URL,Title\n");
        Future<Optional<Path>> answer = WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Import"));
        TextField location = location(robot);
        waitFor(() -> markedPlace(robot) != null);
        assertEquals("Home", markedPlace(robot).label(), "it opens at home, and says so");
        robot.clickOn(location)
                .push(KeyCode.CONTROL, KeyCode.A)
                .write(dir.toString())
                .type(KeyCode.ENTER);
        waitFor(() -> shownNames(robot).contains("exports"));
        assertEquals(null, markedPlace(robot), "a typed folder is none of the places: Home is no longer marked");
        assertFalse(shownNames(robot).contains("readme.md"), "exports only");
        assertFalse(shownNames(robot).contains(".hidden.csv"), "no hidden files");
        robot.doubleClickOn("▸ exports");
        waitFor(() -> shownNames(robot).contains("instapaper.csv"));
        robot.doubleClickOn("instapaper.csv");
        assertEquals(Optional.of(dir.resolve("exports").resolve("instapaper.csv")), answer.get(10, TimeUnit.SECONDS));

        Future<Optional<Path>> again = WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Import"));
        waitFor(() -> shownNames(robot).contains("instapaper.csv"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), again.get(10, TimeUnit.SECONDS), "it opened in the folder used last");
    }

    /** The forty-fifth walk typed "ins" and Enter in the list, and opened its first file, not instapaper's. */
    @Test
    void lettersTypedInTheListSelectTheFileTheyBegin(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("bookmarks.html"), "<DL>");
        Files.writeString(dir.resolve("instapaper-export.csv"), "URL,Title\n");
        Files.writeString(dir.resolve("Instructions.csv"), "url\n");
        Future<Optional<Path>> answer = WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Import"));
        robot.clickOn(location(robot))
                .push(KeyCode.CONTROL, KeyCode.A)
                .write(dir.toString())
                .type(KeyCode.ENTER);
        waitFor(() -> shownNames(robot).contains("instapaper-export.csv"));
        robot.clickOn(table(robot)).type(KeyCode.HOME);
        robot.write("insta");
        waitFor(() -> table(robot).getSelectionModel().getSelectedItem() != null
                && table(robot).getSelectionModel().getSelectedItem().name().equals("instapaper-export.csv"));
        robot.type(KeyCode.ENTER);
        assertEquals(Optional.of(dir.resolve("instapaper-export.csv")), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theNextSessionOpensWhereFilesWereLastBroughtInAndExportsWhereTheyWent(FxRobot robot) throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        Files.writeString(downloads.resolve("pocket-later.csv"), "title,url\n");
        Files.writeString(dir.resolve("exports").resolve("earlier.csv"), "title,url\n");
        Future<Optional<Path>> opened = WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Import"));
        typePath(robot, downloads.resolve("pocket-later.csv").toString());
        assertEquals(Optional.of(downloads.resolve("pocket-later.csv")), opened.get(10, TimeUnit.SECONDS));
        Future<Optional<Path>> saved =
                WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Export notes", dir, "notes.csv"));
        waitFor(() -> shownNames(robot).contains("pocket.csv"));
        typePath(robot, dir.resolve("exports").toString());
        waitFor(() -> shownNames(robot).equals(List.of("earlier.csv")));
        robot.clickOn("Save");
        assertEquals(Optional.of(dir.resolve("exports").resolve("notes.csv")), saved.get(10, TimeUnit.SECONDS));
        Path file = dir.resolve("settings").resolve("choosers.properties");
        waitFor(() -> textOf(file).contains("export-folder"));

        AppFileChooser nextSession =
                new AppFileChooser(listing, FileType.IMPORTS, dir.resolve("settings"), () -> null, () -> null);
        Future<Optional<Path>> again = WaitForAsyncUtils.asyncFx(() -> nextSession.choose(stage, "Import"));
        waitFor(() -> shownNames(robot).contains("pocket-later.csv"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), again.get(10, TimeUnit.SECONDS));
        Future<Optional<Path>> export =
                WaitForAsyncUtils.asyncFx(() -> nextSession.choose(stage, "Export notes", dir, "notes.csv"));
        waitFor(() -> shownNames(robot).equals(List.of("earlier.csv")));
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), export.get(10, TimeUnit.SECONDS));

        Files.delete(dir.resolve("exports").resolve("earlier.csv"));
        Files.delete(dir.resolve("exports"));
        Future<Optional<Path>> gone =
                WaitForAsyncUtils.asyncFx(() -> nextSession.choose(stage, "Export notes", downloads, "notes.csv"));
        waitFor(() -> shownNames(robot).contains("pocket.csv"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), gone.get(10, TimeUnit.SECONDS), "a folder gone since: the folder it was in");
    }

    /**
     * The seventy-sixth walk's first import began at home: a file is first brought in from the Downloads folder,
     * where other apps' exports land, until one was brought in from elsewhere.
     */
    @Test
    void theFirstImportStartsInDownloads(FxRobot robot) throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("Downloads"));
        Files.writeString(downloads.resolve("pocket-export.csv"), "title,url\n");
        AppFileChooser firstTime = new AppFileChooser(
                listing, FileType.IMPORTS, dir.resolve("first-settings"), () -> downloads, () -> null);
        Future<Optional<Path>> answer = WaitForAsyncUtils.asyncFx(() -> firstTime.choose(stage, "Import"));
        waitFor(() -> shownNames(robot).contains("pocket-export.csv"));
        typePath(robot, dir.toString());
        waitFor(() -> shownNames(robot).contains("pocket.csv"));
        robot.doubleClickOn("pocket.csv");
        assertEquals(Optional.of(dir.resolve("pocket.csv")), answer.get(10, TimeUnit.SECONDS));

        Future<Optional<Path>> again = WaitForAsyncUtils.asyncFx(() -> firstTime.choose(stage, "Import"));
        waitFor(() -> shownNames(robot).contains("pocket.csv"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), again.get(10, TimeUnit.SECONDS), "then the folder used last");
    }

    /**
     * The seventy-eighth walk's first export began at home: it goes to Documents, where the desktop keeps a user's
     * own files, until one went elsewhere.
     */
    @Test
    void theFirstExportGoesToDocuments(FxRobot robot) throws Exception {
        Path documents = Files.createDirectories(dir.resolve("Documents"));
        Files.writeString(documents.resolve("thesis.csv"), "title,url\n");
        AppFileChooser firstTime = new AppFileChooser(
                listing, FileType.IMPORTS, dir.resolve("first-settings"), () -> null, () -> documents);
        Future<Optional<Path>> answer =
                WaitForAsyncUtils.asyncFx(() -> firstTime.choose(stage, "Export", null, "notes.csv"));
        waitFor(() -> shownNames(robot).contains("thesis.csv"));
        robot.clickOn("Save");
        assertEquals(Optional.of(documents.resolve("notes.csv")), answer.get(10, TimeUnit.SECONDS));
    }

    /**
     * Three walks (the fifty-second, seventy-ninth and eightieth) found no way to make a folder but typing its path:
     * New folder… asks a name, makes it where the chooser is, and shows it; a name taken is said, and makes nothing.
     */
    @Test
    void newFolderMakesOneWhereTheChooserIsAndShowsIt(FxRobot robot) throws Exception {
        Future<Optional<Path>> answer = WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Export", dir));
        waitFor(() -> shownNames(robot).contains("exports"));
        robot.clickOn("New folder…");
        TextField name =
                robot.lookup((TextField t) -> "New folder".equals(t.getText())).queryAs(TextField.class);
        robot.clickOn(name).push(KeyCode.CONTROL, KeyCode.A).write("exports").type(KeyCode.ENTER);
        // Refused, the question comes back with the name typed and the reason over it, not closed (the eighty-first).
        TextField kept = askedAgain(robot, "exports", "There is already a folder named “exports” here.");
        robot.clickOn(kept).push(KeyCode.CONTROL, KeyCode.A).write("md/export").type(KeyCode.ENTER);
        TextField slashed =
                askedAgain(robot, "md/export", "“md/export” cannot be a folder's name here: a name holds no / or \\.");
        robot.clickOn(slashed).push(KeyCode.CONTROL, KeyCode.A).write("vault").type(KeyCode.ENTER);
        waitFor(() -> Files.isDirectory(dir.resolve("vault")) && rows(robot) == 0);
        robot.clickOn("Choose this folder");
        assertEquals(Optional.of(dir.resolve("vault")), answer.get(10, TimeUnit.SECONDS));
    }

    /** The new folder's question asked again, {@code typed} in its field and {@code reason} over it. */
    private static TextField askedAgain(FxRobot robot, String typed, String reason) throws Exception {
        waitFor(() -> robot.lookup((TextField t) -> typed.equals(t.getText())
                        && t.getScene() != null
                        && t.getScene().getRoot() instanceof DialogPane pane
                        && (reason + "\nType another name.").equals(pane.getHeaderText()))
                .tryQuery()
                .isPresent());
        return robot.lookup((TextField t) ->
                        typed.equals(t.getText()) && t.getScene().getRoot() instanceof DialogPane)
                .queryAs(TextField.class);
    }

    /** The forty-eighth walk's Restore from a file opened in the folder of its last import. */
    @Test
    void aBackupToRestoreIsChosenFromTheBackupsFolderAndThenFromWhereTheLastOneWas(FxRobot robot) throws Exception {
        Path backup = library.backup(null);
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        Files.writeString(downloads.resolve("pocket-later.csv"), "title,url\n");
        Future<Optional<Path>> opened = WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Import"));
        typePath(robot, downloads.resolve("pocket-later.csv").toString());
        assertEquals(Optional.of(downloads.resolve("pocket-later.csv")), opened.get(10, TimeUnit.SECONDS));

        Future<Optional<Path>> restored = WaitForAsyncUtils.asyncFx(
                () -> chooser.chooseBackup(stage, "Restore the library from a file", library.backupsFolder()));
        waitFor(() -> shownNames(robot).contains(backup.getFileName().toString()));
        assertTrue(robot.lookup("Backups").tryQuery().isPresent(), "the folder is named for what it holds");
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), restored.get(10, TimeUnit.SECONDS));

        Path elsewhere = Files.createDirectories(dir.resolve("old backups"));
        Files.copy(backup, elsewhere.resolve("before-the-move.db"));
        Future<Optional<Path>> chosen = WaitForAsyncUtils.asyncFx(
                () -> chooser.chooseBackup(stage, "Restore the library from a file", library.backupsFolder()));
        typePath(robot, elsewhere.resolve("before-the-move.db").toString());
        assertEquals(Optional.of(elsewhere.resolve("before-the-move.db")), chosen.get(10, TimeUnit.SECONDS));
        Future<Optional<Path>> again = WaitForAsyncUtils.asyncFx(
                () -> chooser.chooseBackup(stage, "Restore the library from a file", library.backupsFolder()));
        waitFor(() -> shownNames(robot).equals(List.of("before-the-move.db")));
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), again.get(10, TimeUnit.SECONDS));
    }

    /**
     * The seventy-seventh walk typed a Markdown export's folder, not there yet, and pressed Enter: it was chosen
     * unasked, and a mistyped path would have become a folder full of files. It is asked first.
     */
    @Test
    void aFolderTypedThatIsNotThereIsMadeOnlyWhenAsked(FxRobot robot) throws Exception {
        Path typed = dir.resolve("exports").resolve("md");
        Future<Optional<Path>> cancelled = WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Export", dir));
        typePath(robot, typed.toString());
        waitFor(() -> robot.lookup((Label l) -> "Make the folder “md”?".equals(l.getText()))
                .tryQuery()
                .isPresent());
        robot.type(KeyCode.ESCAPE); // the question's Cancel: the chooser has one too
        waitFor(() -> robot.lookup((Label l) -> "Make the folder “md”?".equals(l.getText()))
                .tryQuery()
                .isEmpty());
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), cancelled.get(10, TimeUnit.SECONDS));
        assertFalse(Files.exists(typed));

        Future<Optional<Path>> made = WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Export", dir));
        typePath(robot, typed.toString());
        waitFor(() -> robot.lookup((Label l) -> "Make the folder “md”?".equals(l.getText()))
                .tryQuery()
                .isPresent());
        robot.clickOn("Make folder");
        assertEquals(Optional.of(typed), made.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theSyncFolderDialogStartsWhereSyncIsAndExportsStartWhereTheyWent(FxRobot robot) throws Exception {
        Path shared = Files.createDirectories(dir.resolve("Shared"));
        Files.createDirectories(shared.resolve("devices"));
        Files.writeString(dir.resolve("exports").resolve("earlier.csv"), "title,url\n");
        Future<Optional<Path>> saved =
                WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Export notes", null, "notes.csv"));
        typePath(robot, dir.resolve("exports").toString());
        waitFor(() -> shownNames(robot).equals(List.of("earlier.csv")));
        robot.clickOn("Save");
        assertEquals(Optional.of(dir.resolve("exports").resolve("notes.csv")), saved.get(10, TimeUnit.SECONDS));

        Future<Optional<Path>> sync =
                WaitForAsyncUtils.asyncFx(() -> chooser.chooseSyncFolder(stage, "Sync through a folder", shared));
        waitFor(() -> shownNames(robot).equals(List.of("devices")));
        TableView<?> list = robot.lookup(".table-view").queryAs(TableView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        waitFor(() -> robot.lookup("Choose “devices”").tryQuery().isPresent());
        robot.interact(() -> list.getSelectionModel().clearSelection());
        robot.clickOn("Choose this folder");
        assertEquals(Optional.of(shared), sync.get(10, TimeUnit.SECONDS), "where sync is, not where exports went");

        Path files = Files.createDirectories(dir.resolve("Only files"));
        for (int i = 0; i < 1_200; i++) { // counted as every count is: the eighty-fourth walk read "19270 files"
            Files.writeString(files.resolve(i + ".md"), "a");
        }
        Future<Optional<Path>> none =
                WaitForAsyncUtils.asyncFx(() -> chooser.chooseSyncFolder(stage, "Sync through a folder", files));
        waitFor(() -> robot.lookup("No folders here (1,200 files or hidden folders)")
                .tryQuery()
                .isPresent());
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), none.get(10, TimeUnit.SECONDS));

        Future<Optional<Path>> export =
                WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Export notes", null, "notes.csv"));
        waitFor(() -> shownNames(robot).equals(List.of("earlier.csv")));
        robot.type(KeyCode.ESCAPE);
        assertEquals(
                Optional.empty(), export.get(10, TimeUnit.SECONDS), "the seventh walk: it offered the sync folder");
    }

    /** The eighty-second walk's chooser opened centred on the screen, past the right edge of its 800x600 window. */
    @Test
    void theChooserOpensOverItsWindow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setX(100); // the headless screen is 1000 wide: the window's centre is not the screen's
            stage.setY(0);
            stage.setWidth(900);
            stage.setHeight(700);
        });
        Future<Optional<Path>> answer = WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Export", dir));
        waitFor(() -> shownNames(robot).contains("exports"));
        Window shown = robot.listTargetWindows().stream()
                .filter(window -> window != stage && window.getWidth() > 0)
                .findFirst()
                .orElseThrow();
        assertEquals(550, shown.getX() + shown.getWidth() / 2, 1, "over the window, not the screen's centre");
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), answer.get(10, TimeUnit.SECONDS));
    }

    /** The eighty-first walk's Markdown chooser opened where the notes CSV had gone, not in its vault. */
    @Test
    void aFolderExportedIntoIsRememberedApartFromWhereFilesWent(FxRobot robot) throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.createDirectories(vault.resolve("attachments"));
        Files.writeString(dir.resolve("exports").resolve("earlier.csv"), "title,url\n");
        Future<Optional<Path>> into = WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Export Markdown", dir));
        typePath(robot, vault.toString());
        waitFor(() -> shownNames(robot).equals(List.of("attachments")));
        robot.clickOn("Choose this folder");
        assertEquals(Optional.of(vault), into.get(10, TimeUnit.SECONDS));
        Future<Optional<Path>> saved =
                WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Export notes", dir, "notes.csv"));
        typePath(robot, dir.resolve("exports").toString());
        waitFor(() -> shownNames(robot).equals(List.of("earlier.csv")));
        robot.clickOn("Save");
        assertEquals(Optional.of(dir.resolve("exports").resolve("notes.csv")), saved.get(10, TimeUnit.SECONDS));

        Future<Optional<Path>> again = WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Export Markdown", dir));
        waitFor(() -> shownNames(robot).equals(List.of("attachments")));
        robot.clickOn("Choose this folder");
        assertEquals(Optional.of(vault), again.get(10, TimeUnit.SECONDS), "the vault, not where the CSV went");
        Future<Optional<Path>> csvAgain =
                WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Export notes", dir, "notes.csv"));
        waitFor(() -> shownNames(robot).equals(List.of("earlier.csv")));
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), csvAgain.get(10, TimeUnit.SECONDS), "where the CSV went, not the vault");
    }

    /**
     * The fifty-second walk typed its sync folder's path and pressed Enter, then Enter again: the folder opened, and
     * the second did nothing, the keyboard gone to the hidden name field.
     */
    @Test
    void aSyncFolderTypedIsOpenedByEnterAndChosenByEnterAgain(FxRobot robot) throws Exception {
        Path shared = Files.createDirectories(dir.resolve("Shared"));
        Files.createDirectories(shared.resolve("devices"));
        Future<Optional<Path>> sync =
                WaitForAsyncUtils.asyncFx(() -> chooser.chooseSyncFolder(stage, "Sync through a folder", dir));
        typePath(robot, shared.toString());
        waitFor(() -> shownNames(robot).equals(List.of("devices")));
        assertTrue(table(robot).isFocused(), "the list has the keyboard");
        assertFalse(sync.isDone(), "opened, not chosen");

        typePath(robot, shared.toString());
        assertEquals(Optional.of(shared), sync.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aTypedFileThatIsNotThereSaysWhetherItsFolderIsMissingToo(FxRobot robot) throws Exception {
        Future<Optional<Path>> answer = WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Import"));
        TextField location = location(robot);
        robot.clickOn(location)
                .push(KeyCode.CONTROL, KeyCode.A)
                .write(dir.resolve("none.csv").toString())
                .type(KeyCode.ENTER);
        waitFor(() -> robot.lookup((Label l) -> ("There is no file none.csv in " + dir + ".").equals(l.getText()))
                .tryQuery()
                .isPresent());
        robot.clickOn(location)
                .push(KeyCode.CONTROL, KeyCode.A)
                .write(dir.resolve("nope").resolve("list.csv").toString())
                .type(KeyCode.ENTER);
        waitFor(() -> robot.lookup((Label l) -> ("There is no folder " + dir.resolve("nope") + ".").equals(l.getText()))
                .tryQuery()
                .isPresent());
        assertFalse(answer.isDone(), "nothing chosen");
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), answer.get(10, TimeUnit.SECONDS));
    }

    private Future<Optional<Path>> save(String name) {
        return WaitForAsyncUtils.asyncFx(() -> chooser.choose(stage, "Export notes", dir, name));
    }

    private static String textOf(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** Types a path into the dialog's location field, and Enter. */
    /** {@code name} typed over the name field's text, then Enter. */
    private static void nameTyped(FxRobot robot, String name) {
        robot.clickOn(nameField(robot))
                .push(KeyCode.CONTROL, KeyCode.A)
                .write(name)
                .type(KeyCode.ENTER);
    }

    private static void typePath(FxRobot robot, String path) throws Exception {
        robot.clickOn(location(robot))
                .push(KeyCode.CONTROL, KeyCode.A)
                .write(path)
                .type(KeyCode.ENTER);
    }

    /** The field a path is typed into, once the dialog shows it. */
    private static TextField location(FxRobot robot) throws Exception {
        // Null-safe: the lookup walks the scene from the test's thread while the FX thread changes it, and CI once
        // met a null there.
        Predicate<TextField> typed =
                f -> f != null && f.getPromptText() != null && f.getPromptText().startsWith("Type a path");
        waitFor(() -> robot.lookup(typed).tryQuery().isPresent());
        return robot.lookup(typed).query();
    }

    private static TextField nameField(FxRobot robot) {
        return robot.lookup((TextField f) -> f != null
                        && (f.getPromptText() == null || f.getPromptText().isEmpty()))
                .query();
    }

    @SuppressWarnings("unchecked")
    private static FileChooserController.Place markedPlace(FxRobot robot) {
        return ((ListView<FileChooserController.Place>)
                        robot.lookup(".chooser-places").query())
                .getSelectionModel()
                .getSelectedItem();
    }

    @SuppressWarnings("unchecked")
    private static TableView<FolderListing.Entry> table(FxRobot robot) {
        return robot.lookup(".chooser-entries").queryAs(TableView.class);
    }

    private static int rows(FxRobot robot) {
        return robot.lookup(".chooser-entries").tryQuery().isPresent()
                ? table(robot).getItems().size()
                : 0;
    }

    /** Read on the FX thread: read from the test's, a listing arriving meanwhile threw (a run of this stop). */
    private static List<String> shownNames(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(
                            () -> robot.lookup(".chooser-entries").tryQuery().isPresent()
                                    ? table(robot).getItems().stream()
                                            .map(FolderListing.Entry::name)
                                            .toList()
                                    : List.<String>of())
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits for the condition, then for the FX thread to finish what it has queued: TestFX reads a
     * node's bounds on the test thread, and a layout still running then fails the click.
     */
    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
