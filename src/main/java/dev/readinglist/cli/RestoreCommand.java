package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.library.LibraryHost;
import dev.readinglist.model.Backup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "restore",
        description = {
            "Replace the library with a checked backup.",
            "The backup is checked first. The replaced file is kept beside it under a name no earlier file"
                    + " has (reading-list.db.before-restore-TIME), which the output gives. With the window"
                    + " open, the window restores it and reopens the restored library."
        })
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..1",
            description = "The backup to restore; without it, this library's backups are listed, then those of"
                    + " earlier library files beside it, then the files earlier restores kept.")
    Path backup;

    @Override
    public Integer call() {
        LibraryHost host = root.host();
        Path database = host.database();
        if (backup == null) {
            list(database);
            return Cli.OK;
        }
        Path file = root.terminal.resolve(backup);
        Path kept = host.restore(file);
        root.terminal
                .out()
                .println("Restored " + database + " from " + file
                        + (kept == null ? "" : "; the replaced file is kept as " + kept)
                        // The eighty-second walk's restore was undone by the next sync, with nothing said of it.
                        + (Library.syncs(database)
                                ? ". This library syncs: its next sync brings back the changes synced since the"
                                        + " backup was made, from this device and the others"
                                : ""));
        return Cli.OK;
    }

    /** This library's backups, those of earlier library files beside it, and the files restores kept, each newest first. */
    private void list(Path database) {
        PrintWriter out = root.terminal.out();
        List<Backup> own = Library.backups(database);
        if (own.isEmpty()) {
            out.println("No backups of " + database);
        }
        own.forEach(each -> out.println(each.taken() + "  " + each.file() + origin(each)));
        List<Backup> earlier = Library.earlierBackups(database);
        if (!earlier.isEmpty()) {
            out.println("Backups of earlier library files in " + database.getParent()
                    + " (not this library's; 'reading-list restore FILE' puts one back):");
            earlier.forEach(each -> out.println(each.taken() + "  " + each.file() + origin(each) + "  (earlier library "
                    + each.file().getParent().getFileName() + ")"));
        }
        List<Backup> kept = Library.keptBeforeRestore(database);
        if (!kept.isEmpty()) {
            out.println("Kept by earlier restores, each the library as it was just before one (restoring it"
                    + " undoes that restore):");
            kept.forEach(each -> out.println(each.taken() + "  " + each.file()));
        }
    }

    /** What made a backup, unless it is the day's. */
    private static String origin(Backup backup) {
        return switch (backup.origin()) {
            case DAILY, BEFORE_RESTORE -> "";
            case BY_HAND -> "  (taken by hand)";
            case BEFORE_UPGRADE -> "  (before an upgrade)";
        };
    }
}
