package dev.readinglist.io;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.ReadingListException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Linkwarden's JSON export (its "Linkwarden" backup, {@code exportData.ts}): the user's fields, then "collections"
 * [{id, name, parentId, links: [{name, url, description, tags [{name}], importDate, createdAt}]}], then "pinnedLinks"
 * [{url}]. A link's collection, with the collections it is nested in, is tags (but Linkwarden's default,
 * "Unorganized"), as a bookmark file's folders are; a pinned link has a star. Linkwarden keeps no read state. The
 * nesting and the pins are read in a pass of their own first: a parent may come after its child, the pins after all.
 */
final class LinkwardenExport {

    /** The collection Linkwarden puts a link in when none is chosen: no tag, as Raindrop's Unsorted is none. */
    private static final String DEFAULT_COLLECTION = "Unorganized";

    /** The collections' tags in the file's order, and the links pinned. */
    record Layout(List<List<String>> collectionTags, Set<String> pinned) {}

    private LinkwardenExport() {}

    static Layout layout(String origin, Reader in) {
        List<String> ids = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        Set<String> pinned = new HashSet<>();
        try (JsonReader reader = new JsonReader(in)) {
            reader.beginObject();
            while (reader.hasNext()) {
                String field = reader.nextName();
                if (field.equals("collections") && reader.peek() == JsonToken.BEGIN_ARRAY) {
                    reader.beginArray();
                    while (reader.hasNext()) {
                        Map<String, String> collection = JsonImport.scalars(reader);
                        String id = collection.getOrDefault("id", "#" + ids.size());
                        ids.add(id);
                        names.put(id, ImportText.summary(collection.getOrDefault("name", "")));
                        parents.put(id, collection.getOrDefault("parentId", ""));
                    }
                    reader.endArray();
                } else if (field.equals("pinnedLinks") && reader.peek() == JsonToken.BEGIN_ARRAY) {
                    reader.beginArray();
                    while (reader.hasNext()) {
                        pinned.add(ImportLinks.readEscaped(
                                JsonImport.scalars(reader).getOrDefault("url", "")));
                    }
                    reader.endArray();
                } else {
                    reader.skipValue();
                }
            }
        } catch (IOException | JsonParseException | IllegalStateException | UncheckedIOException e) {
            throw JsonImport.brokenJson(origin, e);
        }
        List<List<String>> tags = new ArrayList<>();
        for (String id : ids) {
            tags.add(path(id, names, parents));
        }
        return new Layout(tags, pinned);
    }

    /** A collection's names from the outermost in, but Linkwarden's default collection at the root. */
    private static List<String> path(String id, Map<String, String> names, Map<String, String> parents) {
        List<String> path = JsonImport.nestedNames(id, names, parents);
        if (!path.isEmpty() && path.getFirst().equals(DEFAULT_COLLECTION)) {
            path.removeFirst();
        }
        return path;
    }

    /** Streams the links of each collection in turn, with the collection's tags and the pins from {@code layout}. */
    static void read(String origin, Reader in, Layout layout, Consumer<ImportedArticle> sink, ImportProblems problems) {
        long[] number = {0};
        try (JsonReader reader = new JsonReader(in)) {
            boolean sawCollections = false;
            reader.beginObject();
            while (reader.hasNext()) {
                if (reader.nextName().equals("collections") && reader.peek() == JsonToken.BEGIN_ARRAY) {
                    sawCollections = true;
                    reader.beginArray();
                    for (int index = 0; reader.hasNext(); index++) {
                        List<String> tags = index < layout.collectionTags().size()
                                ? layout.collectionTags().get(index)
                                : List.of();
                        collection(
                                origin, reader, record -> link(record, tags, layout.pinned()), sink, problems, number);
                    }
                    reader.endArray();
                } else {
                    reader.skipValue();
                }
            }
            reader.endObject();
            if (!sawCollections) {
                throw new ReadingListException(origin + " has no \"collections\" array; nothing was imported");
            }
        } catch (IOException | JsonParseException | IllegalStateException | UncheckedIOException e) {
            throw JsonImport.broken(origin, number[0], e);
        }
    }

    private static void collection(
            String origin,
            JsonReader reader,
            Function<JsonRecord, ImportedArticle> mapper,
            Consumer<ImportedArticle> sink,
            ImportProblems problems,
            long[] number)
            throws IOException {
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            reader.skipValue();
            return;
        }
        reader.beginObject();
        while (reader.hasNext()) {
            if (reader.nextName().equals("links") && reader.peek() == JsonToken.BEGIN_ARRAY) {
                JsonImport.records(origin, reader, "url", mapper, sink, problems, number);
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
    }

    /** One link: name the title, description the summary, its tags and its collection's the tags; pinned a star. */
    private static ImportedArticle link(JsonRecord record, List<String> collectionTags, Set<String> pinned) {
        String type = record.string("type").strip();
        if (record.string("url").isBlank() && !type.isEmpty() && !type.equals("url")) {
            throw new SkippedRow(
                    ImportText.namedByTitle(
                            "a file uploaded to Linkwarden (" + type + ") has no link", "", record.string("name")),
                    "");
        }
        String url = ImportLinks.readEscaped(record.string("url"));
        Set<String> tags = new LinkedHashSet<>(record.names("tags"));
        tags.addAll(collectionTags);
        // importDate is when the link was first saved elsewhere, for a link Linkwarden imported.
        Instant saved = record.has("importDate") ? record.time("importDate") : record.time("createdAt");
        return new ImportedArticle(
                null,
                record.title("name", url),
                url,
                ImportText.summary(record.string("description")),
                ImportText.tags(List.copyOf(tags), record::warn),
                false,
                null,
                null,
                saved,
                null,
                null,
                List.of(),
                pinned.contains(url));
    }
}
