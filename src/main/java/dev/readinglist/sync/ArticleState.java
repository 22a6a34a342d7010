package dev.readinglist.sync;

import com.google.gson.JsonObject;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UrlKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the operations on one article add up to, kept so that any further operation can be merged
 * in: each field's latest value with its stamp, the tag adds not yet removed and the ids of those
 * removed, the note edits no other edit replaced and the ids of those replaced, the deletes and the
 * deletes taken back. Merging is a union or a maximum everywhere, so the state is the same whatever
 * order, delay or duplication its operations arrived in; it is also what a snapshot holds.
 */
public final class ArticleState {

    /** The fields an add sets; an edit, a read mark and a star set some of them again. */
    static final List<String> ADD_FIELDS = List.of(
            "slug",
            "source",
            "added_at",
            "published",
            "title",
            "url",
            "summary",
            "reading_minutes",
            "read_at",
            "favourite");

    static final List<String> EDIT_FIELDS = List.of("title", "url", "summary", "reading_minutes");

    private final String id;
    private final Map<String, Stamp> fields = new TreeMap<>();
    private final Map<String, TagAdd> tagAdds = new TreeMap<>();
    private final Set<String> untagged = new TreeSet<>();
    private final Map<String, NoteEdit> notes = new TreeMap<>();
    private final Set<String> replaced = new TreeSet<>();
    private final Map<String, Set<String>> deletes = new TreeMap<>();
    private final Set<String> undeleted = new TreeSet<>();
    /** The line this state was read from, while nothing changed it since. */
    private String line;
    /** Its link key, worked out once while the state is as read (a first sync needs it twice per article). */
    private String linkKey;

    private boolean linkKeyKnown;
    /** Its largest clock, worked out once while the state is as read; -1 until then. */
    private long maxClock = -1;

    public ArticleState(String id) {
        this.id = id;
    }

    /**
     * A field's value and the stamp that set it: the greatest (clock, device) wins.
     *
     * @param value a String, Long, Double or Boolean; null for none
     */
    record Stamp(long clock, String device, Object value) {

        boolean beats(Stamp other) {
            if (clock != other.clock) {
                return clock > other.clock;
            }
            int byDevice = device.compareTo(other.device);
            if (byDevice != 0) {
                return byDevice > 0;
            }
            // One device never stamps two values alike; a tie still needs one winner on every replica.
            return String.valueOf(value).compareTo(String.valueOf(other.value)) > 0;
        }
    }

    /** One add of a tag; the tag stays while any of its adds is not removed. */
    record TagAdd(String id, long clock, String device, String key, String text) {

        boolean before(TagAdd other) {
            if (clock != other.clock) {
                return clock < other.clock;
            }
            int byDevice = device.compareTo(other.device);
            return byDevice != 0 ? byDevice < 0 : id.compareTo(other.id) < 0;
        }
    }

    /**
     * One saved note that no other saved note has replaced yet.
     *
     * @param savedAt when it was saved, where that is not its clock's time (a note an add carries
     *     keeps the time it was saved before the article was first shared); else null
     */
    record NoteEdit(String id, long clock, String device, String deviceName, String text, Instant savedAt) {

        Instant saved() {
            return savedAt != null ? savedAt : HybridClock.instant(clock).truncatedTo(ChronoUnit.SECONDS);
        }

        /** The greater (clock, device, id) comes first in a merged note. */
        int compareNewestFirst(NoteEdit other) {
            if (clock != other.clock) {
                return Long.compare(other.clock, clock);
            }
            int byDevice = other.device.compareTo(device);
            return byDevice != 0 ? byDevice : other.id.compareTo(id);
        }
    }

    public String id() {
        return id;
    }

    /** True while no operation has been merged in. */
    public boolean isEmpty() {
        return fields.isEmpty()
                && tagAdds.isEmpty()
                && untagged.isEmpty()
                && notes.isEmpty()
                && replaced.isEmpty()
                && deletes.isEmpty()
                && undeleted.isEmpty();
    }

    /** True for an article some device added (a catalog article needs no add: every device has it). */
    public boolean added() {
        return fields.containsKey("added_at");
    }

