package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.model.Deletion;
import dev.readinglist.model.ReadingListException;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "delete",
        description = {
            "Delete added or imported articles, with their notes.",
            "The bundled catalog's articles stay. Every id is checked first: an unknown or catalog id deletes"
                    + " nothing."
        })
final class DeleteCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids, as 'list' shows them.")
    List<String> ids;

    @Override
    void run(Library library, Terminal terminal) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(ids));
        for (String id : unique) {
            String title = library.article(id).title();
            if (!library.canDelete(id)) {
                throw new ReadingListException(
                        "'" + title + "' (" + id + ") comes with the bundled catalog and cannot be deleted");
            }
        }
        Deletion deletion = library.deleteArticles(unique);
        terminal.out().println(said(deletion));
    }

    /** Names the notes that went with their articles: there is no undo here (the forty-eighth walk was not told). */
    static String said(Deletion deletion) {
        int count = deletion.deleted().size();
        long noted = deletion.deleted().stream()
                .filter(deleted -> deleted.article().hasNote())
                .count();
        String notes;
        if (noted == 0) {
            notes = "";
        } else if (noted == count) {
            notes = count == 1 ? " and its note" : " and their notes";
        } else {
            notes = " and " + plural((int) noted, "note");
        }
        return "Deleted " + plural(count, "article") + notes + deletion.goneAlready() + ".";
    }
}
