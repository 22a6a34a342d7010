package dev.readinglist.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The window as users run it, measured from outside: the app image's launcher with its AOT cache
 * (StartupBench prepares the copy and the display), every figure from a fresh process.
 *
 * <ul>
 *   <li>{@code --probe} (ui.WindowProbe) prints first-frame-ms and search-ready-ms (since JVM
 *       start, the first keystroke whose result covers the whole library), first-sort-title-ms
 *       pulse-gap-ms (the longest gap between FX pulses from the sort through typing a phrase) and
 *       phrase-result-max-ms (the longest wait from a key of that phrase to its result);
 *   <li>the window's memory once 1M is loaded and idle 5 s, from {@code /proc/<pid>/status};
 *   <li>its CPU while idle (31 articles, sync on, the command-line listener up), from
 *       {@code /proc/<pid>/task/<tid>/stat}, with the threads that used it;
 *   <li>{@code reading-list list --format csv} of 100k, the whole process, beside the sqlite3 shell.
 * </ul>
 */
final class WindowBench {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final Path work;
    private final Path mid;
    private final Path large;
    private final boolean full;
    private final BenchResults results;

    WindowBench(Path work, Path mid, Path large, boolean full, BenchResults results) {
        this.work = work;
        this.mid = mid;
        this.large = large;
        this.full = full;
        this.results = results;
    }

    /** @param screen the X display, or null for JavaFX's headless platform (StartupBench's choice) */
    void measure(Path launcher, String screen) throws Exception {
        String bin = launcher.toString();
        int runs = full ? 5 : 1;

        Map<String, Samples> small = probe(bin, work.resolve("window-31.db"), screen, runs, "31 articles");
        if (small != null && small.containsKey("pulse-gap-ms")) {
            results.put("fx_max_pulse_gap_ms_31", small.get("pulse-gap-ms").median());
        }
        Map<String, Samples> hundred = probe(bin, mid, screen, runs, "100k");
        if (hundred != null && hundred.containsKey("search-ready-ms")) {
            results.put("search_ready_100k_ms", hundred.get("search-ready-ms").median());
            results.firstFrameOf(
                    "search_ready_100k_ms", hundred.get("first-frame-ms").median());
        }
        Map<String, Samples> million = probe(bin, large, screen, full ? 3 : 1, "1m");
        if (million != null && million.containsKey("search-ready-ms")) {
            results.put("search_ready_1m_ms", million.get("search-ready-ms").median());
            results.firstFrameOf(
                    "search_ready_1m_ms", million.get("first-frame-ms").median());
        }
        if (million != null && million.containsKey("first-sort-title-ms")) {
            results.put(
                    "first_sort_title_1m_ms", million.get("first-sort-title-ms").median());
        }
        memory(bin, screen);
        idle(bin, screen);
        cliList(bin);
    }

    /**
     * One launch to warm the disk cache (and write the index file where there is none), then
     * {@code runs} measured ones; the figures of each key, or null when the probe could not finish.
     */
    private Map<String, Samples> probe(String bin, Path db, String screen, int runs, String label) throws Exception {
        List<String> command = List.of(bin, "--db", db.toString(), "--probe");
        Map<String, Samples> figures = new LinkedHashMap<>();
        settle(bin, db, screen, label);
        for (int i = 1; i <= runs; i++) {
            String output;
            try {
                output = StartupBench.launch(command, work, screen);
            } catch (IllegalStateException e) {
                results.note("window probe at " + label + " failed: " + oneLine(e.getMessage()));
                return null;
            }
            Map<String, Long> one = keyValues(output);
            if (!one.containsKey("pulse-gap-ms")) {
                results.note("window probe at " + label + " did not finish: " + one);
                return null;
            }
            one.forEach((key, value) ->
                    figures.computeIfAbsent(key, k -> new Samples()).add(value));
        }
        StringBuilder line = new StringBuilder(
                "window probe at " + label + " (app image, AOT cache), median of " + runs + " launches:");
        figures.forEach((key, samples) ->
                line.append(String.format(" %s %.0f (max %.0f);", key, samples.median(), samples.max())));
        Samples ready = figures.get("search-ready-ms");
        Samples frame = figures.get("first-frame-ms");
        if (ready != null && frame != null) {
            line.append(String.format(" search ready %.0f ms after the first frame", ready.median() - frame.median()));
        }
        results.note(line.toString());
        return figures;
    }

