package dev.readinglist.sync;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The operations a device makes, one builder per kind (see {@link Op} for what each holds). */
public final class Ops {

    private Ops() {}

    /** Who made an operation, when, and on which article. */
    public record Head(String id, long clock, String device, String article) {}

    /** An article as it is added: everything about it, so that another device can show it whole. */
    public record Added(
            String slug,
            String source,
            Instant addedAt,
            LocalDate published,
            String title,
            String url,
            String summary,
            Integer readingMinutes,
            Instant readAt,
            boolean favourite,
            List<String> tags,
            String note,
            Instant noteUpdatedAt) {

        public Added {
            tags = List.copyOf(tags);
        }
    }

    public static Op add(Head head, Added article, String deviceName) {
        JsonObject data = new JsonObject();
        data.addProperty("slug", article.slug());
        data.addProperty("source", article.source());
        data.add("added_at", time(article.addedAt()));
        data.add(
                "published",
                article.published() == null
                        ? JsonNull.INSTANCE
                        : new JsonPrimitive(article.published().toString()));
        data.addProperty("title", article.title());
        data.addProperty("url", article.url());
        data.addProperty("summary", article.summary());
        data.add(
                "reading_minutes",
                article.readingMinutes() == null ? JsonNull.INSTANCE : new JsonPrimitive(article.readingMinutes()));
        data.add("read_at", time(article.readAt()));
        data.addProperty("favourite", article.favourite());
        data.add("tags", SyncJson.array(article.tags()));
        if (article.note() != null && !article.note().isEmpty()) {
            data.addProperty("note", article.note());
            data.add("note_updated_at", time(article.noteUpdatedAt()));
            data.addProperty("device_name", deviceName);
        }
        return op(head, Op.ADD, data);
    }

    /** Only the fields that changed: a concurrent edit of another field on another device stays. */
    public static Op edit(Head head, Map<String, Object> changed) {
        JsonObject data = new JsonObject();
        changed.forEach((name, value) -> {
            if (!ArticleState.EDIT_FIELDS.contains(name)) {
                throw new IllegalArgumentException("not an editable field: " + name);
            }
            data.add(
                    name,
                    value == null
                            ? JsonNull.INSTANCE
                            : value instanceof Number n ? new JsonPrimitive(n) : new JsonPrimitive(value.toString()));
        });
        return op(head, Op.EDIT, data);
    }

    public static Op read(Head head, Instant readAt) {
        JsonObject data = new JsonObject();
        data.add("read_at", time(readAt));
        return op(head, Op.READ, data);
    }

    public static Op favourite(Head head, boolean favourite) {
        JsonObject data = new JsonObject();
        data.addProperty("favourite", favourite);
        return op(head, Op.FAVOURITE, data);
    }

    public static Op note(Head head, String text, Collection<String> replaces, String deviceName) {
        return note(head, text, replaces, deviceName, null);
    }

    /**
     * A note saved before its article was first shared carries the time it was saved, as an add's
     * note does: without it, every note of a catalog article took the first sync's time.
     */
    public static Op note(Head head, String text, Collection<String> replaces, String deviceName, Instant savedAt) {
        JsonObject data = new JsonObject();
        data.addProperty("text", text);
        data.add("replaces", SyncJson.array(replaces));
        data.addProperty("device_name", deviceName);
        if (savedAt != null) {
            data.add("note_updated_at", time(savedAt));
        }
        return op(head, Op.NOTE, data);
    }

    public static Op tag(Head head, String tag) {
        JsonObject data = new JsonObject();
        data.addProperty("tag", tag);
        return op(head, Op.TAG, data);
    }

    public static Op untag(Head head, Collection<String> removes) {
        JsonObject data = new JsonObject();
        data.add("removes", SyncJson.array(removes));
        return op(head, Op.UNTAG, data);
    }

    public static Op delete(Head head, Collection<String> seen) {
        JsonObject data = new JsonObject();
        data.add("seen", SyncJson.array(seen));
        return op(head, Op.DELETE, data);
    }

    public static Op undelete(Head head, Collection<String> deletes) {
        JsonObject data = new JsonObject();
        data.add("deletes", SyncJson.array(deletes));
        return op(head, Op.UNDELETE, data);
    }

    private static Op op(Head head, String kind, JsonObject data) {
        return new Op(head.id(), head.clock(), head.device(), head.article(), kind, data);
    }

    private static JsonElement time(Instant instant) {
        return instant == null
                ? JsonNull.INSTANCE
                : new JsonPrimitive(instant.truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
