package dev.readinglist.ui.common;

import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Short messages in the window's status bar, at its right (the {@code .notice-slot} the window's view holds), that
 * go away by themselves: one at a time, the newest replacing the one shown. A notice takes its place in the window
 * and covers nothing: floated over the window it covered, wherever it was put, the table's last row (the eleventh
 * walk), the note (the nineteenth) and the article's title (the twenty-sixth and twenty-seventh). A notice never
 * takes the keyboard, stays while the pointer is on it, and goes as soon as its action can no longer do anything
 * (an Undo whose change Ctrl+Z took back).
 */
final class Toasts {

    /** On a notice whose timer waits for the pointer to leave. */
    private static final PseudoClass HELD = PseudoClass.getPseudoClass("held");

    /** The text's widest: a notice with the search cleared ("Added “…”; the search and filters are cleared to show it")
     * took two lines at 460, and grew the status bar, in a window with room for one (the thirty-first walk). */
    private static final double WIDTH = 640;

    private static final double NARROWEST = 220;
    /**
     * What the counts keep beside a notice that this keeps to one line, cut to "…" past it while the notice shows:
     * beside the longest counts ("26 shown (1 kept until the list changes) · 32 articles") notices took two and three
     * lines at 800 px, growing the status bar and moving the whole window up and back (the thirty-fourth walk).
     */
    private static final double COUNTS = 150;
    /** The status bar's padding and the spaces between its items, each side (app.css, ControlsFX's skin). */
    private static final double GAPS = 30;
    /** Room for an action's button beside the text (app.css). */
    private static final double ACTION = 70;

    private static final Duration PLAIN = Duration.seconds(5);
    private static final Duration WITH_ACTION = Duration.seconds(10);
    private static final Duration FADE = Duration.millis(300);

    private final Stage owner;
    private Shown shown;
    /** The newest notice that waits for a dialog to close; null when none waits. */
    private Runnable waiting;

    /** The notice in the slot, its timer, and what its action still needs to be of use. */
    private record Shown(
            Node box,
            PauseTransition timer,
            ObservableBooleanValue usable,
            ChangeListener<Boolean> gone,
            Runnable unfollow) {}

    Toasts(Stage owner) {
        this.owner = owner;
    }

    void show(String text, Optional<Dialogs.Action> action) {
        hide();
        Optional<Window> asking = Window.getWindows().stream()
                .filter(window -> window != owner
                        && window.isShowing()
                        && window instanceof Stage stage
                        && stage.getModality() != Modality.NONE)
                .findFirst();
        if (asking.isPresent()) {
            // Under a dialog that blocks the window a notice can be read but not clicked, and its time ran out
            // there (the fifteenth walk, a command line's restore while the Add form was open): it waits.
            waiting = () -> show(text, action);
            showWaitingWhenClosed(asking.get());
            return;
        }
        waiting = null;
        if (action.isPresent() && !action.get().usable().get()) {
            return;
        }
        Pane slot = slot();
        Label label = new Label(text);
        label.setWrapText(true);
        TextDirection.wrapUnlessRightToLeft(label);
        label.getStyleClass().add("toast-text");
        HBox box = new HBox(10, label);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        box.getStyleClass().add("toast");
        PauseTransition wait = new PauseTransition(action.isPresent() ? WITH_ACTION : PLAIN);
        action.ifPresent(a -> {
            Button button = new Button(a.label());
            button.getStyleClass().add("toast-action");
            button.setFocusTraversable(false);
            button.setMinWidth(Button.USE_PREF_SIZE);
            button.setOnAction(e -> {
                button.setDisable(true);
                wait.stop();
                a.run().run();
                fadeOut(box);
            });
            box.getChildren().add(button);
        });
        ObservableBooleanValue usable = action.map(Dialogs.Action::usable).orElse(null);
        ChangeListener<Boolean> gone = (obs, was, now) -> {
            if (!now) {
                fadeOut(box);
            }
        };
        if (usable != null) {
            usable.addListener(gone);
        }
        // Fitted again when the sync status beside it changes, or the window's width: shown as the window opened,
        // before the first sync's status came, it ran over that status (the fifty-second walk's kept tag filter).
        Runnable fit = () -> fit(box, label, action.isPresent());
        Node status = lookup(".sync-status");
        InvalidationListener refit = changed -> fit.run();
        if (status instanceof Labeled statusText) {
            statusText.textProperty().addListener(refit);
        }
        owner.widthProperty().addListener(refit);
        shown = new Shown(box, wait, usable, gone, () -> {
            owner.widthProperty().removeListener(refit);
            if (status instanceof Labeled statusText) {
                statusText.textProperty().removeListener(refit);
            }
        });
        slot.getChildren().setAll(box);
        fit.run();
        wait.setOnFinished(e -> fadeOut(box));
        // Under the pointer, it waits: the user is reading it, or on the way to its button. ":held" says so.
        box.setOnMouseEntered(e -> wait.pause());
        box.setOnMouseExited(e -> wait.play());
        wait.statusProperty()
                .addListener((obs, was, now) -> box.pseudoClassStateChanged(HELD, now == Animation.Status.PAUSED));
        wait.play();
    }

