package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ExportResult;
import dev.readinglist.platform.AppVersion;
import dev.readinglist.platform.ErrorLog;
import dev.readinglist.platform.OperatingSystem;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.ClipboardText;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.LinkOpener;
import dev.readinglist.ui.common.OverOwner;
import dev.readinglist.ui.common.UndoStack;
import dev.readinglist.ui.common.Views;
import dev.readinglist.ui.details.DetailViewModel;
import dev.readinglist.ui.export.ExportChoices;
import dev.readinglist.ui.export.ExportDialog;
import dev.readinglist.ui.export.ExportViewModel;
import dev.readinglist.ui.help.HelpDialogs;
import dev.readinglist.ui.importing.ImportController;
import dev.readinglist.ui.importing.ImportViewModel;
import dev.readinglist.ui.main.ListFilters;
import dev.readinglist.ui.main.MainViewModel;
import dev.readinglist.ui.table.ArticleTableController;
import dev.readinglist.ui.theme.ThemeSwitcher;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The window's commands that open a dialog or a window of their own, or hand something to the
 * desktop: import, export, an article deleted elsewhere put back, links opened and copied, the data folder, About.
 */
final class WindowCommands {

    private final Stage stage;
    private final AppContext context;
    private final LibraryConnection connection;
    private final MainViewModel model;
    private final ArticleTableController table;
    private final Dialogs dialogs;
    private final ThemeSwitcher theme;
    private final LinkOpener links;
    private final Runnable beforeExport;
    private final UndoStack undo;
    private ExportDialog exportDialog;
    private final ExportViewModel exporting;
    private final ExportChoices exportChoices;

    WindowCommands(
            Stage stage,
            AppContext context,
            LibraryConnection connection,
            MainViewModel model,
            ArticleTableController table,
            Dialogs dialogs,
            ThemeSwitcher theme,
            Runnable beforeExport,
            UndoStack undo) {
        this.stage = stage;
        this.context = context;
        this.connection = connection;
        this.model = model;
        this.table = table;
        this.dialogs = dialogs;
        this.theme = theme;
        this.beforeExport = beforeExport;
        this.undo = undo;
        this.links = new LinkOpener(context.desktop(), context.browser(), ClipboardText::put, dialogs);
        this.exporting = new ExportViewModel(
                context.background(),
                connection,
                context.clock(),
                new ExportViewModel.Rows(
                        model::shownIds,
                        table::selectedIds,
                        table::selectedCount,
                        () -> model.rows().size(),
                        model::articleCount,
                        table::selectionChosen));
        this.exportChoices = ExportChoices.follow(exporting, context.background(), context.settingsFolder());
    }

    /**
     * The first selected article's link; with several selected, which one is said: the forty-second walk opened one of
     * two and could not tell which.
     */
    void openLink() {
        List<ArticleRow> rows = table.selectedRows();
        if (rows.size() > 1) {
            dialogs.notice("Opened the link of the first of " + rows.size() + " selected: "
                    + Formats.quoted(rows.getFirst().titleProperty().get(), 60));
        }
        if (!rows.isEmpty()) {
            links.open(rows.getFirst().url());
        }
    }

    void copyLinks() {
        List<ArticleRow> rows = table.selectedRows();
        if (!rows.isEmpty()) {
            ClipboardText.put(rows.stream().map(ArticleRow::url).collect(Collectors.joining("\n")));
            dialogs.notice(rows.size() == 1 ? "Copied the link" : "Copied " + rows.size() + " links");
        }
    }

