package dev.readinglist.ui.export;

import dev.readinglist.model.ExportFormat;
import dev.readinglist.model.ExportResult;
import dev.readinglist.ui.common.FolderChooser;
import dev.readinglist.ui.common.FxBackground;
import dev.readinglist.ui.common.SaveFileChooser;
import dev.readinglist.ui.common.Views;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * File > Export: choose the format and the articles, then where (a file, or for Markdown a folder,
 * in which each article gets its own file), then write it off the FX thread. A folder that holds an
 * earlier Markdown export is updated only once the user agrees: files edited there would be replaced.
 */
public final class ExportDialog {

    /** The folder a Markdown export makes inside one that has files of its own. */
    public static final String NEW_FOLDER = "Reading List";

    /** What happened, for the window to tell the user. */
    public interface Outcome {
        void exported(Path file, ExportResult result);

        void failed(String message);
    }

    private final ExportViewModel model;
    private final SaveFileChooser chooser;
    private final FolderChooser folders;
    private final Consumer<Scene> styler;
    private final BiPredicate<Path, Integer> confirmUpdate;
    /** Asked of a folder with files of its own: true puts the export in a new folder there, false beside them. */
    private final BiFunction<Path, Integer, Optional<Boolean>> intoNewFolder;
    /** Null until an export in this session: the chooser starts where the last session's ended, else in Documents. */
    private Path lastFolder;

    public ExportDialog(
            ExportViewModel model,
            SaveFileChooser chooser,
            FolderChooser folders,
            Consumer<Scene> styler,
            BiPredicate<Path, Integer> confirmUpdate,
            BiFunction<Path, Integer, Optional<Boolean>> intoNewFolder) {
        this.model = model;
        this.confirmUpdate = confirmUpdate;
        this.intoNewFolder = intoNewFolder;
        this.chooser = chooser;
        this.folders = folders;
        this.styler = styler;
    }

    /**
     * Enter exports wherever the keyboard is: a radio button or check box that has the focus (after
     * the arrow keys moved through the options) takes Enter for itself, so the default button never
     * hears it. Space still toggles the focused option.
     */
    private static void pressExportOnEnter(DialogPane pane) {
        pane.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER
                    && event.getTarget() instanceof ButtonBase target
                    && !(target instanceof Button)) {
                pane.getButtonTypes().stream()
                        .filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                        .map(pane::lookupButton)
                        .findFirst()
                        .ifPresent(export -> ((Button) export).fire());
                event.consume();
            }
        });
    }

    public void show(Window owner, Outcome outcome) {
        show(owner, outcome, null);
    }

    /**
     * With {@code problem}, the dialog is back after a choice that would export nothing (no article has a
     * note, and only those were asked for), and says why above the choices.
     */
    private void show(Window owner, Outcome outcome, String problem) {
        model.countSelected();
        Views.Loaded<ExportController> view =
                Views.load(ExportController.class, "ExportDialog.fxml", () -> new ExportController(model));
        if (problem != null) {
            view.controller().say(problem);
        }
        DialogPane pane = (DialogPane) view.root();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setDialogPane(pane);
        styler.accept(pane.getScene());
        pressExportOnEnter(pane);
        // After the dialog's own focus on its default button, which it gives once shown.
        dialog.setOnShown(shown -> FxBackground.later(view.controller()::focusFormat));
        model.countNoted();
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            return;
        }
        // Not a message of its own, which opened behind this dialog when it came back (the tenth walk).
        model.unlessEmpty(() -> chooseAndExport(owner, outcome), why -> show(owner, outcome, why), outcome::failed);
    }

    private void chooseAndExport(Window owner, Outcome outcome) {
        Optional<Path> chosen = model.formatProperty().get() == ExportFormat.MARKDOWN
                ? folders.choose(owner, "Export Markdown files into a folder", lastFolder)
                : chooser.choose(owner, "Export", lastFolder, model.defaultFileName());
        chosen.ifPresent(target -> {
            lastFolder = target.toAbsolutePath().getParent();
            if (model.formatProperty().get() != ExportFormat.MARKDOWN) {
                exportTo(target, outcome);
                return;
            }
            markdownInto(target, true, outcome);
        });
    }

    private void exportTo(Path target, Outcome outcome) {
        model.export(target, result -> outcome.exported(target, result), outcome::failed);
    }

    /**
     * A folder with an earlier export is updated once the user agrees. A folder with files of its own (the eleventh
     * walk chose Documents, and 94 files came to lie among its own) is asked about first: a new folder there, or
     * beside those files.
     */
    private void markdownInto(Path folder, boolean askAboutOthers, Outcome outcome) {
        model.earlierMarkdownExport(
                folder,
                earlier -> {
                    if (earlier > 0) {
                        if (confirmUpdate.test(folder, earlier)) {
                            exportTo(folder, outcome);
                        }
                        return;
                    }
                    if (!askAboutOthers) {
                        exportTo(folder, outcome);
                        return;
                    }
                    model.entriesIn(
                            folder,
                            others -> {
                                if (others == 0) {
                                    exportTo(folder, outcome);
                                    return;
                                }
                                intoNewFolder
                                        .apply(folder, others)
                                        .ifPresent(inNew -> markdownInto(
                                                inNew ? folder.resolve(NEW_FOLDER) : folder, false, outcome));
                            },
                            outcome::failed);
                },
                outcome::failed);
    }
}
