package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.DesktopOpener;
import dev.readinglist.platform.OperatingSystem;
import dev.readinglist.platform.StartupProbe;
import dev.readinglist.ui.choosing.AppFileChooser;
import dev.readinglist.ui.common.CaretRest;
import dev.readinglist.ui.common.FileType;
import dev.readinglist.ui.common.FxBackground;
import dev.readinglist.ui.common.FxFolderChooser;
import dev.readinglist.ui.common.FxOpenFileChooser;
import dev.readinglist.ui.common.FxSaveFileChooser;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Future;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The desktop app. Window state is read in init(), on the launcher thread, so the FX thread never touches a file. */
public final class ReadingListApp extends Application {

    private static volatile WindowLibraryHost host;
    private static volatile StartupProbe probe;
    private static volatile Future<Library> opening;
    private static volatile Stage shown;

    private final FxBackground background = new FxBackground();
    private final FxBackground listing = new FxBackground("folder-listing");
    private final FxBackground desktop = new FxBackground("desktop-opener");
    private Path database;
    private Path settingsFolder;
    private SettingsFile layout;

    /** With a probe, the app measures its start and reports what it measured, then closes: for benchmarks. */
    static void probe(StartupProbe asked) {
        probe = asked;
    }

    /** The library the launcher began opening while the toolkit starts: the window takes it. */
    static void openingEarly(Future<Library> early) {
        opening = early;
    }

    /** Lends the window's library to the commands that command lines hand over. */
    static void useHost(WindowLibraryHost lent) {
        host = lent;
    }

    /** A second launch asked for this library's window. Any thread. */
    static void bringToFront() {
        FxBackground.later(() -> {
            Stage stage = shown;
            if (stage != null) {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }
        });
    }

    @Override
    public void init() {
        String db = getParameters().getNamed().get("db");
        database = DataFolder.database(db == null ? null : Path.of(db));
        settingsFolder = SettingsFile.folder();
        layout = SettingsFile.forUser(settingsFolder);
    }

    @Override
    public void start(Stage stage) {
        RestingPulse.install();
        // Windows locks files per handle, so its own dialogs cannot drop the library's locks; elsewhere
        // the system's dialog may open the library's files in this process (GTK does), so the app's own.
        boolean windows = OperatingSystem.isWindows();
        AppFileChooser chooser = new AppFileChooser(listing, FileType.IMPORTS, settingsFolder);
        DesktopOpener opener = DesktopOpener.forThisSystem();
        AppContext context = new AppContext(
                database,
                settingsFolder,
                background,
                desktop,
                windows ? new FxSaveFileChooser() : chooser,
                windows ? new FxOpenFileChooser() : chooser,
                windows ? new FxFolderChooser() : chooser,
                opener::open,
                folder -> opener.open(folder.toUri().toString()),
                Clock.systemUTC(),
                Platform::exit);
        OnScreen.keepEveryWindow();
        CaretRest.installInEveryWindow(background);
        TooltipsBelowDialogs.keepEveryTooltip();
        MainWindow window = MainWindow.open(stage, context, layout, opening);
        shown = stage;
        if (host != null) {
            host.attach(window.session());
        }
        if (probe != null) {
            WindowProbe.start(window, stage, probe, Platform::exit);
        }
    }

    @Override
    public void stop() {
        listing.close();
        desktop.close();
        background.close();
    }
}
