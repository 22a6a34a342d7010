package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "tag",
        description = {
            "Show an article's tags, or edit your own.",
            "--add and --remove edit your own tags; the catalog's tags stay, and yours are marked (yours)."
                    + " Both match tag: and appear in the export. A new tag cannot contain a comma or '|'."
                    + " An unknown id, such a tag, or removing a catalog tag"
                    + " refuses the whole command: nothing changes, and the exit code is 1."
        })
final class TagCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", description = "The article id.")
    String id;

    @Option(names = "--add", paramLabel = "TAG", description = "Add one of your own tags (repeatable).")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "TAG", description = "Remove one of your own tags (repeatable).")
    List<String> remove = new ArrayList<>();

    @Override
    boolean readsOnly() {
        return add.isEmpty() && remove.isEmpty();
    }

    @Override
    void run(Library library, Terminal terminal) {
        if (!add.isEmpty() || !remove.isEmpty()) {
            library.editTags(id, add, remove);
        }
        Article article = library.article(id);
        if (article.catalogTags().isEmpty() && article.userTags().isEmpty()) {
            terminal.out().println(id + " has no tags.");
            return;
        }
        article.catalogTags().forEach(terminal.out()::println);
        article.userTags().forEach(tag -> terminal.out().println(tag + " (yours)"));
    }
}
