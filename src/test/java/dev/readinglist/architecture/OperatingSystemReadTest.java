package dev.readinglist.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only {@code OperatingSystem} reads {@code os.name}: seven classes read it and tested it each its own way, one as
 * "Windows" and another as "windows".
 */
class OperatingSystemReadTest {

    @Test
    void onlyOperatingSystemReadsTheOsName() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertFalse(sources.isEmpty(), "the sources are under src/main/java");
        List<String> readers = sources.stream()
                .filter(file -> read(file).contains("\"os.name\""))
                .map(file -> file.getFileName().toString())
                .toList();
        assertEquals(List.of("OperatingSystem.java"), readers);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
