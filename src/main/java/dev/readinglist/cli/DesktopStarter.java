package dev.readinglist.cli;

import dev.readinglist.platform.StartupProbe;
import java.nio.file.Path;

/** Starts the window; the CLI knows nothing of JavaFX, so Main hands it this. */
@FunctionalInterface
public interface DesktopStarter {

    /** For commands the window runs for a command line: they never start another window. */
    DesktopStarter NONE = (database, probe) -> {
        throw new IllegalStateException("a forwarded command cannot start a window");
    };

    /**
     * Blocks until the window closes. Throws {@link dev.readinglist.model.ReadingListException} when
     * another window has the library and can be neither brought to the front nor waited for.
     *
     * @param database the chosen database, or null for the default
     * @param probe when not null, what the window measures and reports as it starts (the first frame, the
     *              first search of the whole library), after which it closes: for benchmarks
     * @return what a terminal is told: that a window that already had the library came to the front; else empty
     */
    String start(Path database, StartupProbe probe);
}
