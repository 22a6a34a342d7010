package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

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
