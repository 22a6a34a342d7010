package dev.readinglist.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's dialogs open over it. */
@ExtendWith(ApplicationExtension.class)
class FxDialogsTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 720, 500));
        stage.setX(40);
        stage.setY(60);
        stage.show();
    }

    @Test
    void aChoiceWithALongSentenceOpensCentredOnTheWindow(FxRobot robot) throws Exception {
        String sentence = "One is taken when you open the library and its newest backup is a day old, and one each"
                + " time you choose Back up now; the last 7 of each are kept. Newest first:";
        Future<Optional<String>> chosen = WaitForAsyncUtils.asyncFx(
                () -> new FxDialogs(stage).choose("Restore a backup", sentence, List.of("Dec 3, 2026", "Dec 2, 2026")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = dialog();
        assertEquals(
                stage.getX() + stage.getWidth() / 2,
                dialog.getX() + dialog.getWidth() / 2,
                2,
                "centred across the window, not by the width of its sentence on one line");
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), chosen.get(10, TimeUnit.SECONDS));
    }

    /** The thirty-seventh walk typed "p" in Rename or merge a tag's list of sixteen and more: nothing happened. */
    @Test
    void theFirstLettersOfAChoiceTypedSelectIt(FxRobot robot) throws Exception {
        List<String> tags = List.of("Database", "kafka", "Postgres", "postgres-tuning", "python", "queues");
        Future<Optional<String>> chosen = WaitForAsyncUtils.asyncFx(
                () -> new FxDialogs(stage).choose("Rename or merge a tag", "Your tag:", tags));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> box = robot.lookup(".dialog-pane .combo-box").queryAs(ComboBox.class);
        robot.clickOn(".dialog-pane .header-panel"); // the dialog has the keyboard, its OK button first
        robot.write("p");
        assertEquals("Postgres", box.getValue(), "the first it begins, whatever its case");
        robot.write("y");
        assertEquals("python", box.getValue(), "letters typed together make one beginning");
        robot.push(KeyCode.ALT, KeyCode.DOWN); // open, the list has the keys
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, box::isShowing);
        robot.sleep(1100); // a pause: the next letter begins again
        robot.write("k");
        assertEquals("kafka", box.getValue());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !box.isShowing());
        robot.type(KeyCode.ENTER);
        assertEquals(Optional.of("kafka"), chosen.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aQuestionIsTitledByWhatItDoesAndAMessageByTheApp(FxRobot robot) throws Exception {
        Future<Optional<String>> asked =
                WaitForAsyncUtils.asyncFx(() -> new FxDialogs(stage).ask("Rename “go”", "New name:", "go", List.of()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        assertEquals("Rename “go”", ((Stage) dialog()).getTitle(), "the window list tells two dialogs apart");
        assertNull(((DialogPane) dialog().getScene().getRoot()).getGraphic(), "asks for a word: no yes-or-no icon");
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), asked.get(10, TimeUnit.SECONDS));

        robot.interact(() -> new FxDialogs(stage).inform("Exported", "12 notes written."));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        assertEquals("Reading List", ((Stage) dialog()).getTitle());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() == null);
    }

    private Window dialog() {
        return Window.getWindows().stream()
                .filter(window -> window != stage && window instanceof Stage && window.isShowing())
                .findFirst()
                .orElse(null);
    }
}
