package dev.readinglist.bench;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's figures: exactly the keys the issue names, in its order, plus notes for the Markdown. */
final class BenchResults {

    static final List<String> KEYS = List.of(
            "open_100k_ms",
            "open_1m_ms",
            "filter_keystroke_100k_p50",
            "filter_keystroke_100k_p95",
            "filter_keystroke_1m_p95",
            "status_switch_1m_ms",
            "sort_change_1m_ms",
            "toggle_read_p50",
            "toggle_read_p95",
            "bulk_mark_10k_ms",
            "note_save_p50",
            "export_100k_ms",
            "sqlite3_export_100k_ms",
            "import_pocket_100k_ms",
            "import_bookmarks_100k_ms",
            "undo_import_100k_ms",
            "export_markdown_100k_ms",
            "heap_after_load_100k_mb",
            "heap_after_load_1m_mb",
            "fx_max_pulse_gap_ms_1m",
            "first_frame_aot_ms",
            "first_frame_noaot_ms",
            "first_frame_floor_aot_ms",
            "sync_apply_10k_ops_ms",
            "sync_first_100k_ms",
            "sync_noop_ms",
            "search_ready_100k_ms",
            "search_ready_1m_ms",
            "import_1k_into_1m_search_ms",
            "first_sort_title_1m_ms",
            "fx_max_pulse_gap_ms_31",
            "rss_after_load_1m_mb",
            "idle_cpu_pct",
            "cli_list_100k_ms",
            "sqlite3_list_100k_ms");

    /** Measured from the app image (StartupBench, WindowBench): null where there is none, or no Linux. */
    static final List<String> IMAGE_KEYS = List.of(
            "search_ready_100k_ms",
            "search_ready_1m_ms",
            "first_sort_title_1m_ms",
            "fx_max_pulse_gap_ms_31",
            "rss_after_load_1m_mb",
            "idle_cpu_pct",
            "cli_list_100k_ms");

    /** Targets from the issue, where it sets one: the Markdown says whether each is met. */
    private static final Map<String, String> TARGETS = Map.ofEntries(
            Map.entry("filter_keystroke_100k_p95", "≤ 16"),
            Map.entry("filter_keystroke_1m_p95", "≤ 100"),
            Map.entry("open_1m_ms", "≤ 1500"),
            Map.entry("toggle_read_p50", "≤ 2"),
            Map.entry("export_100k_ms", "≤ 1.5 × sqlite3_export_100k_ms"),
            Map.entry("heap_after_load_1m_mb", "≤ 600"),
            Map.entry("fx_max_pulse_gap_ms_1m", "≤ 50"),
            Map.entry("first_frame_aot_ms", "≤ 800 and ≤ 1.5 × first_frame_floor_aot_ms"),
            Map.entry("import_pocket_100k_ms", "< 3000"),
            Map.entry("import_bookmarks_100k_ms", "< 3000"),
            // Ours, not the issue's: taking an import back waits no longer than the import did.
            Map.entry("undo_import_100k_ms", "< 3000"),
            Map.entry("sync_apply_10k_ops_ms", "≤ 1000"),
            Map.entry("sync_first_100k_ms", "≤ 10000"),
            Map.entry("sync_noop_ms", "≤ 200"),
            Map.entry("search_ready_100k_ms", "≤ 1500 and ≤ first frame + 300"),
            Map.entry("search_ready_1m_ms", "≤ 1500 and ≤ first frame + 300"),
            Map.entry("import_1k_into_1m_search_ms", "≤ 500"),
            Map.entry("first_sort_title_1m_ms", "≤ 150"),
            Map.entry("fx_max_pulse_gap_ms_31", "≤ 50"),
            Map.entry("rss_after_load_1m_mb", "≤ 900"),
            Map.entry("idle_cpu_pct", "≤ 0.2"),
            Map.entry("cli_list_100k_ms", "≤ 1.5 × sqlite3_list_100k_ms"));

