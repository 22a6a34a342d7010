package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.model.Backup;
import dev.readinglist.model.DeletedArticle;
import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.AppVersion;
import dev.readinglist.platform.ErrorLog;
import dev.readinglist.ui.adding.AddArticleController;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.FxDebouncer;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.LinkOpener;
import dev.readinglist.ui.common.Views;
import dev.readinglist.ui.details.DetailController;
import dev.readinglist.ui.details.DetailViewModel;
import dev.readinglist.ui.export.ExportDialog;
import dev.readinglist.ui.export.ExportViewModel;
import dev.readinglist.ui.importing.ImportController;
import dev.readinglist.ui.importing.ImportViewModel;
import dev.readinglist.ui.main.MainActions;
import dev.readinglist.ui.main.MainController;
import dev.readinglist.ui.main.MainViewModel;
import dev.readinglist.ui.main.WindowState;
import dev.readinglist.ui.progress.ProgressController;
import dev.readinglist.ui.table.ArticleTableController;
import dev.readinglist.ui.theme.Theme;
import dev.readinglist.ui.theme.ThemeSwitcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * Builds the main window from its views and view models, opens the library off the FX thread,
 * and closes everything in order: note saved, state saved, library closed, then the window.
 */
public final class MainWindow implements MainActions {

    private static final String[][] SHORTCUTS = {
        {"Ctrl+F", "Focus the search field"},
        {"Esc", "Clear the search (in the search field)"},
        {"Down", "Move to the table's first row (in the search field)"},
        {"Space", "Toggle read on the selected rows (in the table)"},
        {"Ctrl+Z", "Undo the last read or unread change"},
        {"Ctrl+E", "Export notes to CSV"},
        {"Ctrl+I", "Import a Pocket, Instapaper, Raindrop or Reading List export"},
        {"Ctrl+N", "Add an article"},
        {"Delete", "Delete the selected added or imported articles (in the table)"},
        {"Ctrl+Q", "Quit; everything is saved first"},
        {"F1", "This list"},
    };

    private final Stage stage;
    private final AppContext context;
    private final WindowState state;
    private final LibraryConnection connection = new LibraryConnection();
    private final MainViewModel mainModel;
    private final DetailViewModel detailModel;
    private final MainController mainController;
    private final ArticleTableController tableController;
    private final ThemeSwitcher theme;
    private ExportDialog exportDialog;
    private Stage progressStage;
    private ProgressController progressController;
    private volatile boolean closing;
    private final LinkOpener links;
    /** Where the detail pane goes once it is built, after the first frame. */
    private final StackPane detailSlot = new StackPane();

    private volatile long dataVersion;
    /** The library as the last open left it: open, or the reason it is not. Commands from command lines wait on it. */
    private volatile CompletableFuture<Library> opened = new CompletableFuture<>();

    private MainWindow(Stage stage, AppContext context, WindowState state) {
        this.stage = stage;
        this.context = context;
        this.state = state;
        mainModel = new MainViewModel(context.background(), connection, context.clock());
        detailModel = new DetailViewModel(
                context.background(),
                connection,
                new FxDebouncer(Duration.millis(700)),
                mainModel::setRead,
                mainModel::articleChanged,
                mainModel::refreshTags);
        links = new LinkOpener(context.browser());
        detailSlot.getStyleClass().add("detail-pane");
        detailSlot.setMinWidth(280);

        Views.Loaded<MainController> main =
                Views.load(MainController.class, "MainView.fxml", () -> new MainController(mainModel, this));
        Views.Loaded<ArticleTableController> table = Views.load(
                ArticleTableController.class,
                "ArticleTableView.fxml",
                () -> new ArticleTableController(mainModel, links, this::notice));
        mainController = main.controller();
        tableController = table.controller();
        mainController.place(tableController, table.root(), detailSlot);
        tableController
                .table()
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> detailModel.show(now));
        // A selection may go null for a moment while a result is swapped in; an empty list is the one time the pane
        // empties.
        mainModel.shownRows().addListener((ListChangeListener<ArticleRow>) change -> {
            if (change.getList().isEmpty()) {
                detailModel.clear();
            }
        });

