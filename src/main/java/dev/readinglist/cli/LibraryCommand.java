package dev.readinglist.cli;

import dev.readinglist.library.Library;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** A command that works on the library: opens it, runs, closes it. */
abstract class LibraryCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public final Integer call() throws Exception {
        root.host().use(library -> {
            if (!writesData()) {
                library.upgradeNotes().forEach(note -> root.terminal.out().println("note: " + note));
            }
            run(library, root.terminal);
            return null;
        });
        return Cli.OK;
    }

    abstract void run(Library library, Terminal terminal) throws Exception;

    /**
     * True for a command that changes nothing in the library. Such a command refuses a library file
     * that does not exist, rather than create one, unless it is the default one (see {@link LibraryTarget}).
     */
    boolean readsOnly() {
        return false;
    }

    /** True for a command whose output is data for another program: an upgrade's note stays out of it. */
    boolean writesData() {
        return false;
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
