package dev.readinglist.platform;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates folders and files only their owner can read: 0700 and 0600 where the OS has POSIX modes. */
public final class PrivateFiles {

    private PrivateFiles() {}

    /** Creates the missing folders of {@code dir}, each 0700; existing folders keep their mode. */
    public static void createFolders(Path dir) throws IOException {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        createFolders(dir.getParent());
        Files.createDirectory(dir, mode("rwx------"));
    }

    /** Creates an empty 0600 file; fails if it exists. */
    public static void createFile(Path file) throws IOException {
        Files.createFile(file, mode("rw-------"));
    }

    /** Makes an existing file 0600, where the OS has POSIX modes. */
    public static void ownerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** The attributes that make a new file 0600, where the OS has POSIX modes; for opening with CREATE. */
    public static FileAttribute<?>[] ownerOnly() {
        return mode("rw-------");
    }

    private static FileAttribute<?>[] mode(String permissions) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        };
    }
}
