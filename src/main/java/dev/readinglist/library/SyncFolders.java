package dev.readinglist.library;

import dev.readinglist.io.AtomicFileWriter;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.PrivateFiles;
import dev.readinglist.platform.UserFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The sync folder of each library, by library id, kept in the per-user config folder
 * (sync-folders.properties): a copy of the library on another machine chooses its own.
 */
final class SyncFolders {

    private final Path file;

    SyncFolders(Path file) {
        this.file = file;
    }

    static SyncFolders forUser() {
        return new SyncFolders(DataFolder.configFolder().resolve("sync-folders.properties"));
    }

    Optional<Path> of(String libraryId) {
        return Optional.ofNullable(load().getProperty(libraryId)).map(Path::of);
    }

    /** A library that joined another takes its remembered folder along to its new id. */
    void moved(String from, String to) {
        of(from).ifPresent(folder -> {
            set(to, folder);
            set(from, null);
        });
    }

    /** Remembers the folder (null: sync off); writes only when it changes. */
    void set(String libraryId, Path folder) {
        Properties folders = load();
        String value =
                folder == null ? null : folder.toAbsolutePath().normalize().toString();
        if (value == null ? !folders.containsKey(libraryId) : value.equals(folders.getProperty(libraryId))) {
            return;
        }
        if (value == null) {
            folders.remove(libraryId);
        } else {
            folders.setProperty(libraryId, value);
        }
        try {
            PrivateFiles.createFolders(file.getParent());
        } catch (IOException e) {
            throw new ReadingListException("cannot remember the sync folder in " + file + ": " + e.getMessage(), e);
        }
        AtomicFileWriter.writePrivate(
                file, out -> folders.store(out, "Reading List: the sync folder of each library, by id"));
    }

    private Properties load() {
        Properties folders = new Properties();
        try (InputStream in = UserFiles.read(file)) {
            folders.load(in);
        } catch (NoSuchFileException e) {
            return folders;
        } catch (IOException | IllegalArgumentException e) {
            throw new ReadingListException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return folders;
    }
}
