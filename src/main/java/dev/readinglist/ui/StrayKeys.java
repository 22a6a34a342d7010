package dev.readinglist.ui;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Keys typed for a note whose article was deleted elsewhere, after the article left the list and before the "Deleted
 * elsewhere" dialog had the keyboard. The pane sends the keyboard to the search when its article goes, so that they
 * do not land in the next article's note; there Put it back cleared them to show the article, and the forty-ninth
 * walk lost one or two characters in 4 of 6 tries. The dialog takes them back into the note it offers.
 */
final class StrayKeys {

    private final StringProperty search;
    private final ChangeListener<Node> movedOn = (obs, old, now) -> forget();
    private Scene scene;
    /** The search's text as the keyboard was sent there; null when nothing is watched. */
    private String before;

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
        // Anywhere else the user took the keyboard, what the search holds is theirs.
        scene.focusOwnerProperty().addListener(movedOn);
    }

    /**
     * What was typed into the search since {@link #watch}, the search put back as it was; empty if nothing was. The
     * search's text was selected as it took the keyboard, so what it holds now was typed there whole.
     */
    String take() {
        String was = before;
        String typed = search.get();
        forget();
        if (was == null || typed.equals(was)) {
            return "";
        }
        search.set(was);
        return typed;
    }

    private void forget() {
        if (scene != null) {
            scene.focusOwnerProperty().removeListener(movedOn);
        }
        scene = null;
        before = null;
    }
}
