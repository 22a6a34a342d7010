package dev.readinglist.ui;

import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.FolderChooser;
import dev.readinglist.ui.common.OpenFileChooser;
import dev.readinglist.ui.common.SaveFileChooser;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * What the window needs from outside: the files, the worker, and the few OS services. The app
 * passes the real ones; UI tests pass a temp database, a chooser that answers at once, and
 * browser and exit hooks that only record.
 */
public record AppContext(
        Path database,
        Path stateFile,
        Background background,
        SaveFileChooser chooser,
        OpenFileChooser opener,
        FolderChooser folders,
        Consumer<String> browser,
        Consumer<Path> folderOpener,
        Clock clock,
        Runnable exit) {}
