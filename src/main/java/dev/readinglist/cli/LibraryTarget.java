package dev.readinglist.cli;

import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Which library a command line works on, found before it runs: a window may have that library open.
 *
 * @param database the library file, absolute
 * @param readsOnly true when the command changes nothing in it
 */
record LibraryTarget(Path database, boolean readsOnly) {

    /**
     * The library the command works on; null for what needs none (help, version, a
     * usage error, which picocli then reports as usual). A command that only reads refuses a file
     * that does not exist, creating nothing: a mistyped --db is not a new library. The default file
     * is the exception: a first command, whatever it is, starts the user's library there.
     */
    static LibraryTarget of(CommandLine commandLine, RootCommand root, String[] args, Terminal terminal) {
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
        if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested() || !parsed.hasSubcommand()) {
            return null;
        }
        ParseResult leaf = parsed.subcommand();
        Object command = leaf.commandSpec().userObject();
        if (leaf.isUsageHelpRequested() || !(command instanceof LibraryCommand || command instanceof RestoreCommand)) {
            return null;
        }
        Path database = terminal.resolve(DataFolder.database(root.database));
        boolean readsOnly = command instanceof LibraryCommand reader && reader.readsOnly();
        if (readsOnly && !DataFolder.isDefault(root.database) && Files.notExists(database)) {
            // Only a dry run of import reads: "such as import" answered its own question.
            boolean dryRun = command instanceof ImportCommand;
            throw new ReadingListException("no library at " + database + "; '"
                    + leaf.commandSpec().name() + (dryRun ? " --dry-run" : "")
                    + "' only reads, so nothing was created (check the path, or start a library there with a"
                    + " command that writes, such as " + (dryRun ? "the same import without --dry-run" : "import")
                    + ")");
        }
        return new LibraryTarget(database, readsOnly);
    }
}
