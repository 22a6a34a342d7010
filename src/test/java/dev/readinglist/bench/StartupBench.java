package dev.readinglist.bench;

import dev.readinglist.launcher.AppImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Startup: the median first frame of the app image (built by {@code package}) with its AOT cache
 * and without, and of a bare one-Label JavaFX window run by the same runtime with its own AOT
 * cache. Runs on a copy of the image. Under Xvfb when it is installed (a real GTK window, as
 * users see it), else on JavaFX's headless platform; the notes say which.
 */
final class StartupBench {

    private StartupBench() {}

    static void measure(Path work, int runs, WindowBench window, BenchResults results) throws Exception {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            results.note("first_frame_* and the window's figures are null: they are measured on Linux (Xvfb or JavaFX"
                    + " headless)");
            return;
        }
        Path built = AppImage.built().root();
        if (!Files.isDirectory(built)) {
            results.note("first_frame_* and the window's figures are null: no app image at " + built
                    + " (run the package phase)");
            return;
        }
        Path image = work.resolve("image");
        copyTree(built, image);
        Path app = image.resolve("lib").resolve("app");
        Path cfg = app.resolve("reading-list.cfg");
        String original = Files.readString(cfg);
        Process xvfb = startXvfb();
        String screen = xvfb == null ? null : ":77";
        List<String> display = xvfb == null
                ? List.of("java-options=-Dglass.platform=Headless", "java-options=-Dprism.order=sw")
                : List.of();
        results.note("startup: "
                + (xvfb == null ? "JavaFX headless platform (no Xvfb here)" : "under Xvfb :77, GTK, software rendering")
                + "; median of " + runs + " launches each, after one warm-up launch");
        try {
            Path launcher = image.resolve("bin").resolve("reading-list");
            List<String> command = List.of(
                    launcher.toString(), "--db", work.resolve("startup.db").toString(), "--exit-after-first-frame");
            if (original.contains("-XX:AOTCache=")) {
                Files.writeString(cfg, withOptions(original, display));
                results.put("first_frame_aot_ms", median(command, work, screen, runs + 1));
                window.measure(launcher, screen);
            } else {
                results.note(
                        "first_frame_aot_ms is null: the app image has no AOT cache (installers/aot/train.sh skipped)");
            }
            String noAot = original.lines()
                    .filter(line -> !line.contains("-XX:AOTCache="))
                    .reduce("", (a, b) -> a + b + "\n");
            Files.writeString(cfg, withOptions(noAot, display));
            results.put("first_frame_noaot_ms", median(command, work, screen, runs + 1));

            Path bare = image.resolve("bin").resolve("bare-window");
            Files.copy(launcher, bare, StandardCopyOption.COPY_ATTRIBUTES);
            // The AOT cache accepts jars only on the class path, not folders.
            try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(app.resolve("bare.jar")))) {
                jar.putNextEntry(new JarEntry("dev/readinglist/bench/BareWindow.class"));
                jar.write(Files.readAllBytes(
                        Path.of("target", "test-classes", "dev", "readinglist", "bench", "BareWindow.class")));
                jar.closeEntry();
            }
            // The floor runs with the app's own JVM tuning (its GC and JIT options), so the ratio compares windows.
            String tuning = original.lines()
                    .filter(line -> line.startsWith("java-options=-XX:") && !line.contains("AOT"))
                    .map(line -> line + "\n")
                    .reduce("", String::concat);
            String bareCfg =
                    "[Application]\napp.classpath=$APPDIR/bare.jar\napp.mainclass=dev.readinglist.bench.BareWindow\n\n"
                            + "[JavaOptions]\njava-options=--enable-native-access=javafx.graphics\n" + tuning;
            results.note("the floor's JVM options from the app's: "
                    + tuning.replace("java-options=", "").replace('\n', ' ').strip());
            Path bareConfig = app.resolve("bare-window.cfg");
            // Two steps, as installers/aot/train.sh does: one-step training starts a child JVM by the name java, which
            // the Linux image's runtime keeps only as reading-list, and the other images not at all.
            Files.writeString(
                    bareConfig,
                    withOptions(
                            bareCfg + "java-options=-XX:AOTMode=record\n"
                                    + "java-options=-XX:AOTConfiguration=$APPDIR/bare.aotconf\n",
                            display));
            launch(List.of(bare.toString()), work, screen);
            Files.writeString(
                    bareConfig,
                    withOptions(
                            bareCfg + "java-options=-XX:AOTMode=create\n"
                                    + "java-options=-XX:AOTConfiguration=$APPDIR/bare.aotconf\njava-options=-XX:AOTCache=$APPDIR/bare.aot\n",
                            display));
            launch(List.of(bare.toString()), work, screen);
            if (!Files.exists(app.resolve("bare.aot"))) {
                results.note("first_frame_floor_aot_ms is null: the bare window's AOT training wrote no cache");
                return;
            }
            Files.writeString(
                    bareConfig, withOptions(bareCfg + "java-options=-XX:AOTCache=$APPDIR/bare.aot\n", display));
            results.put("first_frame_floor_aot_ms", median(List.of(bare.toString()), work, screen, runs + 1));
            Files.writeString(
                    bareConfig,
                    withOptions(
                            bareCfg + "java-options=-XX:AOTCache=$APPDIR/bare.aot\njava-options=-Dbare.stay=true\n",
                            display));
            window.idleFloor(bare, screen);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    private static String withOptions(String cfg, List<String> options) {
        StringBuilder out = new StringBuilder(cfg.endsWith("\n") ? cfg : cfg + "\n");
        options.forEach(option -> out.append(option).append('\n'));
        return out.toString();
    }

    /** The median of all but the first (warm-up) launch. */
    private static double median(List<String> command, Path work, String screen, int launches) throws Exception {
        Samples frames = new Samples();
        for (int i = 0; i < launches; i++) {
            long ms = firstFrameMs(command, launch(command, work, screen));
            if (i > 0) {
                frames.add(ms);
            }
        }
        return frames.median();
    }

    /** Runs one launch to its end, with XDG folders in {@code work}; {@code screen} null means no display. */
    static String launch(List<String> command, Path work, String screen) throws Exception {
        Process process =
                builder(command, work, screen).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("launch failed: " + command + "\n" + output);
        }
        return output;
    }

    /** A launch with XDG folders in {@code work}, on {@code screen} (null: no display). */
    static ProcessBuilder builder(List<String> command, Path work, String screen) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", work.resolve("xdg-data").toString());
        builder.environment().put("XDG_CACHE_HOME", work.resolve("xdg-cache").toString());
        builder.environment().put("XDG_CONFIG_HOME", work.resolve("xdg-config").toString());
        if (screen != null) {
            builder.environment().put("DISPLAY", screen);
        } else {
            builder.environment().remove("DISPLAY");
        }
        return builder;
    }

    private static long firstFrameMs(List<String> command, String output) {
        return output.lines()
                .filter(line -> line.startsWith("first-frame-ms="))
                .map(line -> Long.parseLong(
                        line.substring("first-frame-ms=".length()).strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no first-frame-ms from " + command + "\n" + output));
    }

    /** Xvfb on :77 once it accepts clients (its socket exists), or null where there is no Xvfb. */
    private static Process startXvfb() throws InterruptedException {
        Process xvfb;
        try {
            xvfb = new ProcessBuilder("Xvfb", ":77", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException noXvfb) {
            return null;
        }
        Path socket = Path.of("/tmp/.X11-unix/X77");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (xvfb.isAlive() && !Files.exists(socket) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (xvfb.isAlive() && Files.exists(socket)) {
            return xvfb;
        }
        xvfb.destroy();
        return null;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
