package dev.readinglist.ui.export;

import dev.readinglist.model.ExportFormat;
import dev.readinglist.ui.export.ExportViewModel.Scope;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;

/** The export dialog's form, bound to its view model. */
public final class ExportController {

    private final ExportViewModel model;

    @FXML
    private ToggleGroup formatGroup;

    @FXML
    private RadioButton csv;

    @FXML
    private RadioButton bookmarks;

    @FXML
    private RadioButton markdown;

    @FXML
    private RadioButton json;

    @FXML
    private ToggleGroup scopeGroup;

    @FXML
    private RadioButton withNotes;

    @FXML
    private RadioButton allArticles;

    @FXML
    private RadioButton shownRows;

    @FXML
    private RadioButton selectedRows;

    @FXML
    private CheckBox bom;

    @FXML
    private CheckBox guard;

    @FXML
    private Label guardHint;

    @FXML
    private Label problemLabel;

    public ExportController(ExportViewModel model) {
        this.model = model;
    }

    /** Why the last choice exported nothing, above the choices to change. */
    public void say(String problem) {
        problemLabel.setText(problem);
        problemLabel.setVisible(true);
        problemLabel.setManaged(true);
    }

    /**
     * The keyboard on the format chosen, so that the arrows choose another: the forty-first walk found it on the
     * Export… button, five Shift+Tabs from the formats.
     */
    public void focusFormat() {
        if (formatGroup.getSelectedToggle() instanceof RadioButton chosen) {
            chosen.requestFocus();
        }
    }

    @FXML
    private void initialize() {
        Map<ExportFormat, RadioButton> formats = Map.of(
                ExportFormat.CSV,
                csv,
                ExportFormat.BOOKMARKS,
                bookmarks,
                ExportFormat.MARKDOWN,
                markdown,
                ExportFormat.JSON,
                json);
        formats.get(model.formatProperty().get()).setSelected(true);
        formatGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            formats.forEach((format, button) -> {
                if (button == now) {
                    model.formatProperty().set(format);
                }
            });
        });
        showScope(model.scopeProperty().get());
        model.scopeProperty().addListener((obs, old, now) -> showScope(now));
        scopeGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else if (scopeOf(now) != model.scopeProperty().get()) {
                model.chooseScope(scopeOf(now));
            }
        });
        // A click on the option already selected is a pick too; it changes no toggle and fires no action.
        for (RadioButton scope : new RadioButton[] {withNotes, allArticles, shownRows, selectedRows}) {
            scope.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> model.chooseScope(scopeOf(scope)));
        }
        // No article with a note: that choice would write an empty file.
        withNotes
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> switch (model.notedProperty().get()) {
                            case -1 -> "Articles with notes";
                            case 0 -> "Articles with notes (none yet)";
                            default ->
                                String.format(
                                        "Articles with notes (%,d)",
                                        model.notedProperty().get());
                        },
                        model.notedProperty()));
        withNotes.disableProperty().bind(model.notedProperty().isEqualTo(0));
        allArticles
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.articlesProperty().get() < 0
                                ? "All articles"
                                : String.format(
                                        "All articles (%,d)",
                                        model.articlesProperty().get()),
                        model.articlesProperty()));
        shownRows
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                "The rows shown now (%,d)",
                                model.shownProperty().get()),
                        model.shownProperty()));
        selectedRows
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> switch (model.selectedProperty().get()) {
                            case 0 -> "The selected rows (none selected)";
                            case 1 -> "The selected row";
                            default ->
                                String.format(
                                        "The %,d selected rows",
                                        model.selectedProperty().get());
                        },
                        model.selectedProperty()));
        selectedRows.disableProperty().bind(model.selectedProperty().isEqualTo(0));
        bom.selectedProperty().bindBidirectional(model.byteOrderMarkProperty());
        guard.selectedProperty().bindBidirectional(model.formulaGuardProperty());
        // The byte order mark and the formula guard are the CSV's own options.
        bom.disableProperty().bind(model.formatProperty().isNotEqualTo(ExportFormat.CSV));
        guard.disableProperty().bind(model.formatProperty().isNotEqualTo(ExportFormat.CSV));
        guardHint.disableProperty().bind(guard.disabledProperty());
    }

    private void showScope(Scope scope) {
        switch (scope) {
            case WITH_NOTES -> withNotes.setSelected(true);
            case ALL -> allArticles.setSelected(true);
            case SHOWN -> shownRows.setSelected(true);
            case SELECTED -> selectedRows.setSelected(true);
        }
    }

    private Scope scopeOf(Toggle toggle) {
        if (toggle == allArticles) {
            return Scope.ALL;
        }
        if (toggle == shownRows) {
            return Scope.SHOWN;
        }
        return toggle == selectedRows ? Scope.SELECTED : Scope.WITH_NOTES;
    }
}
