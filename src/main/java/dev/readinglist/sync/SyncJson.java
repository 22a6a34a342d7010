package dev.readinglist.sync;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/** The one JSON style of the sync files: compact, nulls kept, no HTML escaping. */
final class SyncJson {

    static final Gson GSON =
            new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private SyncJson() {}

    static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    static List<String> strings(JsonObject object, String name) {
        JsonElement value = object.get(name);
        List<String> strings = new ArrayList<>();
        if (value != null && value.isJsonArray()) {
            for (JsonElement each : value.getAsJsonArray()) {
                if (each.isJsonPrimitive()) {
                    strings.add(each.getAsString());
                }
            }
        }
        return strings;
    }

    /** A JSON value as a plain Java one: String, Long, Double or Boolean; null for null and for anything else. */
    static Object plain(JsonElement value) {
        if (value == null || !value.isJsonPrimitive()) {
            return null;
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        if (primitive.isNumber()) {
            String number = primitive.getAsString();
            try {
                return Long.valueOf(number);
            } catch (NumberFormatException e) {
                return primitive.getAsDouble();
            }
        }
        return primitive.getAsString();
    }

    static JsonArray array(Iterable<String> strings) {
        JsonArray array = new JsonArray();
        strings.forEach(array::add);
        return array;
    }
}
