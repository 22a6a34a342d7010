package dev.readinglist.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import dev.readinglist.model.ImportedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** How each JSON export's records become articles. */
final class JsonMappers {

    private JsonMappers() {}

    /**
     * Omnivore's {@code metadata_*.json}: labels are tags, "Archived" is read, description the
     * summary; the zip's highlights (by slug) join the note.
     */
    static Function<JsonRecord, ImportedArticle> omnivore(Map<String, List<String>> highlightsBySlug) {
        return record -> {
            String url = ImportLinks.readEscaped(record.string("url"));
            String state = record.string("state").strip();
            if (state.equalsIgnoreCase("Deleted")) {
                throw new SkippedRow("deleted in Omnivore", url);
            }
            Instant saved = record.time("savedAt");
            return new ImportedArticle(
                    null,
                    record.title("title", url),
                    url,
                    ImportText.summary(record.string("description")),
                    ImportText.tags(record.names("labels"), record::warn),
                    state.equalsIgnoreCase("Archived"),
                    null,
                    null,
                    saved,
                    record.day("publishedAt"),
                    null,
                    highlightsBySlug.getOrDefault(record.string("slug"), List.of()));
        };
    }

    /** Pinboard's JSON: description is the title, extended the summary, tags split on spaces, toread=no is read. */
    static ImportedArticle pinboard(JsonRecord record) {
        String url = ImportLinks.readEscaped(record.string("href"));
        String toRead = record.string("toread").strip().toLowerCase(Locale.ROOT);
        return new ImportedArticle(
                null,
                record.title("description", url),
                url,
                ImportText.summary(record.string("extended")),
                ImportText.tags(ImportRow.split(record.string("tags"), " "), record::warn),
                toRead.equals("no"),
                null,
                null,
                record.time("time"));
    }

    /**
     * wallabag's JSON export (its "All entries" as JSON): is_archived is read, is_starred the star, reading_time the
     * minutes, created_at when saved ("2016-09-08T11:55:58+0200"), archived_at when read where a newer wallabag writes
     * it; each annotation's quote and the reader's words on it join the note. The content, the whole article's HTML,
     * is no summary and stays behind.
     */
    static ImportedArticle wallabag(JsonRecord record) {
        String url = ImportLinks.readEscaped(record.string("url"));
        boolean read = yes(record.string("is_archived"));
        Integer minutes = record.integer("reading_time");
        return new ImportedArticle(
                null,
                record.title("title", url),
                url,
                "",
                ImportText.tags(record.names("tags"), record::warn),
                read,
                read ? record.time("archived_at") : null,
                null,
                record.time("created_at"),
                record.has("published_at") ? record.day("published_at") : null,
                minutes == null || minutes <= 0 ? null : minutes,
                annotations(record),
                yes(record.string("is_starred")));
    }

    /** wallabag writes its flags as true and false, or, from older versions and its API, as 1 and 0. */
    static boolean yes(String flag) {
        String value = flag.strip();
        return value.equals("true") || value.equals("1");
    }

    /** wallabag's annotations as highlights: the quote, dated, then the reader's own words on it. */
    private static List<String> annotations(JsonRecord record) {
        return highlights(record.array("annotations"), (quote, fields) -> annotation(quote, fields.string("text")));
    }

    /**
     * Each object of {@code items} as a highlight block, in their order, each once: {@code block} makes it from the
     * object's quote, dated by its created_at (null when it has none), and its fields; null or empty is no block.
     */
    private static List<String> highlights(JsonArray items, BiFunction<String, JsonRecord, String> block) {
        List<String> blocks = new ArrayList<>();
        for (JsonElement each : items) {
            if (!each.isJsonObject()) {
                continue;
            }
            JsonRecord fields = new JsonRecord("", 0, each.getAsJsonObject(), new ImportProblems(false), "quote");
            Instant created = fields.has("created_at") ? ImportDates.any(fields.string("created_at")) : null;
            String made = block.apply(Highlights.quote(fields.string("quote"), created), fields);
            if (made != null && !made.isEmpty() && !blocks.contains(made)) {
                blocks.add(made);
            }
        }
        return blocks;
    }

    /** The quote (null when none) with the reader's words under it; empty when both are. */
    private static String annotation(String quote, String words) {
        String text = words.strip();
        if (quote == null) {
            return text;
        }
        return text.isEmpty() ? quote : quote + "\n\n" + text;
    }

    /** Our own JSON export, read back as it was written: no entity decoding, every field kept. */
    static ImportedArticle readingList(JsonRecord record) {
        String id = record.string("id").strip();
        String rawUrl = record.string("url");
        String url = rawUrl.isBlank() ? "" : ImportLinks.read(rawUrl);
        List<String> tags = new ArrayList<>(record.names("tags"));
        String status = record.string("status").strip();
        if (!status.equals("read") && !status.equals("unread")) {
            record.warn("status '" + status + "' is neither read nor unread; imported as unread");
        }
        String note = record.string("note");
        String favourite = record.string("favourite").strip();
        if (!favourite.isEmpty() && !favourite.equals("true") && !favourite.equals("false")) {
            record.warn("favourite '" + favourite + "' is neither true nor false; imported without a star");
        }
        return new ImportedArticle(
                id.isEmpty() ? null : id,
                record.string("title").strip(),
                url,
                record.string("summary"),
                tags,
                status.equals("read"),
                record.time("read_at"),
                note.isEmpty() ? null : note,
                record.time("added_at"),
                record.day("published"),
                record.integer("reading_minutes"),
                List.of(),
                favourite.equals("true"));
    }

    /**
     * One record of a Pocket zip's {@code annotations/part_*.json}: {url, title, highlights: [{quote,
     * created_at}]}. The highlights become quote blocks; they join the note of the article with that link.
     */
    static ImportedArticle pocketAnnotation(JsonRecord record) {
        String url = ImportLinks.readEscaped(record.string("url"));
        List<String> quotes = highlights(record.array("highlights"), (quote, fields) -> quote);
        return new ImportedArticle(
                null, record.title("title", url), url, "", List.of(), false, null, null, null, null, null, quotes);
    }
}
