package dev.readinglist.ui;

import dev.readinglist.ui.common.Formats;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A note typed for an article that a command line or a sync deleted before the note was saved: the
 * article comes back with it, or the note goes to the clipboard. The note is never dropped unseen.
 */
final class OrphanedNoteDialog {

    private static final Duration DEAF = Duration.millis(800);

    private OrphanedNoteDialog() {}

    /** True to put the article back; otherwise the note is on the clipboard when this returns. */
    static boolean ask(Window owner, Consumer<Scene> style, String title, String note) {
        ButtonType putBack = new ButtonType("Put it back", ButtonBar.ButtonData.OK_DONE);
        ButtonType copy = new ButtonType("Copy the note and close", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", putBack, copy);
        alert.initOwner(owner);
        alert.setTitle("Deleted elsewhere");
        alert.setHeaderText("“" + Formats.shortened(title, 80) + "” was deleted elsewhere while you wrote its note");
        Label what = new Label("Put the article back with your note, or copy the note and let the article go.");
        what.setWrapText(true);
        TextArea text = new TextArea(note);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(8, what, text);
        content.setPrefWidth(480);
        alert.getDialogPane().setContent(content);
        style.accept(alert.getDialogPane().getScene());
        // It opens under typing fingers: Space on a focused button, or Enter, chose for the user unseen. The keys of
        // its first moments are dropped, then the keyboard rests in the note, read-only, and no button is default.
        ((Button) alert.getDialogPane().lookupButton(putBack)).setDefaultButton(false);
        boolean[] deaf = {true};
        alert.getDialogPane().addEventFilter(KeyEvent.ANY, key -> {
            if (deaf[0]) {
                key.consume();
            }
        });
        alert.setOnShown(e -> {
            PauseTransition wake = new PauseTransition(DEAF);
            wake.setOnFinished(done -> {
                deaf[0] = false;
                text.requestFocus();
            });
            wake.play();
        });
        boolean back = alert.showAndWait().filter(putBack::equals).isPresent();
        if (!back) {
            copy(note);
        }
        return back;
    }

    static void copy(String note) {
        ClipboardContent content = new ClipboardContent();
        content.putString(note);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