    /**
     * The first launch, as a user's first: the window reads the library (no index file is beside
     * it yet) and is left open until it has written the index file, as a window left open a
     * while does; the launches measured after it are a returning user's.
     */
    private void settle(String bin, Path db, String screen, String label) throws Exception {
        Path out = work.resolve("settle.out");
        Path index = db.resolveSibling(db.getFileName() + ".index");
        Files.deleteIfExists(index); // one the benchmark's own library left: a user's first window has none
        long started = System.currentTimeMillis();
        Process window = StartupBench.builder(List.of(bin, "--db", db.toString(), "--probe-and-stay"), work, screen)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!Files.readString(out).contains("pulse-gap-ms=")
                    || !Files.exists(index)
                    || Files.getLastModifiedTime(index).toMillis() < started) {
                if (!window.isAlive() || System.nanoTime() > deadline) {
                    results.note("window probe at " + label + ": the first launch wrote no index file in 3 minutes; "
                            + oneLine(Files.readString(out)));
                    return;
                }
                Thread.sleep(100);
            }
            results.note(String.format(
                    "window probe at %s, first launch: %s; the index file (%,d bytes) written %.1f s after launch",
                    label,
                    keyValues(Files.readString(out)),
                    Files.size(index),
                    (Files.getLastModifiedTime(index).toMillis() - started) / 1000.0));
        } finally {
            stop(window);
        }
    }

    /** The window at 1M after the probe, idle 5 s: VmRSS, with VmHWM beside it. */
    private void memory(String bin, String screen) throws Exception {
        Path out = work.resolve("memory-probe.out");
        Process window = StartupBench.builder(List.of(bin, "--db", large.toString(), "--probe-and-stay"), work, screen)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!Files.readString(out).contains("pulse-gap-ms=")) {
                if (!window.isAlive() || System.nanoTime() > deadline) {
                    results.note("rss_after_load_1m_mb is null: the window did not finish its probe: "
                            + oneLine(Files.readString(out)));
                    return;
                }
                Thread.sleep(100);
            }
            Thread.sleep(5_000);
            Map<String, Long> status = procStatus(window.pid());
            results.put("rss_after_load_1m_mb", status.get("VmRSS") / 1024.0);
            results.note(String.format(
                    "the window at 1m, loaded and idle 5 s: VmRSS %d MB, VmHWM %d MB (its peak)",
                    status.get("VmRSS") / 1024, status.get("VmHWM") / 1024));
        } finally {
            stop(window);
        }
    }

    /**
     * The window on the 31 bundled articles with sync on, left alone: its CPU over a minute (ten
     * seconds in a smoke run), starting 30 s (5 s) after it opened, with the threads that used it.
     */
    private void idle(String bin, String screen) throws Exception {
        Path db = work.resolve("idle.db");
        Path folder = work.resolve("idle-sync");
        Files.createDirectories(folder);
        String synced;
        try {
            synced = StartupBench.launch(
                            List.of(bin, "--db", db.toString(), "sync", "--folder", folder.toString()), work, null)
                    .strip();
        } catch (IllegalStateException e) {
            synced = "sync could not be turned on: " + oneLine(e.getMessage());
        }
        Double percent = idleCpu(
                List.of(bin, "--db", db.toString()), screen, "idle window (31 articles; " + oneLine(synced) + "):");
        if (percent == null) {
            results.note("idle_cpu_pct is null: the window ended while idle");
        } else {
            results.put("idle_cpu_pct", percent);
        }
    }

    /** The same idle measure of a one-Label JavaFX window on the same runtime: the toolkit's own floor. */
    void idleFloor(Path bare, String screen) throws Exception {
        if (idleCpu(List.of(bare.toString()), screen, "idle floor, a one-Label JavaFX window on the same runtime:")
                == null) {
            results.note("no idle floor: the one-Label window ended while idle");
        }
    }

    /**
     * A process left alone: its CPU over a minute (ten seconds in a smoke run), starting 30 s (5 s)
     * after it started, noted with the threads that used it; null when it ended meanwhile.
     */
    private Double idleCpu(List<String> command, String screen, String label) throws Exception {
        long settle = full ? 30 : 5;
        long span = full ? 60 : 10;
        Process window = StartupBench.builder(command, work, screen)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            Thread.sleep(settle * 1000);
            Map<String, Long> before = threadTicks(window.pid());
            long start = System.nanoTime();
            Thread.sleep(span * 1000);
            Map<String, Long> after = threadTicks(window.pid());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!window.isAlive()) {
                return null;
            }
            Map<String, Long> used = new HashMap<>();
            after.forEach((thread, ticks) -> {
                long spent = ticks - before.getOrDefault(thread, 0L);
                if (spent > 0) {
                    used.merge(thread.substring(thread.indexOf(' ') + 1), spent, Long::sum);
                }
            });
            long total = used.values().stream().mapToLong(Long::longValue).sum();
            double percent = 100.0 * total / TICKS_PER_SECOND / seconds;
            StringBuilder busiest = new StringBuilder();
            used.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                    .limit(5)
                    .forEach(e -> busiest.append(String.format(" %s %d ms;", e.getKey(), e.getValue() * 10)));
            results.note(String.format(
                    "%s %d ticks of CPU in %.0f s, starting %d s after launch, that is %.2f%% of a core; by thread:%s",
                    label, total, seconds, settle, percent, busiest.length() == 0 ? " none" : busiest));
            return percent;
        } finally {
            stop(window);
        }
    }

    /** {@code reading-list list --format csv} of 100k, the whole process, beside the shell's same query. */
    private void cliList(String bin) throws Exception {
        Path out = work.resolve("list.csv");
        Samples runs = new Samples();
        for (int i = 0; i <= (full ? 3 : 1); i++) {
            long start = System.nanoTime();
            Process list = StartupBench.builder(
                            List.of(bin, "--db", mid.toString(), "list", "--format", "csv"), work, null)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!list.waitFor(120, TimeUnit.SECONDS) || list.exitValue() != 0) {
                list.destroyForcibly();
                results.note("cli_list_100k_ms is null: reading-list list failed");
                return;
            }
            if (i > 0) {
                runs.add((System.nanoTime() - start) / 1e6);
            }
        }
        results.put("cli_list_100k_ms", runs.median());
        results.note(String.format(
                "reading-list list --format csv of the 100k library: %,d bytes, median of %d runs %.0f ms",
                Files.size(out), runs.size(), runs.median()));
        SqliteShell.measureList(mid, work.resolve("sqlite3-list.csv"), results);
    }

    private static void stop(Process window) throws InterruptedException {
        window.destroy();
        if (!window.waitFor(30, TimeUnit.SECONDS)) {
            window.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Map<String, Long> keyValues(String output) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : output.lines().toList()) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).matches("[a-z-]+-ms")) {
                try {
                    values.put(
                            line.substring(0, eq),
                            Long.parseLong(line.substring(eq + 1).strip()));
                } catch (NumberFormatException notOurs) {
                    // a line of the program's own that happens to hold '='
                }
            }
        }
        return values;
    }

    /** VmRSS, VmHWM… of /proc/<pid>/status, in kB. */
    private static Map<String, Long> procStatus(long pid) throws IOException {
        Map<String, Long> values = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("Vm") && line.endsWith(" kB")) {
                String[] parts = line.split("\\s+");
                values.put(parts[0].replace(":", ""), Long.parseLong(parts[1]));
            }
        }
        return values;
    }

    /** User and system ticks of each thread, by "tid name". */
    private static Map<String, Long> threadTicks(long pid) throws IOException {
        Map<String, Long> ticks = new HashMap<>();
        List<Path> tasks;
        try (Stream<Path> listing = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks = new ArrayList<>(listing.toList());
        }
        for (Path task : tasks) {
            try {
                String stat = Files.readString(task.resolve("stat"));
                String name = Files.readString(task.resolve("comm")).strip();
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // After "pid (comm) ", fields[0] is field 3 (state): utime is field 14, stime 15.
                ticks.put(task.getFileName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            } catch (IOException threadEnded) {
                // the thread ended between the listing and the read
            }
        }
        return ticks;
    }

    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " | ");
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }
}
