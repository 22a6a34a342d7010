package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportProblem;
import dev.readinglist.model.ImportReport;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

@Command(
        name = "import",
        description = {
            "Import another app's export, or your own.",
            "Pocket (CSV, zip with highlights, or ril_export.html), Instapaper, Raindrop, Omnivore (metadata"
                    + " JSON or its zip), Pinboard, wallabag, Karakeep or Linkwarden JSON, a browser's bookmark file, Reading List's"
                    + " own CSV or JSON export, or a catalog JSON file. Rows that cannot become an article are skipped and"
                    + " counted; importing again changes nothing."
        })
final class ImportCommand extends LibraryCommand {

    /** Problems shown on stderr when there is no --report to hold them. */
    private static final int SHOWN = 3;

    enum Format {
        pocket(ImportFormat.POCKET),
        pocket_html(ImportFormat.POCKET_HTML),
        instapaper(ImportFormat.INSTAPAPER),
        raindrop(ImportFormat.RAINDROP),
        readinglist(ImportFormat.READINGLIST),
        catalog(ImportFormat.CATALOG),
        bookmarks(ImportFormat.BOOKMARKS),
        omnivore(ImportFormat.OMNIVORE),
        pinboard(ImportFormat.PINBOARD),
        wallabag(ImportFormat.WALLABAG),
        karakeep(ImportFormat.KARAKEEP),
        linkwarden(ImportFormat.LINKWARDEN),
        json(ImportFormat.JSON),
        csv(ImportFormat.CSV);

        final ImportFormat value;

        Format(ImportFormat value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return name().replace('_', '-');
        }

        static Format of(String typed) {
            return valueOf(typed.replace('-', '_'));
        }
    }

    @Parameters(paramLabel = "FILE", description = "The export file.")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description = "Skip detection: ${COMPLETION-CANDIDATES} (csv: any CSV file with a url, link or address"
                    + " column).")
    Format format;

    @Option(names = "--dry-run", description = "Say what would be imported; change nothing.")
    boolean dryRun;

    @Option(
            names = "--strict",
            description = "All or nothing: the first row that would be skipped, or imported with a warning,"
                    + " refuses the whole file (exit 1, nothing changed).")
    boolean strict;

    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "Write the skipped rows and warnings as CSV: file,line,reason,link.")
    Path report;

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not one of "
                        + Arrays.stream(Format.values()).map(Format::toString).collect(Collectors.joining(", ")));
            }
        }
    }

    @Override
    boolean readsOnly() {
        return dryRun;
    }

    @Override
    void run(Library library, Terminal terminal) {
        Path reportFile = terminal.resolve(report);
        ImportReport result = library.importFile(
                terminal.resolve(file), format == null ? null : format.value, dryRun, strict, terminal.cancelled());
        if (reportFile != null) {
            library.writeImportProblems(reportFile, result);
        }
        terminal.out().println((dryRun ? "dry run: would have " : "") + result.summary());
        if (result.problems().isEmpty()) {
            return;
        }
        if (reportFile != null) {
            terminal.out().println(describe(result) + " listed in " + reportFile);
            return;
        }
        String file = null;
        for (ImportProblem problem :
                result.problems().subList(0, Math.min(SHOWN, result.problems().size()))) {
            if (!problem.file().equals(file)) {
                file = problem.file();
                terminal.out().println("In " + file + ":");
            }
            terminal.out().println("  " + problem.describe());
        }
        if (result.problems().size() > SHOWN) {
            terminal.out()
                    .println("… and " + (result.problems().size() - SHOWN)
                            + " more; --report FILE writes them all as CSV");
        }
    }

    private static String describe(ImportReport result) {
        return plural(result.skipped(), "skipped row") + " and " + plural(result.warnings(), "warning");
    }
}
