package dev.readinglist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Another JVM on the test class path: a second process of ours, as a user's command line or window would be. */
public final class ChildJvm {

    private ChildJvm() {}

    /** Starts {@code mainClass} headless; its output goes to {@code out}, or to a pipe when null. */
    public static Process start(Path out, String mainClass, String... args) throws IOException {
        return start(out, environment -> {}, mainClass, args);
    }

    /** As above, with these environment variables set (another user's config folder, say). */
    public static Process start(Path out, Map<String, String> environment, String mainClass, String... args)
            throws IOException {
        return start(out, variables -> variables.putAll(environment), mainClass, args);
    }

    /** As above, with this process's environment as {@code environment} changes it. */
    public static Process start(Path out, Consumer<Map<String, String>> environment, String mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Headless",
                "-Dprism.order=sw",
                "-Djava.awt.headless=true",
                "-Dreadinglist.sqlite.locks=" + System.getProperty("readinglist.sqlite.locks", "ofd"),
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment.accept(builder.environment());
        return out == null
                ? builder.start()
                : builder.redirectOutput(out.toFile()).start();
    }

    /**
     * Starts {@code mainClass}, waits for it to print "ready", runs {@code action} while it lives, then
     * closes its input, which ends it.
     */
    public static <T> T whileReady(String mainClass, List<String> args, Callable<T> action) throws Exception {
        Process child = start(null, mainClass, args.toArray(String[]::new));
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            if (!"ready".equals(first)) {
                throw new IllegalStateException(mainClass + " said " + first);
            }
            return action.call();
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new IllegalStateException(mainClass + " did not end when its input closed");
            }
        }
    }

    /** The command line in its own process: its exit code and what it printed. */
    public static Result cli(Path out, String... args) throws IOException, InterruptedException {
        return cli(out, environment -> {}, args);
    }

    /** The command line in its own process, with these environment variables set. */
    public static Result cli(Path out, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        return cli(out, variables -> variables.putAll(environment), args);
    }

    /** As above, with this process's environment as {@code environment} changes it. */
    public static Result cli(Path out, Consumer<Map<String, String>> environment, String... args)
            throws IOException, InterruptedException {
        Process process = start(out, environment, Main.class.getName(), args);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the command line did not finish: " + String.join(" ", args));
        }
        return new Result(process.exitValue(), Files.readString(out));
    }

    /** A finished command line. */
    public record Result(int code, String output) {}
}
