package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.model.Backup;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.SingleInstance;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "restore",
        description = {
            "Replace the library with a backup, after checking the backup.",
            "The replaced file is kept as reading-list.db.before-restore. Close the window first."
        })
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..1",
            description = "The backup to restore; without it, the backups beside the database are listed.")
    Path backup;

    @Override
    public Integer call() {
        Path database = DataFolder.database(root.database);
        if (backup == null) {
            var backups = Library.backups(database);
            if (backups.isEmpty()) {
                root.terminal.out().println("No backups beside " + database);
            }
            for (Backup each : backups) {
                root.terminal.out().println(each.taken() + "  " + each.file());
            }
            return Cli.OK;
        }
        if (SingleInstance.isRunning(database)) {
            throw new ReadingListException("Reading List has " + database + " open; close its window, then restore");
        }
        Path kept = Library.restore(database, backup);
        root.terminal
                .out()
                .println("Restored " + database + " from "
                        + backup.toAbsolutePath().normalize()
                        + (kept == null ? "" : "; the replaced file is kept as " + kept));
        return Cli.OK;
    }
}
