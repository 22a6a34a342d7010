package dev.readinglist.io;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.readinglist.model.ImportedArticle;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Karakeep's (once Hoarder's) JSON export, as its {@code exporters.ts} writes it: {"bookmarks": [{createdAt (Unix
 * seconds), title, tags, lists (list ids), content {type "link", url} or {type "text", text} or null for a file,
 * note, archived}], "lists": [{id, name, type, parentId}]}. The lists come after the bookmarks, so they are read in a
 * pass of their own first; a bookmark's manual lists are tags, each list with the lists it is nested in, as a
 * bookmark file's folders are.
 */
final class KarakeepExport {

    private KarakeepExport() {}

    /** Each manual list's names, outermost first, by id; smart lists (saved searches) are none. */
    static Map<String, List<String>> listPaths(String origin, Reader in) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        try (JsonReader reader = new JsonReader(in)) {
            reader.beginObject();
            while (reader.hasNext()) {
                if (reader.nextName().equals("lists") && reader.peek() == JsonToken.BEGIN_ARRAY) {
                    readLists(reader, names, parents);
                } else {
                    reader.skipValue();
                }
            }
        } catch (IOException | JsonParseException | IllegalStateException | UncheckedIOException e) {
            throw JsonImport.brokenJson(origin, e);
        }
        Map<String, List<String>> paths = new HashMap<>();
        for (String id : names.keySet()) {
            paths.put(id, JsonImport.nestedNames(id, names, parents));
        }
        return paths;
    }

    private static void readLists(JsonReader reader, Map<String, String> names, Map<String, String> parents)
            throws IOException {
        reader.beginArray();
        while (reader.hasNext()) {
            Map<String, String> list = JsonImport.scalars(reader);
            String id = list.getOrDefault("id", "");
            String name = ImportText.summary(list.getOrDefault("name", ""));
            if (!id.isEmpty()
                    && !name.isEmpty()
                    && !list.getOrDefault("type", "manual").equals("smart")) {
                names.put(id, name);
                parents.put(id, list.getOrDefault("parentId", ""));
            }
        }
        reader.endArray();
    }

    /** One bookmark: its tags and lists are tags, its note the note, archived read, createdAt the time saved. */
    static ImportedArticle bookmark(JsonRecord record, Map<String, List<String>> listPaths) {
        JsonRecord content = record.object("content");
        String type = content.string("type").strip();
        if (type.equals("text")) {
            throw new SkippedRow(
                    ImportText.namedByTitle("a Karakeep text note has no web page", "", record.string("title")), "");
        }
        if (!type.equals("link")) {
            throw new SkippedRow(
                    ImportText.namedByTitle(
                            "a Karakeep image or PDF: its export holds no link", "", record.string("title")),
                    "");
        }
        String url = ImportLinks.readEscaped(content.string("url"));
        Set<String> tags = new LinkedHashSet<>(record.names("tags"));
        for (String list : record.names("lists")) {
            tags.addAll(listPaths.getOrDefault(list, List.of()));
        }
        String note = record.string("note");
        return new ImportedArticle(
                null,
                record.title("title", url),
                url,
                "",
                ImportText.tags(List.copyOf(tags), record::warn),
                JsonMappers.yes(record.string("archived")),
                null,
                note.isBlank() ? null : note,
                record.time("createdAt"));
    }
}
