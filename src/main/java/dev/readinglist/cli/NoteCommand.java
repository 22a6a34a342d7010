package dev.readinglist.cli;

import dev.readinglist.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "note",
        description = {
            "Print an article's note, or set it with --set.",
            "With '--set -' the note is read from standard input, less the one line break that ends it, as the note is"
                    + " printed with one: 'note ID > f', then 'note ID --set - < f', changes nothing."
                    + " '--set \"\"' clears it."
                    + " An unknown id is an error (exit 1) and changes nothing."
        })
final class NoteCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", description = "The article id.")
    String id;

    @Option(names = "--set", paramLabel = "TEXT", description = "The new note; '-' reads it from standard input.")
    String text;

    @Override
    boolean readsOnly() {
        return text == null;
    }

    @Override
    boolean writesData() {
        return true;
    }

    @Override
    void run(Library library, Terminal terminal) {
        if (text == null) {
            // Always one line break after it, which '--set -' takes off again: a note that ended in one lost it on
            // its way back (the eighty-fifth walk).
            library.note(id).ifPresent(note -> {
                terminal.out().print(note);
                terminal.out().println();
                terminal.out().flush();
            });
            return;
        }
        String note = text.equals("-") ? withoutFinalNewline(terminal.readAllInput()) : text;
        boolean changed = library.setNote(id, note);
        if (!changed) {
            terminal.out().println("The note on " + id + " is unchanged.");
        } else {
            terminal.out().println((note.isEmpty() ? "Cleared the note on " : "Saved the note on ") + id + ".");
        }
    }

    /** "echo text | reading-list note ID --set -" should store "text", as $(…) would. */
    private static String withoutFinalNewline(String input) {
        if (input.endsWith("\r\n")) {
            return input.substring(0, input.length() - 2);
        }
        return input.endsWith("\n") ? input.substring(0, input.length() - 1) : input;
    }
}
