package dev.readinglist.ui.export;

import dev.readinglist.model.ExportFormat;
import dev.readinglist.ui.common.FolderChooser;
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

/**
 * File > Export: choose the format and the articles, then where (a file, or for Markdown a folder,
 * in which each article gets its own file), then write it off the FX thread.
 */
public final class ExportDialog {

    /** What happened, for the window to tell the user. */
    public interface Outcome {
        void exported(Path file, int rows);

        void failed(String message);
    }

    private final ExportViewModel model;
    private final SaveFileChooser chooser;
    private final FolderChooser folders;
    private final Consumer<Scene> styler;
    private Path lastFolder;

    public ExportDialog(
            ExportViewModel model,
            SaveFileChooser chooser,
            FolderChooser folders,
            Consumer<Scene> styler,
            Path initialFolder) {
        this.model = model;
        this.chooser = chooser;
        this.folders = folders;
        this.styler = styler;
        this.lastFolder = initialFolder;
    }

    public void show(Window owner, Outcome outcome) {
        DialogPane pane =
                (DialogPane) Views.load(ExportController.class, "ExportDialog.fxml", () -> new ExportController(model))
                        .root();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setDialogPane(pane);
        styler.accept(pane.getScene());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return;
        }
        Optional<Path> chosen = model.formatProperty().get() == ExportFormat.MARKDOWN
                ? folders.choose(owner, "Export Markdown files into a folder", lastFolder)
                : chooser.choose(owner, "Export", lastFolder, model.defaultFileName());
        chosen.ifPresent(target -> {
            lastFolder = target.toAbsolutePath().getParent();
            model.export(target, rows -> outcome.exported(target, rows), outcome::failed);
        });
    }
}
