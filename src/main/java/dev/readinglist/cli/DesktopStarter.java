package dev.readinglist.cli;

import java.nio.file.Path;
import java.util.function.LongConsumer;

/** Starts the window; the CLI knows nothing of JavaFX, so Main hands it this. */
@FunctionalInterface
public interface DesktopStarter {

    /** For commands the window runs for a command line: they never start another window. */
    DesktopStarter NONE = (database, firstFrame) -> {
        throw new IllegalStateException("a forwarded command cannot start a window");
    };

    /**
     * Blocks until the window closes. Throws {@link dev.readinglist.model.ReadingListException} when
     * another window has the library and can be neither brought to the front nor waited for.
     *
     * @param database the chosen database, or null for the default
     * @param firstFrame when not null, told the milliseconds from JVM start to the first frame, after
     *                   which the window closes: for startup measurements
     */
    void start(Path database, LongConsumer firstFrame);
}
