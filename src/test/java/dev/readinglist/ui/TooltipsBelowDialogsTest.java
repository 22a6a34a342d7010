package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A tooltip of the window under a dialog never shows over the dialog; the dialog's own do. */
@ExtendWith(ApplicationExtension.class)
class TooltipsBelowDialogsTest {

    @Test
    void aDialogHidesTheTooltipsOfTheWindowItBlocksAndOnlyThose(FxRobot robot) {
        Stage[] stages = new Stage[2];
        Tooltip row = new Tooltip("A very long title that did not fit its column");
        Tooltip inDialog = new Tooltip("The dialog's own");
        robot.interact(() -> {
            TooltipsBelowDialogs.keepEveryTooltip();
            stages[0] = new Stage();
            stages[0].setScene(new Scene(new Label("window"), 400, 300));
            stages[0].show();
            row.show(stages[0]);
        });
        try {
            assertTrue(row.isShowing(), "with no dialog open, a tooltip shows");
            assertFalse(row.isHideOnEscape(), "Esc is the window's: the note's, the search's (the fifty-ninth walk)");
            robot.interact(() -> {
                stages[1] = new Stage();
                stages[1].initOwner(stages[0]);
                stages[1].initModality(Modality.WINDOW_MODAL);
                stages[1].setScene(new Scene(new Label("dialog"), 200, 100));
                stages[1].show();
            });
            assertFalse(row.isShowing(), "the dialog hid it");
            robot.interact(() -> row.show(stages[0]));
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(row.isShowing(), "its timer, still running, shows it behind the dialog: not at all");
            robot.interact(() -> inDialog.show(stages[1]));
            assertTrue(inDialog.isShowing(), "the dialog's own tooltip shows");
            robot.interact(() -> {
                inDialog.hide();
                stages[1].close();
                row.show(stages[0]);
            });
            assertTrue(row.isShowing(), "once the dialog is closed, the window's tooltips show again");
        } finally {
            robot.interact(() -> {
                row.hide();
                stages[0].close();
            });
        }
    }
}
