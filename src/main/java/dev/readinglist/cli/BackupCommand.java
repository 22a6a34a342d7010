package dev.readinglist.cli;

import dev.readinglist.library.Library;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "backup",
        description = {
            "Write a checked backup of the library.",
            "Without --out it goes to the backups folder beside the database, which keeps the newest 7."
        })
final class BackupCommand extends LibraryCommand {

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the backup.")
    Path out;

    @Override
    boolean readsOnly() {
        return true;
    }

    @Override
    void run(Library library, Terminal terminal) {
        terminal.out().println("Backed up to " + library.backup(terminal.resolve(out)));
    }
}
