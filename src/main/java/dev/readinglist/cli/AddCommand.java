package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.UrlKey;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Adds one article by its link, as the window's Add article does: the fifty-eighth walk found no way to add a link
 * from a script or a browser's "send to" without the window. A link already in the list is refused, naming its article.
 */
@Command(
        name = "add",
        description = {
            "Add an article by its link.",
            "Without --title its title is the link, as the window's Add article does. A link already in your list"
                    + " (its tracking parameters, # part and trailing slash aside) is refused, naming the article that"
                    + " has it: nothing changes, and the exit code is 1. So is one that differs from an article's only by"
                    + " http or https, or www., unless --anyway is given: most likely the same page."
        })
final class AddCommand extends LibraryCommand {

    @Parameters(paramLabel = "LINK", description = "The article's http(s) link.")
    String link;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title (default: the link).")
    String title;

    @Option(
            names = "--tag",
            paramLabel = "TAG",
            split = ",",
            description = "One of your tags; repeat it, or separate tags with commas.")
    List<String> tags = List.of();

    @Option(names = "--note", paramLabel = "TEXT", description = "A note on it.")
    String note;

    @Option(names = "--minutes", paramLabel = "N", description = "Its reading time in minutes.")
    Integer minutes;

    @Option(names = "--anyway", description = "Add it though an article's link differs only by http(s) or www.")
    boolean anyway;

    @Override
    void run(Library library, Terminal terminal) {
        if (!anyway && UrlKey.isWebLink(link)) {
            // The fifty-ninth walk added http://www. of an https link it had, and had two rows of one page.
            library.articleWithSimilarLink(link).ifPresent(other -> {
                throw new ReadingListException("perhaps in your list already, as " + other.id() + " ('" + other.title()
                        + "') at " + other.url() + "; add --anyway to add it too");
            });
        }
        String named = title == null || title.isBlank() ? link.strip() : title;
        String id = library.addArticle(
                named,
                link,
                "",
                minutes,
                tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).toList(),
                note);
        terminal.out().println("Added " + id + ".");
    }
}
