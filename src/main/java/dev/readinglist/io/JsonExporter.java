package dev.readinglist.io;

import com.google.gson.stream.JsonWriter;
import dev.readinglist.model.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Everything as JSON: {"format": "reading-list", "format_version": 1, "exported_at", "articles": [...]},
 * each article with id, title, url, summary, published, reading_minutes, tags, status, favourite,
 * added_at, read_at, note and note_updated_at. Readers skip fields they do not know, so a later
 * version can add some without breaking an older reader (favourite came so, in version 1); a change
 * that would mislead an older reader raises the version.
 */
public final class JsonExporter {

    public static final String FORMAT = "reading-list";
    public static final int FORMAT_VERSION = 1;

    private JsonExporter() {}

    /** Writes the file atomically. Returns the number of articles. */
    public static int export(Path target, Instant now, ArticleSource source) {
        return export(target, now, source, AtomicFileWriter::write);
    }

    /** As {@link #export}, the user's alone (0600) from the moment it exists: a rescue of the library's notes. */
    public static int exportPrivate(Path target, Instant now, ArticleSource source) {
        return export(target, now, source, AtomicFileWriter::writePrivate);
    }

    private static int export(Path target, Instant now, ArticleSource source, AtomicFileWriter.FileWrite file) {
        int[] count = {0};
        file.write(target, out -> {
            BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            JsonWriter json = new JsonWriter(text);
            json.setIndent("  ");
            json.setSerializeNulls(true);
            json.setHtmlSafe(false);
            json.beginObject();
            json.name("format").value(FORMAT);
            json.name("format_version").value(FORMAT_VERSION);
            json.name("exported_at").value(time(now));
            json.name("articles").beginArray();
            try {
                source.forEach(article -> {
                    try {
                        write(json, article);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.endArray();
            json.endObject();
            json.flush();
            text.write('\n');
            text.flush();
        });
        return count[0];
    }

    private static void write(JsonWriter json, Article article) throws IOException {
        json.beginObject();
        json.name("id").value(article.id());
        json.name("title").value(article.title());
        json.name("url").value(article.url());
        json.name("summary").value(article.summary());
        json.name("published")
                .value(article.published() == null ? null : article.published().toString());
        json.name("reading_minutes").value(article.readingMinutes());
        json.name("tags").beginArray();
        for (String tag : article.allTags()) {
            json.value(tag);
        }
        json.endArray();
        json.name("status").value(article.isRead() ? "read" : "unread");
        json.name("favourite").value(article.favourite());
        json.name("added_at").value(time(article.addedAt()));
        json.name("read_at").value(time(article.readAt()));
        json.name("note").value(article.note());
        json.name("note_updated_at").value(time(article.noteUpdatedAt()));
        json.endObject();
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
