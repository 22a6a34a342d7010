package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.model.Article;
import dev.readinglist.model.ImportCancelledException;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.FxBackground;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Import, Add article and Delete, driven in the headless window. */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {

    static final String CACHING = "caching-strategies-production-guide";
    static final String LONG_LINK = "https://example.com/a/very/long/path/that/keeps/going/and/going/for/a/while/"
            + "to-see-whether-the-list-shows-it-whole?utm_source=newsletter";

    @TempDir
    Path dir;

    Path db;
    Path importFile;
    FxBackground background;
    /** What the worker's tasks ended with: a dry run stopped by Cancel ends with ImportCancelledException. */
    final List<Throwable> failures = new CopyOnWriteArrayList<>();

    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        RestingPulse.install(); // as the app runs: the window must wake for all it does
        db = dir.resolve("rl.db");
        importFile = dir.resolve("pocket.csv");
        importFileHolds(
                "Imported one,https://example.com/one,1700000000,a|b,archive",
                "Caching,https://coderssecret.com/blog/caching-strategies-production-guide,1700000000,later,unread");
        background = new FxBackground();
        Background recording = new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                background.run(work, onSuccess, failure -> {
                    failures.add(failure);
                    onFailure.accept(failure);
                });
            }

            @Override
            public <T, U> Job run(
                    Updating<T, U> work, Consumer<U> onUpdate, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                return background.run(work, onUpdate, onSuccess, failure -> {
                    failures.add(failure);
                    onFailure.accept(failure);
                });
            }

            @Override
            public void onUiThread(Runnable action) {
                background.onUiThread(action);
            }

            @Override
            public void drain() {
                background.drain();
            }
        };
        AppContext context = new AppContext(
                db,
                dir.resolve("settings"),
                recording,
                recording,
                (owner, title, folder, name) -> Optional.empty(),
                (owner, title) -> Optional.of(importFile),
                (owner, title, folder) -> Optional.empty(),
                url -> {},
                folder -> {},
                Clock.systemUTC(),
                () -> {});
        window = MainWindow.open(stage, context, SettingsFile.forUser(context.settingsFolder()), null);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.release(new KeyCode[0]);
        WaitForAsyncUtils.asyncFx(() -> window.quit()).get(10, TimeUnit.SECONDS);
        background.close();
    }

    @Test
    void importShowsAPreviewThenImports(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitFor(() -> robot.lookup("Pocket export").tryQuery().isPresent());
        Label summary =
                robot.lookup((Label l) -> l.getText().startsWith("2 articles")).queryAs(Label.class);
        assertEquals(
                "2 articles: 1 new (1 read, 1 tagged), 1 to merge into articles you have (1\u00a0to\u00a0tag); tags: “a”,"
                        + " “b” and “later”",
                summary.getText());
        robot.clickOn("Import");
        waitFor(() -> robot.lookup(
                        "Done. Of the file's 2 articles: 1 added (1 read, 1 tagged), 1 merged into articles you had"
                                + " (1\u00a0tagged); tags: “a”, “b” and “later”")
                .tryQuery()
                .isPresent());
        waitFor(() -> table(robot).getItems().size() == 32);
        // At the dialog's right edge, as buttons are: the hidden Import kept its room, and Close stood in from the
        // edge (the fifty-fourth walk).
        Button close = robot.lookup("Close").queryButton();
        assertEquals(((Region) close.getParent()).getWidth(), close.getLayoutX() + close.getWidth(), 1.0);
        robot.clickOn("Close");
        try (Library library = Library.open(db)) {
            assertTrue(library.article("imported-one").isRead());
        }
    }

    @Test
    void anImportCanBeTakenBackFromItsDialog(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitFor(() -> robot.lookup("Pocket export").tryQuery().isPresent());
        assertFalse(undoShown(robot), "nothing to take back before the import");
        robot.clickOn("Import");
        waitFor(() -> table(robot).getItems().size() == 32);
        waitFor(() -> tagsShown(robot, CACHING).contains("later"));
        waitFor(() -> undoShown(robot));
        assertEquals(
                "Undo import (“pocket.csv”)",
                window.mainModel().undoLabelProperty().get(),
                "named in Edit");
        robot.clickOn("Undo import");
        waitFor(() -> robot.lookup("Import undone: 1 article removed, 1 put back")
                .tryQuery()
                .isPresent());
        waitFor(() -> table(robot).getItems().size() == 31);
        waitFor(() -> !tagsShown(robot, CACHING).contains("later"));
        assertFalse(undoShown(robot), "an import is taken back once");
        robot.clickOn("Close");
        try (Library library = Library.open(db)) {
            assertEquals(31, library.search("", ReadStatus.ALL).size());
            assertEquals(List.of(), library.article(CACHING).userTags());
        }
    }

    @Test
    void anImportCanBeTakenBackWithCtrlZOnceItsDialogIsClosed(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().size() == 31);
        importAndClose(robot);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> robot.lookup("Import undone: 1 article removed, 1 put back")
                .tryQuery()
                .isPresent());
        waitFor(() -> table(robot).getItems().size() == 31);
        waitFor(() -> !tagsShown(robot, CACHING).contains("later"));
    }

    /** The fortieth walk undid an import and found no way back to it: Redo imports the file again, and Undo again. */
    @Test
    void anUndoneImportIsDoneAgainByRedoAndTakenBackAgainByUndo(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().size() == 31);
        importAndClose(robot);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> table(robot).getItems().size() == 31);
        waitFor(() -> window.mainModel().canRedoProperty().get());
        assertEquals(
                "Redo import (“pocket.csv”)",
                window.mainModel().redoLabelProperty().get());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("Imported “pocket.csv” again. Of the file's"))
                .tryQuery()
                .isPresent());
        waitFor(() -> table(robot).getItems().size() == 32);
        waitFor(() -> tagsShown(robot, CACHING).contains("later"));
        try (Library library = Library.open(db)) {
            assertTrue(library.article("imported-one").isRead(), "imported again as the first time");
        }
        assertEquals(
                "Undo import (“pocket.csv”)",
                window.mainModel().undoLabelProperty().get());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> table(robot).getItems().size() == 31);
        waitFor(() -> !tagsShown(robot, CACHING).contains("later"));
        try (Library library = Library.open(db)) {
            assertEquals(31, library.search("", ReadStatus.ALL).size());
            assertEquals(List.of(), library.article(CACHING).userTags());
        }
    }

    /** The thirty-first walk found its Unread view switched to All after an import, with nothing said. */
    @Test
    void anImportUnderAFilterSaysItClearedItAndBackReturnsToIt(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.clickOn("Unread 31");
        robot.interact(
                () -> window.mainModel().setRead(List.of(table(robot).getItems().getFirst()), true));
        waitFor(() -> robot.lookup("Unread 30").tryQuery().isPresent());
        importAndClose(robot);
        waitFor(() -> robot.lookup(
                        "The search and filters are cleared to show what was imported; Edit › Back returns to them")
                .tryQuery()
                .isPresent());
        assertEquals(ReadStatus.ALL, window.mainModel().statusProperty().get());
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        waitFor(() -> window.mainModel().statusProperty().get() == ReadStatus.UNREAD);
    }

    @Test
    void anImportIsNotTakenBackFromALibraryARestorePutInItsPlace(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().size() == 31);
        Path saved = dir.resolve("saved.db");
        window.connection().get().backup(saved);
        importAndClose(robot);
        robot.interact(() -> window.session().restore(saved, kept -> {}, failure -> {}));
        waitFor(() -> table(robot).getItems().size() == 31);
        assertFalse(
                window.mainModel().canUndoProperty().get(), "a restore forgets what was done to the library before");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(31, table(robot).getItems().size());
    }

    @Test
    void aFileOfArticlesTheListHasAlreadySaysSoRatherThanZeroNew(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().size() == 31);
        importFileHolds("Caching,https://coderssecret.com/blog/caching-strategies-production-guide,,,unread");
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitFor(() -> robot.lookup("1 article, all in your list already: nothing to add")
                .tryQuery()
                .isPresent());
        // The ninth walk found Import offered, and taking Enter, for a file with nothing to add.
        assertTrue(robot.lookup("Import").tryQuery().filter(Node::isVisible).isEmpty(), "no Import to press");
        waitFor(() -> robot.lookup("Close").queryButton().isFocused());
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("Close").tryQuery().isEmpty());

        importFileHolds();
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitFor(() ->
                robot.lookup("No articles to import in this file").tryQuery().isPresent());
        waitFor(() -> robot.lookup("Close").queryButton().isFocused());
        robot.clickOn("Close");
    }

    @Test
    void thePreviewAndTheResultCountTheSkippedRowsAndShowThem(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().size() == 31);
        importFileHolds(
                // Before the untitled row in the table too: the last selected is not the topmost.
                "A first import,https://example.com/one,1700000000,,unread",
                "Script,javascript:alert(1),1700000000,,unread",
                "," + LONG_LINK + ",1700000000,,unread");
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitFor(() -> robot.lookup((Label l) -> l.getText().equals("2 articles: 2 new; 1 row skipped; 1\u00a0warning"))
                .tryQuery()
                .isPresent());
        robot.clickOn("Show the rows skipped or warned about");
        TextArea problems = robot.lookup(".import-problems").queryAs(TextArea.class);
        waitFor(problems::isVisible);
        List<String> lines = problems.getText().lines().toList();
        assertEquals(2, lines.size(), problems.getText());
        assertTrue(lines.getLast().contains("line 4: warning: column 1 (title): no title"), lines.getLast());
        assertTrue(lines.getLast().endsWith("(" + LONG_LINK + ")"), "the whole link, to read and copy");
        assertTrue(lines.getFirst().contains("line 3: skipped: column 2 (url): 'javascript:' links"), lines.getFirst());
        assertTrue(problems.isWrapText(), "a long line wraps rather than scrolling sideways");
        robot.type(KeyCode.ENTER); // the link gave the keyboard back: Enter imports, as before it was clicked
        waitFor(() -> robot.lookup(
                        "Done. Of the file's 2 articles: 2 added; 1 row skipped; 1\u00a0warning. The new articles"
                                + " are selected; they keep the dates the file gives them, so they may lie far apart in the list")
                .tryQuery()
                .isPresent());
        assertEquals(2, problems.getText().lines().count());
        waitFor(() -> table(robot).getSelectionModel().getSelectedItems().size() == 2);
        // Both are selected, for the keys that act on all of them; the pane says so rather than showing one.
        assertTrue(robot.lookup((Label l) -> l.isVisible() && l.getText().startsWith("2 articles selected."))
                .tryQuery()
                .isPresent());
        robot.clickOn(problems).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.CONTROL, KeyCode.C);
        assertEquals(
                problems.getText(),
                WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                        .get(10, TimeUnit.SECONDS),
                "the rows can be copied, all of them");
        robot.type(KeyCode.ESCAPE); // a text area takes Esc for itself unless told
        waitFor(() -> robot.lookup(".import-problems").tryQuery().isEmpty());
    }

    @Test
    void aThousandSkippedRowsAreShownAndTheRestCounted(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().size() == 31);
        StringBuilder rows = new StringBuilder("title,url,time_added,tags,status\n");
        rows.append("Kept,https://example.com/kept,1700000000,,unread\n");
        for (int i = 0; i < 1_003; i++) {
            rows.append("Mail ").append(i).append(",mailto:a").append(i).append("@example.com,1700000000,,unread\n");
        }
        Files.writeString(importFile, rows);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitFor(() ->
                robot.lookup("Show the rows skipped or warned about").tryQuery().isPresent());
        robot.clickOn("Show the rows skipped or warned about");
        TextArea problems = robot.lookup(".import-problems").queryAs(TextArea.class);
        waitFor(problems::isVisible);
        List<String> lines = problems.getText().lines().toList();
        assertEquals(1_001, lines.size());
        assertTrue(lines.get(999).startsWith("line 1002: "), lines.get(999));
        assertEquals("… and 3 more lines", lines.getLast());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup(".import-problems").tryQuery().isEmpty());
    }

    @Test
    void cancellingThePreviewOfABigFileStopsItsDryRunAndChangesNothing(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().size() == 31);
        importFile = dir.resolve("big.csv");
        StringBuilder rows = new StringBuilder("title,url,time_added,tags,status\n");
        for (int i = 0; i < 200_000; i++) {
            rows.append("Row ")
                    .append(i)
                    .append(",https://example.com/r/")
                    .append(i)
                    .append(",1700000000,,unread\n");
        }
        Files.writeString(importFile, rows);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitFor(() -> robot.lookup((Label l) -> l.getText().endsWith("rows so far"))
                .tryQuery()
                .isPresent());
        robot.clickOn("Cancel");
        waitFor(() -> robot.lookup("Cancel").tryQuery().isEmpty());
        background.drain();
        assertTrue(
                failures.stream().anyMatch(ImportCancelledException.class::isInstance),
                "the dry run itself stopped, instead of holding the worker to its end: " + failures);
        assertEquals(31, count());
    }

    /** The twentieth walk: the last row deleted, the row that took the selection was cut in half at the table's foot. */
    @Test
    void theRowSelectedAfterADeleteShowsWhole(FxRobot robot) {
        addMyOwnFind(robot);
        // Sorted by the Published header, oldest first, the article with no date, saved today, is the last row.
        robot.interact(() -> {
            TableColumn<ArticleRow, ?> published = table(robot).getColumns().stream()
                    .filter(column -> "published".equals(column.getId()))
                    .findFirst()
                    .orElseThrow();
            published.setSortType(TableColumn.SortType.ASCENDING);
            table(robot).getSortOrder().setAll(List.of(published));
        });
        waitFor(() -> "My own find"
                .equals(table(robot).getItems().getLast().titleProperty().get()));
        int last = table(robot).getItems().size() - 1;
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(last);
            table(robot).scrollTo(last);
        });
        assertEquals(
                "My own find",
                table(robot)
                        .getSelectionModel()
                        .getSelectedItem()
                        .titleProperty()
                        .get());
        robot.interact(() -> table(robot).requestFocus());
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup("Delete").tryQuery().isPresent());
        robot.clickOn("Delete");
        waitFor(() -> count() == 31 && table(robot).getSelectionModel().getSelectedIndex() == last - 1);
        waitFor(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) table(robot).lookup(".virtual-flow");
            Node cell = flow.getVisibleCell(last - 1);
            Node clip = flow.lookup(".clipped-container");
            return cell != null
                    && clip.localToScene(clip.getLayoutBounds()).getMaxY()
                            >= cell.localToScene(cell.getLayoutBounds()).getMaxY() - 0.5;
        });
    }

    @Test
    void anArticleIsAddedThenDeletedAndTheUndoBringsItBack(FxRobot robot) {
        addMyOwnFind(robot);

        robot.clickOn(".text-field").write("my own find").type(KeyCode.DOWN);
        waitFor(() -> table(robot).getSelectionModel().getSelectedItems().size() == 1);
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup("Delete").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // Cancel is the default: Enter deletes nothing
        waitFor(() -> robot.lookup("Delete").tryQuery().isEmpty());
        assertEquals(32, count());
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup("Delete").tryQuery().isPresent());
        robot.clickOn("Delete");
        waitFor(() -> count() == 31);
        waitFor(() -> robot.lookup("Undo").tryQuery().isPresent());
        robot.clickOn("Undo"); // the notice's Undo
        waitFor(() -> count() == 32);

        robot.clickOn(".text-field").type(KeyCode.DOWN).type(KeyCode.DELETE);
        waitFor(() -> robot.lookup("Delete").tryQuery().isPresent());
        robot.clickOn("Delete");
        waitFor(() -> count() == 31);
        robot.push(KeyCode.CONTROL, KeyCode.Z); // and Edit > Undo, the same
        waitFor(() -> count() == 32);
    }

    /**
     * The twenty-fifth walk added an article under Unread and found the list switched to All, with nothing said. The
     * thirty-first found the notice that said so on two lines at 800x600, growing the status bar.
     */
    @Test
    void anArticleAddedUnderAFilterSaysTheFiltersAreCleared(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        Stage stage = (Stage) table(robot).getScene().getWindow();
        robot.interact(() -> stage.setWidth(800));
        robot.clickOn(".text-field").write("caching");
        robot.clickOn("#unreadButton");
        waitFor(() -> table(robot).getItems().size() < 31);
        addByForm(robot, "Understanding Write-Ahead Logging in Modern Storage Engines", "https://example.com/wal");
        waitFor(() -> table(robot).getItems().size() == 32);
        waitFor(() -> robot.lookup("Added “Understanding Write-Ahead Logging in…”; search and filter cleared")
                .tryQuery()
                .isPresent());
        Label notice = robot.lookup(".toast-text").queryAs(Label.class);
        assertEquals(notice.prefHeight(-1), notice.getMinHeight(), 0.5, "one line");
        assertEquals(notice.getMinHeight(), notice.getHeight(), 0.5);
        // Edit > Back returns to the search, and the article stays (the thirtieth walk looked for a way back).
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        waitFor(() -> "caching".equals(window.mainModel().searchTextProperty().get()));
        waitFor(() -> robot.lookup("Back to the list before “Understanding Write-Ahead Logging in…” was added")
                .tryQuery()
                .isPresent());
        assertEquals(32, count());
    }

    /** Add article was no undo step (the twenty-seventh walk): Ctrl+Z takes it back, and Redo puts it back. */
    @Test
    void ctrlZTakesBackAnArticleAddedAndRedoPutsItBack(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        addByForm(robot, "Added by mistake", "https://example.com/mistake");
        waitFor(() -> count() == 32);
        waitFor(() -> table(robot).isFocused());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> count() == 31);
        waitFor(() -> robot.lookup("Took back the adding of “Added by mistake”")
                .tryQuery()
                .isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> count() == 32);
        waitFor(() -> table(robot).getSelectionModel().getSelectedItems().stream()
                .anyMatch(row -> row.titleProperty().get().equals("Added by mistake")));
        // Redone under a search that hides it, it is shown, as the add showed it (the thirty-first walk).
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> count() == 31);
        robot.clickOn(".text-field").write("caching");
        waitFor(() -> table(robot).getItems().size() < 31);
        robot.interact(() -> window.mainModel().redo());
        waitFor(() -> table(robot).getSelectionModel().getSelectedItems().stream()
                .anyMatch(row -> row.titleProperty().get().equals("Added by mistake")));
        waitFor(() -> robot.lookup("Added “Added by mistake” again; search cleared")
                .tryQuery()
                .isPresent());
    }

    /**
     * The twenty-eighth walk typed a note on the article it had just added and clicked the notice's Undo while the note
     * said "Saving…": the article went, and its note was offered only to be copied. A change since keeps it.
     */
    @Test
    void theAddedNoticesUndoLeavesAnArticleWhoseNoteIsBeingTyped(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.clickOn(".text-field").write("kafka");
        addByForm(robot, "Race three", "https://example.com/race-three");
        waitFor(() -> count() == 32);
        Button undo = robot.lookup(".toast-action").queryAs(Button.class);
        robot.clickOn("#noteArea").write("Race three note");
        robot.interact(undo::fire);
        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("“Race three” was changed since it was added"))
                .tryQuery()
                .isPresent());
        waitFor(() -> "Race three note".equals(noteOf("race-three")));
        assertEquals(32, count());
        // It stays on the stack, under the note's edit (the twenty-ninth walk found it gone from Edit › Undo).
        robot.interact(() -> window.mainModel().undo());
        waitFor(() -> noteOf("race-three") == null || noteOf("race-three").isEmpty());
        robot.interact(() -> window.mainModel().undo());
        waitFor(() -> count() == 31);
        waitFor(() -> "kafka"
                .equals(robot.lookup(".text-field").queryAs(TextField.class).getText()));

        addByForm(robot, "Untouched", "https://example.com/untouched");
        waitFor(() -> count() == 32);
        waitFor(() -> robot.lookup(".toast-action").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".toast-action").queryAs(Button.class).fire());
        waitFor(() -> count() == 31);
        assertEquals(
                "kafka", robot.lookup(".text-field").queryAs(TextField.class).getText(), "the search cleared is back");
    }

    @Test
    void theAddFormSaysWhyItsButtonIsOff(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("Add an article").tryQuery().isPresent());
        // The form puts the keyboard in Link once its window has the focus (the keyboard-only seventy-ninth walk
        // found it in Title): after that, or the title goes there.
        waitFor(() -> robot.lookup("#urlField").query().isFocused());
        robot.clickOn("#urlField").write("ftp://x"); // the link first, the title left empty
        Label problem = robot.lookup(".dialog-pane .error-text").queryAs(Label.class); // the pane has one too
        Button add = robot.lookup((Button b) -> "Add".equals(b.getText())).queryAs(Button.class);
        waitFor(() -> "The link must be a web address (https://…).".equals(problem.getText()));
        assertTrue(add.isDisabled());
        robot.clickOn("#titleField").write("--");
        waitFor(() -> problem.getText().startsWith("A title needs a letter or a digit"));
        assertTrue(add.isDisabled());
        robot.type(KeyCode.BACK_SPACE).write("An FTP site");
        waitFor(() -> "The link must be a web address (https://…).".equals(problem.getText()));
        assertTrue(add.isDisabled());
        assertTrue(problem.getHeight() >= problem.prefHeight(problem.getWidth()) - 0.5, "shown whole");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("Discard this article?").tryQuery().isPresent());
        robot.clickOn("Discard");
        waitFor(() -> robot.lookup("#titleField").tryQuery().isEmpty());
    }

    /** The fifty-sixth walk pasted a link alone, as Pocket and linkding take one: Add stayed off for want of a title. */
    @Test
    void aLinkAloneIsAddedWithTheLinkAsItsTitle(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        addByForm(robot, "", "example.com/just-a-link");
        waitFor(() -> count() == 32);
        // Pasted in Title, a link alone is the link too.
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("Add an article").tryQuery().isPresent());
        robot.clickOn("#titleField").write("example.org/pasted-in-title");
        Button add = robot.lookup((Button b) -> "Add".equals(b.getText())).queryAs(Button.class);
        waitFor(() -> !add.isDisabled());
        robot.type(KeyCode.TAB);
        waitFor(() -> "https://example.org/pasted-in-title"
                .equals(robot.lookup("#urlField").queryAs(TextField.class).getText()));
        assertEquals("", robot.lookup("#titleField").queryAs(TextField.class).getText());
        robot.clickOn("Add");
        waitFor(() -> count() == 33);
        for (String link : List.of("https://example.org/pasted-in-title", "https://example.com/just-a-link")) {
            assertEquals(link, titleAt(link));
        }
    }

    private String titleAt(String link) {
        try (Library library = Library.open(db)) {
            return library.search("", ReadStatus.ALL).stream()
                    .filter(article -> article.url().equals(link))
                    .findFirst()
                    .orElseThrow()
                    .title();
        }
    }

    /** The thirty-second walk typed "ten" in Reading time: the field stayed empty, with nothing said. */
    @Test
    void aLetterInReadingTimeIsSaidNotDroppedSilently(FxRobot robot) {
        Label problem = addFormOpened(robot);
        Button add = robot.lookup((Button b) -> "Add".equals(b.getText())).queryAs(Button.class);
        robot.clickOn("#minutesField").write("ten");
        waitFor(() -> problem.getText().startsWith("Reading time takes minutes, in digits"));
        TextField minutes = robot.lookup("#minutesField").queryAs(TextField.class);
        assertEquals("", minutes.getText());
        // With the keyboard elsewhere, what else is missing is said first (a link)...
        robot.clickOn("#titleField");
        waitFor(() -> "A link is needed.".equals(problem.getText()));
        robot.write("Ten minutes");
        robot.clickOn("#urlField").write("https://example.com/ten");
        // ... and with nothing else to say, the refusal stays: left at once with Tab, it was gone before it was read
        // (the thirty-third walk).
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(problem.getText().startsWith("Reading time takes minutes"), problem.getText());
        // As a hint, not in red: nothing is wrong, and Add works (the thirty-ninth walk).
        assertTrue(problem.getPseudoClassStates().contains(PseudoClass.getPseudoClass("hint")));
        assertFalse(add.isDisabled());
        robot.clickOn("#minutesField");
        robot.write("10");
        waitFor(() -> !problem.getText().startsWith("Reading time"));
        assertEquals("10", minutes.getText());

        // A key refused inside a number stays said: "1.5" became 15 with nothing said (the fortieth walk).
        robot.type(KeyCode.BACK_SPACE, 2).write("1.5");
        waitFor(() -> "15".equals(minutes.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(problem.getText().startsWith("Reading time takes minutes"), problem.getText());
        robot.type(KeyCode.BACK_SPACE, 2).write("2");
        waitFor(() -> !problem.getText().startsWith("Reading time"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("Discard").tryQuery().isPresent());
        robot.clickOn("Discard");
    }

    /** A walk typed a title and found Add off with nothing saying why: what it waits for shows, as a hint. */
    @Test
    void aTitleAloneShowsThatALinkIsNeededAsAHint(FxRobot robot) {
        Label problem = addFormOpened(robot);
        robot.clickOn("#titleField").write("x").type(KeyCode.BACK_SPACE); // typed and deleted: still only missing
        waitFor(() -> "A link is needed.".equals(problem.getText()));
        assertTrue(problem.getPseudoClassStates().contains(PseudoClass.getPseudoClass("hint")), "missing is a hint");
        robot.write("A title alone");
        waitFor(() -> "A link is needed.".equals(problem.getText()));
        assertTrue(problem.getPseudoClassStates().contains(PseudoClass.getPseudoClass("hint")), "a hint, not an error");
        robot.clickOn("#urlField").write("not a link").type(KeyCode.TAB);
        waitFor(() -> "The link must be a web address (https://…).".equals(problem.getText()));
        assertFalse(problem.getPseudoClassStates().contains(PseudoClass.getPseudoClass("hint")), "now an error");
        robot.clickOn("Cancel");
        waitFor(() -> robot.lookup("Discard this article?").tryQuery().isPresent());
        robot.clickOn("Discard");
        waitFor(() -> robot.lookup("#titleField").tryQuery().isEmpty());
    }

    /** The fourteenth walk filled the form, pressed Esc, and all it typed was gone. */
    @Test
    void escOnAFormWithTypingAsksBeforeItGoes(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("#urlField").tryQuery().map(Node::isFocused).orElse(false));
        robot.clickOn("#titleField").write("Half typed");
        robot.clickOn("#summaryArea").write("A long summary typed with care.");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("Discard this article?").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE); // Esc again keeps it, as Enter does
        waitFor(() -> robot.lookup("Discard this article?").tryQuery().isEmpty());
        assertEquals(
                "Half typed",
                robot.lookup("#titleField").queryAs(TextField.class).getText());
        robot.clickOn("#summaryArea").type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("Discard this article?").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("Discard this article?").tryQuery().isEmpty());
        assertEquals(
                "A long summary typed with care.",
                robot.lookup("#summaryArea").queryAs(TextArea.class).getText());

        robot.clickOn("Cancel");
        waitFor(() -> robot.lookup("Discard").tryQuery().isPresent());
        robot.clickOn("Discard");
        waitFor(() -> robot.lookup("#titleField").tryQuery().isEmpty());
        assertEquals(31, count(), "nothing added");

        robot.push(KeyCode.CONTROL, KeyCode.N); // nothing typed: Esc closes at once
        waitFor(() -> robot.lookup("#urlField").tryQuery().map(Node::isFocused).orElse(false));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#titleField").tryQuery().isEmpty());
    }

    /** The ninth walk typed an article whose link the list had: the form was gone, and all it held with it. */
    @Test
    void aLinkTheListHasBringsTheFormBackWithAllThatWasTyped(FxRobot robot) {
        addFormWith(robot, "My manual article", "https://coderssecret.com/blog/caching-strategies-production-guide");
        robot.clickOn("#tagsField").write("mine, later");
        robot.clickOn("Add");

        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("That link is already in your list, as “"))
                .tryQuery()
                .isPresent());
        waitFor(() -> robot.lookup("#urlField").query().isFocused());
        assertEquals(
                "My manual article",
                robot.lookup("#titleField").queryAs(TextField.class).getText());
        assertEquals(
                "mine, later",
                robot.lookup("#tagsField").queryAs(TextField.class).getText());
        Button add = robot.lookup((Button b) -> "Add".equals(b.getText())).queryAs(Button.class);
        assertTrue(add.isDisabled(), "not the same link again");
        robot.clickOn("#urlField").write("/my-copy");
        waitFor(() -> !add.isDisabled());
        robot.clickOn("Add");
        waitFor(() -> table(robot).getItems().size() == 32);
        waitFor(() -> tagsShown(robot, "my-manual-article").equals(List.of("mine", "later")));
    }

    /**
     * The fifty-seventh walk left Title empty and typed a link the list had: the form came back with that link in
     * Title, and the next link was added under it, its id made from it.
     */
    @Test
    void aLinkTheListHasBringsTheFormBackWithTitleStillEmpty(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("Add an article").tryQuery().isPresent());
        robot.clickOn("#urlField").write("https://coderssecret.com/blog/caching-strategies-production-guide");
        robot.clickOn("Add");
        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("That link is already in your list, as “"))
                .tryQuery()
                .isPresent());
        waitFor(() -> robot.lookup("#urlField").query().isFocused());
        assertEquals("", robot.lookup("#titleField").queryAs(TextField.class).getText());
        robot.clickOn("#urlField").write("/another");
        robot.clickOn("Add");
        waitFor(() -> table(robot).getItems().size() == 32);
        try (Library library = Library.open(db)) {
            Article added = library.search("another", ReadStatus.ALL).getFirst();
            assertEquals(added.url(), added.title());
        }
    }

    /**
     * The sixty-fifth walk was told which article had the link it typed, and given no way to it: the form goes there,
     * clearing the search that hid it, and asks first only when it holds more than a title and the link.
     */
    @Test
    void aLinkTheListHasTakesTheFormToTheArticleThatHasIt(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.clickOn("#searchField").write("zebra");
        waitFor(() -> table(robot).getItems().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("Add an article").tryQuery().isPresent());
        robot.clickOn("#titleField").write("My own title");
        robot.clickOn("#urlField").write("https://coderssecret.com/blog/" + CACHING);
        robot.clickOn("#tagsField").write("mine");
        robot.clickOn("Add");
        waitFor(() -> robot.lookup("Go to that article").tryQuery().isPresent());

        robot.clickOn("Go to that article"); // the tag typed would go: asked first, and kept
        waitFor(() -> robot.lookup("Keep editing").tryQuery().isPresent());
        robot.clickOn("Keep editing");
        waitFor(() -> robot.lookup("Keep editing").tryQuery().isEmpty());
        assertEquals("mine", robot.lookup("#tagsField").queryAs(TextField.class).getText());

        robot.clickOn("#urlField").type(KeyCode.END).write("/x");
        Button going = robot.lookup((Button b) -> b.getText().endsWith("Go to that article"))
                .queryAs(Button.class);
        waitFor(() -> !going.isVisible()); // another link: nothing to go to
        robot.eraseText(2);
        waitFor(going::isVisible);
        robot.clickOn("#tagsField").eraseText(4);
        robot.clickOn("Go to that article");
        waitFor(() -> robot.lookup("#titleField").tryQuery().isEmpty());
        waitFor(() -> table(robot).getItems().size() == 31);
        waitFor(() -> table(robot).getSelectionModel().getSelectedItems().size() == 1
                && table(robot).getSelectionModel().getSelectedItem().id().equals(CACHING));
        assertEquals("", robot.lookup("#searchField").queryAs(TextField.class).getText());
        waitFor(() -> robot.lookup(".toast-text").queryAs(Label.class).getText().startsWith("This is “"));
        assertTrue(
                robot.lookup(".toast-text")
                        .queryAs(Label.class)
                        .getText()
                        .endsWith(", which has that link; search cleared"),
                robot.lookup(".toast-text").queryAs(Label.class).getText());
        try (Library library = Library.open(db)) {
            assertEquals(31, library.search("", ReadStatus.ALL).size(), "nothing added");
        }
    }

    /** The seventy-sixth walk pressed Ctrl+Enter in the summary to add, and got a new line. */
    @Test
    void ctrlEnterAddsFromTheSummary(FxRobot robot) {
        addFormWith(robot, "Sagas in practice", "https://example.com/sagas");
        robot.clickOn("#summaryArea").write("Compensation, not rollback.");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitFor(() -> robot.lookup("#titleField").tryQuery().isEmpty());
        waitFor(() -> table(robot).getItems().size() == 32);
        try (Library library = Library.open(db)) {
            assertEquals(
                    "Compensation, not rollback.",
                    library.article("sagas-in-practice").summary());
        }
    }

    /**
     * The tenth walk added http:// and www. spellings of a catalog article's link beside it, unasked: the form comes
     * back asking, and adds it only when told to, never by Enter (the sixty-fifth walk's second Enter would have).
     */
    @Test
    void aLinkTheListHasOverHttpOrWithWwwIsAskedAboutOnce(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("Add an article").tryQuery().isPresent());
        robot.clickOn("#titleField").write("Caching, again");
        robot.clickOn("#urlField").write("http://www.coderssecret.com/blog/caching-strategies-production-guide/");
        Window first = robot.lookup("#titleField").query().getScene().getWindow();
        double top = first.getY();
        double left = first.getX();
        robot.clickOn("Add");

        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("Perhaps in your list already: “"))
                .tryQuery()
                .isPresent());
        Window again = robot.lookup("#titleField").query().getScene().getWindow();
        assertTrue(again != first, "a new form");
        assertEquals(top, again.getY(), 0.5, "it comes back where it was, not higher for its message");
        assertEquals(left, again.getX(), 0.5);
        assertEquals(31, count(), "nothing added while it asks");
        assertEquals(
                "Caching, again",
                robot.lookup("#titleField").queryAs(TextField.class).getText());
        Button add =
                robot.lookup((Button b) -> "Add anyway".equals(b.getText())).queryAs(Button.class);
        assertTrue(!add.isDisabled());
        robot.clickOn("#titleField").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(add.getScene().getWindow().isShowing(), "Enter leaves the question open");
        assertEquals(31, count(), "and adds nothing");
        robot.clickOn(add);
        waitFor(() -> table(robot).getItems().size() == 32);
        assertEquals(32, count());
    }

    /**
     * The sixty-sixth walk imported 19,196 new articles and found the first 10,000 stored selected, scattered among the
     * rest: of more than can be selected, none is, and the summary says how to list them together.
     */
    @Test
    void anImportOfMoreNewArticlesThanCanBeSelectedSelectsNone(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().size() == 31);
        String[] rows = new String[10_001];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "Imported " + i + ",https://example.com/many/" + i + "," + (1_700_000_000 + i) + ",,unread";
        }
        importFileHolds(rows);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitFor(() -> robot.lookup("Pocket export").tryQuery().isPresent());
        robot.clickOn("Import");
        waitFor(() -> undoShown(robot));
        assertTrue(
                robot.lookup((Label l) -> l.getText()
                                .endsWith("The new articles are too many to select; they keep the dates the file gives"
                                        + " them"))
                        .tryQuery()
                        .isPresent(),
                "said");
        robot.clickOn("Close");
        waitFor(() -> table(robot).getItems().size() == 10_032);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table(robot).getSelectionModel().getSelectedItems().size());
    }

    /** The ninth walk imported a 5,400-character title: the pane showed it whole, and the note was off its end. */
    @Test
    void aVeryLongImportedTitleIsCutInThePaneAndWholeInItsTooltip(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().size() == 31);
        String title = "Long ".repeat(1_080).strip();
        importFileHolds(title + ",https://example.com/long,1700000000,,unread");
        importAndClose(robot);
        robot.clickOn(".text-field").write("long").type(KeyCode.DOWN);
        waitFor(() ->
                robot.lookup(".detail-title").tryQuery().map(Node::isVisible).orElse(false));
        Hyperlink shown = robot.lookup(".detail-title").queryAs(Hyperlink.class);
        assertTrue(
                shown.getText().length() <= 300 && shown.getText().endsWith("…"),
                shown.getText().length() + "");
        assertEquals(title, shown.getTooltip().getText());
    }

    /** Each label of the form says its Alt key (_Title, _Link, …), and none of them went anywhere. */
    @Test
    void eachFieldOfTheAddFormIsReachedByItsLabelsAltKey(FxRobot robot) {
        addFormOpened(robot);
        for (Map.Entry<KeyCode, String> key : List.of(
                Map.entry(KeyCode.T, "#titleField"),
                Map.entry(KeyCode.S, "#summaryArea"),
                Map.entry(KeyCode.R, "#minutesField"),
                Map.entry(KeyCode.A, "#tagsField"),
                Map.entry(KeyCode.L, "#urlField"))) {
            robot.push(KeyCode.ALT, key.getKey());
            waitFor(() -> robot.lookup(key.getValue()).query().isFocused());
        }
    }

    /** Ctrl+N, once the list shows, with the keyboard in Link; the form's line that says what is wrong or missing. */
    private static Label addFormOpened(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("#urlField").tryQuery().map(Node::isFocused).orElse(false));
        return robot.lookup(".dialog-pane .error-text").queryAs(Label.class);
    }

    /** Ctrl+N, a title and a link typed, and Add clicked. */
    private static void addByForm(FxRobot robot, String title, String link) {
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("Add an article").tryQuery().isPresent());
        robot.clickOn("#titleField").write(title);
        robot.clickOn("#urlField").write(link);
        robot.clickOn("Add");
    }

    private String noteOf(String id) {
        try (Library library = Library.open(db)) {
            return library.article(id).note();
        }
    }

    private int count() {
        try (Library library = Library.open(db)) {
            return library.search("", ReadStatus.ALL).size();
        }
    }

    /** Right after an import, the fifty-sixth walk's Export offered the imported rows, which the window had selected. */
    @Test
    void exportAfterAnImportOffersTheNotesNotTheRowsItSelected(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().size() == 31);
        importFileHolds(
                "Imported one,https://example.com/one,1700000000,a,unread",
                "Imported two,https://example.com/two,1700000000,b,unread");
        try (Library library = Library.open(db)) {
            library.setNote("caching-strategies-production-guide", "a note");
        }
        importAndClose(robot, 33);
        waitFor(() -> table(robot).getSelectionModel().getSelectedItems().size() == 2);

        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Articles with notes (1)").tryQuery().isPresent());
        assertTrue(robot.lookup("#withNotes").queryAs(RadioButton.class).isSelected());
        robot.clickOn("Cancel");
        waitFor(() -> robot.lookup("#withNotes").tryQuery().isEmpty());

        // Two rows picked by hand are what an export is for (the forty-fourth walk).
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(3);
            table(robot).getSelectionModel().select(5);
        });
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("The 2 selected rows").tryQuery().isPresent());
        assertTrue(robot.lookup("#selectedRows").queryAs(RadioButton.class).isSelected());
        robot.clickOn("Cancel");
    }

    /** The file the chooser gives: a Pocket CSV of these rows, each ending its line. */
    private void importFileHolds(String... rows) throws IOException {
        StringBuilder csv = new StringBuilder("title,url,time_added,tags,status\n");
        for (String row : rows) {
            csv.append(row).append('\n');
        }
        Files.writeString(importFile, csv);
    }

    /** Imports the Pocket file through the dialog, and closes it once the import is done. */
    private static void importAndClose(FxRobot robot) {
        importAndClose(robot, 32);
    }

    /** As above, for a file that leaves {@code rows} in the table. */
    private static void importAndClose(FxRobot robot, int rows) {
        robot.push(KeyCode.CONTROL, KeyCode.I);
        waitFor(() -> robot.lookup("Pocket export").tryQuery().isPresent());
        robot.clickOn("Import");
        waitFor(() -> undoShown(robot));
        robot.clickOn("Close");
        waitFor(() -> table(robot).getItems().size() == rows);
    }

    private static boolean undoShown(FxRobot robot) {
        return robot.lookup((Button b) -> "Undo import".equals(b.getText()) && b.isVisible())
                .tryQuery()
                .isPresent();
    }

    /** The tags the table shows for an article. */
    private static List<String> tagsShown(FxRobot robot, String id) {
        return table(robot).getItems().stream()
                .filter(r -> r.id().equals(id))
                .flatMap(r -> r.tagsProperty().get().stream())
                .toList();
    }

    @SuppressWarnings("unchecked")
    /** File > Add article: "My own find", to the 31 of the bundled catalog. */
    private static void addMyOwnFind(FxRobot robot) {
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("Add an article").tryQuery().isPresent());
        robot.clickOn("#titleField").write("My own find");
        robot.clickOn("#urlField").write("https://example.com/find");
        robot.clickOn("Add");
        waitFor(() -> table(robot).getItems().size() == 32);
    }

    /** Ctrl+N once the list shows, with a title and a link typed. */
    private static void addFormWith(FxRobot robot, String title, String link) {
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("Add an article").tryQuery().isPresent());
        robot.clickOn("#titleField").write(title);
        robot.clickOn("#urlField").write(link);
    }

    private static TableView<ArticleRow> table(FxRobot robot) {
        return robot.lookup(".table-view").queryAs(TableView.class);
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
