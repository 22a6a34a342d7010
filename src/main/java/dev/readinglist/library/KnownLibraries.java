package dev.readinglist.library;

import dev.readinglist.io.AtomicFileWriter;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.ErrorLog;
import dev.readinglist.platform.PrivateFiles;
import dev.readinglist.platform.UserFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The id of each library file this user has opened, kept in the config folder: a damaged file may
 * no longer say its own id, and its backups are found by it.
 */
final class KnownLibraries {

    private final Path file;

    KnownLibraries(Path file) {
        this.file = file;
    }

    static KnownLibraries forUser() {
        return new KnownLibraries(DataFolder.configFolder().resolve("known-libraries.properties"));
    }

    Optional<String> idOf(Path database) {
        return Optional.ofNullable(load().getProperty(key(database)));
    }

    /**
     * The ids of the library files known in {@code database}'s folder that are still there, and the
     * id last known for {@code database} itself: the libraries whose backups are not of an earlier one.
     */
    Set<String> idsBeside(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        Set<String> ids = new HashSet<>();
        load().forEach((key, id) -> {
            Path known = Path.of((String) key);
            if (absolute.getParent().equals(known.getParent()) && (known.equals(absolute) || Files.exists(known))) {
                ids.add((String) id);
            }
        });
        return ids;
    }

    /** Remembers the id; writes only when it is new, so an everyday open writes nothing. */
    void remember(Path database, String id) {
        Properties known = load();
        if (id.equals(known.getProperty(key(database)))) {
            return;
        }
        known.setProperty(key(database), id);
        try {
            PrivateFiles.createFolders(file.getParent());
            AtomicFileWriter.writePrivate(file, out -> known.store(out, "Reading List: the id of each library opened"));
        } catch (IOException | ReadingListException e) {
            ErrorLog.record("cannot remember the id of " + database, e);
        }
    }

    private Properties load() {
        Properties known = new Properties();
        try (InputStream in = UserFiles.read(file)) {
            known.load(in);
        } catch (NoSuchFileException e) {
            return known;
        } catch (IOException | IllegalArgumentException e) {
            ErrorLog.record("cannot read " + file, e);
        }
        return known;
    }

    private static String key(Path database) {
        return database.toAbsolutePath().normalize().toString();
    }
}
