package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.library.SyncScheduler;
import dev.readinglist.model.Backup;
import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.platform.DataFolder;
import dev.readinglist.ui.common.ArticleRows;
import dev.readinglist.ui.common.CaretRest;
import dev.readinglist.ui.common.Command;
import dev.readinglist.ui.common.FxDebouncer;
import dev.readinglist.ui.common.FxDialogs;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.UndoStack;
import dev.readinglist.ui.common.Views;
import dev.readinglist.ui.details.DetailController;
import dev.readinglist.ui.details.DetailViewModel;
import dev.readinglist.ui.help.HelpDialogs;
import dev.readinglist.ui.main.ArticleActions;
import dev.readinglist.ui.main.BackupActions;
import dev.readinglist.ui.main.LibrarySession;
import dev.readinglist.ui.main.MainController;
import dev.readinglist.ui.main.MainViewModel;
import dev.readinglist.ui.main.SyncViewModel;
import dev.readinglist.ui.progress.ProgressWindow;
import dev.readinglist.ui.table.ArticleTableController;
import dev.readinglist.ui.theme.Theme;
import dev.readinglist.ui.theme.ThemeSwitcher;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Builds the main window from its views and view models and wires them together; opens the
 * library through a session, and closes everything in order: note saved, state saved, library
 * closed, then the window. What each command does lives with its view model or dialog.
 */
public final class MainWindow {

    private final Stage stage;
    private final AppContext context;
    private final LibraryConnection connection = new LibraryConnection();
    private final FxDialogs dialogs;
    private final MainViewModel mainModel;
    private final DetailViewModel detailModel;
    private final LibrarySession session;
    private final SyncViewModel sync;
    private final ArticleTableController table;
    private final MainController main;
    private final ThemeSwitcher theme;
    private final WindowMemory memory;
    private final Map<Command, Runnable> handlers = new EnumMap<>(Command.class);
    /** Where the detail pane goes once it is built, after the first frame. */
    private final StackPane detailSlot = new StackPane();

    private volatile boolean closing;

