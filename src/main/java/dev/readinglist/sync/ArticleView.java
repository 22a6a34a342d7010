package dev.readinglist.sync;

import dev.readinglist.model.KeptText;
import dev.readinglist.sync.ArticleState.NoteEdit;
import dev.readinglist.sync.ArticleState.Stamp;
import dev.readinglist.sync.ArticleState.TagAdd;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article as the merged states of its sync ids show it: one id, or several live articles that
 * share a link, merged (the lowest id survives). A pure function of the states, so every replica
 * that holds the same operations shows the same article, and showing it writes nothing.
 *
 * @param syncId the surviving id
 * @param slug the article's id in this library, given by the caller (see the store's slug rule)
 * @param userTags the tags added and not removed, each once by key, in the order they were first added
 * @param note the merged note (see {@link #mergedNote}), or null when there is none
 * @param keptNotes how many texts of concurrent edits the note keeps under the newest one's
 */
public record ArticleView(
        String syncId,
        String slug,
        String title,
        String url,
        String summary,
        LocalDate published,
        Integer readingMinutes,
        String source,
        Instant addedAt,
        Instant readAt,
        boolean favourite,
        List<String> userTags,
        String note,
        Instant noteUpdatedAt,
        int keptNotes) {

    public ArticleView {
        userTags = List.copyOf(userTags);
    }

    /** The view of these states merged, the lowest id surviving. */
    public static ArticleView of(List<ArticleState> members, String slug) {
        String survivor = members.stream()
                .map(ArticleState::id)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Map<String, Stamp> fields = new LinkedHashMap<>();
        Instant addedAt = null;
        for (ArticleState member : members) {
            member.fields().forEach((name, stamp) -> fields.merge(name, stamp, (a, b) -> b.beats(a) ? b : a));
            Instant added = instant(member.field("added_at"));
            if (added != null && (addedAt == null || added.isBefore(addedAt))) {
                addedAt = added; // when it first joined the list, on whichever device
            }
        }
        List<NoteEdit> current = ArticleState.currentNotes(members);
        List<NoteEdit> below = current.isEmpty() ? List.of() : keptBelow(current);
        String note = mergedNote(current, below);
        return new ArticleView(
                survivor,
                slug,
                text(fields, "title"),
                text(fields, "url"),
                text(fields, "summary"),
                day(value(fields, "published")),
                minutes(value(fields, "reading_minutes")),
                text(fields, "source"),
                addedAt,
                instant(value(fields, "read_at")),
                flag(value(fields, "favourite")),
                userTags(members),
                note,
                note == null ? null : current.getFirst().saved(),
                note == null ? 0 : below.size());
    }

    /**
     * The edits kept below the newest: each other one with a text, but not a text the note holds already. Two devices
     * with the same text are no conflict: after a restore, the sixty-fourth walk's note held its own text twice, under
     * "kept from", and the other device was told it had been edited on both.
     */
    private static List<NoteEdit> keptBelow(List<NoteEdit> current) {
        Set<String> held = new HashSet<>();
        held.add(current.getFirst().text().strip());
        List<NoteEdit> kept = new ArrayList<>();
        for (NoteEdit edit : current.subList(1, current.size())) {
            if (!edit.text().isBlank() && held.add(edit.text().strip())) {
                kept.add(edit);
            }
        }
        return kept;
    }

    /**
     * The note of these current edits: the newest by (clock, device), then each other one, newest
     * first, under a line naming the device that saved it and when. Null when all are empty.
     */
    private static String mergedNote(List<NoteEdit> current, List<NoteEdit> below) {
        if (current.isEmpty()) {
            return null;
        }
        StringBuilder note = new StringBuilder(current.getFirst().text());
        for (NoteEdit kept : below) {
            note.append(KeptText.below(
                    !note.isEmpty(), deviceNamed(kept, current), KeptText.when(kept.saved()), kept.text()));
        }
        return note.isEmpty() ? null : note.toString();
    }

    /**
     * The device's name, and its id where another device among these edits has the same name: two machines both
     * called "vm" gave the fifty-third walk "kept from vm" on each, which told it nothing. `sync --status` lists ids.
     */
    private static String deviceNamed(NoteEdit kept, List<NoteEdit> current) {
        String name = nameOf(kept);
        boolean shared = current.stream()
                .anyMatch(other ->
                        !other.device().equals(kept.device()) && nameOf(other).equals(name));
        return shared ? name + " (" + kept.device() + ")" : name;
    }

    /** The device's name on one line, as its kept text's line shows it. */
    private static String nameOf(NoteEdit edit) {
        return edit.deviceName().replaceAll("\\s+", " ").strip();
    }

    private static List<String> userTags(List<ArticleState> members) {
        Set<String> removed = new HashSet<>();
        members.forEach(member -> removed.addAll(member.untagged()));
        Map<String, TagAdd> firstByKey = new LinkedHashMap<>();
        for (ArticleState member : members) {
            for (TagAdd add : member.tagAdds()) {
                if (!removed.contains(add.id()) && !add.key().isEmpty()) {
                    firstByKey.merge(add.key(), add, (a, b) -> b.before(a) ? b : a);
                }
            }
        }
        List<TagAdd> first = new ArrayList<>(firstByKey.values());
        first.sort((a, b) -> a.before(b) ? -1 : b.before(a) ? 1 : 0);
        return first.stream().map(add -> add.text().strip()).toList();
    }

    private static Object value(Map<String, Stamp> fields, String name) {
        Stamp stamp = fields.get(name);
        return stamp == null ? null : stamp.value();
    }

    private static String text(Map<String, Stamp> fields, String name) {
        Object value = value(fields, name);
        return value == null ? null : value.toString();
    }

    // A file from a later version, or a damaged one, may hold anything: what cannot be read is left out.

    private static Instant instant(Object value) {
        try {
            return value instanceof String text ? Instant.parse(text).truncatedTo(ChronoUnit.SECONDS) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate day(Object value) {
        try {
            return value instanceof String text ? LocalDate.parse(text) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer minutes(Object value) {
        if (value instanceof Number number && number.doubleValue() == number.longValue()) {
            long minutes = number.longValue();
            return minutes >= 0 && minutes <= Integer.MAX_VALUE ? (int) minutes : null;
        }
        return null;
    }

    private static boolean flag(Object value) {
        return Boolean.TRUE.equals(value);
    }
}
