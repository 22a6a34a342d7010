package dev.readinglist.catalog;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.readinglist.model.Catalog;
import dev.readinglist.model.CatalogArticle;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.Sha256;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a catalog file: {@code {"catalog": name, "description", "source", "articles": [...]}},
 * each article with slug, title, summary, url, published (ISO date), readingMinutes and tags.
 * Unknown fields are skipped, so a newer catalog still loads.
 */
public final class CatalogReader {

    private CatalogReader() {}

    /**
     * @param origin names the file in error messages
     */
    public static Catalog read(byte[] json, String origin) {
        String text = new String(json, StandardCharsets.UTF_8);
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            return catalog(reader, Sha256.hex(json));
        } catch (IOException | JsonParseException | IllegalStateException | DateTimeParseException e) {
            throw new ReadingListException(
                    origin + " is not a valid catalog: " + ReadingListException.firstLine(e.getMessage()), e);
        }
    }

    private static Catalog catalog(JsonReader reader, String digest) throws IOException {
        String name = null;
        String description = "";
        String source = "";
        List<CatalogArticle> articles = new ArrayList<>();
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "catalog" -> name = reader.nextString();
                case "description" -> description = reader.nextString();
                case "source" -> source = reader.nextString();
                case "articles" -> {
                    reader.beginArray();
                    while (reader.hasNext()) {
                        articles.add(article(reader));
                    }
                    reader.endArray();
                }
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("missing \"catalog\" name");
        }
        return new Catalog(name, description, source, articles, digest);
    }

    private static CatalogArticle article(JsonReader reader) throws IOException {
        String path = reader.getPath();
        String slug = null;
        String title = null;
        String summary = "";
        String url = "";
        LocalDate published = null;
        Integer minutes = null;
        List<String> tags = new ArrayList<>();
        reader.beginObject();
        while (reader.hasNext()) {
            String field = reader.nextName();
            if (reader.peek() == JsonToken.NULL) {
                reader.nextNull();
                continue;
            }
            switch (field) {
                case "slug" -> slug = reader.nextString();
                case "title" -> title = reader.nextString();
                case "summary" -> summary = reader.nextString();
                case "url" -> url = reader.nextString();
                case "published" -> published = LocalDate.parse(reader.nextString());
                case "readingMinutes" -> minutes = reader.nextInt();
                case "tags" -> {
                    reader.beginArray();
                    while (reader.hasNext()) {
                        tags.add(reader.nextString());
                    }
                    reader.endArray();
                }
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        if (slug == null || slug.isBlank() || title == null || title.isBlank()) {
            throw new IllegalStateException("article at " + path + " needs a slug and a title");
        }
        return new CatalogArticle(slug, title, summary, url, published, minutes, tags);
    }
}
