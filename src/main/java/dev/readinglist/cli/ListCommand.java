package dev.readinglist.cli;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.TextCut;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "list",
        description = {
            "List articles, newest first.",
            "Query syntax: words match as prefixes (cach finds Caching), \"an exact phrase\", tag:redis,"
                    + " tag:\"distributed systems\", is:read, is:unread, is:starred, has:note, site:example.com, a whole"
                    + " link (finds its article), and -word to exclude."
        })
final class ListCommand extends LibraryCommand {

    enum Format {
        table,
        csv
    }

    /** Lower-case names, so help and errors show the values as users type them. */
    enum Status {
        all(ReadStatus.ALL),
        read(ReadStatus.READ),
        unread(ReadStatus.UNREAD);

        final ReadStatus value;

        Status(ReadStatus value) {
            this.value = value;
        }
    }

    private static final int TITLE_WIDTH = 72;

    @Option(
            names = "--status",
            paramLabel = "all|read|unread",
            defaultValue = "all",
            description = "Which articles to show (default: all).")
    Status status;

    @Option(
            names = "--query",
            paramLabel = "Q",
            defaultValue = "",
            description = "Search text, as in the window's search field.")
    String query;

    @Option(
            names = "--format",
            paramLabel = "table|csv",
            defaultValue = "table",
            description = "table for reading, csv for the export's columns (no BOM).")
    Format format;

    @Override
    boolean readsOnly() {
        return true;
    }

    @Override
    boolean writesData() {
        return true;
    }

    @Override
    void run(Library library, Terminal terminal) throws Exception {
        PrintWriter out = terminal.out();
        if (format == Format.csv) {
            library.writeCsv(out, query, status.value, true);
            out.flush();
            return;
        }
        List<Article> articles = library.search(query, status.value);
        if (articles.isEmpty()) {
            out.println(query.isBlank() ? "No articles." : "No articles match '" + query + "'.");
            return;
        }
        int idWidth = articles.stream().mapToInt(a -> a.id().length()).max().orElse(2);
        out.println(row("READ", "ID", idWidth, "MIN", "TITLE"));
        for (Article article : articles) {
            out.println(row(
                    article.isRead() ? "[x]" : "[ ]",
                    article.id(),
                    idWidth,
                    article.readingMinutes() == null
                            ? ""
                            : article.readingMinutes().toString(),
                    shorten(article.title())));
        }
        long read = articles.stream().filter(Article::isRead).count();
        out.println(plural(articles.size(), "article") + ", " + read + " read");
    }

    private static String row(String read, String id, int idWidth, String minutes, String title) {
        return ("%-4s  %-" + idWidth + "s  %3s  %s").formatted(read, id, minutes, title);
    }

    private static String shorten(String title) {
        return TextCut.shortened(title, TITLE_WIDTH);
    }
}
