package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.model.ExportOptions;
import dev.readinglist.model.ExportScope;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "export-notes",
        description = {
            "Export your notes to a CSV file.",
            "UTF-8, RFC 4180, written atomically. Columns: id,title,url,tags,status,read_at,note,note_updated_at,starred."
        })
final class ExportNotesCommand extends LibraryCommand {

    @Option(
            names = "--out",
            paramLabel = "FILE",
            required = true,
            description = "The CSV file to write (replaced only on success).")
    Path out;

    @Option(names = "--all", description = "Export every article, not only those with a note.")
    boolean all;

    @Option(names = "--no-bom", description = "Leave out the UTF-8 byte order mark that Excel needs.")
    boolean noBom;

    @Option(names = "--raw", description = "Turn off the guard that stops spreadsheets running cells as formulas.")
    boolean raw;

    @Override
    boolean readsOnly() {
        return true;
    }

    @Override
    void run(Library library, Terminal terminal) {
        ExportOptions options = new ExportOptions(all ? ExportScope.ALL : ExportScope.WITH_NOTES, !noBom, !raw);
        Path target = terminal.resolve(out);
        int rows = library.exportNotes(target, options);
        terminal.out().println("Exported " + plural(rows, all ? "article" : "note") + " to " + target);
    }
}
