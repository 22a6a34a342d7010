package dev.readinglist.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the CLI, in process, with its output captured. */
record CliRun(int code, String out, String err, List<Path> desktopStarts) {

    static CliRun withInput(String stdin, String... args) {
        return in(Path.of("").toAbsolutePath(), stdin, args);
    }

    /** As if typed in {@code workingDirectory}. */
    static CliRun in(Path workingDirectory, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<Path> starts = new ArrayList<>();
        int code = Cli.run(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                (db, probe) -> {
                    starts.add(db == null ? Path.of("<default>") : db);
                    if (probe != null) {
                        probe.report()
                                .accept("first-frame-ms", 1234); // what the window reports once its first frame shows
                    }
                    return "";
                },
                workingDirectory);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), starts);
    }

    static CliRun run(String... args) {
        return withInput("", args);
    }
}
