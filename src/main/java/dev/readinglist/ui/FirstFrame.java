package dev.readinglist.ui;

import java.lang.management.ManagementFactory;
import java.util.function.LongConsumer;
import javafx.scene.Scene;

/** Tells when a scene's first frame has been laid out and handed to the renderer, in ms since JVM start. */
final class FirstFrame {

    private FirstFrame() {}

    static void whenShown(Scene scene, LongConsumer millisSinceStart) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            millisSinceStart.accept(ManagementFactory.getRuntimeMXBean().getUptime());
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
