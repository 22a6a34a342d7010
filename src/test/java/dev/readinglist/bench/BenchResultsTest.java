package dev.readinglist.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's table judges a figure as measured, not as rounded for show. */
class BenchResultsTest {

    @TempDir
    Path dir;

    @Test
    void anIdleFigureJustOverItsTargetIsAMiss() throws Exception {
        BenchResults over = new BenchResults();
        over.put("idle_cpu_pct", 0.2333);
        over.write(dir.resolve("over"));
        BenchResults at = new BenchResults();
        at.put("idle_cpu_pct", 0.2);
        at.write(dir.resolve("at"));

        String missed = Files.readString(dir.resolve("over").resolve("results.md"));
        String met = Files.readString(dir.resolve("at").resolve("results.md"));
        assertTrue(missed.contains("| `idle_cpu_pct` | 0.23 | ≤ 0.2 | **no** |"), missed);
        assertTrue(met.contains("| `idle_cpu_pct` | 0.2 | ≤ 0.2 | yes |"), met);
    }
}
