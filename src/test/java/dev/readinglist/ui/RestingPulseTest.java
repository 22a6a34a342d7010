package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.ui.common.CaretRest;
import dev.readinglist.ui.common.FxBackground;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pulse timer rests while nothing changes on screen, and wakes for whatever needs a pulse: a changed
 * node, an animation. If it did not wake, the window would freeze: the window tests (MainWindowTest and
 * others) run on it too. This one runs in a JVM of its own (see the pom), as windows other tests leave open
 * may animate, a caret blinking for ten seconds, and rightly keep the pulse going.
 */
@ExtendWith(ApplicationExtension.class)
class RestingPulseTest {

    @Test
    void theTimerRestsWhenIdleAndWakesForAChangeAndForAnAnimation(FxRobot robot) throws Exception {
        Label label = new Label("idle");
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            RestingPulse.install();
            stage[0] = new Stage();
            stage[0].setScene(new Scene(label, 200, 100));
            stage[0].show();
        });
        try {
            assertTrue(restsWithin(2_000), "at rest a little after the last pulse it needed");

            CountDownLatch pulsed = new CountDownLatch(1);
            robot.interact(() -> {
                label.getScene().addPostLayoutPulseListener(pulsed::countDown);
                label.setText("changed");
            });
            assertTrue(pulsed.await(2, TimeUnit.SECONDS), "a changed node gets its pulse");
            assertTrue(restsWithin(2_000), "and the timer rests again after it");

            CountDownLatch frames = new CountDownLatch(20);
            AnimationTimer animation = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frames.countDown();
                }
            };
            robot.interact(animation::start);
            boolean atItsPace = frames.await(1, TimeUnit.SECONDS);
            assertFalse(RestingPulse.resting(), "no rest while something moves");
            robot.interact(animation::stop);
            assertTrue(
                    atItsPace,
                    "an animation runs at its pace, not a frame now and then: "
                            + (20 - frames.getCount())
                            + " frames in 1 s");
            assertTrue(restsWithin(2_000), "at rest again once it stops");
        } finally {
            robot.interact(stage[0]::close);
        }
    }

    /**
     * JavaFX's text skins start the caret blinking again whenever the caret moves, with the keyboard or without: a
     * note or a search the window changed after the keyboard left it blinked unseen, and the pulse never rested.
     */
    @Test
    void aCaretTheKeyboardLeftStaysStillWhenTheWindowMovesIt(FxRobot robot) throws Exception {
        TextField field = new TextField("typed");
        Button away = new Button("away");
        Stage[] stage = new Stage[1];
        try (FxBackground background = new FxBackground()) {
            robot.interact(() -> {
                RestingPulse.install();
                stage[0] = new Stage();
                stage[0].setScene(new Scene(new VBox(field, away), 300, 120));
                CaretRest.install(stage[0].getScene(), background);
                stage[0].show();
                field.requestFocus();
            });
            robot.interact(away::requestFocus);
            robot.interact(() -> {
                field.setText("changed by the window");
                field.end();
            });
            assertTrue(restsWithin(2_000), "no caret blinks where nobody types");
        } finally {
            robot.interact(stage[0]::close);
        }
    }

    /** A dialog closed with the keyboard in a field kept that field's caret blinking after it hid. */
    @Test
    void aDialogClosedWithTheKeyboardInAFieldLeavesNoCaretBlinking(FxRobot robot) throws Exception {
        TextField field = new TextField();
        Stage[] dialog = new Stage[1];
        try (FxBackground background = new FxBackground()) {
            robot.interact(() -> {
                RestingPulse.install();
                CaretRest.installInEveryWindow(background);
                dialog[0] = new Stage();
                dialog[0].setScene(new Scene(new VBox(field), 300, 80));
                dialog[0].show();
                field.requestFocus();
            });
            robot.write("a title");
            assertFalse(RestingPulse.resting(), "the caret blinks while the dialog is open and typed in");
            robot.interact(dialog[0]::hide);
            assertTrue(restsWithin(2_000), "its caret stops as it hides");
        } finally {
            robot.interact(dialog[0]::close);
        }
    }

    /** A resting caret stays shown, as GTK's does; JavaFX hides a caret whose blink it stops. */
    @Test
    void theCaretOfAFieldThatRestsWithTheKeyboardStaysShown(FxRobot robot) throws Exception {
        TextField field = new TextField();
        Stage[] stage = new Stage[1];
        try (FxBackground background = new FxBackground()) {
            robot.interact(() -> {
                RestingPulse.install();
                stage[0] = new Stage();
                stage[0].setScene(new Scene(new VBox(field), 300, 80));
                CaretRest.install(stage[0].getScene(), background, Duration.ofMillis(300));
                stage[0].show();
                field.requestFocus();
            });
            robot.write("typed");
            assertTrue(restsWithin(3_000), "the caret rests");
            assertNotNull(WaitForAsyncUtils.asyncFx(() -> caretShown(field)).get(), "and stays shown");
        } finally {
            robot.interact(stage[0]::close);
        }
    }

    /** The skin's caret: a shape under the field drawn while shown (its selection's shape is empty). */
    private static Path caretShown(Node node) {
        if (node instanceof Path path && !path.getElements().isEmpty() && path.getOpacity() > 0 && path.isVisible()) {
            return path;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Path found = caretShown(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean restsWithin(long ms) {
        try {
            WaitForAsyncUtils.waitFor(ms, TimeUnit.MILLISECONDS, RestingPulse::resting);
            return true;
        } catch (TimeoutException stillBusy) {
            return false;
        }
    }
}
