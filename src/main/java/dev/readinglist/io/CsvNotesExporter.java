package dev.readinglist.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.readinglist.model.ExportOptions;
import dev.readinglist.model.ExportRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes articles and notes as RFC 4180 CSV: CRLF line ends, fields quoted where needed,
 * columns {@link #HEADER}, times in ISO-8601 UTC, tags joined with '|'.
 */
public final class CsvNotesExporter {

    public static final List<String> HEADER =
            List.of("id", "title", "url", "tags", "status", "read_at", "note", "note_updated_at", "starred");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvNotesExporter() {}

    /** Writes the file atomically. Returns the number of rows written. */
    public static int export(Path target, ExportOptions options, ArticleSource source) {
        return exportRows(target, options, rowsOf(source), AtomicFileWriter::write);
    }

    /** As {@link #export}, the user's alone (0600) from the moment it exists: a rescue of the library's notes. */
    public static int exportPrivate(Path target, ExportOptions options, ArticleSource source) {
        return exportRows(target, options, rowsOf(source), AtomicFileWriter::writePrivate);
    }

    /** As {@link #export}, from rows the store read as text. */
    public static int exportRows(Path target, ExportOptions options, ExportRowSource source) {
        return exportRows(target, options, source, AtomicFileWriter::write);
    }

    private static ExportRowSource rowsOf(ArticleSource source) {
        return sink -> source.forEach(article -> sink.accept(ExportRow.of(article)));
    }

    private static int exportRows(
            Path target, ExportOptions options, ExportRowSource source, AtomicFileWriter.FileWrite file) {
        int[] rows = {0};
        file.write(target, out -> {
            if (options.byteOrderMark()) {
                out.write(UTF8_BOM);
            }
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            rows[0] = writeRows(writer, options.formulaGuard(), source);
            writer.flush();
        });
        return rows[0];
    }

    /** Writes CSV, without a BOM, to a writer it does not close. Returns the number of rows. */
    public static int writeRows(Writer writer, boolean formulaGuard, ExportRowSource source) throws IOException {
        UnaryOperator<String> cell = formulaGuard ? FormulaGuard::guard : UnaryOperator.identity();
        // Never closed here: the caller owns the writer; flushing is enough.
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(HEADER);
        int[] rows = {0};
        try {
            source.forEach(row -> {
                csv.writeRecord(
                        cell.apply(row.id()),
                        cell.apply(row.title()),
                        cell.apply(row.url()),
                        cell.apply(row.tags()),
                        row.isRead() ? "read" : "unread",
                        cell.apply(row.readAt()),
                        cell.apply(row.note()),
                        cell.apply(row.noteUpdatedAt()),
                        row.starred() ? "yes" : "");
                rows[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        return rows[0];
    }
}
