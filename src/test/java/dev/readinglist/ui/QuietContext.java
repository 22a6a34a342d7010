package dev.readinglist.ui;

import dev.readinglist.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** A window's context for a test or a benchmark that never opens a chooser, a browser or a folder. */
public final class QuietContext {

    private QuietContext() {}

    /** Settings beside {@code db}; every chooser answers nothing; {@code background} runs the work. */
    public static AppContext of(Path db, Background background) {
        return opening(db, background, null);
    }

    /** As {@link #of}, but the open dialog answers {@code file} (nothing when null). */
    public static AppContext opening(Path db, Background background, Path file) {
        return new AppContext(
                db,
                db.resolveSibling("settings"),
                background,
                background,
                (owner, title, folder, name) -> Optional.empty(),
                (owner, title) -> Optional.ofNullable(file),
                (owner, title, folder) -> Optional.empty(),
                url -> {},
                folder -> {},
                Clock.systemUTC(),
                () -> {});
    }
}
