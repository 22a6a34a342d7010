package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.library.SyncScheduler;
import dev.readinglist.model.Backup;
import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.ui.common.CaretRest;
import dev.readinglist.ui.common.Command;
import dev.readinglist.ui.common.FxDebouncer;
import dev.readinglist.ui.common.FxDialogs;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.UndoStack;
import dev.readinglist.ui.common.Views;
import dev.readinglist.ui.details.DetailViewModel;
import dev.readinglist.ui.main.LibrarySession;
import dev.readinglist.ui.main.MainController;
import dev.readinglist.ui.main.MainViewModel;
import dev.readinglist.ui.main.SyncViewModel;
import dev.readinglist.ui.table.ArticleTableController;
import dev.readinglist.ui.theme.Theme;
import dev.readinglist.ui.theme.ThemeSwitcher;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
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
    private final DetailSlot detailSlot;

    private volatile boolean closing;

    private MainWindow(Stage stage, AppContext context, SettingsFile layout) {
        this.stage = stage;
        this.context = context;
        dialogs = new FxDialogs(stage);
        UndoStack undo = new UndoStack();
        undo.tellThrough(dialogs);
        mainModel = new MainViewModel(
                context.background(), connection, context.clock(), undo, new FxDebouncer(Duration.millis(300)));
        detailModel = new DetailViewModel(
                context.background(),
                connection,
                new FxDebouncer(Duration.millis(700)),
                new FxDebouncer(Duration.seconds(5)),
                mainModel::setRead,
                mainModel::refreshTags,
                undo);
        session = new LibrarySession(
                context.database(),
                context.background(),
                connection,
                context.clock(),
                mainModel::fail,
                this::offerRecovery,
                detailModel::flushBefore);
        sync = new SyncViewModel(
                context.background(), connection, context.clock(), dialogs, SyncScheduler.Timing.DEFAULT);
        ObjectProperty<Theme> chosenTheme = new SimpleObjectProperty<>(Theme.SYSTEM);
        Views.Loaded<ArticleTableController> tableView = Views.load(
                ArticleTableController.class,
                "ArticleTableView.fxml",
                () -> new ArticleTableController(mainModel, handlers, dialogs::notice));
        table = tableView.controller();
        Views.Loaded<MainController> mainView = Views.load(
                MainController.class,
                "MainView.fxml",
                () -> new MainController(mainModel, handlers, chosenTheme, connection, sync));
        main = mainView.controller();
        Scene scene = new Scene(mainView.root());
        theme = new ThemeSwitcher(scene);
        CaretRest.install(scene, context.background());
        memory = new WindowMemory(
                stage,
                layout,
                context.settingsFolder(),
                context.background(),
                dialogs,
                mainModel,
                table,
                main.splitPane());
        memory.followTheme(chosenTheme, theme);
        StrayKeys strays = CommandHandlers.put(
                handlers,
                new CommandHandlers.Parts(
                        stage, context, connection, mainModel, detailModel, table, main, dialogs, theme, session, sync),
                undo,
                this::quit);
        detailSlot = new DetailSlot(detailModel, mainModel, table, handlers, dialogs, strays);
        main.place(table, tableView.root(), detailSlot.node());
        mainModel.errorProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty() && mainModel.loadedProperty().get()) {
                dialogs.notice(now);
            }
        });
        memory.followLibrary(connection);
        memory.restoreLayout();
        WindowTitle.apply(stage, context.database(), connection, dialogs);
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
    }

    /** Shows the window at once; the library opens behind it, or comes from the launcher's {@code opening} (or null). */
    public static MainWindow open(Stage stage, AppContext context, SettingsFile layout, Future<Library> opening) {
        MainWindow window = new MainWindow(stage, context, layout);
        stage.show();
        FirstFrame.whenShown(stage.getScene(), ms -> context.background().onUiThread(window::loadDetailPane));
        window.memory.restoreSplitAndWatch();
        window.session.open(opening);
        stage.focusedProperty().addListener((obs, was, now) -> {
            if (now && !window.closing) {
                window.session.reloadIfChangedOutside();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(window::saveBeforeExit, "save-before-exit"));
        return window;
    }

    private void offerRecovery(LibraryDamagedException damaged, List<Backup> backups) {
        DamagedLibraryDialog.offer(stage, damaged, backups, theme::style, session, context.database(), this::quit);
    }

    private void loadDetailPane() {
        if (!closing) {
            detailSlot.load();
        }
    }

    /**
     * On SIGTERM or logout the JVM runs this before it stops: the note being typed is saved, as
     * on a normal close. Safe to call from any thread; does nothing after a normal quit.
     */
    void saveBeforeExit() {
        if (!closing) {
            session.saveBeforeExit();
        }
    }

    /** Saves the note being typed and the window's state, closes the library, then the window. */
    void quit() {
        if (closing || !UnsavedNotesQuestion.letsQuit(context.background(), detailModel, dialogs)) {
            return;
        }
        closing = true;
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
