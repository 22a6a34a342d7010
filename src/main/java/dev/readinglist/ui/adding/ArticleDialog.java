package dev.readinglist.ui.adding;

import dev.readinglist.ui.common.Views;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
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

    private ArticleDialog() {}

    /** Asks for an article; {@code initial} null adds one. Empty when cancelled. */
    public static Optional<ArticleFormController.Entry> ask(
            Window owner, Consumer<Scene> style, ArticleFormController.Entry initial) {
        return ask(owner, style, initial, initial != null, null);
    }

    /** Add or Edit article again, with what the user typed, after the list turned its link down or asked about it. */
    public static Optional<ArticleFormController.Entry> askAgain(
            Window owner,
            Consumer<Scene> style,
            ArticleFormController.Entry draft,
            ArticleFormController.Taken taken,
            boolean editing) {
        return ask(owner, style, draft, editing, taken);
    }

    private static Optional<ArticleFormController.Entry> ask(
            Window owner,
            Consumer<Scene> style,
            ArticleFormController.Entry initial,
            boolean editing,
            ArticleFormController.Taken taken) {
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
            pane.setHeaderText("Edit the article");
            ok = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
            pane.getButtonTypes().set(0, ok);
        }
        Button okButton = (Button) pane.lookupButton(ok);
        okButton.disableProperty().bind(view.controller().validProperty().not());
        if (!editing) {
            okButton.textProperty()
                    .bind(Bindings.when(view.controller().askingProperty())
                            .then("Add anyway")
                            .otherwise(okButton.getText()));
        }
        style.accept(pane.getScene());
        dialog.setOnShown(e -> view.controller().focusFirst());
        // A text field with a formatter (title, reading time) takes Esc for itself: the dialog closes anyway.
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                key.consume();
                cancel.fire();
            }
        });
        return dialog.showAndWait()
                .filter(answer -> answer.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(answer -> view.controller().entry());
    }
}
