package dev.readinglist.ui.importing;

import dev.readinglist.ui.importing.ImportViewModel.Stage;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The import window: the file, its detected format, the preview, then progress. */
public final class ImportController {

    private final ImportViewModel model;
    private final Consumer<List<String>> onImported;
    private final Runnable undo;
    private final Runnable close;

    @FXML
    private Label fileLabel;

    @FXML
    private Label formatLabel;

    @FXML
    private Label summaryLabel;

    @FXML
    private ProgressBar progressBar;

    @FXML
    private Button importButton;

    @FXML
    private Button cancelButton;

    @FXML
    private Button undoButton;

    @FXML
    private Hyperlink problemsLink;

    @FXML
    private TextArea problemsList;

    public ImportController(ImportViewModel model, Consumer<List<String>> onImported, Runnable undo, Runnable close) {
        this.model = model;
        this.onImported = onImported;
        this.undo = undo;
        this.close = close;
    }

    @FXML
    private void initialize() {
        fileLabel.setText(model.file().getFileName().toString());
        formatLabel.textProperty().bind(model.formatProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        progressBar
                .visibleProperty()
                .bind(model.stageProperty()
                        .isEqualTo(Stage.IMPORTING)
                        .or(model.stageProperty().isEqualTo(Stage.PREVIEWING))
                        .or(model.stageProperty().isEqualTo(Stage.UNDOING)));
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        importButton.disableProperty().bind(model.stageProperty().isNotEqualTo(Stage.READY));
        importButton
                .visibleProperty()
                .bind(model.stageProperty()
                        .isEqualTo(Stage.PREVIEWING)
                        .or(model.stageProperty().isEqualTo(Stage.READY))
                        .or(model.stageProperty().isEqualTo(Stage.IMPORTING)));
        // Hidden, it gives up its room: Close stood in from the dialog's edge where Import had been (the fifty-fourth
        // walk).
        importButton.managedProperty().bind(importButton.visibleProperty());
        undoButton.visibleProperty().bind(model.undoableProperty());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
        // An undo runs to its end in one transaction: there is nothing to cancel, and closing waits for it.
        cancelButton.disableProperty().bind(model.stageProperty().isEqualTo(Stage.UNDOING));
        cancelButton
                .textProperty()
                .bind(Bindings.when(model.stageProperty()
                                .isEqualTo(Stage.DONE)
                                .or(model.stageProperty().isEqualTo(Stage.FAILED))
                                .or(model.stageProperty().isEqualTo(Stage.NOTHING)))
                        .then("Close")
                        .otherwise("Cancel"));
        problemsList.textProperty().bind(model.problemsTextProperty());
        // A text area keeps Esc and Tab for itself; read-only, it has no use for either.
        problemsList.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                cancelButton.fire();
            } else if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                problemsList.requestFocusTraversal(
                        event.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });
        problemsLink
                .textProperty()
                .bind(Bindings.when(problemsList.visibleProperty())
                        .then("Hide the rows")
                        .otherwise("Show the rows skipped or warned about"));
        problemsLink.visibleProperty().bind(model.problemsTextProperty().isNotEmpty());
        problemsLink.managedProperty().bind(problemsLink.visibleProperty());
        problemsList.managedProperty().bind(problemsList.visibleProperty());
        // Import is the default button: once the preview is ready it takes the keyboard, so Enter imports.
        model.stageProperty().addListener((obs, old, now) -> {
            if (now == Stage.READY) {
                importButton.requestFocus();
            } else if (now == Stage.DONE || now == Stage.FAILED || now == Stage.NOTHING) {
                cancelButton.requestFocus();
            }
            // The summary's wrapped lines change the height: the buttons stay in the window.
            if (importButton.getScene() != null && importButton.getScene().getWindow() != null) {
                importButton.getScene().getWindow().sizeToScene();
            }
        });
        model.preview();
    }

    @FXML
    private void toggleProblems() {
        problemsList.setVisible(!problemsList.isVisible());
        problemsList.getScene().getWindow().sizeToScene();
        // The link kept the keyboard: Enter showed and hid the rows instead of importing, and the eleventh walk
        // closed three previews with Esc thinking them imported. Enter imports again, as before the click.
        (importButton.isVisible() && !importButton.isDisabled() ? importButton : cancelButton).requestFocus();
    }

    @FXML
    private void startImport() {
        model.start(onImported);
    }

    @FXML
    private void undoImport() {
        undo.run();
    }

    @FXML
    private void cancel() {
        Stage stage = model.stageProperty().get();
        if (stage == Stage.PREVIEWING || stage == Stage.IMPORTING) {
            model.cancel();
        }
        if (stage != Stage.IMPORTING) {
            close.run(); // an import stays open to say that nothing was changed
        }
    }
}
