package dev.readinglist.library;

import dev.readinglist.io.AtomicFileWriter;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.PrivateFiles;
import dev.readinglist.platform.UserFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The sync folder of each library, by library id, kept in the per-user config folder
 * (sync-folders.properties): a copy of the library on another machine chooses its own. On this machine the folder
 * belongs to the file that chose it: a copy of that file (a backup, a test copy opened with --db) shares its id, and
 * synced into the folder as the library, sending what was done to the copy to every device (the sixty-eighth walk's
 * test imports reached them). A library file moved elsewhere takes the folder along.
 */
final class SyncFolders {

    /** Where a library's folder is, and whether this library file may sync through it (not a copy's). */
    record Remembered(Path folder, Optional<Path> copyOf) {}

    private static final String OWNER = ".library";

    private final Path file;

    SyncFolders(Path file) {
        this.file = file;
    }

    static SyncFolders forUser() {
        return new SyncFolders(DataFolder.configFolder().resolve("sync-folders.properties"));
    }

    /** The folder, when this library file is the one that syncs through it (or took the folder along when moved). */
    Optional<Path> of(String libraryId, Path library) {
        return remembered(libraryId, library)
                .filter(found -> found.copyOf().isEmpty())
                .map(Remembered::folder);
    }

    /** The folder remembered for the library's id, and the file it belongs to where that is another one still there. */
    Optional<Remembered> remembered(String libraryId, Path library) {
        Properties folders = load();
        String folder = folders.getProperty(libraryId);
        if (folder == null) {
            return Optional.empty();
        }
        String here = place(library);
        String owner = folders.getProperty(libraryId + OWNER);
        if (owner != null && !owner.equals(here) && Files.exists(Path.of(owner))) {
            return Optional.of(new Remembered(Path.of(folder), Optional.of(Path.of(owner))));
        }
        if (!here.equals(owner)) {
            // Remembered before folders had an owner, or the library file moved: it is this one's now.
            folders.setProperty(libraryId + OWNER, here);
            store(folders);
        }
        return Optional.of(new Remembered(Path.of(folder), Optional.empty()));
    }

    /** A library that joined another takes its remembered folder along to its new id. */
    void moved(String from, String to) {
        Properties folders = load();
        String folder = folders.getProperty(from);
        if (folder == null) {
            return;
        }
        folders.remove(from);
        folders.setProperty(to, folder);
        String owner = (String) folders.remove(from + OWNER);
        if (owner == null) {
            folders.remove(to + OWNER);
        } else {
            folders.setProperty(to + OWNER, owner);
        }
        store(folders);
    }

    /** Remembers the folder (null: sync off) as this library file's; writes only when it changes. */
    void set(String libraryId, Path folder, Path library) {
        Properties folders = load();
        String value =
                folder == null ? null : folder.toAbsolutePath().normalize().toString();
        String owner = value == null ? null : place(library);
        if (Objects.equals(value, folders.getProperty(libraryId))
                && Objects.equals(owner, folders.getProperty(libraryId + OWNER))) {
            return;
        }
        if (value == null) {
            folders.remove(libraryId);
            folders.remove(libraryId + OWNER);
        } else {
            folders.setProperty(libraryId, value);
            folders.setProperty(libraryId + OWNER, owner);
        }
        store(folders);
    }

    /** The library file's own path, through any link: a link to the library is the library, not a copy. */
    private static String place(Path library) {
        try {
            return library.toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return library.toAbsolutePath().normalize().toString();
        }
    }

    private void store(Properties folders) {
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
