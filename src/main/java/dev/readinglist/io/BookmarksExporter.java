package dev.readinglist.io;

import dev.readinglist.model.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Netscape bookmark file, which every browser and read-later service imports: one {@code <A>}
 * per article with its tags (TAGS, comma-separated), when it was saved (ADD_DATE, in seconds) and
 * its read state (TOREAD, "1" unread or "0" read, on every article so that a round trip keeps it),
 * its note as the {@code <DD>} after it. The generator META tells our own import that the
 * {@code <DD>} is a note; anywhere else a {@code <DD>} is a summary. Articles without a link are
 * not bookmarks and are left out.
 */
public final class BookmarksExporter {

    private BookmarksExporter() {}

    /** Writes the file atomically. Returns the number of bookmarks. */
    public static int export(Path target, String generator, ArticleSource source) {
        int[] count = {0};
        AtomicFileWriter.write(target, out -> {
            Writer html = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            html.write("""
                    <!DOCTYPE NETSCAPE-Bookmark-file-1>
                    <!-- This is an automatically generated file.
                         It will be read and overwritten.
                         DO NOT EDIT! -->
                    <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
                    """);
            html.write("<META NAME=\"generator\" CONTENT=\"" + escape(generator) + "\">\n");
            html.write("<TITLE>Bookmarks</TITLE>\n<H1>Reading List</H1>\n<DL><p>\n");
            try {
                source.forEach(article -> {
                    if (article.url() == null || article.url().isBlank()) {
                        return;
                    }
                    try {
                        write(html, article);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            html.write("</DL><p>\n");
            html.flush();
        });
        return count[0];
    }

    private static void write(Writer html, Article article) throws IOException {
        html.write("    <DT><A HREF=\"");
        html.write(escape(article.url()));
        html.write('"');
        if (article.addedAt() != null) {
            html.write(" ADD_DATE=\"" + article.addedAt().getEpochSecond() + "\"");
        }
        if (!article.allTags().isEmpty()) {
            // TAGS has no escape for its separator: a comma inside a tag becomes a space, the same tag by its key.
            List<String> tags = new ArrayList<>();
            for (String tag : article.allTags()) {
                tags.add(tag.replace(',', ' '));
            }
            html.write(" TAGS=\"" + escape(String.join(",", tags)) + "\"");
        }
        html.write(" TOREAD=\"" + (article.isRead() ? "0" : "1") + "\">");
        html.write(escape(article.title()));
        html.write("</A>\n");
        if (article.hasNote()) {
            html.write("    <DD>");
            html.write(escape(article.note().strip()));
            html.write('\n');
        }
    }

    /** Text and attribute values: the four characters that could end one early, as entities. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
