package dev.readinglist.library;

import dev.readinglist.index.ArticleIndex;
import dev.readinglist.index.IndexFormat;
import dev.readinglist.io.AtomicFileWriter;
import dev.readinglist.platform.MappedFile;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The window's search index, kept in a file beside the library ({@code reading-list.db.index}
 * beside {@code reading-list.db}) so that the next window searches the whole library at once
 * instead of reading it first. It is the library's data, rearranged: deleting it loses nothing
 * (the next window reads the library and writes it again). Written whole to a temp file and
 * renamed into place, the owner's only as the library is (it holds the notes); read mapped, so its texts are read only for the rows a table shows.
 */
final class IndexFile {

    private final Path file;

    IndexFile(Path database) {
        this.file = database.resolveSibling(database.getFileName() + ".index");
    }

    Path path() {
        return file;
    }

    /** The index in the file, if there is one that this stamp accepts: the same library and epoch, and not newer. */
    Optional<IndexFormat.Read> read(String libraryId, String epoch, long from, long last) throws IOException {
        Optional<MemorySegment> bytes = MappedFile.read(file);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        IndexFormat.Stamp stamp = IndexFormat.stamp(bytes.get());
        if (stamp == null
                || !stamp.libraryId().equals(libraryId)
                || !stamp.epoch().equals(epoch)
                || stamp.changes() < from
                || stamp.changes() > last) {
            return Optional.empty();
        }
        return Optional.ofNullable(IndexFormat.read(bytes.get()));
    }

    void write(ArticleIndex index, IndexFormat.Stamp stamp) {
        AtomicFileWriter.writePrivate(file, out -> IndexFormat.write(index, stamp, out));
    }
}
