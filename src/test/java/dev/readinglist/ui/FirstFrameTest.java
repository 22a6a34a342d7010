package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The startup probe reports once, after layout, in milliseconds since the JVM started. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void reportsTheFirstFrameOnceWithTheJvmUptime(FxRobot robot) throws Exception {
        CompletableFuture<Long> reported = new CompletableFuture<>();
        int[] calls = {0};
        long before = ManagementFactory.getRuntimeMXBean().getUptime();
        robot.interact(() -> {
            Scene scene = new Scene(new Label("first frame"));
            FirstFrame.whenShown(scene, ms -> {
                calls[0]++;
                reported.complete(ms);
            });
            stage.setScene(scene);
            stage.show();
        });
        long ms = reported.get(10, TimeUnit.SECONDS);
        assertTrue(ms >= before, ms + " ms is since JVM start, so not before " + before);
        robot.interact(() -> stage.getScene().getRoot().requestLayout());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, calls[0], "only the first frame is reported");
    }
}
