package dev.readinglist.ui.export;

import dev.readinglist.ui.export.ExportViewModel.Scope;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;

/** The export dialog's form, bound to its view model. */
public final class ExportController {

    private final ExportViewModel model;

    @FXML
    private ToggleGroup scopeGroup;

    @FXML
    private RadioButton withNotes;

    @FXML
    private RadioButton allArticles;

    @FXML
    private RadioButton shownRows;

    @FXML
    private CheckBox bom;

    @FXML
    private CheckBox guard;

    public ExportController(ExportViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        switch (model.scopeProperty().get()) {
            case WITH_NOTES -> withNotes.setSelected(true);
            case ALL -> allArticles.setSelected(true);
            case SHOWN -> shownRows.setSelected(true);
        }
        scopeGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.scopeProperty()
                        .set(now == allArticles ? Scope.ALL : now == shownRows ? Scope.SHOWN : Scope.WITH_NOTES);
            }
        });
        bom.selectedProperty().bindBidirectional(model.byteOrderMarkProperty());
        guard.selectedProperty().bindBidirectional(model.formulaGuardProperty());
    }
}