    void importFile() {
        if (!connection.isOpen()) {
            return;
        }
        context.opener().choose(stage, "Import a reading list").ifPresent(file -> {
            ImportViewModel importing = new ImportViewModel(context.background(), connection, file);
            Stage window = new Stage();
            AtomicReference<UndoStack.Undoable> undoImport = new AtomicReference<>();
            Views.Loaded<ImportController> view = Views.load(
                    ImportController.class,
                    "ImportView.fxml",
                    () -> new ImportController(
                            importing,
                            added -> {
                                revealImported(added, true);
                                offerUndo(importing, file, window, undoImport);
                            },
                            () -> undo.undoNow(undoImport.get()),
                            window::close));
            window.initOwner(stage);
            window.initModality(Modality.WINDOW_MODAL);
            window.setTitle("Import");
            OverOwner.place(window);
            window.setScene(new Scene(view.root()));
            theme.style(window.getScene());
            window.setOnCloseRequest(e -> importing.cancel());
            window.show();
        });
    }

    /**
     * Edit > Undo import, as well as the dialog's button: the dialog may be closed before the user
     * sees what the import did. Either takes it back once; with the dialog closed, a notice tells.
     */
    private void offerUndo(
            ImportViewModel importing, Path file, Stage window, AtomicReference<UndoStack.Undoable> step) {
        if (!importing.undoableProperty().get()) {
            return;
        }
        // Named, as other changes name their article: after one import was taken back in its dialog, Edit › Undo
        // import took back an earlier one, unnamed (the fortieth walk).
        UndoStack.Step undoing = new UndoStack.Step(
                "Undo import (“" + file.getFileName() + "”)",
                () -> importing.undo(said -> {
                    model.refreshTags();
                    if (!window.isShowing()) {
                        dialogs.notice(said);
                    }
                }));
        // Redo imports the file again: the fortieth walk undid an import and found no way back to it.
        undoing.redoneBy(
                        () -> importing.redo(added -> revealImported(added, false), said -> {
                            model.refreshTags();
                            dialogs.notice(said);
                            if (!importing.undoableProperty().get()) {
                                undo.forget(undoing); // it failed, or the file as it is now changed nothing
                            }
                        }),
                        Optional::empty)
                .refusedWhile(() -> importing.busy()
                        ? Optional.of("The import is still being done or taken back; wait for it to end")
                        : Optional.empty());
        step.set(undoing);
        undo.push(undoing);
    }

    /**
     * Shows the articles an import added. Said, and Edit › Back returns: the thirty-first walk found its Unread
     * view switched to All after an import, with nothing said. A redo's own notice says what it did instead.
     */
    private void revealImported(List<String> added, boolean sayCleared) {
        if (!model.revealAdded(added, "the import").none() && sayCleared) {
            dialogs.notice("The search and filters are cleared to show what was imported; Edit › Back returns to them");
        }
        table.table().requestFocus();
    }

    void export() {
        if (exportDialog == null) {
            exportDialog = new ExportDialog(
                    exporting,
                    context.chooser(),
                    context.folders(),
                    theme::style,
                    (folder, files) -> dialogs.confirm(
                            "Update the earlier export in “" + folder.getFileName() + "”?",
                            "It holds " + Formats.count(files, "file") + " from an earlier export. Those"
                                    + " of articles that changed since are updated. A file you edited there is left"
                                    + " alone, and so are files of your own.",
                            "Update",
                            true),
                    (folder, others) -> dialogs.either(
                            "“" + folder.getFileName() + "” has "
                                    + Formats.number(others)
                                    + (others == 1 ? " file or folder" : " files or folders") + " of its own",
                            "The export writes a Markdown file for each article. Put them in a new folder “"
                                    + ExportDialog.NEW_FOLDER + "” there, or beside those files?",
                            "New folder", // the name is in the text: in the button it was cut at 800x600
                            "Beside them"));
        }
        beforeExport.run();
        exportDialog.show(stage, new ExportDialog.Outcome() {
            @Override
            public void exported(Path file, ExportResult result) {
                exportChoices.exported();
                Path folder = file.toAbsolutePath().getParent();
                // A Markdown export again says how many files it wrote: "94 articles written" overstated an update.
                String written = result.exportedCount("article")
                        + (result.unchanged() == 0 ? " written to " : " exported to ")
                        + file.getFileName()
                        + (folder.getFileName() == null ? "" : " in " + folder.getFileName());
                if (result.leftAlone().isEmpty()) {
                    dialogs.notice(written, Optional.of(new Dialogs.Action("Open folder", () -> openFolder(folder))));
                } else {
                    int kept = result.leftAlone().size();
                    dialogs.inform(
                            "Exported to " + file.getFileName() + ", but "
                                    + Formats.count(kept, "file")
                                    + " left alone",
                            result.leftAloneSentence());
                }
            }

            @Override
            public void failed(String message) {
                dialogs.error("Nothing was exported", message);
            }
        });
    }

