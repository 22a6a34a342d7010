package dev.readinglist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The command's own input, output and working directory: this process's, or those of a command
 * line whose command the window runs. The only place the CLI prints to.
 */
record Terminal(InputStream in, PrintWriter out, Path workingDirectory, BooleanSupplier cancelled) {

    String readAllInput() {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    /** A path the user typed, as they meant it: relative to where they typed it. */
    Path resolve(Path typed) {
        return typed == null ? null : workingDirectory.resolve(typed).normalize();
    }
}
