package dev.readinglist.ui;

import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.FolderChooser;
import dev.readinglist.ui.common.OpenFileChooser;
import dev.readinglist.ui.common.SaveFileChooser;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * What the window needs from outside: the files, the workers, and the few OS services. The app
 * passes the real ones; UI tests pass a temp database and settings folder, a chooser that answers
 * at once, and browser and exit hooks that only record.
 *
 * @param settingsFolder where the window's layout and each library's last filters are kept
 * @param background the library's worker
 * @param desktop where the browser and the file manager are started: an opener may take seconds
 * @param browser opens a checked web link; throws, with a one-line reason, when nothing could
 * @param folderOpener opens a folder in the file manager; throws as the browser does
 */
public record AppContext(
        Path database,
        Path settingsFolder,
        Background background,
        Background desktop,
        SaveFileChooser chooser,
        OpenFileChooser opener,
        FolderChooser folders,
        Consumer<String> browser,
        Consumer<Path> folderOpener,
        Clock clock,
        Runnable exit) {}
