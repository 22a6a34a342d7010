package dev.readinglist.platform;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a folder holds, for the app's own file chooser: names and attributes only. It reads the
 * folder and stats each entry, and never opens a file, unlike GTK's chooser, which opens files to
 * sniff their type (and so drops this process's locks on them). The files of a library this
 * process has open are left out.
 */
public final class FolderListing {

    /** Folders first, then files, each by name as people sort them. */
    public static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> !e.folder())
            .thenComparing(e -> e.name().toLowerCase(Locale.ROOT))
            .thenComparing(Entry::name);

    private FolderListing() {}

    /** One entry of a folder. */
    public record Entry(Path path, boolean folder, long size, Instant modified, boolean hidden) {

        public String name() {
            return path.getFileName() == null
                    ? path.toString()
                    : path.getFileName().toString();
        }
    }

    /** The entries of {@code folder}, in {@link #ORDER}; a one-line error naming the folder when it cannot be read. */
    public static List<Entry> of(Path folder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                if (LibraryFiles.isOpenLibraryFile(child)) {
                    continue;
                }
                entries.add(entry(child));
            }
        } catch (AccessDeniedException e) {
            throw new IOException("cannot open " + folder + ": permission denied", e);
        } catch (NoSuchFileException e) {
            throw new IOException(folder + " does not exist", e);
        } catch (NotDirectoryException e) {
            throw new IOException(folder + " is not a folder", e);
        }
        entries.sort(ORDER);
        return entries;
    }

    private static Entry entry(Path child) {
        boolean hidden = child.getFileName().toString().startsWith(".");
        try {
            BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class);
            return new Entry(
                    child,
                    attributes.isDirectory(),
                    attributes.size(),
                    attributes.lastModifiedTime().toInstant(),
                    hidden);
        } catch (IOException brokenLink) {
            return new Entry(child, false, 0, Instant.EPOCH, hidden);
        }
    }
}
