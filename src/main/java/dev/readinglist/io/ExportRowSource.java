package dev.readinglist.io;

import dev.readinglist.model.ExportRow;
import java.util.function.Consumer;

/** Rows for the notes CSV, streamed: what {@link ArticleSource} is for the other formats. */
@FunctionalInterface
public interface ExportRowSource {
    void forEach(Consumer<ExportRow> sink);
}
