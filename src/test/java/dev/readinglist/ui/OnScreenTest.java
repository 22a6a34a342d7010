package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A window that would open above or beside its screen opens inside it. */
@ExtendWith(ApplicationExtension.class)
class OnScreenTest {

    /** The window the dialogs belong to. */
    Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void aWindowOpenedAboveTheScreensTopIsMovedDownOntoIt(FxRobot robot) {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        Stage[] opened = new Stage[1];
        robot.interact(() -> {
            OnScreen.keepEveryWindow();
            Stage dialog = new Stage();
            dialog.setScene(new Scene(new Pane(), 300, 200));
            dialog.setX(area.getMinX() + 40);
            dialog.setY(area.getMinY() - 150);
            dialog.show();
            opened[0] = dialog;
        });
        try {
            assertEquals(area.getMinY(), opened[0].getY(), "its top edge, title bar and all, on the screen");
            assertEquals(area.getMinX() + 40, opened[0].getX(), "left where it was across");
            robot.interact(() -> {
                opened[0].setX(area.getMaxX() - 100);
                OnScreen.keep(opened[0]);
            });
            assertTrue(opened[0].getX() + opened[0].getWidth() <= area.getMaxX(), "nor past the right edge");
            robot.interact(() -> {
                opened[0].hide();
                opened[0].setY(area.getMinY() - 150);
                opened[0].show();
            });
            assertEquals(area.getMinY(), opened[0].getY(), "shown again, it is kept on screen again");
        } finally {
            robot.interact(opened[0]::close);
        }
    }

    /** A window shown before it has a size would have gone to NaN. */
    @Test
    void aWindowWithoutItsSizeYetIsKeptOnScreenOnceItHasOne(FxRobot robot) {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        Stage[] opened = new Stage[1];
        robot.interact(() -> {
            Stage dialog = new Stage();
            dialog.setScene(new Scene(new Pane(), 300, 200));
            dialog.setX(area.getMinX() + 40);
            dialog.setY(area.getMinY() - 150);
            OnScreen.keep(dialog); // as a window manager that has not sized it yet leaves it
            opened[0] = dialog;
        });
        try {
            assertEquals(area.getMinX() + 40, opened[0].getX(), "not moved to NaN");
            robot.interact(opened[0]::show);
            assertEquals(area.getMinY(), opened[0].getY(), "kept on screen once it has a size");
            assertEquals(area.getMinX() + 40, opened[0].getX());
        } finally {
            robot.interact(opened[0]::close);
        }
    }

    /**
     * The walks' dialogs sat at 0,0 with their title bar above the screen, now and then on a first show: openbox
     * mapped them where GTK first put them, just after JavaFX had moved them over the window.
     */
    @Test
    void aWindowTheWindowManagerMovesAboveTheScreenAsItOpensGoesBack(FxRobot robot) {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        Stage dialog = shownAt(robot, area.getMinX() + 40, area.getMinY() + 60);
        try {
            robot.interact(() -> {
                dialog.setX(area.getMinX() - 1); // as openbox leaves it: the frame's top-left corner
                dialog.setY(area.getMinY() - 20);
            });
            WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
            robot.interact(() -> {});
            assertEquals(area.getMinY() + 60, dialog.getY(), "back where it opened");
            assertEquals(area.getMinX() + 40, dialog.getX());
        } finally {
            robot.interact(dialog::close);
        }
    }

    /** The fifty-second walk's first About box sat in the screen's corner, its title bar in sight, away from the window. */
    @Test
    void aWindowTheWindowManagerMovesToTheCornerAsItOpensGoesBack(FxRobot robot) throws Exception {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        Stage dialog = shownAt(robot, area.getMinX() + 200, area.getMinY() + 150);
        try {
            robot.interact(() -> {
                dialog.setX(area.getMinX() + 1); // as openbox leaves it: the frame in the corner, its title above
                dialog.setY(area.getMinY() + 22);
            });
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog.getX() == area.getMinX() + 200);
            robot.interact(() -> {});
            assertEquals(area.getMinX() + 200, dialog.getX(), "back where it opened");
            assertEquals(area.getMinY() + 150, dialog.getY());
        } finally {
            robot.interact(dialog::close);
        }
    }

    @Test
    void aWindowMovedOnceItHasSettledIsLeftWhereItWasPut(FxRobot robot) {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        Stage dialog = shownAt(robot, area.getMinX() + 40, area.getMinY() + 60);
        try {
            WaitForAsyncUtils.sleep((long) ShownPlace.SETTLING.toMillis() + 300, TimeUnit.MILLISECONDS);
            robot.interact(() -> dialog.setY(area.getMinY() - 20)); // the user's, dragging with Alt held
            WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
            robot.interact(() -> {});
            assertEquals(area.getMinY() - 20, dialog.getY());
        } finally {
            robot.interact(dialog::close);
        }
    }

    private Stage shownAt(FxRobot robot, double x, double y) {
        Stage[] opened = new Stage[1];
        robot.interact(() -> {
            OnScreen.keepEveryWindow();
            Stage dialog = new Stage();
            dialog.initOwner(owner);
            dialog.setScene(new Scene(new Pane(), 300, 200));
            dialog.setX(x);
            dialog.setY(y);
            dialog.show();
            opened[0] = dialog;
        });
        return opened[0];
    }
}