    private MainWindow(Stage stage, AppContext context, SettingsFile layout) {
        this.stage = stage;
        this.context = context;
        dialogs = new FxDialogs(stage);
        UndoStack undo = new UndoStack();
        mainModel = new MainViewModel(context.background(), connection, context.clock(), undo, new ArticleRows());
        detailModel = new DetailViewModel(
                context.background(),
                connection,
                new FxDebouncer(Duration.millis(700)),
                mainModel::setRead,
                mainModel::refreshTags);
        session = new LibrarySession(
                context.database(),
                context.background(),
                connection,
                context.clock(),
                mainModel::fail,
                this::offerRecovery,
                detailModel::flush);
        sync = new SyncViewModel(
                context.background(), connection, context.clock(), dialogs, SyncScheduler.Timing.DEFAULT);
        ObjectProperty<Theme> chosenTheme = new SimpleObjectProperty<>(Theme.SYSTEM);
        Views.Loaded<ArticleTableController> tableView = Views.load(
                ArticleTableController.class,
                "ArticleTableView.fxml",
                () -> new ArticleTableController(mainModel, handlers));
        table = tableView.controller();
        Views.Loaded<MainController> mainView = Views.load(
                MainController.class,
                "MainView.fxml",
                () -> new MainController(
                        mainModel,
                        handlers,
                        chosenTheme,
                        connection.libraryProperty().isNotNull(),
                        sync));
        main = mainView.controller();
        Scene scene = new Scene(mainView.root());
        theme = new ThemeSwitcher(scene);
        CaretRest.install(scene, context.background());
        memory = new WindowMemory(
                stage,
                layout,
                context.settingsFolder(),
                context.background(),
                new FxDebouncer(Duration.millis(800)),
                mainModel,
                table,
                main.splitPane());
        chosenTheme.set(memory.theme());
        theme.use(chosenTheme.get());
        chosenTheme.addListener((obs, old, now) -> {
            theme.use(now);
            memory.theme(now);
        });
        offer(new ArticleActions(
                context.background(),
                connection,
                dialogs,
                undo,
                mainModel::tags,
                mainModel::refreshTags,
                mainModel::fail));
        detailSlot.getStyleClass().add("detail-pane");
        detailSlot.setMinWidth(280);
        // The summary's one long line would ask for 1,800 pixels; the split must not share out space by it.
        detailSlot.setPrefWidth(400);
        main.place(table, tableView.root(), detailSlot);
        table.table().getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> detailModel.show(now));
        // A selection may go null for a moment while a result is swapped in; an empty list is the one time the pane
        // empties.
        mainModel.rows().addListener((ListChangeListener<Object>) change -> {
            if (change.getList().isEmpty()) {
                detailModel.clear();
            }
        });
        mainModel.errorProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty() && mainModel.loadedProperty().get()) {
                dialogs.notice(now);
            }
        });
        connection.libraryProperty().addListener((obs, old, now) -> {
            if (now != null) {
                memory.libraryOpened(now);
            }
        });
        memory.restoreLayout();
        // A library other than the default one is named in the title: two windows must not look alike.
        Path usual = DataFolder.database(null).toAbsolutePath().normalize();
        Path shown = context.database().toAbsolutePath().normalize();
        stage.setTitle(shown.equals(usual) ? "Reading List" : shown.getFileName() + " — Reading List");
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

    /** The commands, each with what it does; the menus, the context menu and F1 offer just these. */
    private void offer(ArticleActions actions) {
        WindowCommands commands =
                new WindowCommands(stage, context, connection, mainModel, table, dialogs, theme, detailModel::flush);
        BackupActions backups = new BackupActions(
                context.background(), connection, session, dialogs, context.folderOpener(), ZoneId.systemDefault());
        ProgressWindow progress = new ProgressWindow(stage, theme::style, context.background(), connection);
        HelpDialogs help = new HelpDialogs(stage, theme::style);
        handlers.put(Command.IMPORT, commands::importFile);
        handlers.put(Command.ADD_ARTICLE, commands::addArticle);
        handlers.put(Command.EXPORT, commands::export);
        handlers.put(Command.BACKUP, backups::backUp);
        handlers.put(Command.RESTORE, backups::restore);
        handlers.put(Command.OPEN_DATA_FOLDER, commands::openDataFolder);
        handlers.put(
                Command.SYNC_FOLDER,
                () -> context.folders()
                        .choose(
                                stage,
                                "Sync through a folder your devices share",
                                sync.folder().orElse(null))
                        .ifPresent(sync::useFolder));
        handlers.put(Command.SYNC_NOW, sync::syncNow);
        handlers.put(Command.SYNC_OFF, sync::turnOff);
        handlers.put(Command.FAVOURITE, () -> mainModel.toggleFavourite(table.selectedRows()));
        handlers.put(Command.EDIT_ARTICLE, commands::editArticle);
        handlers.put(Command.QUIT, this::quit);
        handlers.put(Command.UNDO, mainModel::undo);
        handlers.put(Command.MARK_READ, () -> mainModel.setRead(table.selectedRows(), true));
        handlers.put(Command.MARK_UNREAD, () -> mainModel.setRead(table.selectedRows(), false));
        handlers.put(Command.TOGGLE_READ, () -> mainModel.toggleRead(table.selectedRows()));
        handlers.put(Command.NEXT_UNREAD, table::selectNextUnread);
        handlers.put(Command.ADD_TAG, () -> actions.addTag(table.selectedRows()));
        handlers.put(Command.REMOVE_TAG, () -> actions.removeTag(table.selectedRows()));
        handlers.put(Command.RENAME_TAG, actions::renameTag);
        handlers.put(Command.DELETE, () -> actions.delete(table.selectedRows()));
        handlers.put(Command.OPEN_LINK, commands::openLink);
        handlers.put(Command.COPY_LINK, commands::copyLinks);
        handlers.put(Command.FIND, main::focusSearch);
        handlers.put(Command.FILTER_TAGS, main::openTagFilter);
        handlers.put(Command.RESET_COLUMNS, table::resetColumns);
        handlers.put(Command.PROGRESS, progress::show);
        handlers.put(Command.SHORTCUTS, () -> help.showShortcuts(handlers.keySet()));
        handlers.put(Command.ABOUT, () -> commands.showAbout(help));
        stage.setOnHidden(e -> progress.close());
    }

    /** Shows the window at once; the library opens in the background and fills it when ready. */
    public static MainWindow open(Stage stage, AppContext context, SettingsFile layout) {
        return open(stage, context, layout, null);
    }

    /** As above, with the library the launcher began opening before the window was built (null: none). */
    public static MainWindow open(Stage stage, AppContext context, SettingsFile layout, Future<Library> opening) {
        MainWindow window = new MainWindow(stage, context, layout);
        stage.show();
        FirstFrame.whenShown(stage.getScene(), ms -> context.background().onUiThread(window::loadDetailPane));
        window.memory.restoreSplitAndWatch();
        if (opening == null) {
            window.session.open();
        } else {
            window.session.open(opening);
        }
        stage.focusedProperty().addListener((obs, was, now) -> {
            if (now && !window.closing) {
                window.session.reloadIfChangedOutside();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(window::saveBeforeExit, "save-before-exit"));
        return window;
    }

    private void offerRecovery(LibraryDamagedException damaged, List<Backup> backups) {
        DamagedLibraryDialog.show(stage, damaged, backups, theme::style, new DamagedLibraryDialog.Choice() {
            @Override
            public void restore(Backup backup) {
                session.recover(
                        () -> Library.restore(context.database(), backup.file()),
                        kept -> DamagedLibraryDialog.restored(stage, backup, kept, theme::style));
            }

            @Override
            public void startNew() {
                session.recover(() -> Library.setAsideDamaged(context.database()), aside -> {});
            }

            @Override
            public void quit() {
                MainWindow.this.quit();
            }
        });
    }

    /**
     * The detail pane (a text editor, tag chips, links) is built after the first frame, as Scene
     * Builder builds its heavy panels: the window appears sooner, and nothing can be selected yet.
     */
    private void loadDetailPane() {
        if (closing || !detailSlot.getChildren().isEmpty()) {
            return;
        }
        detailSlot
                .getChildren()
                .setAll(Views.load(
                                DetailController.class,
                                "DetailView.fxml",
                                () -> new DetailController(
                                        detailModel,
                                        command -> handlers.getOrDefault(command, () -> {})
                                                .run(),
                                        mainModel.tagNames(),
                                        dialogs::notice,
                                        tag -> mainModel.selectedTags().setAll(List.of(tag)),
                                        mainModel::setFavourite))
                        .root());
    }

    /**
     * On SIGTERM or logout the JVM runs this before it stops: the note being typed is saved, as
     * on a normal close. Safe to call from any thread; does nothing after a normal quit.
     */
    void saveBeforeExit() {
        if (closing) {
            return;
        }
        CountDownLatch flushed = new CountDownLatch(1);
        try {
            context.background().onUiThread(() -> {
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

    /** Saves the note being typed and the window's state, closes the library, then the window. */
    void quit() {
        if (closing) {
            return;
        }
        closing = true;
        detailModel.flush();
        memory.save();
        sync.close();
        session.close();
        stage.close();
        context.exit().run();
    }

    LibrarySession session() {
        return session;
    }

    MainViewModel mainModel() {
        return mainModel;
    }

    DetailViewModel detailModel() {
        return detailModel;
    }

    LibraryConnection connection() {
        return connection;
    }
}
