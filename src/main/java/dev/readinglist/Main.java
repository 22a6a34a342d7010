package dev.readinglist;

import dev.readinglist.cli.Cli;
import dev.readinglist.platform.ErrorLog;
import dev.readinglist.platform.NativeLibraries;
import dev.readinglist.platform.OperatingSystem;
import dev.readinglist.ui.DesktopLauncher;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The one entry point: a command runs the CLI; no command opens the window. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        ErrorLog.silenceConsole();
        // Anything that escapes a thread goes to the log, never as a stack trace to the user's terminal.
        Thread.setDefaultUncaughtExceptionHandler(
                (thread, error) -> ErrorLog.record("uncaught in " + thread.getName(), error));
        NativeLibraries.prepare();
        int code = Cli.run(
                args,
                System.in,
                utf8(FileDescriptor.out, System.out),
                utf8(FileDescriptor.err, System.err),
                (database, probe) -> DesktopLauncher.launch(database, probe, Cli::runForwarded));
        System.exit(code);
    }

    /**
     * Notes hold emoji and any script, so output is UTF-8 whatever the locale says, except on a
     * Windows console, whose code page Java already matches.
     */
    private static PrintStream utf8(FileDescriptor fd, PrintStream platformDefault) {
        boolean windowsConsole = OperatingSystem.isWindows() && System.console() != null;
        return windowsConsole
                ? platformDefault
                : new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }
}
