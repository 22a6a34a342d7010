package dev.readinglist.sync;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.readinglist.sync.ArticleState.NoteEdit;
import dev.readinglist.sync.ArticleState.Stamp;
import dev.readinglist.sync.ArticleState.TagAdd;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An article state as one line of JSON, streamed both ways (a snapshot holds one per article, and
 * a first sync reads 100k of them):
 * {@code {"article": id, "fields": {name: [clock, device, value]}, "tags": {add id: [clock, device,
 * tag]}, "untagged": [add ids], "notes": {edit id: [clock, device, device name, text, saved at?]},
 * "replaced": [edit ids], "deletes": {delete id: [note edit ids seen]}, "undeleted": [delete ids]}}.
 * Empty members are left out; a member a later version adds is skipped.
 */
final class StateLines {

    private StateLines() {}

    static String write(ArticleState state) {
        StringWriter text = new StringWriter(256);
        try (JsonWriter json = new JsonWriter(text)) {
            json.setHtmlSafe(false);
            json.beginObject();
            json.name("article").value(state.id());
            if (!state.fields().isEmpty()) {
                json.name("fields").beginObject();
                for (Map.Entry<String, Stamp> field : state.fields().entrySet()) {
                    Stamp stamp = field.getValue();
                    json.name(field.getKey()).beginArray().value(stamp.clock()).value(stamp.device());
                    value(json, stamp.value());
                    json.endArray();
                }
                json.endObject();
            }
            if (!state.tagAdds().isEmpty()) {
                json.name("tags").beginObject();
                for (TagAdd add : state.tagAdds()) {
                    json.name(add.id())
                            .beginArray()
                            .value(add.clock())
                            .value(add.device())
                            .value(add.text());
                    json.endArray();
                }
                json.endObject();
            }
            strings(json, "untagged", state.untagged());
            if (!state.notes().isEmpty()) {
                json.name("notes").beginObject();
                for (NoteEdit note : state.notes()) {
                    json.name(note.id()).beginArray().value(note.clock()).value(note.device());
                    json.value(note.deviceName()).value(note.text());
                    if (note.savedAt() != null) {
                        json.value(note.savedAt().toString());
                    }
                    json.endArray();
                }
                json.endObject();
            }
            strings(json, "replaced", state.replaced());
            if (!state.deleteIds().isEmpty()) {
                json.name("deletes").beginObject();
                for (String delete : state.deleteIds()) {
                    json.name(delete).beginArray();
                    for (String seen : state.deleteSeen(delete)) {
                        json.value(seen);
                    }
                    json.endArray();
                }
                json.endObject();
            }
            strings(json, "undeleted", state.undeleted());
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    static ArticleState read(String line) {
        try (JsonReader json = new JsonReader(new StringReader(line))) {
            json.beginObject();
            if (!json.hasNext() || !json.nextName().equals("article")) {
                throw new IllegalArgumentException("an article state starts with its \"article\"");
            }
            ArticleState state = new ArticleState(json.nextString());
            while (json.hasNext()) {
                switch (json.nextName()) {
                    case "fields" -> readFields(json, state);
                    case "tags" -> readTags(json, state);
                    case "untagged" -> readStrings(json, state.untagged());
                    case "notes" -> readNotes(json, state);
                    case "replaced" -> readStrings(json, state.replaced());
                    case "deletes" -> {
                        json.beginObject();
                        while (json.hasNext()) {
                            String delete = json.nextName();
                            Set<String> seen = new TreeSet<>();
                            readStrings(json, seen);
                            state.putDelete(delete, seen);
                        }
                        json.endObject();
                    }
                    case "undeleted" -> readStrings(json, state.undeleted());
                    default -> json.skipValue();
                }
            }
            json.endObject();
            return state;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new IllegalArgumentException("not an article state: " + e.getMessage(), e);
        }
    }

    private static void readFields(JsonReader json, ArticleState state) throws IOException {
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            json.beginArray();
            long clock = json.nextLong();
            String device = json.nextString();
            Object value = value(json);
            rest(json);
            state.putField(name, new Stamp(clock, device, value));
        }
        json.endObject();
    }

    private static void readTags(JsonReader json, ArticleState state) throws IOException {
        json.beginObject();
        while (json.hasNext()) {
            String id = json.nextName();
            json.beginArray();
            long clock = json.nextLong();
            String device = json.nextString();
            String text = json.nextString();
            rest(json);
            state.putTagAdd(new TagAdd(id, clock, device, ArticleState.key(text), text));
        }
        json.endObject();
    }

    private static void readNotes(JsonReader json, ArticleState state) throws IOException {
        json.beginObject();
        while (json.hasNext()) {
            String id = json.nextName();
            json.beginArray();
            long clock = json.nextLong();
            String device = json.nextString();
            String name = json.nextString();
            String text = json.nextString();
            String saved = json.hasNext() && json.peek() == JsonToken.STRING ? json.nextString() : null;
            rest(json);
            state.putNote(new NoteEdit(id, clock, device, name, text, ArticleState.instant(saved)));
        }
        json.endObject();
    }

    /** A field's value: text, a number, true or false, or null; anything else (a later version's) is null. */
    private static Object value(JsonReader json) throws IOException {
        switch (json.peek()) {
            case STRING -> {
                return json.nextString();
            }
            case NUMBER -> {
                String number = json.nextString();
                try {
                    return Long.valueOf(number);
                } catch (NumberFormatException e) {
                    return Double.valueOf(number);
                }
            }
            case BOOLEAN -> {
                return json.nextBoolean();
            }
            case NULL -> {
                json.nextNull();
                return null;
            }
            default -> {
                json.skipValue();
                return null;
            }
        }
    }

    static void value(JsonWriter json, Object value) throws IOException {
        if (value == null) {
            json.nullValue();
        } else if (value instanceof Boolean flag) {
            json.value(flag);
        } else if (value instanceof Long || value instanceof Integer) {
            json.value(((Number) value).longValue());
        } else if (value instanceof Number number) {
            json.value(number);
        } else {
            json.value(value.toString());
        }
    }

    /** Skips what a later version may add at the end of an array, and closes it. */
    private static void rest(JsonReader json) throws IOException {
        while (json.hasNext()) {
            json.skipValue();
        }
        json.endArray();
    }

    private static void readStrings(JsonReader json, Set<String> into) throws IOException {
        json.beginArray();
        while (json.hasNext()) {
            into.add(json.nextString());
        }
        json.endArray();
    }

    private static void strings(JsonWriter json, String name, Set<String> values) throws IOException {
        if (!values.isEmpty()) {
            json.name(name).beginArray();
            for (String value : values) {
                json.value(value);
            }
            json.endArray();
        }
    }
}
