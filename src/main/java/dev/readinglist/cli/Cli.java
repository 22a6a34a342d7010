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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

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
        String unreadable = unreadableArgument(args);
        if (unreadable != null) {
            stderr.println("reading-list: '" + unreadable + "' could not be read: this terminal's character set ("
                    + System.getProperty("sun.jnu.encoding", "unknown") + ") is not UTF-8, and its letters beyond"
                    + " ASCII were lost; nothing was changed. Run it again with a UTF-8 locale (LANG=C.UTF-8).");
            return USAGE;
        }
        DesktopArguments window = DesktopArguments.parse(args);
        if (window != null) {
            try {
                return RootCommand.startDesktop(terminal, desktop, window.database(), window.probe());
            } catch (ReadingListException e) {
                stderr.println("reading-list: " + oneLine(e.getMessage()));
                return FAILURE;
            }
        }
        // Built once for both the look at the arguments and the run: picocli reads every command's annotations.
        RootCommand root = new RootCommand(terminal, desktop, null);
        try {
            CommandLine commandLine = commandLine(root, args);
            LibraryTarget target = LibraryTarget.of(commandLine, root, args, terminal);
            if (target == null) {
                return execute(commandLine, args, terminal, stderr);
            }
            return LibraryGate.run(
                    target,
                    args,
                    terminal,
                    host -> {
                        root.settle(host);
                        return execute(commandLine, args, terminal, stderr);
                    },
                    new CommandIo(in, out, err, () -> false));
        } catch (ReadingListException e) {
            stderr.println("reading-list: " + oneLine(ThisLibrary.named(e, root.database)));
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
            String[] args = request.args().toArray(String[]::new);
            return execute(
                    commandLine(new RootCommand(terminal, DesktopStarter.NONE, host), args), args, terminal, stderr);
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    /**
     * The first argument that Java could not decode: under LANG=C it turns every letter beyond ASCII into U+FFFD, and
     * "Grüße" was saved as a title, tag or note of question marks that said nothing was wrong (the seventy-fourth walk).
     */
    private static String unreadableArgument(String[] args) {
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0) {
                return arg;
            }
        }
        return null;
    }

    /**
     * picocli's "Unmatched argument at index 2: 'changes'" in words: the eighty-sixth walk's typo got parser talk. A
     * word where a command goes is not a command, with the nearest one offered; anything else is not expected there.
     */
    private static String unmatched(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
                || unmatched.getUnmatched().isEmpty()) {
            return e.getMessage();
        }
        String word = unmatched.getUnmatched().getFirst();
        boolean root = unmatched.getCommandLine().getParent() == null;
        if (root && !word.startsWith("-")) {
            String near = null;
            int nearest = 3; // a command more than two letters away is no likely typo
            for (String command : unmatched.getCommandLine().getSubcommands().keySet()) {
                int distance = distance(word, command);
                if (distance < nearest) {
                    near = command;
                    nearest = distance;
                }
            }
            return "'" + word + "' is not a command" + (near == null ? "" : "; did you mean '" + near + "'?");
        }
        return "'" + word + "' is not expected here";
    }

    /** Letters to add, remove or change to make one word the other (Levenshtein). */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static int execute(CommandLine commandLine, String[] args, Terminal terminal, PrintWriter stderr) {
        commandLine.setOut(terminal.out());
        commandLine.setErr(stderr);
        commandLine.setParameterExceptionHandler((e, ignored) -> {
            // The help of the command that was wrong: "export-notes foo.csv" pointed at the whole program's list of
            // commands, which does not say that the file is --out (the sixty-fifth walk).
            stderr.println("reading-list: " + oneLine(unmatched(e)) + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, ignored, parseResult) -> {
            if (e instanceof ReadingListException said) {
                if (e.getCause() != null) {
                    ErrorLog.record(e.getMessage(), e);
                }
                stderr.println("reading-list: "
                        + oneLine(ThisLibrary.named(said, ((RootCommand) commandLine.getCommand()).database)));
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

    /** The whole tree: every command, as help lists them. */
    static CommandLine commandLine(RootCommand root) {
        return commandLine(root, null);
    }

    /**
     * The tree for these arguments: only the command they name, when they name one, else every command
     * (for help, and to report a command that does not exist). picocli reads each command's annotations
     * as it is added: all thirteen took 80 ms of a 180 ms {@code --version}.
     */
    static CommandLine commandLine(RootCommand root, String[] args) {
        CommandLine commandLine = new CommandLine(root);
        String named = args == null ? null : commandWord(commandLine, args);
        boolean known =
                RootCommand.COMMANDS.stream().anyMatch(command -> name(command).equals(named));
        for (Class<?> command : RootCommand.COMMANDS) {
            if (!known || name(command).equals(named)) {
                commandLine.addSubcommand(name(command), command);
            }
        }
        // After the commands: picocli gives a setting only to the commands a tree has when it is set.
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /** The first argument that is neither the root's option nor an option's value: the command's name, if any. */
    private static String commandWord(CommandLine root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("-")) {
                return args[i];
            }
            OptionSpec option = root.getCommandSpec().findOption(args[i]);
            if (option != null && option.arity().max() > 0 && !args[i].contains("=")) {
                i++;
            }
        }
        return null;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
