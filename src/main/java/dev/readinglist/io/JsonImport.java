package dev.readinglist.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.ReadingListException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON exports, streamed a record at a time: Omnivore's, Pinboard's and wallabag's arrays, our own
 * export (an object whose "articles" is such an array) and Karakeep's (whose "bookmarks" is). Broken JSON refuses the whole file; a record
 * that cannot become an article is skipped, named by its number.
 */
final class JsonImport {

    /** Where Gson's messages say it stopped. */
    private static final Pattern PLACE = Pattern.compile("at line (\\d+) column (\\d+)");

    private JsonImport() {}

    /** Reads a top-level array of records. */
    static void readArray(
            String origin,
            Reader in,
            String linkField,
            Function<JsonRecord, ImportedArticle> mapper,
            Consumer<ImportedArticle> sink,
            ImportProblems problems) {
        long[] number = {0};
        try (JsonReader reader = new JsonReader(in)) {
            if (reader.peek() != JsonToken.BEGIN_ARRAY) {
                throw new ReadingListException(origin + " is not a JSON array of records; nothing was imported");
            }
            records(origin, reader, linkField, mapper, sink, problems, number);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new ReadingListException(origin + ": text after the JSON array; nothing was imported");
            }
        } catch (IOException | JsonParseException | IllegalStateException | UncheckedIOException e) {
            throw broken(origin, number[0], e);
        }
    }

    /** Reads our own export: {"format": "reading-list", "format_version": N, …, "articles": [...]}. */
    static void readOwnExport(
            String origin,
            Reader in,
            Function<JsonRecord, ImportedArticle> mapper,
            Consumer<ImportedArticle> sink,
            ImportProblems problems) {
        readObject(origin, in, "articles", "url", mapper, sink, problems);
    }

    /**
     * Reads the records of an object's array field {@code arrayField}; the object's other fields are passed over (our
     * export's format and version, Karakeep's lists, and fields a later version adds).
     */
    static void readObject(
            String origin,
            Reader in,
            String arrayField,
            String linkField,
            Function<JsonRecord, ImportedArticle> mapper,
            Consumer<ImportedArticle> sink,
            ImportProblems problems) {
        long[] number = {0};
        try (JsonReader reader = new JsonReader(in)) {
            boolean sawArray = false;
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                if (name.equals(arrayField) && reader.peek() == JsonToken.BEGIN_ARRAY) {
                    records(origin, reader, linkField, mapper, sink, problems, number);
                    sawArray = true;
                } else {
                    reader.skipValue();
                }
            }
            reader.endObject();
            if (!sawArray) {
                throw new ReadingListException(origin + " has no \"" + arrayField + "\" array; nothing was imported");
            }
        } catch (IOException | JsonParseException | IllegalStateException | UncheckedIOException e) {
            throw broken(origin, number[0], e);
        }
    }

    /**
     * What a top-level object is by its fields: our export ("format_version"), a catalog
     * ("catalog"), Karakeep's export (an array "bookmarks") or Linkwarden's (an array "collections"); null for any other object. Reads only as far as the first field that tells.
     */
    static ImportFormat objectFormat(String origin, Reader in) {
        try (JsonReader reader = new JsonReader(in)) {
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.nextName()) {
                    case "format_version" -> {
                        return ImportFormat.JSON;
                    }
                    case "catalog" -> {
                        return ImportFormat.CATALOG;
                    }
                    case "bookmarks" -> {
                        if (reader.peek() == JsonToken.BEGIN_ARRAY) {
                            return ImportFormat.KARAKEEP;
                        }
                        reader.skipValue();
                    }
                    case "collections" -> {
                        if (reader.peek() == JsonToken.BEGIN_ARRAY) {
                            return ImportFormat.LINKWARDEN;
                        }
                        reader.skipValue();
                    }
                    default -> reader.skipValue();
                }
            }
            return null;
        } catch (IOException | JsonParseException | IllegalStateException | UncheckedIOException e) {
            throw brokenJson(origin, e);
        }
    }

    static void records(
            String origin,
            JsonReader reader,
            String linkField,
            Function<JsonRecord, ImportedArticle> mapper,
            Consumer<ImportedArticle> sink,
            ImportProblems problems,
            long[] number)
            throws IOException {
        reader.beginArray();
        while (reader.hasNext()) {
            number[0]++;
            JsonElement element = JsonParser.parseReader(reader);
            if (!element.isJsonObject()) {
                problems.skipEntry(origin, number[0], "not a JSON object", "");
                continue;
            }
            JsonRecord record = new JsonRecord(origin, number[0], element.getAsJsonObject(), problems, linkField);
            try {
                sink.accept(mapper.apply(record));
            } catch (SkippedRow e) {
                problems.skipEntry(origin, number[0], e.getMessage(), e.link());
            }
        }
        reader.endArray();
    }

    /** An object's text and number fields (its arrays and objects passed over); none for what is no object. */
    static Map<String, String> scalars(JsonReader reader) throws IOException {
        Map<String, String> fields = new HashMap<>();
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            reader.skipValue();
            return fields;
        }
        reader.beginObject();
        while (reader.hasNext()) {
            String field = reader.nextName();
            JsonToken kind = reader.peek();
            if (kind == JsonToken.STRING || kind == JsonToken.NUMBER) {
                fields.put(field, reader.nextString());
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
        return fields;
    }

    /**
     * The names of a folder (a list, a collection) and of the folders it is nested in, outermost first, by their ids
     * and parents' ids; a parent that is gone or loops back ends it, an empty name is none.
     */
    static List<String> nestedNames(String id, Map<String, String> names, Map<String, String> parents) {
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String at = id; names.containsKey(at) && seen.add(at); at = parents.getOrDefault(at, "")) {
            if (!names.get(at).isEmpty()) {
                path.addFirst(names.get(at));
            }
        }
        return path;
    }

    static ReadingListException broken(String origin, long number, Exception e) {
        if (e instanceof UncheckedIOException) {
            return new ReadingListException("cannot read " + origin + ": " + e.getMessage(), e);
        }
        return brokenJson(origin + ": record " + Math.max(1, number), e);
    }

    /**
     * A file cut off or not JSON at all is said to be broken, not in a format unknown; in plain words, with the place:
     * the sixty-eighth walk read the parser's own, "End of input at line 1 column 592 path $[0].".
     */
    static ReadingListException brokenJson(String where, Exception e) {
        String parser = ImportFile.rootMessage(e);
        Matcher at = PLACE.matcher(parser);
        String what = parser.startsWith("End of input")
                ? "the file ends in the middle of it (cut off?)"
                : parser.startsWith("Unterminated")
                        ? "a text or list in it is not closed"
                        : parser.startsWith("Expected")
                                ? "a value in it is not of the kind that belongs there"
                                : "it is not valid JSON";
        return new ReadingListException(
                where + ": broken JSON: " + what
                        + (at.find() ? " (line " + at.group(1) + ", column " + at.group(2) + ")" : "")
                        + "; nothing was imported",
                e);
    }
}
