package dev.readinglist.cli;

import dev.readinglist.platform.StartupProbe;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The window's arguments (none, {@code --db FILE}, a startup probe), read without picocli:
 * building the whole command tree costs a fifth of a second that the window's start should not
 * pay. Anything else goes to picocli, which owns the syntax, the help and the errors.
 */
record DesktopArguments(Path database, StartupProbe.Kind probe) {

    /** The window's arguments, or null when the arguments are anything more (a command, --help, a typo). */
    static DesktopArguments parse(String[] args) {
        try {
            return read(args);
        } catch (InvalidPathException e) {
            return null; // picocli reports it
        }
    }

    private static DesktopArguments read(String[] args) {
        Path database = null;
        StartupProbe.Kind probe = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            StartupProbe.Kind kind = probe(arg);
            if (kind != null && probe == null) {
                probe = kind;
            } else if (arg.startsWith("--db=") && database == null && arg.length() > "--db=".length()) {
                database = Path.of(arg.substring("--db=".length()));
            } else if (arg.equals("--db") && database == null && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                database = Path.of(args[++i]);
            } else {
                return null;
            }
        }
        return new DesktopArguments(database, probe);
    }

    /** The probe an argument asks for, or null. */
    static StartupProbe.Kind probe(String arg) {
        return switch (arg) {
            case "--exit-after-first-frame" -> StartupProbe.Kind.FIRST_FRAME;
            case "--probe" -> StartupProbe.Kind.SEARCH;
            case "--probe-and-stay" -> StartupProbe.Kind.SEARCH_AND_STAY;
            default -> null;
        };
    }
}
