package dev.readinglist.cli;

import dev.readinglist.platform.DataFolder;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Which library a command line works on, found before it runs: a window may have that library open. */
final class LibraryTarget {

    private LibraryTarget() {}

    /**
     * The library file the command works on, absolute; null for what needs none (help, version, a
     * usage error, which picocli then reports as usual).
     */
    static Path of(String[] args, Terminal terminal) {
        RootCommand root = new RootCommand(terminal, DesktopStarter.NONE, null);
        ParseResult parsed;
        try {
            parsed = Cli.commandLine(root).parseArgs(args);
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
        return terminal.resolve(DataFolder.database(root.database));
    }
}
