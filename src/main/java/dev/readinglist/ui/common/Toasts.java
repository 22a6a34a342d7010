package dev.readinglist.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Popup;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Short messages over the top of the article pane (see where {@code show} places them, and why), that go away by
 * themselves: one at a time, the newest replacing the one shown. Styled by the window's own theme (the toast classes in app.css
 * and dark.css), wrapped and width-capped. A toast never takes the keyboard, and stays while the
 * pointer is on it.
 */
final class Toasts {

    /** On a notice whose timer waits for the pointer to leave. */
    private static final PseudoClass HELD = PseudoClass.getPseudoClass("held");

    private static final double WIDTH = 420;
    /** The toast's padding and border, each side, and room for an action's button (app.css). */
    private static final double PADDING = 16;

    private static final double ACTION = 100;
    private static final double NARROWEST = 140;

    private static final Duration PLAIN = Duration.seconds(4);
    private static final Duration WITH_ACTION = Duration.seconds(10);
    private static final Duration FADE = Duration.millis(300);

    private final Stage owner;
    private Popup shown;
    /** The newest notice that waits for a dialog to close; null when none waits. */
    private Runnable waiting;
    /**
     * A dialog or another window opening hides the notice: a notice floats above every window of the
     * app, so it would cover the dialog and take the clicks meant for it. Held here, listened to weakly.
     */
    private final ListChangeListener<Window> windowOpened = change -> {
        while (change.next()) {
            if (change.wasAdded()) {
                change.getAddedSubList().stream()
                        .filter(window -> !(window instanceof PopupWindow))
                        .forEach(this::hideWhenShown);
            }
        }
    };

    Toasts(Stage owner) {
        this.owner = owner;
        Window.getWindows().addListener(new WeakListChangeListener<>(windowOpened));
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
            // Over a dialog that blocks the window a notice can be read but not clicked, and its time ran out
            // there (the fifteenth walk, a command line's restore while the Add form was open): it waits.
            waiting = () -> show(text, action);
            showWaitingWhenClosed(asking.get());
            return;
        }
        waiting = null;
        Label label = new Label(text);
        label.setWrapText(true);
        double room = room();
        // In a narrow pane the button goes under the text, which keeps the pane's width: beside it, the text was
        // squeezed to a column of one or two words a line (the twenty-first walk, at 800x600).
        boolean below = action.isPresent() && room - ACTION < WIDTH;
        label.setMaxWidth(Math.max(NARROWEST, Math.min(WIDTH, room - (action.isPresent() && !below ? ACTION : 0))));
        label.getStyleClass().add("toast-text");
        Pane box;
        if (below) {
            box = new VBox(4, label);
        } else {
            HBox beside = new HBox(12, label);
            beside.setAlignment(Pos.CENTER_LEFT);
            box = beside;
        }
        box.getStyleClass().add("toast");
        box.getStylesheets()
                .setAll(owner.getScene() == null ? List.of() : owner.getScene().getStylesheets());
        Popup popup = new Popup();
        PauseTransition wait = new PauseTransition(action.isPresent() ? WITH_ACTION : PLAIN);
        action.ifPresent(a -> {
            Button button = new Button(a.label());
            button.getStyleClass().add("toast-action");
            button.setFocusTraversable(false);
            button.setOnAction(e -> {
                button.setDisable(true);
                wait.stop();
                a.run().run();
                fadeOut(popup, box);
            });
            if (below) {
                HBox row = new HBox(button);
                row.setAlignment(Pos.CENTER_RIGHT);
                box.getChildren().add(row);
            } else {
                box.getChildren().add(button);
            }
        });
        popup.getContent().add(box);
        popup.setAutoFix(true);
        // Esc is the window's (a search to clear, a dialog to close): taken here, the fifteenth walk's Esc closed the
        // notice and its Undo instead of clearing the search.
        popup.setHideOnEscape(false);
        shown = popup;
        popup.setOnShown(e -> {
            // At the right, over the top of the article pane, whose title it repeats: at the bottom left it covered
            // the table's last row, where an added article shows (the eleventh walk could not read the title it had
            // just added, 3 times of 3), and at the bottom right the note, at 800x600, and Copy link.
            popup.setX(owner.getX() + owner.getWidth() - popup.getWidth() - 16);
            Node pane = detailPane();
            Bounds top = pane == null ? null : pane.localToScreen(pane.getLayoutBounds());
            popup.setY(top != null ? top.getMinY() + 8 : owner.getY() + owner.getHeight() - popup.getHeight() - 40);
        });
        popup.show(owner);
        wait.setOnFinished(e -> popup.hide());
        // Under the pointer, it waits: the user is reading it, or on the way to its button. ":held" says so.
        box.setOnMouseEntered(e -> wait.pause());
        box.setOnMouseExited(e -> wait.play());
        wait.statusProperty()
                .addListener((obs, was, now) -> box.pseudoClassStateChanged(HELD, now == Animation.Status.PAUSED));
        wait.play();
    }

    /**
     * A notice acted on goes after a moment, inert and fading: gone at once, a double click's second click, or
     * one a moment late, met the link under it (the twenty-first walk's Show all opened the article's link).
     * A notice the action itself gave replaces it at once.
     */
    private void fadeOut(Popup popup, Node box) {
        if (shown != popup) {
            return;
        }
        FadeTransition fade = new FadeTransition(FADE, box);
        fade.setToValue(0);
        fade.setOnFinished(e -> {
            popup.hide();
            if (shown == popup) {
                shown = null;
            }
        });
        fade.play();
    }

    /**
     * As wide as the article pane leaves room for, which it covers the top of: wider, at 800x600, it
     * covered the selected row's title in the table (the nineteenth walk).
     */
    private double room() {
        Node pane = detailPane();
        return pane == null ? Double.MAX_VALUE : pane.getLayoutBounds().getWidth() - 16 - 2 * PADDING;
    }

    /** The window's article pane, when it shows; null when it is hidden or not there. */
    private Node detailPane() {
        Node pane = owner.getScene() == null ? null : owner.getScene().lookup(".detail-pane");
        return pane == null || !pane.isVisible() ? null : pane;
    }

    /** Shows the waiting notice once {@code dialog} has closed (or waits on for the next dialog still open). */
    private void showWaitingWhenClosed(Window dialog) {
        once(dialog, WindowEvent.WINDOW_HIDDEN, () -> {
            Runnable notice = waiting;
            waiting = null;
            if (notice != null) {
                notice.run();
            }
        });
    }

    /** Hides the notice once the window has shown: while the list of windows reports a change, it cannot change. */
    private void hideWhenShown(Window window) {
        once(window, WindowEvent.WINDOW_SHOWN, this::hide);
    }

    /** Runs {@code action} the next time {@code window} has this event, and not again. */
    private static void once(Window window, EventType<WindowEvent> type, Runnable action) {
        EventHandler<WindowEvent> handler = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                window.removeEventHandler(type, this);
                action.run();
            }
        };
        window.addEventHandler(type, handler);
    }

    private void hide() {
        if (shown != null) {
            shown.hide();
            shown = null;
        }
    }
}
