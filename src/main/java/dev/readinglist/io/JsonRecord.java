package dev.readinglist.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** One record of a JSON export, read by field name; its number (from 1) names it in problems ("entry 3"). */
final class JsonRecord {

    private final String origin;
    private final long number;
    private final JsonObject fields;
    private final ImportProblems problems;
    private final String linkField;

    JsonRecord(String origin, long number, JsonObject fields, ImportProblems problems, String linkField) {
        this.origin = origin;
        this.number = number;
        this.fields = fields;
        this.problems = problems;
        this.linkField = linkField;
    }

    /** The field as text ("" when missing or null); numbers and booleans as they are written. */
    String string(String name) {
        JsonElement value = fields.get(name);
        if (value == null || value.isJsonNull()) {
            return "";
        }
        return value.isJsonPrimitive() ? value.getAsString() : "";
    }

    boolean has(String name) {
        return !string(name).isBlank();
    }

    /** A list of names: strings, or objects with a "name" (Omnivore's labels have both forms). */
    List<String> names(String name) {
        JsonElement value = fields.get(name);
        List<String> names = new ArrayList<>();
        if (value == null || !value.isJsonArray()) {
            return names;
        }
        for (JsonElement each : value.getAsJsonArray()) {
            String text = "";
            if (each.isJsonPrimitive()) {
                text = each.getAsString();
            } else if (each.isJsonObject() && each.getAsJsonObject().has("name")) {
                JsonElement label = each.getAsJsonObject().get("name");
                text = label.isJsonPrimitive() ? label.getAsString() : "";
            }
            if (!text.isBlank()) {
                names.add(text.strip());
            }
        }
        return names;
    }

    /** A field that is an object, as a record of its own (named as this one); empty when it is none. */
    JsonRecord object(String name) {
        JsonElement value = fields.get(name);
        JsonObject inner = value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
        return new JsonRecord(origin, number, inner, problems, linkField);
    }

    JsonArray array(String name) {
        JsonElement value = fields.get(name);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
    }

    /** The title in a field; a record without one takes its link, and says so, as a CSV row does. */
    String title(String name, String url) {
        return ImportText.title(string(name), url, this::warn);
    }

    /** A time written as ISO-8601 or as a Unix time; one that cannot be read is a warning and no date. */
    Instant time(String name) {
        String value = string(name).strip();
        if (value.isEmpty()) {
            return null;
        }
        Instant time = ImportDates.any(value);
        if (time == null) {
            warn("'" + name + "' ('" + value + "') is not a date; imported without it");
        }
        return time;
    }

    /** The day of a date or a time; one that cannot be read is a warning and no date. */
    LocalDate day(String name) {
        String value = string(name).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            Instant time = ImportDates.any(value);
            if (time == null) {
                warn("'" + name + "' ('" + value + "') is not a date; imported without it");
                return null;
            }
            return time.atOffset(ZoneOffset.UTC).toLocalDate();
        }
    }

    /** A whole number; anything else is a warning and null. */
    Integer integer(String name) {
        String value = string(name).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            warn("'" + name + "' ('" + value + "') is not a whole number; imported without it");
            return null;
        }
    }

    void warn(String problem) {
        problems.warnEntry(origin, number, problem, link());
    }

    /** The record's link, for problems; a field of an inner object is named by a dot ("content.url"). */
    String link() {
        int dot = linkField.indexOf('.');
        return dot < 0 ? string(linkField) : object(linkField.substring(0, dot)).string(linkField.substring(dot + 1));
    }
}
