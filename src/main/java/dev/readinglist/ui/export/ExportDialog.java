package dev.readinglist.ui.export;

import dev.readinglist.ui.common.SaveFileChooser;
import dev.readinglist.ui.common.Views;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** File > Export notes: choose what to export, then where, then write it off the FX thread. */
public final class ExportDialog {

    /** What happened, for the window to tell the user. */
    public interface Outcome {
        void exported(Path file, int rows);

        void failed(String message);
    }

    private final ExportViewModel model;
    private final SaveFileChooser chooser;
    private final Consumer<Scene> styler;
    private Path lastFolder;

    public ExportDialog(ExportViewModel model, SaveFileChooser chooser, Consumer<Scene> styler, Path initialFolder) {
        this.model = model;
        this.chooser = chooser;
        this.styler = styler;
        this.lastFolder = initialFolder;
    }

    public void show(Window owner, Outcome outcome) {
        DialogPane pane =
                (DialogPane) Views.load(ExportController.class, "ExportDialog.fxml", () -> new ExportController(model))
                        .root();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export notes");
        dialog.setDialogPane(pane);
        styler.accept(pane.getScene());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return;
        }
        chooser.choose(owner, "Export notes to CSV", lastFolder, model.defaultFileName())
                .ifPresent(target -> {
                    lastFolder = target.toAbsolutePath().getParent();
                    model.export(target, rows -> outcome.exported(target, rows), outcome::failed);
                });
    }
}
