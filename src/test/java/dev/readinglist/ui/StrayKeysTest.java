package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The keys a note's typist sent into the search as its article went, as the window takes them back. */
@ExtendWith(ApplicationExtension.class)
class StrayKeysTest {

    private final StringProperty search = new SimpleStringProperty("redis");
    private final StrayKeys strays = new StrayKeys(search);
    private Label elsewhere;
    private Button putBack;
    private Scene scene;

    @Start
    void start(Stage stage) {
        elsewhere = new Label("the list"); // controls are made once the toolkit runs
        putBack = new Button("Put it back");
        HBox notice = new HBox(putBack);
        notice.getStyleClass().add("toast");
        scene = new Scene(new HBox(elsewhere, notice));
        stage.setScene(scene);
        stage.show();
    }

    /** The fifty-first walk lost the keys typed while the dialog opened, after it had taken those before. */
    @Test
    void keysTypedAfterTheFirstTakingAreTakenNextAndTheSearchIsPutBack(FxRobot robot) {
        robot.interact(() -> {
            strays.watch(scene);
            search.set("0123"); // the search's text was selected: the first key replaced it
            assertEquals("0123", strays.takeSoFar());
            search.set("012345");
            assertEquals("45", strays.take());
            assertEquals("redis", search.get());
            search.set("kafka");
            assertEquals("", strays.take(), "taken once");
        });
    }

    /** The fifty-first walk clicked the search, typed a search, and Put it back added it to the note. */
    @Test
    void aClickAnywhereButOnTheNoticeMakesTheSearchTheUsers(FxRobot robot) {
        robot.interact(() -> {
            strays.watch(scene);
            search.set("typed on");
            press(putBack);
            assertEquals("typed on", strays.takeSoFar(), "Put it back is pressed on the notice");
            press(elsewhere);
            search.set("celery");
            assertEquals("", strays.take());
            assertEquals("celery", search.get());
        });
    }

    private static void press(Node node) {
        Event.fireEvent(
                node,
                new MouseEvent(
                        MouseEvent.MOUSE_PRESSED,
                        1,
                        1,
                        1,
                        1,
                        MouseButton.PRIMARY,
                        1,
                        false,
                        false,
                        false,
                        false,
                        true,
                        false,
                        false,
                        false,
                        false,
                        false,
                        null));
    }
}
