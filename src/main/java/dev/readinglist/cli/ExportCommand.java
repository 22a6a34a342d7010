package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.model.ExportFormat;
import dev.readinglist.model.ExportResult;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        description = {
            "Export your list to take it anywhere.",
            "The notes CSV, a bookmark file every browser imports, a folder of Markdown files (Obsidian,"
                    + " Logseq), or JSON of everything, which import reads back. Every format exports every"
                    + " article unless told otherwise, except csv: the articles with notes, byte for byte what"
                    + " export-notes writes."
        })
final class ExportCommand extends LibraryCommand {

    enum Format {
        csv(ExportFormat.CSV),
        bookmarks(ExportFormat.BOOKMARKS),
        markdown(ExportFormat.MARKDOWN),
        json(ExportFormat.JSON);

        final ExportFormat value;

        Format(ExportFormat value) {
            this.value = value;
        }
    }

    @Option(
            names = "--out",
            paramLabel = "PATH",
            required = true,
            description = "The file to write (replaced only on success); for markdown, the folder.")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "csv|bookmarks|markdown|json",
            required = true,
            description = "What to write.")
    Format format;

    @ArgGroup(exclusive = true)
    Scope scope;

    static final class Scope {
        @Option(names = "--all", description = "Every article (csv: not only those with a note).")
        boolean all;

        @Option(
                names = "--query",
                paramLabel = "Q",
                description = "Only the articles this search finds (the list command's syntax).")
        String query;
    }

    @Override
    boolean readsOnly() {
        return true;
    }

    @Override
    void run(Library library, Terminal terminal) {
        Path target = terminal.resolve(out);
        String query = scope == null ? null : scope.all ? "" : scope.query;
        ExportResult result = library.export(target, format.value, query);
        boolean notes = format == Format.csv && query == null;
        terminal.out().println("Exported " + result.exportedCount(notes ? "note" : "article") + " to " + target);
        if (!result.leftAlone().isEmpty()) {
            terminal.out().println(result.leftAloneSentence());
        }
    }
}
