package dev.readinglist.platform.instance;

import dev.readinglist.model.Sha256;
import dev.readinglist.platform.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the processes of one library meet: a lock file and a Unix domain socket in the cache
 * folder (never beside the library, whose folder a file chooser may list). Named by a hash of the
 * library's real path, so the socket path stays under the OS's length limit.
 */
public record InstanceFiles(Path lock, Path socket) {

    public static InstanceFiles of(Path database) {
        return in(DataFolder.cacheFolder().resolve("instances"), database);
    }

    static InstanceFiles in(Path folder, Path database) {
        String key = key(canonical(database));
        return new InstanceFiles(folder.resolve(key + ".lock"), folder.resolve(key + ".sock"));
    }

    /** The same file reached by another name (a symlink, "..") must meet the same window. */
    static Path canonical(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private static String key(Path database) {
        return Sha256.hex(database.toString(), 8);
    }
}