    /** True when a delete not taken back had seen every note edit that is still current. */
    public boolean deleted() {
        for (Map.Entry<String, Set<String>> delete : deletes.entrySet()) {
            if (!undeleted.contains(delete.getKey()) && delete.getValue().containsAll(notes.keySet())) {
                return true;
            }
        }
        return false;
    }

    /** True when some device deleted it, whether or not the delete took effect or was taken back. */
    public boolean everDeleted() {
        return !deletes.isEmpty();
    }

    /** True when it was deleted and every delete was taken back (an undo, a put-back), not outlived by a note edit. */
    public boolean deletesTakenBack() {
        return !deletes.isEmpty() && undeleted.containsAll(deletes.keySet());
    }

    /** A field's current value (a String, Long, Double or Boolean), or null. */
    public Object field(String name) {
        Stamp stamp = fields.get(name);
        return stamp == null ? null : stamp.value();
    }

    public String text(String name) {
        Object value = field(name);
        return value == null ? null : value.toString();
    }

    /** True while nothing was merged into this state since it was read from its line. */
    public boolean asRead() {
        return line != null;
    }

    /** The key of its link ({@link UrlKey}), or null when it has none. */
    public String linkKey() {
        if (line == null) {
            return UrlKey.of(text("url"));
        }
        if (!linkKeyKnown) {
            linkKey = UrlKey.of(text("url"));
            linkKeyKnown = true;
        }
        return linkKey;
    }

    /** The largest clock of any operation merged in: a replica's clock must not fall behind it. */
    public long maxClock() {
        if (line != null && maxClock >= 0) {
            return maxClock;
        }
        long max = 0;
        for (Stamp stamp : fields.values()) {
            max = Math.max(max, stamp.clock());
        }
        for (TagAdd add : tagAdds.values()) {
            max = Math.max(max, add.clock());
        }
        for (NoteEdit note : notes.values()) {
            max = Math.max(max, note.clock());
        }
        if (line != null) {
            maxClock = max;
        }
        return max;
    }

    /** Merges one operation in; one for another article, or of a kind a later version added, changes nothing. */
    public void apply(Op op) {
        line = null;
        if (!op.article().equals(id)) {
            throw new IllegalArgumentException("operation " + op.id() + " is for " + op.article() + ", not " + id);
        }
        JsonObject data = op.data();
        switch (op.kind()) {
            case Op.ADD -> {
                setFields(op, data, ADD_FIELDS);
                List<String> tags = SyncJson.strings(data, "tags");
                for (int i = 0; i < tags.size(); i++) {
                    // Zero-padded: the adds of one operation sort, and so show, in the order it lists them.
                    String addId = op.id() + "/" + String.format("%04d", i);
                    addTag(new TagAdd(addId, op.clock(), op.device(), key(tags.get(i)), tags.get(i)));
                }
                String note = SyncJson.string(data, "note");
                if (note != null && !note.isEmpty()) {
                    addNote(
                            new NoteEdit(
                                    op.id(),
                                    op.clock(),
                                    op.device(),
                                    deviceName(data),
                                    note,
                                    instant(SyncJson.string(data, "note_updated_at"))),
                            List.of());
                }
            }
            case Op.EDIT -> setFields(op, data, EDIT_FIELDS);
            case Op.READ -> setFields(op, data, List.of("read_at"));
            case Op.FAVOURITE -> setFields(op, data, List.of("favourite"));
            case Op.NOTE -> {
                String text = SyncJson.string(data, "text");
                addNote(
                        new NoteEdit(
                                op.id(),
                                op.clock(),
                                op.device(),
                                deviceName(data),
                                text == null ? "" : text,
                                instant(SyncJson.string(data, "note_updated_at"))),
                        SyncJson.strings(data, "replaces"));
            }
            case Op.TAG -> {
                String tag = SyncJson.string(data, "tag");
                if (tag != null && !key(tag).isEmpty()) {
                    addTag(new TagAdd(op.id(), op.clock(), op.device(), key(tag), tag));
                }
            }
            case Op.UNTAG -> removeTags(SyncJson.strings(data, "removes"));
            case Op.DELETE ->
                deletes.computeIfAbsent(op.id(), ignored -> new TreeSet<>()).addAll(SyncJson.strings(data, "seen"));
            case Op.UNDELETE -> undeleted.addAll(SyncJson.strings(data, "deletes"));
            default -> {
                // A kind from a later version: its fields mean nothing to this one.
            }
        }
    }

