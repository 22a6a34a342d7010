package dev.readinglist.cli;

import dev.readinglist.library.Library;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "mark-read",
        description = {
            "Mark articles read.",
            "An unknown id refuses the whole command: nothing is marked, and the exit code is 1."
                    + " An article already read keeps its read time."
        })
final class MarkReadCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids, as 'list' shows them.")
    List<String> ids;

    @Override
    void run(Library library, Terminal terminal) {
        int changed = library.markRead(ids);
        terminal.out().println(ReadStateReport.describe(changed, ids, "read"));
    }
}
