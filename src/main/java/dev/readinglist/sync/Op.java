package dev.readinglist.sync;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;

/**
 * One change, as a line of a segment file: {@code {"id", "clock", "device", "article", "kind", …}}
 * and the fields of its kind. Applying an operation twice, or in any order among others, gives the
 * same result ({@link ArticleState}).
 *
 * @param id random, unique to this operation
 * @param clock its {@link HybridClock} stamp
 * @param device the id of the device that made it
 * @param article the sync id of the article it changes
 * @param kind one of the constants below
 * @param data the kind's own fields
 */
public record Op(String id, long clock, String device, String article, String kind, JsonObject data) {

    /** slug, source, added_at, published, title, url, summary, reading_minutes, read_at, favourite, tags, note, device_name. */
    public static final String ADD = "add";
    /** Any of title, url, summary, reading_minutes. */
    public static final String EDIT = "edit";
    /** read_at: a time, or null for unread. */
    public static final String READ = "read";
    /** favourite: true or false. */
    public static final String FAVOURITE = "favourite";
    /** text, replaces (the note operations it replaced), device_name. */
    public static final String NOTE = "note";
    /** tag: the tag as written; the operation's id is the id of this add. */
    public static final String TAG = "tag";
    /** removes: the ids of the adds of a tag that the removing device had seen. */
    public static final String UNTAG = "untag";
    /** seen: the ids of every note operation of the article the deleting device had seen. */
    public static final String DELETE = "delete";
    /** deletes: the delete operations it takes back (undo of a delete). */
    public static final String UNDELETE = "undelete";

    private static final String[] HEAD = {"id", "clock", "device", "article", "kind"};

    public Op {
        data = data.deepCopy();
    }

    /** The operation as one line of JSON, without its line break. */
    public String toLine() {
        JsonObject line = new JsonObject();
        line.addProperty("id", id);
        line.addProperty("clock", clock);
        line.addProperty("device", device);
        line.addProperty("article", article);
        line.addProperty("kind", kind);
        for (Map.Entry<String, JsonElement> field : data.entrySet()) {
            line.add(field.getKey(), field.getValue());
        }
        return SyncJson.GSON.toJson(line);
    }

    /** Reads a line written by {@link #toLine()}; throws IllegalArgumentException for anything else. */
    public static Op fromLine(String line) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(line);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        return fromJson(parsed);
    }

    static Op fromJson(JsonElement parsed) {
        if (!parsed.isJsonObject()) {
            throw new IllegalArgumentException("an operation must be a JSON object");
        }
        JsonObject object = parsed.getAsJsonObject();
        JsonObject data = new JsonObject();
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            data.add(field.getKey(), field.getValue());
        }
        for (String head : HEAD) {
            JsonElement value = data.remove(head);
            if (value == null || !value.isJsonPrimitive()) {
                throw new IllegalArgumentException("an operation needs \"" + head + "\"");
            }
        }
        return new Op(
                object.get("id").getAsString(),
                object.get("clock").getAsLong(),
                object.get("device").getAsString(),
                object.get("article").getAsString(),
                object.get("kind").getAsString(),
                data);
    }
}
