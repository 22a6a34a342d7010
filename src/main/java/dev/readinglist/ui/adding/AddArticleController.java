package dev.readinglist.ui.adding;

import dev.readinglist.model.TagNames;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UrlKey;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The Add article form; it accepts only a title with a word and an http(s) link. */
public final class AddArticleController {

    /** What the form holds once it is valid. */
    public record Entry(String title, String url, String summary, List<String> tags) {}

    @FXML
    private TextField titleField;

    @FXML
    private TextField urlField;

    @FXML
    private TextArea summaryArea;

    @FXML
    private TextField tagsField;

    @FXML
    private Label problemLabel;

    private BooleanBinding valid;

    @FXML
    private void initialize() {
        valid = Bindings.createBooleanBinding(
                () -> problem().isEmpty(),
                titleField.textProperty(),
                urlField.textProperty(),
                tagsField.textProperty());
        Platform.runLater(titleField::requestFocus);
        // A summary is one paragraph: Tab moves on through the form, as in every other field.
        summaryArea.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                (event.isShiftDown() ? urlField : tagsField).requestFocus();
                event.consume();
            }
        });
        problemLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        this::problem, titleField.textProperty(), urlField.textProperty(), tagsField.textProperty()));
    }

    private String problem() {
        if (TextFolding.words(titleField.getText()).isEmpty()) {
            return "A title is needed.";
        }
        String url = urlField.getText().strip();
        if (!UrlKey.isWebLink(url)) {
            return url.isEmpty() ? "A link is needed." : "The link must start with http:// or https://.";
        }
        if (!tags().stream().allMatch(TagNames::isValid)) {
            return "Tags cannot contain '|'.";
        }
        return "";
    }

    private List<String> tags() {
        return Arrays.stream(tagsField.getText().split(","))
                .map(String::strip)
                .filter(tag -> !TextFolding.tagKey(tag).isEmpty())
                .toList();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public Entry entry() {
        return new Entry(
                titleField.getText().strip(),
                urlField.getText().strip(),
                summaryArea.getText().strip(),
                tags());
    }
}
