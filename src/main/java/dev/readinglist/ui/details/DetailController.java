package dev.readinglist.ui.details;

import dev.readinglist.model.Article;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LinkOpener;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The detail pane beside the table: shows one article and edits its note and the user's tags. */
public final class DetailController {

    private final DetailViewModel model;
    private final LinkOpener links;
    private final ObservableList<String> knownTags;
    private final Consumer<String> notice;

    @FXML
    private Label emptyLabel;

    @FXML
    private VBox content;

    @FXML
    private Hyperlink titleLink;

    @FXML
    private Label metaLabel;

    @FXML
    private Label summaryLabel;

    @FXML
    private FlowPane tagPane;

    @FXML
    private TextField tagField;

    @FXML
    private Label errorLabel;

    @FXML
    private CheckBox readToggle;

    @FXML
    private Label readOnLabel;

    @FXML
    private Label saveStateLabel;

    @FXML
    private TextArea noteArea;

    private final ChangeListener<Object> rowChanged = (obs, old, now) -> render();

    public DetailController(
            DetailViewModel model, LinkOpener links, ObservableList<String> knownTags, Consumer<String> notice) {
        this.model = model;
        this.links = links;
        this.knownTags = knownTags;
        this.notice = notice;
    }

    @FXML
    private void initialize() {
        noteArea.textProperty().bindBidirectional(model.noteTextProperty());
        noteArea.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.flush();
            }
        });
        saveStateLabel.textProperty().bind(model.saveStateProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        TagSuggestions.attach(tagField, knownTags);
        model.articleProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.articleProperty().removeListener(rowChanged);
                old.readAtProperty().removeListener(rowChanged);
            }
            if (now != null) {
                now.articleProperty().addListener(rowChanged);
                now.readAtProperty().addListener(rowChanged);
            }
            render();
        });
        ArticleRow shown = model.articleProperty().get();
        if (shown != null) {
            // The pane loads after the first frame; an article may already be selected by then.
            shown.articleProperty().addListener(rowChanged);
            shown.readAtProperty().addListener(rowChanged);
        }
        render();
    }

    private void render() {
        ArticleRow row = model.articleProperty().get();
        content.setVisible(row != null);
        emptyLabel.setVisible(row == null);
        if (row == null) {
            return;
        }
        Article article = row.article();
        titleLink.setText(article.title());
        titleLink.setVisited(false);
        metaLabel.setText(meta(article));
        summaryLabel.setText(article.summary());
        readToggle.setSelected(row.isRead());
        readOnLabel.setText(row.isRead() ? "on " + Formats.date(row.readAt()) : "");
        tagPane.getChildren().clear();
        article.catalogTags().forEach(tag -> tagPane.getChildren().add(catalogChip(tag)));
        article.userTags().forEach(tag -> tagPane.getChildren().add(userChip(tag)));
    }

    private static String meta(Article article) {
        StringBuilder meta = new StringBuilder(Formats.date(article.published()));
        if (article.readingMinutes() != null) {
            meta.append(meta.isEmpty() ? "" : " · ")
                    .append(article.readingMinutes())
                    .append(" min read");
        }
        return meta.toString();
    }

    private static Label catalogChip(String tag) {
        Label chip = new Label(tag);
        chip.getStyleClass().addAll("chip", "catalog-chip");
        return chip;
    }

    private Button userChip(String tag) {
        Button chip = new Button(tag + "  ×");
        chip.getStyleClass().addAll("chip", "user-chip");
        chip.setMnemonicParsing(false);
        chip.setAccessibleText("Remove your tag " + tag);
        chip.setOnAction(e -> model.removeTag(tag));
        return chip;
    }

    @FXML
    private void addTag() {
        String tag = tagField.getText();
        if (tag != null && !tag.isBlank()) {
            model.addTag(tag);
            tagField.clear();
        }
    }

    @FXML
    private void toggleRead() {
        model.setRead(readToggle.isSelected());
    }

    @FXML
    private void openLink() {
        ArticleRow row = model.articleProperty().get();
        if (row != null) {
            links.open(row.url()).ifPresent(notice);
        }
    }

    @FXML
    private void copyId() {
        ArticleRow row = model.articleProperty().get();
        if (row != null) {
            copy(row.id());
            notice.accept("Copied the ID " + row.id());
        }
    }

    @FXML
    private void copyLink() {
        ArticleRow row = model.articleProperty().get();
        if (row != null && !row.url().isBlank()) {
            copy(row.url());
            notice.accept("Copied the link");
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
