package dev.readinglist.ui.adding;

import dev.readinglist.ui.common.Views;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/** Add article (Ctrl+N) and Edit article (F2): the form in a dialog, Add or Save only while it is valid. */
public final class ArticleDialog {

    /**
     * Where the last form stood, so that one brought back with a message stands there too: centred
     * again, a form made taller by its message came back a little higher each time (the fifteenth walk).
     */
    private static double lastX = Double.NaN;

    private static double lastY = Double.NaN;

    private ArticleDialog() {}

    /** Asks for an article; {@code initial} null adds one. Empty when cancelled. */
    public static Optional<ArticleFormController.Entry> ask(
            Window owner, Consumer<Scene> style, ArticleFormController.Entry initial) {
        return ask(owner, style, initial, initial != null, null, "Edit the article", null);
    }

    /** Edit article, under a header that says which of the selected it edits. */
    public static Optional<ArticleFormController.Entry> edit(
            Window owner, Consumer<Scene> style, ArticleFormController.Entry initial, String header) {
        return ask(owner, style, initial, true, null, header, null);
    }

    /**
     * Add or Edit article again, with what the user typed, after the list turned its link down or asked about it.
     * While the link is the other article's, the form can go to that one instead ({@code goToIt}): the form said
     * which article had the link, and gave no way to it (the sixty-fifth walk).
     */
    public static Optional<ArticleFormController.Entry> askAgain(
            Window owner,
            Consumer<Scene> style,
            ArticleFormController.Entry draft,
            ArticleFormController.Taken taken,
            boolean editing,
            Runnable goToIt) {
        return ask(owner, style, draft, editing, taken, "Edit the article", goToIt);
    }

    private static Optional<ArticleFormController.Entry> ask(
            Window owner,
            Consumer<Scene> style,
            ArticleFormController.Entry initial,
            boolean editing,
            ArticleFormController.Taken taken,
            String header,
            Runnable goToIt) {
        Views.Loaded<ArticleFormController> view = Views.load(
                ArticleFormController.class,
                "ArticleForm.fxml",
                () -> new ArticleFormController(initial, editing, taken));
        DialogPane pane = (DialogPane) view.root();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(editing ? "Edit article" : "Add article");
        dialog.setDialogPane(pane);
        ButtonType ok = pane.getButtonTypes().getFirst();
        if (editing) {
            pane.setHeaderText(header);
            ok = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
            pane.getButtonTypes().set(0, ok);
        }
        // Added before the others' bindings: a new button type makes the pane set each button's default again.
        ButtonType going = goToIt == null ? null : goingButton(pane, view.controller());
        Button okButton = (Button) pane.lookupButton(ok);
        okButton.disableProperty().bind(view.controller().validProperty().not());
        okButton.textProperty()
                .bind(Bindings.when(view.controller().askingProperty())
                        .then(editing ? "Save anyway" : "Add anyway")
                        .otherwise(okButton.getText()));
        // Asked about a link the list may have, Enter adds nothing: the sixty-fifth walk's second Enter, the one
        // that had shown the question, would have added the article twice. The button is a click or Tab away.
        okButton.defaultButtonProperty().bind(view.controller().askingProperty().not());
        style.accept(pane.getScene());
        dialog.setOnShown(e -> view.controller().focusFirst());
        if (taken != null && !Double.isNaN(lastX)) {
            dialog.setX(lastX);
            dialog.setY(lastY);
        }
        dialog.setOnHidden(e -> {
            lastX = dialog.getX();
            lastY = dialog.getY();
        });
        // A text field with a formatter (title, reading time) takes Esc for itself: the dialog closes anyway.
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        // Ctrl+Enter adds or saves from any field, the summary too, where Enter starts a line (the seventy-sixth walk
        // looked for it); not while the form asks about a link, where Enter does nothing either.
        pane.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                key.consume();
                cancel.fire();
            } else if (key.getCode() == KeyCode.ENTER && key.isShortcutDown()) {
                key.consume();
                if (!okButton.isDisabled() && okButton.isDefaultButton()) {
                    okButton.fire();
                }
            }
        });
        // Esc, Cancel or the window's close with typing in the form asks first: a walk filled the form, pressed Esc,
        // and all it typed was gone.
        dialog.setOnCloseRequest(close -> {
            ButtonType answer = dialog.getResult();
            boolean keeping = answer != null && answer.getButtonData() == ButtonBar.ButtonData.OK_DONE;
            boolean leaving = answer != null && answer == going
                    ? view.controller().holdsMoreThanALink()
                    : !keeping && view.controller().holdsTyping();
            if (leaving && !discard(pane, editing, style)) {
                close.consume();
            }
        });
        Optional<ButtonType> answered = dialog.showAndWait();
        if (going != null && answered.filter(going::equals).isPresent()) {
            goToIt.run();
        }
        return answered.filter(answer -> answer.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(answer -> view.controller().entry());
    }

    /** "Go to that article", on the left, there while the Link field holds the link the other article has. */
    private static ButtonType goingButton(DialogPane pane, ArticleFormController form) {
        ButtonType going = new ButtonType("_Go to that article", ButtonBar.ButtonData.LEFT);
        pane.getButtonTypes().add(going);
        Button button = (Button) pane.lookupButton(going);
        button.visibleProperty().bind(form.holdingTakenLinkProperty());
        button.managedProperty().bind(form.holdingTakenLinkProperty());
        return going;
    }

    /** Whether to let go of what the form holds; Enter and Esc keep it. */
    private static boolean discard(DialogPane form, boolean editing, Consumer<Scene> style) {
        ButtonType discard = new ButtonType(editing ? "Discard changes" : "Discard", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", discard, keep);
        alert.initOwner(form.getScene().getWindow());
        String question = editing ? "Discard your changes to this article?" : "Discard this article?";
        alert.setTitle(question);
        alert.setHeaderText(question);
        alert.setContentText(editing ? "The article stays as it was." : "What you typed is not added.");
        style.accept(alert.getDialogPane().getScene());
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