        Scene scene = new Scene(main.root());
        theme = new ThemeSwitcher(scene);
        theme.use(state.theme());
        mainController.showTheme(state.theme());
        state.applyStage(stage);
        state.applyTable(tableController.table());
        state.applyFilters(mainModel);
        mainModel.errorProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty() && mainModel.loadedProperty().get()) {
                notice(now);
            }
        });

        stage.setTitle("Reading List");
        for (String size : new String[] {"32", "64", "256"}) {
            stage.getIcons()
                    .add(new Image(MainWindow.class
                            .getResource("reading-list-" + size + ".png")
                            .toExternalForm()));
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
    }

    /** Shows the window at once; the library opens in the background and fills it when ready. */
    public static MainWindow open(Stage stage, AppContext context, WindowState state) {
        MainWindow window = new MainWindow(stage, context, state);
        stage.show();
        FirstFrame.whenShown(stage.getScene(), ms -> Platform.runLater(window::loadDetailPane));
        // Divider positions are fractions of the final width, so they are set once the window has its size.
        window.state.applySplit(window.mainController.splitPane());
        window.openLibrary();
        stage.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                window.reloadIfChangedOutside();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(window::saveBeforeExit, "save-before-exit"));
        return window;
    }

    private void openLibrary() {
        CompletableFuture<Library> opening = opened.isDone() ? new CompletableFuture<>() : opened;
        opened = opening;
        context.background()
                .run(
                        () -> {
                            try {
                                Library library = Library.openDeferringBackup(context.database(), context.clock());
                                dataVersion = library.dataVersion();
                                opening.complete(library);
                                return library;
                            } catch (RuntimeException e) {
                                opening.completeExceptionally(e);
                                throw e;
                            }
                        },
                        library -> {
                            connection.open(library);
                            // Queued after the first page and the index, and before anything the user can change.
                            context.background()
                                    .run(
                                            () -> {
                                                library.takeDailyBackup();
                                                return null;
                                            },
                                            done -> {},
                                            failure -> {});
                        },
                        failure -> {
                            mainModel.fail(failure);
                            if (failure instanceof LibraryDamagedException damaged) {
                                context.background()
                                        .run(
                                                () -> Library.backups(damaged.file()),
                                                backups -> offerRecovery(damaged, backups),
                                                listFailure -> offerRecovery(damaged, List.of()));
                            }
                        });
    }

    /**
     * The open library, for a command a command line handed over; waits while it opens. Never on
     * the FX thread.
     */
    Library awaitLibrary() {
        try {
            return opened.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadingListException("cancelled while the library was opening");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new ReadingListException(String.valueOf(e.getCause().getMessage()), e.getCause());
        }
    }

    /** A command line's command changed the library: shown now, not when the window is next focused. */
    void showChangesByCommand() {
        Platform.runLater(() -> {
            if (closing) {
                return;
            }
            mainModel.refresh();
            mainModel.refreshTags();
            detailModel.reload();
        });
    }

    /**
     * A command line's {@code restore}: the note being typed is saved, the library closed, the
     * backup put in place and the library opened again, with a notice instead of a dialog. Waits
     * until the backup is in place; never on the FX thread.
     */
    Path restoreForCommand(Path backup) {
        CompletableFuture<Path> restored = new CompletableFuture<>();
        Platform.runLater(() -> {
            detailModel.flush();
            context.background()
                    .run(
                            () -> {
                                Library open = connection.get();
                                if (open != null) {
                                    open.close();
                                }
                                try {
                                    return Library.restore(context.database(), backup);
                                } finally {
                                    // Opened again whether or not the restore went through: the old file is still there
                                    // then.
                                    Platform.runLater(this::reopenAfterRestore);
                                }
                            },
                            restored::complete,
                            restored::completeExceptionally);
        });
        try {
            Path kept = restored.get();
            Platform.runLater(() -> notice("Restored from " + backup.getFileName()
                    + (kept == null ? "" : "; the replaced library is kept as " + kept.getFileName())));
            return kept;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadingListException("cancelled while restoring");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new ReadingListException(String.valueOf(e.getCause().getMessage()), e.getCause());
        }
    }

    private void reopenAfterRestore() {
        connection.open(null);
        opened = new CompletableFuture<>();
        mainModel.errorProperty().set("");
        openLibrary();
    }

    private void offerRecovery(LibraryDamagedException damaged, List<Backup> backups) {
        DamagedLibraryDialog.show(stage, damaged, backups, theme::style, new DamagedLibraryDialog.Choice() {
            @Override
            public void restore(Backup backup) {
                recover(
                        () -> Library.restore(context.database(), backup.file()),
                        kept -> DamagedLibraryDialog.restored(stage, backup, kept, theme::style));
            }

            @Override
            public void startNew() {
                recover(() -> Library.setAsideDamaged(context.database()), aside -> {});
            }

            @Override
            public void quit() {
                MainWindow.this.quit();
            }
        });
    }

    /** Runs the recovery step off the FX thread, then opens the library again. */
    private void recover(Callable<Path> step, Consumer<Path> after) {
        context.background()
                .run(
                        step,
                        done -> {
                            mainModel.errorProperty().set("");
                            openLibrary();
                            after.accept(done);
                        },
                        failure -> mainModel.fail(failure));
    }

    /** Another process (the CLI) may have written while this window was in the background. */
    void reloadIfChangedOutside() {
        Library library = connection.get();
        if (library == null || closing) {
            return;
        }
        context.background()
                .run(
                        library::dataVersion,
                        version -> {
                            if (version != dataVersion) {
                                dataVersion = version;
                                mainModel.refresh();
                                mainModel.refreshTags();
                            }
                        },
                        failure -> {});
    }

    /**
     * On SIGTERM or logout the JVM runs this before it stops: the note being typed is saved,
     * as on a normal close. Safe to call from any thread; does nothing after a normal quit.
     */
    public void saveBeforeExit() {
        if (closing) {
            return;
        }
        CountDownLatch flushed = new CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                try {
                    detailModel.flush();
                } finally {
                    flushed.countDown();
                }
            });
            flushed.await(3, TimeUnit.SECONDS);
        } catch (IllegalStateException | InterruptedException e) {
            // The FX thread is gone: nothing can still be typing, and saved notes are already on disk.
        }
        context.background().drain();
    }

    public MainViewModel mainModel() {
        return mainModel;
    }

    public DetailViewModel detailModel() {
        return detailModel;
    }

    public LibraryConnection connection() {
        return connection;
    }

    @Override
    public void exportNotes() {
        if (exportDialog == null) {
            ExportViewModel model =
                    new ExportViewModel(context.background(), connection, context.clock(), mainModel::shownIds);
            exportDialog = new ExportDialog(
                    model,
                    context.chooser(),
                    context.folders(),
                    theme::style,
                    Path.of(System.getProperty("user.home")));
        }
        detailModel.flush();
        exportDialog.show(stage, new ExportDialog.Outcome() {
            @Override
            public void exported(Path file, int rows) {
                Path folder = file.toAbsolutePath().getParent();
                Notifications.create()
                        .owner(stage)
                        .title("Notes exported")
                        .text(rows + (rows == 1 ? " article" : " articles") + " written to " + file.getFileName())
                        .action(new Action(
                                "Open folder", e -> context.folderOpener().accept(folder)))
                        .hideAfter(Duration.seconds(8))
                        .position(Pos.BOTTOM_RIGHT)
                        .showInformation();
            }

            @Override
            public void failed(String message) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
                alert.initOwner(stage);
                alert.setHeaderText("The notes were not exported");
                theme.style(alert.getDialogPane().getScene());
                alert.show();
            }
        });
    }

    @Override
    public void importFile() {
        if (!connection.isOpen()) {
            return;
        }
        context.opener().choose(stage, "Import a reading list").ifPresent(file -> {
            ImportViewModel model = new ImportViewModel(context.background(), connection, file);
            Stage window = new Stage();
            Views.Loaded<ImportController> view = Views.load(
                    ImportController.class,
                    "ImportView.fxml",
                    () -> new ImportController(
                            model,
                            report -> {
                                mainModel.refresh();
                                mainModel.refreshTags();
                            },
                            window::close));
            window.initOwner(stage);
            window.initModality(Modality.WINDOW_MODAL);
            window.setTitle("Import");
            window.setScene(new Scene(view.root()));
            theme.style(window.getScene());
            window.setOnCloseRequest(e -> model.cancel());
            window.show();
        });
    }

    @Override
    public void addArticle() {
        Library library = connection.get();
        if (library == null) {
            return;
        }
        Views.Loaded<AddArticleController> view =
                Views.load(AddArticleController.class, "AddArticleDialog.fxml", AddArticleController::new);
        DialogPane pane = (DialogPane) view.root();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle("Add article");
        dialog.setDialogPane(pane);
        pane.lookupButton(pane.getButtonTypes().getFirst())
                .disableProperty()
                .bind(view.controller().validProperty().not());
        theme.style(pane.getScene());
        dialog.showAndWait()
                .filter(answer -> answer.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(ok -> {
                    AddArticleController.Entry entry = view.controller().entry();
                    context.background()
                            .run(
                                    () -> library.addArticle(entry.title(), entry.url(), entry.summary(), entry.tags()),
                                    id -> {
                                        mainModel.refresh();
                                        mainModel.refreshTags();
                                        notice("Added “" + entry.title() + "”");
                                    },
                                    failure -> notice(failure.getMessage()));
                });
    }

    @Override
    public void deleteArticles() {
        Library library = connection.get();
        List<ArticleRow> rows = tableController.selectedRows();
        if (library == null || rows.isEmpty()) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(stage);
        confirm.setTitle("Delete");
        confirm.setHeaderText(
                rows.size() == 1
                        ? "Delete “" + rows.getFirst().titleProperty().get() + "”?"
                        : "Delete " + rows.size() + " articles?");
        confirm.setContentText(
                "Notes and tags go with them. You can undo right after. Articles of the bundled catalog stay.");
        theme.style(confirm.getDialogPane().getScene());
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        List<String> ids = rows.stream().map(ArticleRow::id).toList();
        context.background()
                .run(
                        () -> {
                            List<DeletedArticle> deleted = new ArrayList<>();
                            for (String id : ids) {
                                if (library.canDelete(id)) {
                                    deleted.add(library.deleteArticle(id));
                                }
                            }
                            return deleted;
                        },
                        deleted -> {
                            mainModel.refresh();
                            mainModel.refreshTags();
                            int kept = ids.size() - deleted.size();
                            String text = deleted.isEmpty()
                                    ? "Articles of the bundled catalog cannot be deleted"
                                    : "Deleted " + deleted.size() + (deleted.size() == 1 ? " article" : " articles")
                                            + (kept > 0 ? "; " + kept + " of the bundled catalog stayed" : "");
                            Notifications note = Notifications.create()
                                    .owner(stage)
                                    .text(text)
                                    .hideAfter(Duration.seconds(10))
                                    .position(Pos.BOTTOM_RIGHT);
                            if (!deleted.isEmpty()) {
                                note.action(new Action(
                                        "Undo",
                                        e -> context.background()
                                                .run(
                                                        () -> {
                                                            deleted.forEach(library::undelete);
                                                            return null;
                                                        },
                                                        done -> {
                                                            mainModel.refresh();
                                                            mainModel.refreshTags();
                                                        },
                                                        failure -> notice(failure.getMessage()))));
                            }
                            note.show();
                        },
                        failure -> notice(failure.getMessage()));
    }

    @Override
    public void showProgress() {
        if (progressStage == null) {
            Views.Loaded<ProgressController> view = Views.load(
                    ProgressController.class,
                    "ProgressView.fxml",
                    () -> new ProgressController(context.background(), connection));
            progressController = view.controller();
            progressStage = new Stage();
            progressStage.initOwner(stage);
            progressStage.setTitle("Progress by tag");
            progressStage.setScene(new Scene(view.root()));
            theme.style(progressStage.getScene());
        } else {
            progressController.refresh();
        }
        progressStage.show();
        progressStage.toFront();
    }

    @Override
    public void showShortcuts() {
        GridPane grid = new GridPane(18, 6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(SHORTCUTS[i][1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        theme.style(alert.getDialogPane().getScene());
        alert.show();
    }

    @Override
    public void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("About Reading List");
        alert.setHeaderText("Reading List " + AppVersion.current());
        alert.setContentText("Work through technical articles: search, mark read, keep notes, export to CSV.\n\n"
                + "Catalog: CodersSecret — Backend Articles\nLibrary: "
                + context.database().toAbsolutePath()
                + "\nLog: " + ErrorLog.file());
        theme.style(alert.getDialogPane().getScene());
        alert.show();
    }

    @Override
    public void useTheme(Theme chosen) {
        theme.use(chosen);
        state.theme(chosen);
    }

    /**
     * The detail pane (a text editor, tag chips, links) is built after the first frame, as Scene
     * Builder builds its heavy panels: the window appears sooner, and nothing can be selected yet.
     */
    private void loadDetailPane() {
        if (closing || !detailSlot.getChildren().isEmpty()) {
            return;
        }
        Views.Loaded<DetailController> detail = Views.load(
                DetailController.class,
                "DetailView.fxml",
                () -> new DetailController(detailModel, links, mainModel.allTags(), this::notice));
        detailSlot.getChildren().setAll(detail.root());
    }

    /** The window's scene: for the benchmark, which drives the real window. */
    public Scene scene() {
        return stage.getScene();
    }

    /** Saves the note being typed and the window's state, closes the library, then the window. */
    @Override
    public void quit() {
        if (closing) {
            return;
        }
        closing = true;
        detailModel.flush();
        state.captureStage(stage);
        state.captureSplit(mainController.splitPane());
        state.captureTable(tableController.table());
        state.captureFilters(mainModel);
        context.background()
                .run(
                        () -> {
                            state.save(context.stateFile());
                            return null;
                        },
                        done -> {},
                        failure -> {});
        context.background().drain();
        Library library = connection.get();
        if (library != null) {
            context.background()
                    .run(
                            () -> {
                                library.close();
                                return null;
                            },
                            done -> {},
                            failure -> {});
            context.background().drain();
        }
        if (progressStage != null) {
            progressStage.close();
        }
        stage.close();
        context.exit().run();
    }

    private void notice(String message) {
        Notifications.create()
                .owner(stage)
                .text(message)
                .hideAfter(Duration.seconds(4))
                .position(Pos.BOTTOM_RIGHT)
                .show();
    }
}
