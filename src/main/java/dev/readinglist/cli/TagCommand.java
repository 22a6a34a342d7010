package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
        boolean changed = false;
        if (!add.isEmpty() || !remove.isEmpty()) {
            Article before = library.article(id);
            changed = library.editTags(id, add, remove);
            if (!changed) {
                // Exit 0 with the list unchanged read as done: 'tag --add Alpha' beside "alpha" said nothing.
                terminal.out().println("note: nothing changed: " + unchanged(before));
            }
        }
        Article article = library.article(id);
        if (article.catalogTags().isEmpty() && article.userTags().isEmpty()) {
            terminal.out().println((changed ? "Changed: " : "") + id + " has no tags.");
            return;
        }
        if (changed) {
            // The list alone did not say it was done (the forty-ninth walk).
            terminal.out().println("Changed: the tags of " + id + " are now");
        }
        article.catalogTags().forEach(terminal.out()::println);
        article.userTags().forEach(tag -> terminal.out().println(tag + " (yours)"));
    }

    /** Why an edit changed nothing: each tag added is there already, each removed is none of the user's. */
    private String unchanged(Article before) {
        Set<String> all = before.allTags().stream().map(TextFolding::tagKey).collect(Collectors.toSet());
        Set<String> yours = before.userTags().stream().map(TextFolding::tagKey).collect(Collectors.toSet());
        List<String> why = new ArrayList<>();
        add.stream()
                .filter(tag -> all.contains(TextFolding.tagKey(tag)))
                .forEach(tag -> why.add("“" + tag.strip() + "” is already one of its tags"));
        remove.stream()
                .filter(tag -> !yours.contains(TextFolding.tagKey(tag)))
                .forEach(tag -> why.add("“" + tag.strip() + "” is not one of your tags on it"));
        return why.isEmpty() ? "its tags are as asked" : String.join("; ", why);
    }
}