    /**
     * The status bar lays its items out at one line's height: a long notice is given the lines it wraps to, cut to "…"
     * it lost its end ("; the search and filters are cleared to show it"). Nor narrower than it was measured for:
     * squeezed by long counts beside it, its end was cut off ("Marked “Rate Limiting Algorithms: Token Bucket,…” …",
     * the twenty-ninth walk).
     */
    private void fit(HBox box, Label label, boolean withAction) {
        box.applyCss();
        double oneLine = label.prefWidth(-1);
        // The notice's own border and padding too: without them its text ran over the sync status beside it at
        // 800x600 (the forty-ninth walk).
        double width = width(withAction, oneLine, box.snappedLeftInset() + box.snappedRightInset());
        label.setMaxWidth(width);
        double shown = Math.min(oneLine, width);
        label.setMinWidth(shown);
        label.setMinHeight(label.prefHeight(shown));
    }

    /**
     * A notice goes after a moment, inert and fading: gone at once, a double click's second click met what the
     * status bar then showed. A notice the action itself gave replaces it at once.
     */
    private void fadeOut(Node box) {
        if (shown == null || shown.box() != box) {
            return;
        }
        box.setDisable(true);
        FadeTransition fade = new FadeTransition(FADE, box);
        fade.setToValue(0);
        fade.setOnFinished(e -> {
            if (shown != null && shown.box() == box) {
                hide();
            }
        });
        fade.play();
    }

    /**
     * The text's width: what the status bar leaves beside the counts, the sync status and the notice's button, within
     * the notice's own cap, and never narrower than {@link #NARROWEST}. The counts give way to their first
     * {@link #COUNTS} pixels, cut to "…" while the notice shows, only where that keeps a notice of {@code oneLine}
     * pixels to one line; a notice that takes two lines either way leaves them whole: "2 selected" read "2 se…" at
     * 800x600 right after acting on the two (the forty-first walk).
     */
    private double width(boolean withAction, double oneLine, double insets) {
        double counts = prefWidth(".status-bar .status-label");
        double beside = room(withAction, counts, insets);
        double cut = room(withAction, Math.min(COUNTS, counts), insets);
        return oneLine > beside && oneLine <= cut ? cut : beside;
    }

    private double room(boolean withAction, double counts, double insets) {
        double room =
                owner.getWidth() - 2 * GAPS - (withAction ? ACTION : 0) - counts - prefWidth(".sync-status") - insets;
        // All the counts leave: held to 55% of the window as well, it took two lines at 800x600 with room for one
        // (the thirty-first walk).
        return Math.max(NARROWEST, Math.min(WIDTH, room));
    }

    private Node lookup(String selector) {
        return owner.getScene() == null ? null : owner.getScene().lookup(selector);
    }

    private double prefWidth(String selector) {
        Node node = lookup(selector);
        // One left out of the layout takes no room: the sync status while sync is off.
        return node == null || !node.isManaged() ? 0 : node.prefWidth(-1);
    }

    /** Where notices show: the window's own, in its status bar. */
    private Pane slot() {
        Node slot = owner.getScene() == null ? null : owner.getScene().lookup(".notice-slot");
        if (slot instanceof Pane pane) {
            return pane;
        }
        throw new IllegalStateException("The window has no .notice-slot pane for its notices");
    }

    /** Shows the waiting notice once {@code dialog} has closed (or waits on for the next dialog still open). */
    private void showWaitingWhenClosed(Window dialog) {
        EventHandler<WindowEvent> handler = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                dialog.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                Runnable notice = waiting;
                waiting = null;
                if (notice != null) {
                    notice.run();
                }
            }
        };
        dialog.addEventHandler(WindowEvent.WINDOW_HIDDEN, handler);
    }

    private void hide() {
        if (shown == null) {
            return;
        }
        Shown going = shown;
        shown = null;
        going.timer().stop();
        going.unfollow().run();
        if (going.usable() != null) {
            going.usable().removeListener(going.gone());
        }
        if (going.box().getParent() instanceof Pane slot) {
            slot.getChildren().remove(going.box());
        }
    }
}
