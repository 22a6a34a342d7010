package dev.readinglist.cli;

import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.ErrorLog;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command line: parses, runs one command against the library, prints, and returns the exit
 * code (0 success, 1 failure, 2 usage error). Failures are one line on stderr; stack traces go
 * to the log file.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private Cli() {}

    /**
     * @param desktop starts the window with the chosen database (null for the default); runs when no command is given
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, DesktopStarter desktop) {
        PrintWriter stdout = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter stderr = new PrintWriter(err, true, StandardCharsets.UTF_8);
        DesktopArguments window = DesktopArguments.parse(args);
        if (window != null) {
            return RootCommand.startDesktop(
                    new Terminal(in, stdout), desktop, window.database(), window.exitAfterFirstFrame());
        }
        CommandLine commandLine = new CommandLine(new RootCommand(new Terminal(in, stdout), desktop));
        commandLine.setOut(stdout);
        commandLine.setErr(stderr);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
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
        stdout.flush();
        stderr.flush();
        return code;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
