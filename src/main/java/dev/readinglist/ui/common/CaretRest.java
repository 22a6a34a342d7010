package dev.readinglist.ui.common;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
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
 * busy. A key, a click or a scroll sets it blinking again. The ten seconds are counted by
 * {@link QuietTimer}, not on the FX timeline, whose own animations would keep the pulse going.
 */
public final class CaretRest {

    private static final Duration REST_AFTER = Duration.ofSeconds(10);

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
        pending = QuietTimer.after(REST_AFTER, background, () -> rest(mine));
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
