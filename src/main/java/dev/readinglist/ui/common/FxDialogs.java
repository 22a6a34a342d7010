package dev.readinglist.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window's dialogs and its notices (in the status bar, see Toasts). Every text sits in a label that wraps at a readable width, so
 * a 600-character title makes a taller dialog, never a wider one.
 */
public final class FxDialogs implements Dialogs {

    static final double TEXT_WIDTH = 480;
    private static final double CHOICE_WIDTH = 380;

    private final Stage owner;
    private final Toasts toasts;

    public FxDialogs(Stage owner) {
        this.owner = owner;
        this.toasts = new Toasts(owner);
    }

    @Override
    public boolean confirm(String header, String text, String yes, boolean destructive) {
        ButtonType agree = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, text);
        alert.getButtonTypes().setAll(agree, ButtonType.CANCEL);
        if (destructive) {
            // Enter must not delete: the safe answer is the default.
            ((Button) alert.getDialogPane().lookupButton(agree)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(agree::equals).isPresent();
    }

    @Override
    public Optional<Boolean> either(String header, String text, String first, String second) {
        ButtonType one = new ButtonType(first, ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType(second, ButtonBar.ButtonData.OTHER);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, text);
        alert.getButtonTypes().setAll(one, other, ButtonType.CANCEL);
        return alert.showAndWait().filter(answer -> answer != ButtonType.CANCEL).map(one::equals);
    }

    @Override
    public void inform(String header, String text) {
        alert(Alert.AlertType.INFORMATION, header, text).show();
    }

    @Override
    public void error(String header, String text) {
        alert(Alert.AlertType.ERROR, header, text).show();
    }

    @Override
    public void notice(String text, Optional<Action> action) {
        toasts.show(text, action);
    }

    @Override
    public Optional<String> ask(
            String header,
            String text,
            String initial,
            List<String> suggestions,
            Function<String, Optional<String>> problem) {
        TextInputDialog dialog = new TextInputDialog(initial);
        prepare(dialog, header, header);
        dialog.setContentText(text);
        TextField field = dialog.getEditor();
        if (!suggestions.isEmpty()) {
            TagSuggestions.attachInDialog(field, FXCollections.observableArrayList(suggestions));
        }
        // The question above a field as wide as the dialog: beside a long question the field was narrow.
        Label question = new Label(text);
        question.setWrapText(true);
        TextDirection.wrapUnlessRightToLeft(question);
        question.setPrefWidth(TEXT_WIDTH);
        question.setMinHeight(Region.USE_PREF_SIZE);
        field.setMaxWidth(Double.MAX_VALUE);
        // Always one line high, so that the dialog does not jump as a reason comes and goes.
        Label why = new Label();
        why.getStyleClass().add("error-text");
        why.setWrapText(true);
        TextDirection.wrapUnlessRightToLeft(why);
        why.setPrefWidth(TEXT_WIDTH);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.textProperty()
                .bind(field.textProperty()
                        .map(typed -> typed.isBlank()
                                ? ""
                                : problem.apply(typed.strip())
                                        .map(Formats::sentence)
                                        .orElse("")));
        dialog.getDialogPane().setContent(new VBox(6, question, field, why));
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> field.getText().isBlank() || !why.getText().isEmpty(),
                        field.textProperty(),
                        why.textProperty()));
        return dialog.showAndWait().map(String::strip).filter(answer -> !answer.isEmpty());
    }

    @Override
    public <T> Optional<T> choose(String header, String text, List<T> choices) {
        return choose(header, text, choices, null);
    }

    @Override
    public <T> Optional<T> choose(String header, String text, List<T> choices, String ok) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> dialog = new ChoiceDialog<>(choices.getFirst(), choices);
        // Null keeps the toolkit's own word for OK, in the user's language.
        if (ok != null && dialog.getDialogPane().lookupButton(ButtonType.OK) instanceof Button button) {
            button.setText(ok);
        }
        prepare(dialog, header, header);
        dialog.setContentText(text);
        if (dialog.getDialogPane().lookup(".combo-box") instanceof ComboBox<?> offered) {
            ChoiceTyping.install(offered, dialog.getDialogPane());
        }
        // The dialog puts its text beside a box sized for a word; a sentence above a box as wide as the
        // dialog lets both show whole, such as a dated backup and what it holds.
        if (dialog.getDialogPane().lookup(".combo-box") instanceof Region box) {
            box.setMinWidth(CHOICE_WIDTH);
            box.setPrefWidth(TEXT_WIDTH + 100);
            box.setMaxWidth(Double.MAX_VALUE);
            Label label = new Label(text);
            label.setWrapText(true);
            TextDirection.wrapUnlessRightToLeft(label);
            // A wrapping label asks for its text's width on one line; the dialog, centred on the window
            // by that width before it shows, then opened at the screen's left edge.
            label.setPrefWidth(TEXT_WIDTH + 100);
            label.setMinHeight(Region.USE_PREF_SIZE);
            dialog.getDialogPane().setContent(new VBox(8, label, box));
        }
        return dialog.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type);
        prepare(alert, header, "Reading List");
        Label label = new Label(Formats.sentence(text));
        label.setWrapText(true);
        TextDirection.wrapUnlessRightToLeft(label);
        label.setPrefWidth(TEXT_WIDTH);
        label.setMaxWidth(TEXT_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(label);
        return alert;
    }

    /**
     * A question's title names what it does, as the window list and task switcher show it; a message's names the app.
     * A question asking for a word or a choice has no "?" icon: the fourteenth walk read Add a tag as a yes-or-no.
     */
    private void prepare(Dialog<?> dialog, String header, String title) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        if (!(dialog instanceof Alert)) {
            dialog.setGraphic(null);
            // Wide enough for its title in the title bar, which the icon's width had made room for.
            dialog.getDialogPane().setMinWidth(CHOICE_WIDTH + 20);
        }
        dialog.setHeaderText(header);
        dialog.getDialogPane().setMaxWidth(TEXT_WIDTH + 120);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Scene scene = owner.getScene();
        if (scene != null) {
            dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        }
    }
}
