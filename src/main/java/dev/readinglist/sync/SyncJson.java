package dev.readinglist.sync;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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

    static JsonArray array(Iterable<String> strings) {
        JsonArray array = new JsonArray();
        strings.forEach(array::add);
        return array;
    }
}
