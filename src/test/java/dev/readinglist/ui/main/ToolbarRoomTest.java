package dev.readinglist.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What a narrow toolbar leaves out does not come and go as the numbers in it change. */
@ExtendWith(ApplicationExtension.class)
class ToolbarRoomTest {

    HBox toolbar;
    Label timeLeft;

    @Start
    void start(Stage stage) {
        TextField search = new TextField();
        search.setMinWidth(160);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox statusSwitch = new HBox(new Label("All 32"), new Label("Unread 28"));
        Label progress = new Label("4 of 32 read");
        timeLeft = new Label("8 h 9 min left");
        ProgressBar bar = new ProgressBar(0.1);
        VBox progressBox = new VBox(new HBox(8, progress, timeLeft), bar);
        toolbar = new HBox(8, search, statusSwitch, progressBox);
        new ToolbarRoom(toolbar, search, statusSwitch, progressBox, progress, timeLeft, bar);
        stage.setScene(new Scene(new Pane(toolbar), 1000, 100));
        stage.show();
    }

    /**
     * The thirty-fourth walk, at 800x600: "8 h 9 min left" showed, and after one more article read, "7 h 57 min left",
     * a little wider, did not; the time came and went as the user read.
     */
    @Test
    void theTimeLeftDoesNotComeAndGoAsItsDigitsChange(FxRobot robot) {
        List<Double> differ = new ArrayList<>();
        int[] shownAnywhere = {0};
        robot.interact(() -> {
            for (double width = 300; width <= 700; width += 2) {
                boolean before = shownAt(width, "8 h 9 min left");
                if (before != shownAt(width, "7 h 57 min left")) {
                    differ.add(width);
                }
                shownAnywhere[0] += before ? 1 : 0;
            }
        });
        assertTrue(shownAnywhere[0] > 0, "some width has room for it");
        assertEquals(List.of(), differ, "widths where it shows for one and not the other");
    }

    /** Whether the time left shows with this text in a toolbar this wide, laid out from a narrower one. */
    private boolean shownAt(double width, String text) {
        timeLeft.setText(text);
        toolbar.applyCss();
        toolbar.resize(width - 1, 40);
        toolbar.resize(width, 40);
        toolbar.layout();
        return timeLeft.isVisible();
    }
}
