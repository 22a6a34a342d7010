package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportReport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        description = {
            "Import a Pocket (CSV or zip), Instapaper, Raindrop or Reading List CSV export,",
            "or a catalog JSON file. All of it lands or none of it; importing again changes nothing."
        })
final class ImportCommand extends LibraryCommand {

    enum Format {
        pocket(ImportFormat.POCKET),
        instapaper(ImportFormat.INSTAPAPER),
        raindrop(ImportFormat.RAINDROP),
        readinglist(ImportFormat.READINGLIST),
        catalog(ImportFormat.CATALOG);

        final ImportFormat value;

        Format(ImportFormat value) {
            this.value = value;
        }
    }

    @Parameters(paramLabel = "FILE", description = "The export file.")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "pocket|instapaper|raindrop|readinglist|catalog",
            description = "Skip detection from the header.")
    Format format;

    @Option(names = "--dry-run", description = "Say what would be imported; change nothing.")
    boolean dryRun;

    @Override
    void run(Library library, Terminal terminal) {
        ImportReport report = library.importFile(
                terminal.resolve(file), format == null ? null : format.value, dryRun, terminal.cancelled());
        terminal.out().println((dryRun ? "dry run: would have " : "") + report.summary());
    }
}
