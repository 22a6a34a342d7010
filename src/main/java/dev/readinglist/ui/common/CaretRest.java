package dev.readinglist.ui.common;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TextInputControlSkin;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Lets the caret of a focused text field stop blinking after ten seconds without input, as GTK
 * stops its own (gtk-cursor-blink-timeout): a blinking caret is a running animation, which keeps
 * JavaFX's pulse going sixty times a second, so a window left open all day would keep a core
 * busy. A key, a click or a scroll sets it blinking again. The ten seconds are counted by
 * {@link QuietTimer}, not on the FX timeline, whose own animations would keep the pulse going.
 * Like GTK's, the resting caret stays shown: JavaFX hides a caret whose blink stops, and only the
 * skin's private setter shows it again ({@code --add-opens javafx.controls/javafx.scene.control.skin},
 * which the launchers pass; without it the resting caret is hidden until the next key).
 *
 * <p>It also stops the carets JavaFX leaves blinking where nobody types: its text skins start the
 * blink again whenever a field's caret moves, focused or not (JavaFX 26.0.2), so a note or a search
 * changed by the window after the keyboard left it blinked unseen for good; and a dialog closed with
 * the keyboard in a field kept that field's caret blinking after it hid.
 */
public final class CaretRest {

    private static final Logger LOG = Logger.getLogger(CaretRest.class.getName());
    private static final Duration REST_AFTER = Duration.ofSeconds(10);
    /** The skin's private setBlink(boolean), or null where it cannot be reached. */
    private static final Method SET_BLINK = setBlink();
    /** Marks a scene watched, and a field whose caret is kept still while it lacks the keyboard. */
    private static final Object KEY = CaretRest.class;
    /** Marks a window whose hiding stops its carets (EveryWindow marks windows with KEY). */
    private static final Object HIDING = new Object();

    private final Scene scene;
    private final Background background;
    private final Duration restAfter;
    /** FX thread only, as is everything below. */
    private ScheduledFuture<?> pending;

    private TextInputControl resting;
    /** Counts inputs: a rest queued before the latest input is not taken. */
    private long inputs;

    private CaretRest(Scene scene, Background background, Duration restAfter) {
        this.scene = scene;
        this.background = background;
        this.restAfter = restAfter;
    }

    /** Watches a window's input: its carets rest ten seconds after the last. FX thread. */
    public static void install(Scene scene, Background background) {
        install(scene, background, REST_AFTER);
    }

    /** The same, resting after the given quiet instead of ten seconds. FX thread. */
    public static void install(Scene scene, Background background, Duration restAfter) {
        if (scene.getProperties().putIfAbsent(KEY, Boolean.TRUE) != null) {
            return;
        }
        CaretRest rest = new CaretRest(scene, background, restAfter);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, rest::input);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, rest::input);
        scene.addEventFilter(ScrollEvent.SCROLL, rest::input);
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            if (old instanceof TextInputControl left) {
                keepStillUnfocused(left);
            }
            rest.input(null);
        });
        scene.windowProperty().addListener((obs, old, now) -> rest.watchHiding(now));
        rest.watchHiding(scene.getWindow());
        rest.input(null);
    }

    /** The same for every window the app shows from now on, its dialogs among them. FX thread. */
    public static void installInEveryWindow(Background background) {
        EveryWindow.setUp(
                KEY,
                window -> window.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
                    if (window.getScene() != null) {
                        install(window.getScene(), background);
                    }
                }));
    }

    private void watchHiding(Window window) {
        if (window != null && window.getProperties().putIfAbsent(HIDING, Boolean.TRUE) == null) {
            window.addEventHandler(WindowEvent.WINDOW_HIDDEN, hidden -> {
                if (pending != null) {
                    pending.cancel(false);
                }
                inputs++;
                resting = null;
                stillAll(scene.getRoot(), true);
            });
        }
    }

    private void input(Event event) {
        if (resting != null) {
            if (resting.isFocused()) {
                blink(resting, true);
            }
            resting = null;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        long mine = ++inputs;
        pending = QuietTimer.after(restAfter, background, () -> rest(mine));
    }

    private void rest(long after) {
        if (after != inputs) {
            return;
        }
        Node focused = scene.getFocusOwner();
        if (focused instanceof TextInputControl field) {
            blink(field, false);
            showSteady(field);
            resting = field;
        }
        stillAll(scene.getRoot(), false);
    }

    /** Stops the carets under a node that lack the keyboard (or all of them), and keeps them still. */
    private static void stillAll(Node node, boolean focusedToo) {
        if (node instanceof TextInputControl field) {
            keepStillUnfocused(field);
            if (focusedToo || !field.isFocused()) {
                blink(field, false);
            }
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> stillAll(child, focusedToo));
        }
    }

    /** After the skin's own listener, which restarts the blink on any caret move: stopped again unless focused. */
    private static void keepStillUnfocused(TextInputControl field) {
        if (field.getProperties().putIfAbsent(KEY, Boolean.TRUE) == null) {
            field.caretPositionProperty().addListener((obs, was, now) -> {
                if (!field.isFocused()) {
                    blink(field, false);
                }
            });
        }
    }

    private static void blink(TextInputControl field, boolean on) {
        if (field.getSkin() instanceof TextInputControlSkin<?> skin) {
            skin.setCaretAnimating(on);
        }
    }

    /** A stopped caret shown, not blinking: the skin shows it while its blink phase is off. */
    private static void showSteady(TextInputControl field) {
        if (SET_BLINK != null && field.getSkin() instanceof TextInputControlSkin<?> skin) {
            try {
                SET_BLINK.invoke(skin, false);
            } catch (ReflectiveOperationException | RuntimeException unreachable) {
                LOG.log(Level.FINE, "the resting caret stays hidden", unreachable);
            }
        }
    }

    private static Method setBlink() {
        try {
            Method method = TextInputControlSkin.class.getDeclaredMethod("setBlink", boolean.class);
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException unreachable) {
            LOG.log(Level.FINE, "a resting caret will be hidden", unreachable);
            return null;
        }
    }
}