    /** Merges another state of the same article in: the state both together stand for. */
    public void join(ArticleState other) {
        line = null;
        if (!other.id.equals(id)) {
            throw new IllegalArgumentException("cannot join " + other.id + " into " + id);
        }
        other.fields.forEach(this::setField);
        removeTags(other.untagged);
        other.tagAdds.values().forEach(this::addTag);
        replaced.addAll(other.replaced);
        notes.keySet().removeAll(other.replaced);
        for (NoteEdit note : other.notes.values()) {
            addNote(note, List.of());
        }
        other.deletes.forEach((delete, seen) ->
                deletes.computeIfAbsent(delete, ignored -> new TreeSet<>()).addAll(seen));
        undeleted.addAll(other.undeleted);
    }

    private void setFields(Op op, JsonObject data, List<String> names) {
        for (String name : names) {
            if (data.has(name)) {
                setField(name, new Stamp(op.clock(), op.device(), SyncJson.plain(data.get(name))));
            }
        }
    }

    private void setField(String name, Stamp stamp) {
        Stamp current = fields.get(name);
        if (current == null || stamp.beats(current)) {
            fields.put(name, stamp);
        }
    }

    private void addTag(TagAdd add) {
        if (!untagged.contains(add.id())) {
            tagAdds.putIfAbsent(add.id(), add);
        }
    }

    private void removeTags(Collection<String> adds) {
        untagged.addAll(adds);
        tagAdds.keySet().removeAll(adds);
    }

    private void addNote(NoteEdit note, List<String> replaces) {
        replaced.addAll(replaces);
        notes.keySet().removeAll(replaces);
        if (!replaced.contains(note.id())) {
            notes.putIfAbsent(note.id(), note);
        }
    }

    static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text).truncatedTo(ChronoUnit.SECONDS);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String deviceName(JsonObject data) {
        String name = SyncJson.string(data, "device_name");
        return name == null || name.isBlank() ? "another device" : name;
    }

    static String key(String tag) {
        return TextFolding.tagKey(tag);
    }

    Map<String, Stamp> fields() {
        return fields;
    }

    Collection<TagAdd> tagAdds() {
        return tagAdds.values();
    }

    Set<String> untagged() {
        return untagged;
    }

    Collection<NoteEdit> notes() {
        return notes.values();
    }

    Set<String> replaced() {
        return replaced;
    }

    Set<String> deleteIds() {
        return deletes.keySet();
    }

    /** The state as one line of JSON: what snapshots hold and the library keeps. */
    public String toLine() {
        return line != null ? line : StateLines.write(this);
    }

    /** Reads a line written by {@link #toLine()}; throws IllegalArgumentException for anything else. */
    public static ArticleState fromLine(String line) {
        ArticleState state = StateLines.read(line);
        state.line = line; // until it changes, it is written back as read: a snapshot of 100k is not reencoded
        return state;
    }

    Set<String> deleteSeen(String delete) {
        return deletes.get(delete);
    }

    Set<String> undeleted() {
        return undeleted;
    }

    /** Restores a state as a line stored it; only {@link StateLines} calls these. */
    void putField(String name, Stamp stamp) {
        fields.put(name, stamp);
    }

    void putTagAdd(TagAdd add) {
        tagAdds.put(add.id(), add);
    }

    void putNote(NoteEdit note) {
        notes.put(note.id(), note);
    }

    void putDelete(String delete, Set<String> seen) {
        deletes.put(delete, seen);
    }

    /** Every note edit of these states that no edit among them replaced: the edits a merged note shows. */
    static List<NoteEdit> currentNotes(List<ArticleState> states) {
        Set<String> allReplaced = new TreeSet<>();
        states.forEach(state -> allReplaced.addAll(state.replaced));
        List<NoteEdit> current = new ArrayList<>();
        for (ArticleState state : states) {
            for (NoteEdit note : state.notes.values()) {
                if (!allReplaced.contains(note.id())) {
                    current.add(note);
                }
            }
        }
        current.sort(NoteEdit::compareNewestFirst);
        return current;
    }
}
