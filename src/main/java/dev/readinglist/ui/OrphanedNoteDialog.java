package dev.readinglist.ui;

import dev.readinglist.ui.common.ClipboardText;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.FxBackground;
import dev.readinglist.ui.common.TabLeavesText;
import dev.readinglist.ui.common.TextDirection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A note typed for an article that a command line or a sync deleted before the note was saved: the
 * article comes back with it, or the note goes to the clipboard. The note is never dropped unseen.
 */
final class OrphanedNoteDialog {

    private OrphanedNoteDialog() {}

    /**
     * The note to put the article back with, as it is in the dialog then; empty when the article is let go, and the
     * note is on the clipboard when this returns. {@code typedWhileOpening} gives the keys typed elsewhere in the
     * window until the dialog had the keyboard: they go after {@code note}, before those the dialog caught.
     */
    static Optional<String> ask(
            Window owner, Consumer<Scene> style, String title, String note, Supplier<String> typedWhileOpening) {
        // Esc puts it back: the key that leaves the note must not let the article go, the note kept only on the
        // clipboard (the twelfth walk). Letting it go is a click of its own.
        ButtonType putBack = new ButtonType("Put it back", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType letGo = new ButtonType("Copy the note, let it go", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", letGo, putBack);
        alert.initOwner(owner);
        alert.setTitle("Deleted elsewhere");
        alert.setHeaderText("Deleted elsewhere while you wrote its note");
        // The title in a wrapping label: in the header, a long one made the dialog 927 pixels wide at 800x600.
        String said = Formats.quoted(title, 120) + " was deleted by another program or device."
                + " Put it back with your note, or copy the note and let the article go.";
        boolean rightToLeft = TextDirection.hasRightToLeft(title);
        Label what = new Label(rightToLeft ? TextDirection.inLines(said, 70) : said);
        what.setWrapText(!rightToLeft);
        TextArea text = new TextArea(note);
        text.setWrapText(true);
        TextDirection.wrapUnlessRightToLeft(text);
        text.setPrefRowCount(6);
        text.setMinHeight(Region.USE_PREF_SIZE);
        // To the buttons, as from any field: Tab typed a tab into the note the forty-ninth walk kept.
        TabLeavesText.install(text);
        VBox content = new VBox(8, what, text);
        content.setPrefWidth(480);
        alert.getDialogPane().setContent(content);
        style.accept(alert.getDialogPane().getScene());
        // It opens under typing fingers: Space on a focused button, or Enter, chose for the user unseen. No button is
        // default, and the keys typed until the note has the keyboard go into it: they were dropped, and the
        // forty-fourth walk's last words with them. The note can be typed on here, and what it holds is kept.
        ((Button) alert.getDialogPane().lookupButton(letGo)).setDefaultButton(false);
        boolean[] settled = {false};
        alert.getDialogPane().addEventFilter(KeyEvent.ANY, key -> {
            if (settled[0] || key.getTarget() == text) {
                return;
            }
            String typed = key.getCharacter();
            if (key.getEventType() == KeyEvent.KEY_TYPED
                    && !typed.isEmpty()
                    && typed.charAt(0) >= ' '
                    && !key.isShortcutDown()) {
                text.appendText(typed);
            }
            key.consume();
        });
        Runnable takeTyped = () -> {
            if (!settled[0]) {
                settled[0] = true;
                text.insertText(note.length(), typedWhileOpening.get());
            }
        };
        alert.setOnShown(e -> FxBackground.later(() -> {
            takeTyped.run();
            text.requestFocus();
            text.positionCaret(text.getLength());
        }));
        alert.getDialogPane().setMaxWidth(560);
        Button back = (Button) alert.getDialogPane().lookupButton(putBack);
        text.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE) { // a text area keeps Esc for itself
                key.consume();
                back.fire();
            }
        });
        boolean kept = alert.showAndWait().filter(letGo::equals).isEmpty();
        takeTyped.run(); // answered before it settled
        if (!kept) {
            ClipboardText.put(text.getText());
            return Optional.empty();
        }
        return Optional.of(text.getText());
    }
}
