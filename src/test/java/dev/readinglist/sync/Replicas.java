package dev.readinglist.sync;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.readinglist.catalog.BundledCatalog;
import dev.readinglist.library.Library;
import dev.readinglist.model.CatalogArticle;
import dev.readinglist.model.Device;
import dev.readinglist.model.ExportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/** Libraries on several devices of one user, in one test process: each its own file and device id. */
final class Replicas {

    static final Set<String> BUNDLED =
            BundledCatalog.load().articles().stream().map(CatalogArticle::slug).collect(Collectors.toSet());

    private Replicas() {}

    static Device device(String name) {
        return new Device(Integer.toHexString(name.hashCode() & 0x7fffffff) + "0000", name);
    }

    /** A library at {@code file} as {@code device}, without the daily backup (tests open thousands). */
    static Library open(Path file, String deviceName) {
        return open(file, deviceName, Clock.systemUTC(), null);
    }

    /** As above, with a test's own clock and source of ids (null: random ones), to replay a run exactly. */
    static Library open(Path file, String deviceName, Clock clock, RandomGenerator ids) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids == null
                ? Library.openDeferringBackup(file, clock, device(deviceName))
                : Library.openDeferringBackup(file, clock, device(deviceName), ids);
    }

    /**
     * The library's JSON export without what is each device's own: when it was exported, and when
     * each device merged the bundled catalog (its articles' added_at).
     */
    static String export(Library library, Path work) {
        Path file = work.resolve("export-" + System.nanoTime() + ".json");
        library.export(file, ExportFormat.JSON, "");
        try {
            JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            Files.delete(file);
            json.remove("exported_at");
            JsonArray articles = json.getAsJsonArray("articles");
            for (JsonElement each : articles) {
                JsonObject article = each.getAsJsonObject();
                if (BUNDLED.contains(article.get("id").getAsString())) {
                    article.remove("added_at");
                }
            }
            return articles.asList().stream().map(JsonElement::toString).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
