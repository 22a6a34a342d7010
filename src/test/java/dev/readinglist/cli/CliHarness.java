package dev.readinglist.cli;

import java.nio.file.Path;

/** The in-process CLI for tests in other packages. */
public final class CliHarness {

    public record Result(int code, String out, String err) {}

    private CliHarness() {}

    public static Result run(String... args) {
        CliRun run = CliRun.run(args);
        return new Result(run.code(), run.out(), run.err());
    }

    /** Runs as if typed in {@code workingDirectory}, so relative paths resolve there. */
    public static Result in(Path workingDirectory, String stdin, String... args) {
        CliRun run = CliRun.in(workingDirectory, stdin, args);
        return new Result(run.code(), run.out(), run.err());
    }

    public static Result withInput(String stdin, String... args) {
        CliRun run = CliRun.withInput(stdin, args);
        return new Result(run.code(), run.out(), run.err());
    }
}
