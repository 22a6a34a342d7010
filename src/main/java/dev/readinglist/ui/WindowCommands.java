package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ExportResult;
import dev.readinglist.model.LinkTakenException;
import dev.readinglist.model.TextCut;
import dev.readinglist.model.UnknownArticleException;
import dev.readinglist.model.UrlKey;
import dev.readinglist.platform.AppVersion;
import dev.readinglist.platform.ErrorLog;
import dev.readinglist.ui.adding.ArticleDialog;
import dev.readinglist.ui.adding.ArticleFormController;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.ClipboardText;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.LinkOpener;
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
 * desktop: import, export, add an article, open and copy links, the data folder, About.
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
                            "It holds " + files + (files == 1 ? " file" : " files") + " from an earlier export. Those"
                                    + " of articles that changed since are updated. A file you edited there is left"
                                    + " alone, and so are files of your own.",
                            "Update",
                            true),
                    (folder, others) -> dialogs.either(
                            "“" + folder.getFileName() + "” has " + others
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
                            "Exported to " + file.getFileName() + ", but " + kept + (kept == 1 ? " file" : " files")
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

    void addArticle() {
        Library library = connection.get();
        if (library == null) {
            return;
        }
        ArticleDialog.ask(stage, theme::style, null).ifPresent(entry -> add(library, entry, null));
    }

    /**
     * A link the list has already brings the form back with all that was typed, and says which article has it.
     * A link another article has over http or with "www." brings it back asking, once for that link.
     */
    private void add(Library library, ArticleFormController.Entry entry, String askedAbout) {
        unlessLikeAnother(
                library,
                entry,
                askedAbout,
                null,
                again -> add(library, again, entry.url()),
                () -> addNow(library, entry),
                "The article was not added");
    }

    /**
     * Goes on with the form's article unless another ({@code editedId} aside) has its link over http or with "www.",
     * not yet {@code askedAbout}: then the form comes back asking, and what it gives is taken {@code again}.
     */
    private void unlessLikeAnother(
            Library library,
            ArticleFormController.Entry entry,
            String askedAbout,
            String editedId,
            Consumer<ArticleFormController.Entry> again,
            Runnable goOn,
            String failed) {
        context.background()
                .run(
                        () -> entry.url().equals(askedAbout)
                                ? Optional.<Article>empty()
                                : library.articleWithSimilarLink(entry.url())
                                        .filter(other -> !other.id().equals(editedId)),
                        similar -> similar.ifPresentOrElse(
                                other -> ArticleDialog.askAgain(
                                                stage,
                                                theme::style,
                                                entry,
                                                like(entry, other),
                                                editedId != null,
                                                () -> goTo(other.id(), other.title()))
                                        .ifPresent(again),
                                goOn),
                        failure -> dialogs.error(failed, failure.getMessage()));
    }

    private void addNow(Library library, ArticleFormController.Entry entry) {
        context.background()
                .run(
                        () -> {
                            String id = library.addArticle(
                                    entry.title(), entry.url(), entry.summary(), entry.minutes(), entry.tags());
                            return library.article(id);
                        },
                        added -> {
                            ListFilters before = model.revealAdded(
                                    List.of(added.id()), Formats.inNotice(entry.title()) + " was added");
                            table.table().requestFocus();
                            UndoStack.Undoable step = AddedArticleUndo.of(
                                    library,
                                    new AddedArticleUndo.Added(added, before),
                                    context.background(),
                                    dialogs,
                                    model,
                                    undo);
                            undo.pushAndTell(
                                    step, "Added " + Formats.inNotice(entry.title()) + before.clearedToShowIt());
                        },
                        failure -> {
                            if (failure instanceof LinkTakenException taken) {
                                ArticleDialog.askAgain(
                                                stage,
                                                theme::style,
                                                entry,
                                                takenBy(entry, taken),
                                                false,
                                                () -> goTo(taken.id(), taken.title()))
                                        .ifPresent(again -> add(library, again, null));
                            } else {
                                dialogs.error("The article was not added", failure.getMessage());
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

    /**
     * F2: the selected article's title, link, summary and reading time, for an article the user
     * added or imported. A link another article has is refused, and the message names that one.
     */
    void editArticle() {
        Library library = connection.get();
        List<ArticleRow> rows = table.selectedRows();
        if (library == null || rows.isEmpty()) {
            return;
        }
        String id = rows.getFirst().id();
        context.background()
                .run(
                        () -> library.canDelete(id) ? Optional.of(library.article(id)) : Optional.<Article>empty(),
                        found -> found.ifPresentOrElse(
                                article -> ArticleDialog.edit(stage, theme::style, entryOf(article), editHeader(rows))
                                        .ifPresent(entry -> save(library, article, entry)),
                                () -> dialogs.notice("Articles of the bundled catalog cannot be edited")),
                        failure -> dialogs.error("The article cannot be edited", failure.getMessage()));
    }

    /** F2 with several rows selected edits the first, and says so: the forty-sixth walk was not told which. */
    private static String editHeader(List<ArticleRow> selected) {
        return selected.size() == 1
                ? "Edit the article"
                : "Edit the first of the " + selected.size() + " selected articles";
    }

    private void save(Library library, Article before, ArticleFormController.Entry entry) {
        save(library, before, entry, null);
    }

    /**
     * A link changed to one another article has over http or with "www." brings the form back asking, once for that
     * link, as Add does: Edit saved it unasked, and two rows held one page (the seventy-eighth walk).
     */
    private void save(Library library, Article before, ArticleFormController.Entry entry, String askedAbout) {
        if (UrlKey.of(entry.url()).equals(UrlKey.of(before.url()))) {
            saveNow(library, before, entry);
            return;
        }
        unlessLikeAnother(
                library,
                entry,
                askedAbout,
                before.id(),
                again -> save(library, before, again, entry.url()),
                () -> saveNow(library, before, entry),
                "The article was not changed");
    }

    private void saveNow(Library library, Article before, ArticleFormController.Entry entry) {
        String id = before.id();
        context.background()
                .run(
                        () -> library.editArticle(id, entry.title(), entry.url(), entry.summary(), entry.minutes())
                                ? Optional.of(library.article(id))
                                : Optional.<Article>empty(),
                        changed -> {
                            if (changed.isEmpty()) {
                                dialogs.notice("Nothing changed");
                                return;
                            }
                            model.showWhole(changed.get());
                            UndoStack.Undoable undone = undoEdit(library, before, entry);
                            undo.pushAndTell(undone, "Saved " + Formats.inNotice(entry.title()));
                        },
                        failure -> {
                            if (failure instanceof LinkTakenException taken) {
                                ArticleDialog.askAgain(
                                                stage,
                                                theme::style,
                                                entry,
                                                takenBy(entry, taken),
                                                true,
                                                () -> goTo(taken.id(), taken.title()))
                                        .ifPresent(again -> save(library, before, again));
                            } else if (failure instanceof UnknownArticleException) {
                                offerBack(library, before, entry);
                            } else {
                                dialogs.error("The article was not changed", failure.getMessage());
                            }
                        });
    }

    /**
     * The article was deleted elsewhere (a command line, a sync) while its form was open: the forty-sixth walk's edit
     * went, with an error in the command line's words. It can be put back as it was, with the edit and its note.
     */
    private void offerBack(Library library, Article before, ArticleFormController.Entry entry) {
        String which = Formats.inNotice(entry.title());
        if (!dialogs.confirm(
                "Deleted elsewhere while you edited it",
                which + " was deleted by another program (a command line or a sync) while you edited it. Put it"
                        + " back, with your changes and its note?",
                "Put it back",
                false)) {
            return;
        }
        Article edited = before.withEdit(entry.title(), entry.url(), entry.summary(), entry.minutes());
        context.background()
                .run(
                        () -> library.putBack(edited, before.note()),
                        id -> {
                            ListFilters was = model.revealAdded(List.of(id), which + " was put back");
                            dialogs.notice("Put back " + which + " with your changes" + was.clearedToShowIt());
                        },
                        failure -> dialogs.error("The article was not put back", failure.getMessage()));
    }

    /** The article that has the link a form was given: shown and selected, the filters cleared if they hide it. */
    private void goTo(String id, String title) {
        String which = Formats.inNotice(title);
        ListFilters before = model.revealAdded(List.of(id), which + " was shown");
        table.table().requestFocus();
        dialogs.notice("This is " + which + ", which has that link" + before.clearedToShowIt());
    }

    /** What the form says, back with all that was typed, when the link is another article's. */
    private static ArticleFormController.Taken takenBy(ArticleFormController.Entry entry, LinkTakenException taken) {
        return new ArticleFormController.Taken(
                entry.url(), "That link is already in your list, as " + Formats.quoted(taken.title(), 80) + ".", true);
    }

    private static ArticleFormController.Taken like(ArticleFormController.Entry entry, Article other) {
        return new ArticleFormController.Taken(
                entry.url(),
                "Perhaps in your list already: " + Formats.quoted(other.title(), 80) + " is at "
                        + TextCut.shortened(other.url(), 80) + ".",
                false);
    }

    /**
     * Ctrl+Z puts the title, link, summary and reading time back as they were before F2, and Redo makes the edit
     * again: with no redo, an undone edit could not be had back, nor any change undone before it (the thirty-first
     * walk lost a title and a tag so).
     */
    private UndoStack.Undoable undoEdit(Library library, Article before, ArticleFormController.Entry entry) {
        String id = before.id();
        ArticleFormController.Entry was = new ArticleFormController.Entry(
                before.title(), before.url(), before.summary(), before.readingMinutes(), before.userTags());
        return new UndoStack.Step(
                        "Undo edit",
                        edit(library, id, was, "Undid the edit of " + Formats.inNotice(was.title()), "undone"))
                .redoneBy(
                        edit(
                                library,
                                id,
                                entry,
                                "Made the edit of " + Formats.inNotice(entry.title()) + " again",
                                "made again"),
                        Optional::empty)
                .about(List.of(id));
    }

    /** Puts {@code to}'s title, link, summary and reading time on the article, on the worker, and says so. */
    private Runnable edit(Library library, String id, ArticleFormController.Entry to, String said, String notDone) {
        return () -> context.background()
                .run(
                        () -> {
                            library.editArticle(id, to.title(), to.url(), to.summary(), to.minutes());
                            return library.article(id);
                        },
                        fresh -> {
                            model.showWhole(fresh);
                            dialogs.notice(said);
                        },
                        failure -> dialogs.error("The edit was not " + notDone, failure.getMessage()));
    }

    /**
     * An article added with no title has its link for one: Edit shows Title empty, as Add left it, so that a link
     * changed is its title too. The seventy-seventh walk found the whole link in Title, to delete by hand.
     */
    private static ArticleFormController.Entry entryOf(Article article) {
        String title = article.title().equals(article.url()) ? "" : article.title();
        return new ArticleFormController.Entry(
                title, article.url(), article.summary(), article.readingMinutes(), List.of());
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
        String command = System.getProperty("os.name", "").startsWith("Windows") ? "reading-list.exe" : "reading-list";
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
