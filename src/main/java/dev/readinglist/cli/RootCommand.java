package dev.readinglist.cli;

import dev.readinglist.library.LibraryHost;
import dev.readinglist.platform.AppVersion;
import dev.readinglist.platform.StartupProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(
        name = "reading-list",
        description = {
            "Your reading list of technical articles: browse, mark read, keep notes, import and export.",
            "With no command, the desktop window opens."
        },
        versionProvider = RootCommand.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        footer = {
            "",
            "Data: reading-list.db in your data folder",
            "  Linux:   $XDG_DATA_HOME/reading-list (default ~/.local/share/reading-list)",
            "  macOS:   ~/Library/Application Support/Reading List",
            "  Windows: %%APPDATA%%\\Reading List",
            "--db FILE or the READING_LIST_DB variable choose another file.",
            "Exit codes: 0 success, 1 failure, 2 usage error."
        })
final class RootCommand implements Callable<Integer> {

    /** Every command, in the order help lists them (see Cli.commandLine: only the one typed is built). */
    static final List<Class<?>> COMMANDS = List.of(
            ListCommand.class,
            AddCommand.class,
            MarkReadCommand.class,
            MarkUnreadCommand.class,
            StarCommand.class,
            UnstarCommand.class,
            NoteCommand.class,
            TagCommand.class,
            ExportNotesCommand.class,
            ExportCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            RescueCommand.class,
            CheckCommand.class,
            ImportCommand.class,
            DeleteCommand.class,
            SyncCommand.class);

    final Terminal terminal;

    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT, description = "The library database file.")
    Path database;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            scope = ScopeType.INHERIT,
            description = "Show this help and exit.")
    boolean help;

    @Option(
            names = {"-V", "--version"},
            versionHelp = true,
            description = "Print the version and exit.")
    boolean version;

    @Option(
            names = "--exit-after-first-frame",
            hidden = true,
            description = "Open the window, print first-frame-ms=N (since JVM start) and exit: for startup benchmarks.")
    boolean exitAfterFirstFrame;

    @Option(
            names = "--probe",
            hidden = true,
            description = "Open the window, type and sort, print what was measured as key=value lines and exit:"
                    + " for benchmarks.")
    boolean probe;

    @Option(
            names = "--probe-and-stay",
            hidden = true,
            description = "As --probe, then stay open: for memory benchmarks.")
    boolean probeAndStay;

    private final DesktopStarter desktop;
    /** The library of a library command, settled before the command runs (see Cli). */
    private LibraryHost host;

    RootCommand(Terminal terminal, DesktopStarter desktop, LibraryHost host) {
        this.terminal = terminal;
        this.desktop = desktop;
        this.host = host;
    }

    @Override
    public Integer call() {
        StartupProbe.Kind kind = probeAndStay
                ? StartupProbe.Kind.SEARCH_AND_STAY
                : probe ? StartupProbe.Kind.SEARCH : exitAfterFirstFrame ? StartupProbe.Kind.FIRST_FRAME : null;
        return startDesktop(terminal, desktop, database, kind);
    }

    /** Starts the window; with a probe, prints each figure it reports as key=value. */
    static int startDesktop(Terminal terminal, DesktopStarter desktop, Path database, StartupProbe.Kind probe) {
        String said;
        if (probe != null) {
            said = desktop.start(database, new StartupProbe(probe, (key, value) -> {
                terminal.out().println(key + "=" + value);
                terminal.out().flush();
            }));
        } else {
            said = desktop.start(database, null);
        }
        if (!said.isEmpty()) {
            terminal.out().println(said);
        }
        return Cli.OK;
    }

    LibraryHost host() {
        return host;
    }

    /** The library the command runs on, once the command line has been read and its library opened. */
    void settle(LibraryHost settled) {
        host = settled;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"reading-list " + AppVersion.current()};
        }
    }
}
