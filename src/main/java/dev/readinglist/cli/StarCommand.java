package dev.readinglist.cli;

import dev.readinglist.library.Library;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "star",
        description = {
            "Star articles.",
            "An unknown id refuses the whole command: nothing changes, and the exit code is 1."
        })
final class StarCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids, as 'list' shows them.")
    List<String> ids;

    @Override
    void run(Library library, Terminal terminal) {
        int changed = library.setFavourites(ids, true);
        terminal.out().println(ReadStateReport.describe("Starred", changed, ids, ""));
    }
}
