package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The pulse timer rests while nothing changes on screen, and wakes for whatever needs a pulse: a changed
 * node, an animation. If it did not wake, the window would freeze: every UI test after this one in the same
 * JVM runs on it too.
 */
@ExtendWith(ApplicationExtension.class)
class RestingPulseTest {

    @Test
    void theTimerRestsWhenIdleAndWakesForAChangeAndForAnAnimation(FxRobot robot) throws Exception {
        Label label = new Label("idle");
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            RestingPulse.install();
            // Windows earlier tests left open may animate, and rightly keep the pulse: a caret blinks while its field
            // has the keyboard (until CaretRest stops it, ten seconds after the last input).
            for (Window left : List.copyOf(Window.getWindows())) {
                if (left.getScene() != null && left.getScene().getFocusOwner() instanceof TextInputControl) {
                    left.getScene().getRoot().requestFocus();
                }
                left.hide();
            }
            stage[0] = new Stage();
            stage[0].setScene(new Scene(label, 200, 100));
            stage[0].show();
        });
        try {
            assertTrue(restsWithin(12_000), "at rest a little after the last pulse it needed");

            CountDownLatch pulsed = new CountDownLatch(1);
            robot.interact(() -> {
                label.getScene().addPostLayoutPulseListener(pulsed::countDown);
                label.setText("changed");
            });
            assertTrue(pulsed.await(2, TimeUnit.SECONDS), "a changed node gets its pulse");
            assertTrue(restsWithin(2_000), "and the timer rests again after it");

            AtomicInteger frames = new AtomicInteger();
            AnimationTimer animation = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frames.incrementAndGet();
                }
            };
            robot.interact(animation::start);
            Thread.sleep(1_000);
            assertFalse(RestingPulse.resting(), "no rest while something moves");
            robot.interact(animation::stop);
            assertTrue(frames.get() >= 20, "an animation runs at its pace, not a frame now and then: " + frames.get());
            assertTrue(restsWithin(2_000), "at rest again once it stops");
        } finally {
            robot.interact(stage[0]::close);
        }
    }

    private static boolean restsWithin(long ms) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        while (System.nanoTime() < deadline) {
            if (RestingPulse.resting()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
