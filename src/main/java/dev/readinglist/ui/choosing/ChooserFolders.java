package dev.readinglist.ui.choosing;

import dev.readinglist.library.SettingsFile;
import dev.readinglist.ui.common.Background;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The folders the dialogs were last used in, one for files brought in (imports, a backup to
 * restore), one for exports, one for the folder exported into and one for the sync folder, kept in
 * the settings folder's {@value #FILE} so that the next session starts there too. Apart, because people read from Downloads and write to Documents.
 * Read and written on the listing worker, whose one thread reads the file before it lists any
 * folder; a file that cannot be read or written leaves only this session's memory.
 */
final class ChooserFolders {

    static final String FILE = "choosers.properties";

    enum Purpose {
        OPEN("open-folder"),
        EXPORT("export-folder"),
        /** The folder exported into (the Markdown files' vault), itself: not where the CSV went. */
        EXPORT_INTO("export-into-folder"),
        SYNC("sync-folder"),
        RESTORE("restore-folder");

        private final String key;

        Purpose(String key) {
            this.key = key;
        }
    }

    private final Background worker;
    private final Map<Purpose, Path> last = new EnumMap<>(Purpose.class);
    private SettingsFile saved;

    private ChooserFolders(Background worker) {
        this.worker = worker;
    }

    /** Starts reading the file on {@code worker}; with no settings folder, remembers for the session only. */
    static ChooserFolders in(Path settingsFolder, Background worker) {
        ChooserFolders folders = new ChooserFolders(worker);
        if (settingsFolder != null) {
            worker.run(
                    () -> {
                        folders.read(SettingsFile.load(settingsFolder.resolve(FILE)));
                        return null;
                    },
                    done -> {},
                    Background.ignoreFailure("the dialogs start in the home folder"));
        }
        return folders;
    }

    private synchronized void read(SettingsFile file) {
        saved = file;
        for (Purpose purpose : Purpose.values()) {
            String value = file.get(purpose.key, "");
            if (!last.containsKey(purpose) && !value.isEmpty()) {
                try {
                    Path folder = Path.of(value);
                    if (folder.isAbsolute()) {
                        last.put(purpose, folder);
                    }
                } catch (InvalidPathException e) {
                    // A hand-edited or foreign line: the dialog starts where it would have without it.
                }
            }
        }
    }

    /** The folder last used for this purpose, or null; it may have gone since. */
    synchronized Path last(Purpose purpose) {
        return last.get(purpose);
    }

    /** Remembers the folder now, and writes it to the file on the worker. */
    void remember(Purpose purpose, Path folder) {
        Path absolute = folder.toAbsolutePath();
        synchronized (this) {
            last.put(purpose, absolute);
        }
        worker.run(
                () -> {
                    SettingsFile file = savedFile();
                    if (file != null) {
                        file.put(purpose.key, absolute.toString());
                        file.save();
                    }
                    return null;
                },
                done -> {},
                Background.ignoreFailure("the folder is remembered for this session only"));
    }

    private synchronized SettingsFile savedFile() {
        return saved;
    }
}