    private final Map<String, Double> values = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    /** The first frame of the same launches as a search_ready figure: its target counts from there. */
    private final Map<String, Double> firstFrames = new LinkedHashMap<>();

    BenchResults() {
        KEYS.forEach(key -> values.put(key, null));
    }

    void put(String key, double value) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("not a benchmark key: " + key);
        }
        // One decimal, but two below 10: idle CPU of 0.23% rounded to 0.2 would pass its ≤ 0.2 target.
        values.put(key, Math.abs(value) < 10 ? Math.round(value * 100) / 100.0 : Math.round(value * 10) / 10.0);
    }

    /** The median first frame of the launches that measured {@code searchReadyKey}. */
    void firstFrameOf(String searchReadyKey, double firstFrameMs) {
        firstFrames.put(searchReadyKey, firstFrameMs);
    }

    Double get(String key) {
        return values.get(key);
    }

    void note(String text) {
        notes.add(text);
        System.out.println("bench: " + text);
    }

    void write(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(
                    folder.resolve("results.json"),
                    new GsonBuilder()
                                    .serializeNulls()
                                    .setPrettyPrinting()
                                    .create()
                                    .toJson(values) + "\n");
            Files.writeString(folder.resolve("results.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String markdown() {
        StringBuilder md =
                new StringBuilder("# Reading List benchmark\n\n| Key | Value | Target | Met |\n|---|---:|---|---|\n");
        for (String key : KEYS) {
            Double value = values.get(key);
            String target = TARGETS.getOrDefault(key, "");
            md.append("| `")
                    .append(key)
                    .append("` | ")
                    .append(value == null ? "null" : value)
                    .append(" | ")
                    .append(target)
                    .append(" | ")
                    .append(met(key, value))
                    .append(" |\n");
        }
        md.append("\n## Notes\n\n");
        notes.forEach(note -> md.append("- ").append(note).append('\n'));
        return md.toString();
    }

    private String met(String key, Double value) {
        if (value == null || !TARGETS.containsKey(key)) {
            return "";
        }
        Boolean met = switch (key) {
            case "filter_keystroke_100k_p95" -> value <= 16;
            case "filter_keystroke_1m_p95" -> value <= 100;
            case "open_1m_ms" -> value <= 1500;
            case "toggle_read_p50" -> value <= 2;
            case "export_100k_ms" -> {
                Double floor = values.get("sqlite3_export_100k_ms");
                if (floor == null) {
                    yield null;
                }
                yield value <= 1.5 * floor;
            }
            case "heap_after_load_1m_mb" -> value <= 600;
            case "import_pocket_100k_ms", "import_bookmarks_100k_ms", "undo_import_100k_ms" -> value < 3000;
            case "fx_max_pulse_gap_ms_1m" -> value <= 50;
            case "sync_apply_10k_ops_ms" -> value <= 1000;
            case "sync_first_100k_ms" -> value <= 10_000;
            case "sync_noop_ms" -> value <= 200;
            case "search_ready_100k_ms", "search_ready_1m_ms" -> {
                Double frame = firstFrames.get(key);
                yield value <= 1500 && (frame == null || value <= frame + 300);
            }
            case "import_1k_into_1m_search_ms" -> value <= 500;
            case "first_sort_title_1m_ms" -> value <= 150;
            case "fx_max_pulse_gap_ms_31" -> value <= 50;
            case "rss_after_load_1m_mb" -> value <= 900;
            case "idle_cpu_pct" -> value <= 0.2;
            case "cli_list_100k_ms" -> {
                Double floor = values.get("sqlite3_list_100k_ms");
                if (floor == null) {
                    yield null;
                }
                yield value <= 1.5 * floor;
            }
            case "first_frame_aot_ms" ->
                value <= 800
                        && (values.get("first_frame_floor_aot_ms") == null
                                || value <= 1.5 * values.get("first_frame_floor_aot_ms"));
            default -> true;
        };
        return met == null ? "unknown (no floor)" : met ? "yes" : "**no**";
    }
}
