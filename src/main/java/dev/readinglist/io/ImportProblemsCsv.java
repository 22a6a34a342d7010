package dev.readinglist.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.readinglist.model.ImportProblem;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * An import's report ({@code import --report FILE}): its skipped rows and warnings as RFC 4180
 * CSV with the columns {@code file,line,reason,link}, written atomically. Cells are guarded
 * against spreadsheet formulas as the notes export's are: a link is text from someone else's file.
 */
public final class ImportProblemsCsv {

    public static final List<String> HEADER = List.of("file", "line", "reason", "link");

    private ImportProblemsCsv() {}

    public static void write(Path target, List<ImportProblem> problems) {
        AtomicFileWriter.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CsvWriter csv =
                    CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
            csv.writeRecord(HEADER);
            for (ImportProblem problem : problems) {
                csv.writeRecord(
                        FormulaGuard.guard(problem.file()),
                        Long.toString(problem.line()),
                        FormulaGuard.guard(problem.reason()),
                        FormulaGuard.guard(problem.link()));
            }
            csv.flush();
        });
    }
}
