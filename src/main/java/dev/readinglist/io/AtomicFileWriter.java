package dev.readinglist.io;

import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.LibraryFiles;
import dev.readinglist.platform.OperatingSystem;
import dev.readinglist.platform.PrivateFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see the old file or the whole new one, never a part: the bytes
 * go to a temp file beside the target, are synced to disk, and the temp file is renamed over the
 * target (see {@link Renamer}: on Windows, tried again while another program has the target open).
 * On any failure the temp file is removed and the target is left as it was.
 */
public final class AtomicFileWriter {

    /** A target name longer than this (in bytes) gives its temp file only its first 50 characters. */
    private static final int STEM_BYTES = 200;

    /** What writes the content; it must not close the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {}

    /**
     * Writes a file for the user (an export, an import's report): a new file gets the permissions
     * any new file gets there (the umask's), a replaced one keeps its own.
     */
    public static void write(Path target, Content content) {
        write(target, content, Renamer.forOs(OperatingSystem.name()), true, false);
    }

    /**
     * Writes a file the app keeps for its user alone (settings, the known libraries): 0600 where the
     * OS has POSIX modes, from the moment it exists, whatever the file it replaces had.
     */
    public static void writePrivate(Path target, Content content) {
        write(target, content, Renamer.forOs(OperatingSystem.name()), true, true);
    }

    /** {@link #write} or {@link #writePrivate}, for a writer of a format that writes either kind of file. */
    @FunctionalInterface
    public interface FileWrite {
        void write(Path target, Content content);
    }

    static void write(Path target, Content content, Renamer renamer) {
        write(target, content, renamer, true, false);
    }

    /**
     * Writes many files into one folder, all or none: each is written to a temp file beside it, and {@link #commit()}
     * moves them all into place and makes the renames durable with one sync of the folder, instead of one per file (a
     * Markdown export writes a file per article). Closed without a commit (a full disk midway), it deletes the temp
     * files and the folder is as it was: the sixty-eighth walk's failed export left 4 of 150 files.
     */
    public static final class Batch implements AutoCloseable {
        private final Path folder;
        private final Renamer renamer = Renamer.forOs(OperatingSystem.name());
        private final Map<Path, Path> written = new LinkedHashMap<>();

        public Batch(Path folder) {
            this.folder = folder.toAbsolutePath().normalize();
        }

        public void write(Path target, Content content) {
            Path absolute = writable(target);
            Path temp = null;
            try {
                temp = createTemp(absolute, false);
                keepPermissions(absolute, temp);
                writeDurably(temp, content);
                written.put(temp, absolute);
                temp = null;
            } catch (IOException e) {
                String why = temp == null ? reasonIn(absolute.getParent(), e) : reason(e);
                throw new ReadingListException("cannot write " + absolute + ": " + why, e);
            } finally {
                deleteQuietly(temp);
            }
        }

        /** Moves every file written into place. */
        public void commit() {
            var each = written.entrySet().iterator();
            while (each.hasNext()) {
                var file = each.next();
                try {
                    renamer.replace(file.getKey(), file.getValue());
                } catch (IOException e) {
                    throw new ReadingListException("cannot write " + file.getValue() + ": " + reason(e), e);
                }
                each.remove();
            }
            syncFolder(folder);
        }

        @Override
        public void close() {
            written.keySet().forEach(AtomicFileWriter::deleteQuietly);
            written.clear();
        }
    }

    private static void write(Path target, Content content, Renamer renamer, boolean syncFolder, boolean ownerOnly) {
        Path absolute = writable(target);
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            temp = createTemp(absolute, ownerOnly);
            if (!ownerOnly) {
                keepPermissions(absolute, temp);
            }
            writeDurably(temp, content);
            renamer.replace(temp, absolute);
            temp = null;
            if (syncFolder) {
                syncFolder(folder);
            }
        } catch (IOException e) {
            // No temp file yet: the folder made none. Later, "no such file" is a folder gone since (the rename's).
            String why = temp == null ? reasonIn(folder, e) : reason(e);
            throw new ReadingListException("cannot write " + absolute + ": " + why, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The target as a path to write, refused where it is a library's file, a folder, or in no folder. */
    private static Path writable(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        LibraryFiles.refuse(absolute, "write");
        if (Files.isDirectory(absolute)) {
            throw new ReadingListException("cannot write " + absolute + ": it is a folder");
        }
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new ReadingListException("cannot write " + absolute + ": the folder " + folder + " does not exist");
        }
        return absolute;
    }

    private static void writeDurably(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /**
     * An empty temp file beside the target, hidden, under a name no other file has. Unlike
     * {@link Files#createTempFile}, which is always 0600, it gets a new file's usual permissions
     * (0666 less the umask, on POSIX), or 0600 for a private file.
     */
    private static Path createTemp(Path target, boolean ownerOnly) throws IOException {
        FileAttribute<?>[] mode = ownerOnly ? PrivateFiles.ownerOnly() : new FileAttribute<?>[0];
        String name = target.getFileName().toString();
        // A name is at most 255 bytes: one near that leaves no room for the temp's dot, number and ".tmp".
        String stem = name.getBytes(StandardCharsets.UTF_8).length > STEM_BYTES
                ? name.codePoints()
                        .limit(50)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString()
                : name;
        while (true) {
            Path temp = target.resolveSibling("." + stem + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp, mode);
            } catch (FileAlreadyExistsException e) {
                // Another writer's temp file: draw another name.
            }
        }
    }

    /** A replaced file keeps its mode (one the user made 0600, or shared, stays so). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, and that is fine. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // The file's own bytes are already synced; only the rename's durability is best effort.
        }
    }

    /**
     * As {@link #reason}, for a file or folder being made in {@code folder}: a folder that is there but makes nothing
     * (/proc, a mount that takes no files) answers "no such file", and the forty-third walk went looking for a folder
     * it could see.
     */
    public static String reasonIn(Path folder, IOException e) {
        if (e instanceof NoSuchFileException && Files.isDirectory(folder)) {
            return folder + " takes no new files; choose another folder";
        }
        return reason(e);
    }

    /** What went wrong with a file, in words for a one-line error. */
    public static String reason(IOException e) {
        if (e instanceof Renamer.InUseException) {
            return "another program has it open (a spreadsheet, a backup or antivirus scan); close it there and retry";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        String message = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (message != null && message.contains("No space left")) {
            return "the disk is full";
        }
        if (message != null && message.contains("Read-only file system")) {
            return "the disk is read-only";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Nothing more can be done; the original target is untouched either way.
            }
        }
    }
}
