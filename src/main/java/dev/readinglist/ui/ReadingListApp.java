package dev.readinglist.ui;

import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.SingleInstance;
import dev.readinglist.ui.common.FxBackground;
import dev.readinglist.ui.common.FxOpenFileChooser;
import dev.readinglist.ui.common.FxSaveFileChooser;
import dev.readinglist.ui.main.WindowState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.LongConsumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The desktop app. Window state is read in init(), on the launcher thread, so the FX thread never touches a file. */
public final class ReadingListApp extends Application {

    private static volatile SingleInstance instance;
    private static volatile LongConsumer firstFrame;

    private final FxBackground background = new FxBackground();
    private Path database;
    private Path stateFile;
    private WindowState state;

    /** With a consumer, the app reports when its first frame is shown, then closes: for startup benchmarks. */
    static void reportFirstFrame(LongConsumer consumer) {
        firstFrame = consumer;
    }

    /** The lock that makes this the one window for its library; a second launch calls it to the front. */
    static void useInstance(SingleInstance held) {
        instance = held;
    }

    @Override
    public void init() {
        String db = getParameters().getNamed().get("db");
        database = DataFolder.database(db == null ? null : Path.of(db));
        stateFile = DataFolder.folder().resolve("window.properties");
        state = WindowState.load(stateFile);
    }

    @Override
    public void start(Stage stage) {
        AppContext context = new AppContext(
                database,
                stateFile,
                background,
                new FxSaveFileChooser(),
                new FxOpenFileChooser(),
                url -> getHostServices().showDocument(url),
                folder -> getHostServices().showDocument(folder.toUri().toString()),
                Clock.systemUTC(),
                Platform::exit);
        MainWindow.open(stage, context, state);
        if (firstFrame != null) {
            FirstFrame.whenShown(stage.getScene(), ms -> {
                firstFrame.accept(ms);
                Platform.exit();
            });
        }
        if (instance != null) {
            instance.onActivate(() -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }));
        }
    }

    @Override
    public void stop() {
        background.close();
    }
}
