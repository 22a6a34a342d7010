package dev.readinglist.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TextInputControlSkin;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Lets the caret of a focused text field stop blinking after ten seconds without input, as GTK
 * stops its own (gtk-cursor-blink-timeout): a blinking caret is a running animation, which keeps
 * JavaFX's pulse going sixty times a second, so a window left open all day would keep a core
 * busy. A key, a click or a scroll sets it blinking again. The ten seconds are counted on a timer
 * thread, not on the FX timeline, whose own animations would keep the pulse going.
 */
public final class CaretRest {

    private static final long REST_AFTER_MS = 10_000;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "caret-rest");
        thread.setDaemon(true);
        return thread;
    });

    private final Scene scene;
    private final Background background;
    /** FX thread only, as is everything below. */
    private ScheduledFuture<?> pending;

    private TextInputControl resting;
    /** Counts inputs: a rest queued before the latest input is not taken. */
    private long inputs;

    private CaretRest(Scene scene, Background background) {
        this.scene = scene;
        this.background = background;
    }

    /** Watches a window's input: its carets rest ten seconds after the last. FX thread. */
    public static void install(Scene scene, Background background) {
        CaretRest rest = new CaretRest(scene, background);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, rest::input);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, rest::input);
        scene.addEventFilter(ScrollEvent.SCROLL, rest::input);
        scene.focusOwnerProperty().addListener((obs, old, now) -> rest.input(null));
        rest.input(null);
    }

    private void input(Event event) {
        if (resting != null) {
            if (resting.isFocused() && resting.getSkin() instanceof TextInputControlSkin<?> skin) {
                skin.setCaretAnimating(true);
            }
            resting = null;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        long mine = ++inputs;
        pending = TIMER.schedule(() -> background.onUiThread(() -> rest(mine)), REST_AFTER_MS, TimeUnit.MILLISECONDS);
    }

    private void rest(long after) {
        if (after != inputs) {
            return;
        }
        Node focused = scene.getFocusOwner();
        if (focused instanceof TextInputControl field && field.getSkin() instanceof TextInputControlSkin<?> skin) {
            skin.setCaretAnimating(false);
            resting = field;
        }
    }
}
