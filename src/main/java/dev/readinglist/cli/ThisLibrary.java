package dev.readinglist.cli;

import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.model.ReadingListException;
import java.nio.file.Path;

/**
 * The commands a message offers ('reading-list restore' lists the backups) run on the library the command was given
 * with --db: run as written, the eighty-fifth walk's "save what can still be read with 'reading-list rescue --out
 * FILE'" would have rescued the default library, not the damaged one it had named.
 */
final class ThisLibrary {

    private static final String COMMAND = "'reading-list ";

    private ThisLibrary() {}

    /**
     * The message of {@code e}; a damaged library's with --db and the library after each command it offers, where --db
     * chose the library. (Other messages' commands may be meant for the usual library: an export opened as the
     * library is to be imported into it.)
     */
    static String named(ReadingListException e, Path chosen) {
        String message = e.getMessage();
        if (!(e instanceof LibraryDamagedException)) {
            return message;
        }
        if (chosen == null || !message.contains(COMMAND)) {
            return message;
        }
        String file = chosen.toString();
        String db = "--db " + (file.contains(" ") || file.contains("'") ? "\"" + file + "\"" : file) + " ";
        return message.replace(COMMAND, COMMAND + db).replace(COMMAND + db + "--db ", COMMAND + "--db ");
    }
}
