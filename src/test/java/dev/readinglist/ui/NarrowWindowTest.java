package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.ui.common.FxBackground;
import dev.readinglist.ui.common.FxDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Popup;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window narrower than its toolbar could be with a big library's counts, as on an 800x600 screen:
 * the progress and then the counts give way, and nothing is laid out past the window's edge.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowWindowTest {

    /** Enough articles that the counts ("All 12,031") need more room than the 31 of the catalog do. */
    private static final int ARTICLES = 12_000;

    @TempDir
    Path dir;

    Stage stage;
    FxBackground background;
    MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path db = dir.resolve("rl.db");
        Path csv = dir.resolve("pocket.csv");
        List<String> lines = new ArrayList<>(List.of("title,url,time_added,tags,status"));
        for (int i = 0; i < ARTICLES; i++) {
            lines.add("Article " + i + ",https://example.com/a/" + i + "," + (1_600_000_000L + i) + ",,"
                    + (i % 3 == 0 ? "archive" : "unread"));
        }
        Files.write(csv, lines);
        CompletableFuture.runAsync(
                        () -> { // never SQLite on the FX thread, which @Start runs on
                            try (Library library = Library.open(db)) {
                                library.importFile(csv, ImportFormat.POCKET, false);
                            }
                        })
                .join();
        background = new FxBackground();
        AppContext context = QuietContext.of(db, background);
        window = MainWindow.open(stage, context, SettingsFile.forUser(context.settingsFolder()), null);
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.quit()).get(10, TimeUnit.SECONDS);
        background.close();
    }

    @Test
    void theProgressThenTheCountsGiveWayAndNothingIsLaidOutPastTheWindowsEdge(FxRobot robot) {
        waitFor(() -> window.mainModel().loadedProperty().get()
                && button(robot, "readButton").getText().equals("Read 4,000"));

        resize(robot, 1300);
        assertTrue(progressShown(robot), "a wide window shows the progress");
        assertEquals("Read 4,000", button(robot, "readButton").getText());
        fitsTheWindow(robot);

        double toolbarHeight =
                robot.lookup(".app-toolbar").queryAs(Region.class).getHeight();

        resize(robot, 720); // a new window on an 800x600 screen
        assertFalse(progressShown(robot), "the progress gives way before anything is cut off");
        assertEquals("Read 4,000", button(robot, "readButton").getText());
        assertEquals(
                toolbarHeight,
                robot.lookup(".app-toolbar").queryAs(Region.class).getHeight(),
                "the table does not move up when the progress goes");
        fitsTheWindow(robot);

        Bounds switchBefore = sceneBounds(robot.lookup("#statusSwitch").query());
        robot.clickOn(".starred-filter"); // nothing is starred: every count drops to 0
        waitFor(() -> button(robot, "readButton").getText().equals("Read 0"));
        assertFalse(progressShown(robot), "smaller counts for a moment do not bring the progress in and out");
        assertEquals(
                switchBefore, sceneBounds(robot.lookup("#statusSwitch").query()), "the switch stays under the pointer");
        robot.clickOn(".starred-filter");
        waitFor(() -> button(robot, "readButton").getText().equals("Read 4,000"));

        resize(robot, WindowMemory.MIN_WIDTH);
        assertEquals("Read", button(robot, "readButton").getText());
        assertEquals(
                "Read 4,000", button(robot, "readButton").getTooltip().getText(), "the count stays in the tooltip");
        fitsTheWindow(robot);

        resize(robot, 1300);
        assertTrue(progressShown(robot), "room again brings the progress back");
        assertEquals("Read 4,000", button(robot, "readButton").getText());
        fitsTheWindow(robot);
    }

    /**
     * The status bar's counts keep their width beside a notice of two lines: at 800x600 the forty-first walk read
     * "56 shown · 56 articles · 2 se…".
     */
    @Test
    void theStatusBarsCountsAreNotCutByANotice(FxRobot robot) {
        waitFor(() -> window.mainModel().loadedProperty().get()
                && button(robot, "readButton").getText().equals("Read 4,000"));
        resize(robot, 720);
        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(0, 1);
        });
        robot.interact(() -> new FxDialogs(stage)
                .notice("The link did not open: no program on this system opens it (xdg-open is missing). It is"
                        + " copied: paste it into your browser."));
        Label counts = robot.lookup(".status-label").queryAs(Label.class);
        waitFor(() -> counts.getText().endsWith("2 selected"));
        WaitForAsyncUtils.waitForFxEvents();
        Text shown = (Text) counts.lookup(".text");
        assertEquals(counts.getText(), shown.getText(), "the counts as they are, not cut short");
        fitsTheWindow(robot);
    }

    /**
     * A narrower progress text ("x h y min left" shorter, or gone) gave the search field its pixels back, and the field,
     * the switch, ★ and Tags moved sideways under the pointer (the twenty-ninth walk, at 800x600): the progress keeps
     * its widest so far.
     */
    @Test
    void aProgressTextNarrowerThanBeforeMovesNothingInTheToolbar(FxRobot robot) {
        waitFor(() -> window.mainModel().loadedProperty().get()
                && button(robot, "readButton").getText().equals("Read 4,000"));
        resize(robot, 960);
        assertTrue(progressShown(robot));
        // Each status button at its widest count first, which the switch keeps (see the test above).
        allMarked(robot, false, "Read 0");
        allMarked(robot, true, "Read 12,031");
        WaitForAsyncUtils.waitForFxEvents();
        Bounds switchBefore = sceneBounds(robot.lookup("#statusSwitch").query());
        allMarked(robot, false, "Read 0");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                switchBefore.getMinX(),
                sceneBounds(robot.lookup("#statusSwitch").query()).getMinX(),
                0.5);
        fitsTheWindow(robot);
    }

    /** "Read 9" becoming "Read 10" moved ★ and Tags under the pointer (the twenty-ninth walk). */
    @Test
    void aCountGainingDigitsMovesNothingBesideTheSwitch(FxRobot robot) {
        waitFor(() -> window.mainModel().loadedProperty().get()
                && button(robot, "readButton").getText().equals("Read 4,000"));
        Bounds starBefore = sceneBounds(robot.lookup("#starredButton").query());
        allMarked(robot, true, "Read 12,031");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                starBefore.getMinX(),
                sceneBounds(robot.lookup("#starredButton").query()).getMinX(),
                0.5);
    }

    /** At 800x600 the eightieth walk's tag filter stood past the window's right edge, under its button. */
    @Test
    void theTagFilterOpensWithinTheWindow(FxRobot robot) {
        waitFor(() -> window.mainModel().loadedProperty().get());
        resize(robot, 720);
        robot.clickOn("#tagButton");
        waitFor(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Popup p && p.isShowing()));
        Popup filter = (Popup) robot.listWindows().stream()
                .filter(w -> w instanceof Popup p && p.isShowing())
                .findFirst()
                .orElseThrow();
        assertTrue(
                filter.getX() + filter.getWidth() <= stage.getX() + stage.getWidth() + 0.5,
                filter.getX() + " + " + filter.getWidth() + " past " + (stage.getX() + stage.getWidth()));
        assertTrue(filter.getX() >= stage.getX());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theWindowCannotBeMadeNarrowerThanItsToolbarAtItsSmallest(FxRobot robot) {
        waitFor(() -> window.mainModel().loadedProperty().get());
        assertEquals(WindowMemory.MIN_WIDTH, stage.getMinWidth());
        resize(robot, WindowMemory.MIN_WIDTH);
        fitsTheWindow(robot);
    }

    /** Every part of the toolbar that shows, and the detail pane, end inside the window; no title needs a scroll bar. */
    private void fitsTheWindow(FxRobot robot) {
        double width = stage.getScene().getWidth();
        Parent toolbar = robot.lookup(".app-toolbar").queryAs(Parent.class);
        for (Node part : toolbar.getChildrenUnmodifiable()) {
            if (part.isVisible()) {
                Bounds bounds = part.localToScene(part.getLayoutBounds());
                assertTrue(
                        bounds.getMaxX() <= width + 0.5,
                        () -> part + " ends at " + bounds.getMaxX() + " in a window " + width + " wide");
            }
        }
        for (Node bar : robot.lookup(".table-view .scroll-bar").queryAll()) {
            assertFalse(
                    bar instanceof ScrollBar scroll
                            && scroll.getOrientation() == Orientation.HORIZONTAL
                            && bar.isVisible(),
                    "titles end in an ellipsis: the table never scrolls sideways");
        }
        Node split = robot.lookup(".split-pane").query();
        Bounds pane = split.localToScene(split.getLayoutBounds());
        assertTrue(pane.getMaxX() <= width + 0.5, () -> "the table and pane end at " + pane.getMaxX() + " of " + width);
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private void resize(FxRobot robot, double width) {
        robot.interact(() -> stage.setWidth(width));
        waitFor(() -> Math.abs(stage.getScene().getRoot().getLayoutBounds().getWidth()
                        - stage.getScene().getWidth())
                < 1);
    }

    private static boolean progressShown(FxRobot robot) {
        return robot.lookup(".progress-box").query().isVisible();
    }

    /** Every article marked read or unread, and the Read button showing {@code readCount} ("Read 0"). */
    private void allMarked(FxRobot robot, boolean read, String readCount) {
        robot.interact(() -> window.mainModel().setRead(window.mainModel().rows(), read));
        waitFor(() -> button(robot, "readButton").getText().equals(readCount));
    }

    private static ToggleButton button(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ToggleButton.class);
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (Exception e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }
}
