package dev.readinglist.ui;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;

/**
 * Keys typed for a note whose article was deleted elsewhere, after the article left the list and before the "Deleted
 * elsewhere" dialog had the keyboard, or before the user chose Put it back on the notice that says it went. The pane
 * sends the keyboard to the search when its article goes, so that they do not land in the next article's note; there
 * Put it back cleared them to show the article, and the forty-ninth walk lost one or two characters in 4 of 6 tries.
 * The note put back takes them back.
 */
final class StrayKeys {

    private final StringProperty search;
    private final ChangeListener<Node> movedOn = (obs, old, now) -> forget();
    /**
     * A click anywhere but on a notice (its Put it back) is the user's own doing: the fifty-first walk clicked the
     * search, which had the keyboard already, typed a search, and Put it back added it to the note.
     */
    private final EventHandler<MouseEvent> clicked = click -> {
        if (!onANotice(click.getTarget())) {
            forget();
        }
    };

    private Scene scene;
    /** The search's text as the keyboard was sent there; null when nothing is watched. */
    private String before;
    /** What the search held when {@link #takeSoFar} last took from it. */
    private String taken = "";

    StrayKeys(StringProperty search) {
        this.search = search;
    }

    /** The keyboard was just sent to the search, in {@code scene}, because the article typed for went. */
    void watch(Scene scene) {
        forget();
        if (scene == null) {
            return;
        }
        this.scene = scene;
        before = search.get();
        // Anywhere else the user took the keyboard, or clicked, what the search holds is theirs.
        scene.focusOwnerProperty().addListener(movedOn);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, clicked);
    }

    /**
     * What was typed into the search since {@link #watch}, or since {@link #takeSoFar}, the search put back as it was;
     * empty if nothing was. The search's text was selected as it took the keyboard, so what it holds was typed there.
     */
    String take() {
        String typed = takeSoFar();
        if (before != null && !search.get().equals(before)) {
            search.set(before);
        }
        forget();
        return typed;
    }

    /**
     * As {@link #take}, watching on and the search left as it is: keys typed while the "Deleted elsewhere" dialog
     * opens, before it has the keyboard, still go to the search (the fifty-first walk lost one to three characters
     * there in 4 of 6 tries), after those taken so far.
     */
    String takeSoFar() {
        String typed = search.get();
        if (before == null || typed.equals(before)) {
            return "";
        }
        String more = !taken.isEmpty() && typed.startsWith(taken) ? typed.substring(taken.length()) : typed;
        taken = typed;
        return more;
    }

    private void forget() {
        if (scene != null) {
            scene.focusOwnerProperty().removeListener(movedOn);
            scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, clicked);
        }
        scene = null;
        before = null;
        taken = "";
    }

    private static boolean onANotice(EventTarget target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node.getStyleClass().contains("toast")) {
                return true;
            }
        }
        return false;
    }
}
