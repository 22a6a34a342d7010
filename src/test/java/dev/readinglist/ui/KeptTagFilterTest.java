package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readinglist.library.Library;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.ui.common.FxBackground;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fifty-second walk's window opened on 4 of 32 articles, a tag chosen the session before, "Tags (1)" its only clue:
 * a tag filter kept from last time is said, with a way back to all.
 */
@ExtendWith(ApplicationExtension.class)
class KeptTagFilterTest {

    @TempDir
    Path dir;

    FxBackground background;
    MainWindow window;

    @Start
    void start(Stage stage) {
        Path db = dir.resolve("rl.db");
        AppContext context = QuietContext.of(db, background = new FxBackground());
        CompletableFuture.runAsync(
                        () -> { // never SQLite on the FX thread, which @Start runs on
                            try (Library library = Library.open(db)) {
                                SettingsFile last = SettingsFile.forLibrary(context.settingsFolder(), library.id());
                                last.put("filter.tags", List.of("Redis"));
                                last.save();
                            }
                        })
                .join();
        window = MainWindow.open(stage, context, SettingsFile.forUser(context.settingsFolder()), null);
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.quit()).get(10, TimeUnit.SECONDS);
        background.close();
    }

    @Test
    void aTagFilterKeptFromLastTimeIsSaidAndShowAllTakesItAway(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.mainModel().loadedProperty().get()
                        && robot.lookup(".toast-text")
                                .tryQueryAs(Label.class)
                                .map(
                                        notice -> notice.getText()
                                                .equals(
                                                        "Only articles tagged “Redis” are shown, as when you last closed the window"))
                                .orElse(false));
        assertEquals(List.of("Redis"), List.copyOf(window.mainModel().selectedTags()));

        robot.clickOn("Show all");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.mainModel().selectedTags().isEmpty());
    }
}
