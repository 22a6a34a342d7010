package dev.readinglist.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * The one way our code opens a file a user named for reading (an import, a catalog): it is never
 * one of the files SQLite has open in this process, whose locks its close would drop. Writes go
 * through {@link AtomicFileWriter}, which checks the same.
 */
public final class UserFiles {

    private UserFiles() {}

    public static InputStream read(Path file) throws IOException {
        LibraryFiles.refuse(file, "read");
        return Files.newInputStream(file);
    }

    public static byte[] readAllBytes(Path file) throws IOException {
        LibraryFiles.refuse(file, "read");
        return Files.readAllBytes(file);
    }

    public static ZipFile zip(Path file) throws IOException {
        LibraryFiles.refuse(file, "read");
        return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    }
}
