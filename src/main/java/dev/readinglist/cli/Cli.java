package dev.readinglist.cli;

import dev.readinglist.library.LibraryHost;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.ErrorLog;
import dev.readinglist.platform.instance.CommandIo;
import dev.readinglist.platform.instance.Request;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The command line: parses, runs one command against the library, prints, and returns the exit
 * code (0 success, 1 failure, 2 usage error). Failures are one line on stderr; stack traces go
 * to the log file. While a window has the library open, its commands run in that window.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private Cli() {}

    /**
     * Runs a command in this process, or hands it to the window that has its library open.
     *
     * @param desktop starts the window with the chosen database (null for the default); runs when no command is given
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, DesktopStarter desktop) {
        return run(args, in, out, err, desktop, Path.of("").toAbsolutePath());
    }

    /** As above, as if typed in {@code workingDirectory}: tests cannot change a JVM's working directory. */
    static int run(
            String[] args,
            InputStream in,
            PrintStream out,
            PrintStream err,
            DesktopStarter desktop,
            Path workingDirectory) {
        PrintWriter stdout = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter stderr = new PrintWriter(err, true, StandardCharsets.UTF_8);
        Terminal terminal = new Terminal(in, stdout, workingDirectory, () -> false);
        DesktopArguments window = DesktopArguments.parse(args);
        if (window != null) {
            try {
                return RootCommand.startDesktop(terminal, desktop, window.database(), window.probe());
            } catch (ReadingListException e) {
                stderr.println("reading-list: " + oneLine(e.getMessage()));
                return FAILURE;
            }
        }
        try {
            // Built once for both the look at the arguments and the run: picocli reads every command's annotations.
            RootCommand root = new RootCommand(terminal, desktop, null);
            CommandLine commandLine = commandLine(root);
            Path database = LibraryTarget.of(commandLine, root, args, terminal);
            if (database == null) {
                return execute(commandLine, args, terminal, stderr);
            }
            return LibraryGate.run(
                    database,
                    args,
                    terminal,
                    host -> {
                        root.settle(host);
                        return execute(commandLine, args, terminal, stderr);
                    },
                    new CommandIo(in, out, err, () -> false));
        } catch (ReadingListException e) {
            stderr.println("reading-list: " + oneLine(e.getMessage()));
            return FAILURE;
        }
    }

    /**
     * Runs a command line's command inside the window, on the window's library: the same parsing,
     * output and exit codes as in the command line's own process.
     */
    public static int runForwarded(Request request, CommandIo io, LibraryHost host) {
        PrintWriter stdout = new PrintWriter(io.out(), true, StandardCharsets.UTF_8);
        PrintWriter stderr = new PrintWriter(io.err(), true, StandardCharsets.UTF_8);
        try {
            Terminal terminal = new Terminal(io.in(), stdout, request.workingDirectory(), io.cancelled());
            return execute(
                    commandLine(new RootCommand(terminal, DesktopStarter.NONE, host)),
                    request.args().toArray(String[]::new),
                    terminal,
                    stderr);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private static int execute(CommandLine commandLine, String[] args, Terminal terminal, PrintWriter stderr) {
        commandLine.setOut(terminal.out());
        commandLine.setErr(stderr);
        commandLine.setParameterExceptionHandler((e, ignored) -> {
            stderr.println("reading-list: " + oneLine(e.getMessage()) + " (see 'reading-list --help')");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, ignored, parseResult) -> {
            if (e instanceof ReadingListException) {
                if (e.getCause() != null) {
                    ErrorLog.record(e.getMessage(), e);
                }
                stderr.println("reading-list: " + oneLine(e.getMessage()));
            } else {
                ErrorLog.record("unexpected error", e);
                stderr.println("reading-list: unexpected error: " + oneLine(String.valueOf(e)) + " (details in "
                        + ErrorLog.file() + ")");
            }
            return FAILURE;
        });
        int code = commandLine.execute(args);
        terminal.out().flush();
        stderr.flush();
        return code;
    }

    static CommandLine commandLine(RootCommand root) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
