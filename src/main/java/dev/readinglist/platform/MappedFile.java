package dev.readinglist.platform;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The one way our code reads a file of its own making whole and fast (the window's search index):
 * mapped into memory, read-only, so pages are read only when used; on Windows read into memory
 * instead, as a file mapped there cannot be replaced. Never one of a library's SQLite files.
 */
public final class MappedFile {

    private MappedFile() {}

    /** The file's bytes, or empty when there is no such file. The mapping lives as long as the segment. */
    public static Optional<MemorySegment> read(Path file) throws IOException {
        LibraryFiles.refuse(file, "read");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (!OperatingSystem.isWindows()) {
                return Optional.of(channel.map(FileChannel.MapMode.READ_ONLY, 0, size, Arena.ofAuto()));
            }
            if (size > Integer.MAX_VALUE - 8) {
                throw new IOException(file + " is too large to read into memory");
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) size);
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // until the whole file is read
            }
            return Optional.of(MemorySegment.ofArray(bytes.array()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
