package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.common.FxDialogs;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A notice stays while the pointer is on it, and goes once it leaves. */
@ExtendWith(ApplicationExtension.class)
class ToastTest {

    /** Toasts' own ":held", set while the notice's timer is paused. */
    static final PseudoClass HELD = PseudoClass.getPseudoClass("held");

    Stage stage;
    /** Where the window's view puts its notices. */
    HBox slot;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        slot = new HBox();
        slot.getStyleClass().add("notice-slot");
        stage.setScene(new Scene(new VBox(new Pane(), slot), 600, 400));
        stage.show();
    }

    @Test
    void aNoticeUnderThePointerWaitsForIt(FxRobot robot) throws Exception {
        robot.interact(() -> new FxDialogs(stage).notice("Backed up to reading-list.db"));
        Node toast = robot.lookup(".toast").queryAs(Node.class);
        robot.interact(() -> toast.fireEvent(pointer(MouseEvent.MOUSE_ENTERED)));
        assertTrue(toast.getPseudoClassStates().contains(HELD), "the pointer is on it: its timer waits");
        assertTrue(showing(robot));
        robot.interact(() -> toast.fireEvent(pointer(MouseEvent.MOUSE_EXITED)));
        assertFalse(toast.getPseudoClassStates().contains(HELD), "the pointer left: its timer goes on");
        WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, () -> !showing(robot));
    }

    /**
     * Floated over the window, a notice covered the table's last row, the note, and the article's title, wherever it
     * was put (the eleventh, nineteenth and twenty-seventh walks): it is in the window's own notice slot.
     */
    @Test
    void aNoticeTakesItsPlaceInTheWindowAndCoversNothing(FxRobot robot) {
        robot.interact(() -> new FxDialogs(stage)
                .notice(
                        "“Caching Strategies: Cache-Aside, Write-Through, Distributed…” belongs to the bundled"
                                + " catalog, which cannot be deleted",
                        Optional.of(new Dialogs.Action("Undo", () -> {}))));
        Node toast = robot.lookup(".toast").queryAs(Node.class);
        assertSame(stage.getScene(), toast.getScene(), "in the window, not a popup over it");
        assertSame(slot, toast.getParent());
        assertTrue(robot.lookup(".toast-action").tryQuery().isPresent());
    }

    /** An Undo whose change Ctrl+Z took back would do nothing: its notice goes (the twenty-seventh walk). */
    /** It took two lines at 1440 px, and grew the status bar, with room for one (the thirty-first walk). */
    @Test
    void aNoticeWithTheSearchClearedKeepsToOneLineInAWideWindow(FxRobot robot) {
        robot.interact(() -> stage.setWidth(1440));
        robot.interact(() -> new FxDialogs(stage)
                .notice(
                        "Added “Postgres VACUUM internals”; search and filters cleared",
                        Optional.of(new Dialogs.Action("Undo", () -> {}))));
        Label text = robot.lookup(".toast-text").queryAs(Label.class);
        assertEquals(text.prefHeight(-1), text.getMinHeight(), 0.5, "one line");
    }

    @Test
    void aNoticeGoesOnceItsActionCanDoNothing(FxRobot robot) throws Exception {
        BooleanProperty usable = new SimpleBooleanProperty(true);
        robot.interact(() -> new FxDialogs(stage)
                .notice("Marked 3 articles read", Optional.of(new Dialogs.Action("Undo", () -> {}, usable))));
        assertTrue(anyNotice(robot));
        robot.interact(() -> usable.set(false));
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> !anyNotice(robot));
        robot.interact(() -> new FxDialogs(stage)
                .notice("Marked 3 articles read", Optional.of(new Dialogs.Action("Undo", () -> {}, usable))));
        assertFalse(anyNotice(robot), "one that can do nothing is not shown");
    }

    /** The fifteenth walk: a command line's restore said so while the Add form was open, where it could not be used. */
    @Test
    void aNoticeWaitsForADialogThatBlocksTheWindow(FxRobot robot) throws Exception {
        Stage dialog = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(5, TimeUnit.SECONDS);
        robot.interact(() -> {
            dialog.initOwner(stage);
            dialog.initModality(Modality.WINDOW_MODAL);
            dialog.setScene(new Scene(new Pane(), 300, 200));
            dialog.show();
        });
        FxDialogs dialogs =
                WaitForAsyncUtils.asyncFx(() -> new FxDialogs(stage)).get(5, TimeUnit.SECONDS);
        robot.interact(() -> dialogs.notice("An older notice"));
        robot.interact(() -> dialogs.notice(
                "A command line restored reading-list-2026-12-01.db",
                Optional.of(new Dialogs.Action("Show backups", () -> {}))));
        assertFalse(anyNotice(robot), "not over the dialog");
        robot.interact(dialog::close);
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> anyNotice(robot));
        assertEquals(
                "A command line restored reading-list-2026-12-01.db",
                robot.lookup(".toast-text").queryAs(Label.class).getText(),
                "the newest, once the dialog is closed");
        assertTrue(robot.lookup(".toast-action").tryQuery().isPresent());
    }

    /** The twenty-first walk's Show all, clicked, once opened the link under it: gone at once, the notice let a second click through. */
    @Test
    void aNoticeActedOnStaysAMomentInertThenGoes(FxRobot robot) throws Exception {
        int[] runs = {0};
        robot.interact(() -> new FxDialogs(stage)
                .notice(
                        "Showing the articles tagged “Redis”",
                        Optional.of(new Dialogs.Action("Show all", () -> runs[0]++))));
        Button action = robot.lookup(".toast-action").queryAs(Button.class);
        robot.interact(action::fire);
        assertEquals(1, runs[0]);
        assertTrue(anyNotice(robot), "still there, under a second click");
        assertTrue(action.isDisabled(), "and inert: a second click does nothing");
        robot.interact(action::fire);
        assertEquals(1, runs[0]);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !anyNotice(robot));
    }

    @Test
    void escIsTheWindowsNotTheNotices(FxRobot robot) throws Exception {
        TextField field =
                WaitForAsyncUtils.asyncFx(() -> new TextField("a search")).get(5, TimeUnit.SECONDS);
        field.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                field.clear();
            }
        });
        robot.interact(() -> {
            ((Pane) stage.getScene().getRoot()).getChildren().addFirst(field);
            field.requestFocus();
        });
        robot.interact(() -> new FxDialogs(stage).notice("Backed up to reading-list.db"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", field.getText(), "the window had the key");
        assertTrue(showing(robot), "the notice stays its time");
    }

    private static MouseEvent pointer(EventType<MouseEvent> type) {
        return new MouseEvent(
                type,
                1,
                1,
                1,
                1,
                MouseButton.NONE,
                0,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                null);
    }

    private static boolean anyNotice(FxRobot robot) {
        return onFxThread(() -> robot.lookup(".toast-text").tryQuery().isPresent());
    }

    private static boolean showing(FxRobot robot) {
        return onFxThread(() -> robot.lookup((Label l) -> "Backed up to reading-list.db".equals(l.getText()))
                .tryQuery()
                .isPresent());
    }

    /**
     * Looked up on the FX thread: a notice is in the window's scene now, and a lookup from the test's thread met the
     * slot's children as the FX thread took the notice away (an IndexOutOfBoundsException in TestFX's walk).
     */
    private static boolean onFxThread(Callable<Boolean> lookup) {
        try {
            return WaitForAsyncUtils.asyncFx(lookup).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
