package dev.readinglist.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** MainWindow only wires the window; what each part does lives in its own class (the window issue's rule). */
class WindowWiringTest {

    @Test
    void mainWindowStaysUnderTwoHundredLines() throws Exception {
        long lines;
        try (var all = Files.lines(Path.of("src/main/java/dev/readinglist/ui/MainWindow.java"))) {
            lines = all.count();
        }
        assertTrue(lines < 200, "MainWindow.java has " + lines + " lines: move what it does out of it");
    }
}