    /** A note typed for an article deleted elsewhere: the article comes back with it, or the note is copied. */
    void keepOrphanedNote(
            DetailViewModel.OrphanedNote orphan, Supplier<String> typedWhileOpening, Consumer<String> writeOn) {
        Library library = connection.get();
        Article gone = orphan.article();
        Optional<String> kept =
                OrphanedNoteDialog.ask(stage, theme::style, gone.title(), orphan.text(), typedWhileOpening);
        if (kept.isEmpty()) {
            dialogs.notice("The note is on the clipboard");
            return;
        }
        putBack(library, gone, kept.get(), writeOn);
    }

    /**
     * An article deleted elsewhere while its saved note had the keyboard: it went with its note, and the keys typed
     * next went to the search, unsaid (the fiftieth walk). Said, with the way back, which takes those keys back
     * into the note they were typed for ({@code typedSince}), the search as it was.
     */
    void tellDeletedWhileShown(
            DetailViewModel.OrphanedNote gone, Supplier<String> typedSince, Consumer<String> writeOn) {
        String which = Formats.inNotice(gone.article().title());
        dialogs.notice(
                which + " was deleted elsewhere" + (gone.text().isBlank() ? "" : ", with its note"),
                Optional.of(new Dialogs.Action(
                        "Put it back",
                        () -> putBack(connection.get(), gone.article(), gone.text() + typedSince.get(), writeOn))));
    }

    private void putBack(Library library, Article gone, String text, Consumer<String> writeOn) {
        if (library == null) {
            ClipboardText.put(text);
            dialogs.notice("The list is closed: the note is on the clipboard");
            return;
        }
        context.background()
                .run(
                        () -> library.putBack(gone, text),
                        id -> {
                            writeOn.accept(id);
                            String which = Formats.inNotice(gone.title());
                            ListFilters before = model.revealAdded(List.of(id), which + " was put back");
                            dialogs.notice("Put back " + which + (text.isBlank() ? "" : " with your note")
                                    + before.clearedToShowIt());
                        },
                        failure -> {
                            ClipboardText.put(text);
                            dialogs.error(
                                    "The article was not put back",
                                    failure.getMessage() + ". Your note is on the clipboard.");
                        });
    }

    /** The folder that holds the library in use: the --db one, where given. */
    void openDataFolder() {
        openFolder(context.database().toAbsolutePath().getParent());
    }

    private void openFolder(Path folder) {
        context.desktop()
                .run(
                        () -> {
                            context.folderOpener().accept(folder);
                            return null;
                        },
                        done -> {},
                        failure -> dialogs.error("The folder did not open", folder + "\n\n" + failure.getMessage()));
    }

    /** The command line is named beside the window's launcher (the same file on Linux; unknown run from Maven). */
    void showYourData(HelpDialogs help) {
        String launcher = System.getProperty("jpackage.app-path", "");
        String command = OperatingSystem.isWindows() ? "reading-list.exe" : "reading-list";
        help.showYourData(
                context.database().toAbsolutePath().toString(),
                launcher.isEmpty()
                        ? ""
                        : Path.of(launcher).resolveSibling(command).toString());
    }

    void showAbout(HelpDialogs help) {
        help.showAbout(
                AppVersion.current(),
                context.database().toAbsolutePath().toString(),
                ErrorLog.file().toString());
    }
}
