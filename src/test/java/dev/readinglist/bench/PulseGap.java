package dev.readinglist.bench;

import dev.readinglist.library.SettingsFile;
import dev.readinglist.ui.AppContext;
import dev.readinglist.ui.MainWindow;
import dev.readinglist.ui.QuietContext;
import dev.readinglist.ui.common.FxBackground;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The longest stall of the JavaFX thread while the real window, on JavaFX's headless platform,
 * is sorted by title and then filtered by typing one character every 100 ms: the gap between
 * two consecutive pulses, as an AnimationTimer sees them.
 */
final class PulseGap {

    private PulseGap() {}

    /** @param articles how many articles the library holds: the window is ready when the table shows them all */
    static double measure(Path db, String phrase, int articles, Consumer<String> note) throws Exception {
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier measurement
        }
        Platform.setImplicitExit(false);
        FxBackground background = new FxBackground();
        AppContext context = QuietContext.of(db, background);
        Stage stage = onFx(Stage::new);
        onFx(() -> MainWindow.open(stage, context, SettingsFile.forUser(db.resolveSibling("settings")), null));
        TableView<?> table = onFx(() -> (TableView<?>) stage.getScene().lookup(".table-view"));
        TextField search = onFx(() -> (TextField) stage.getScene().lookup("#searchField"));
        long start = System.nanoTime();
        while (onFx(() -> table.getItems().size()) < articles) {
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(5)) {
                throw new IllegalStateException("the window did not load its index in 5 minutes");
            }
            Thread.sleep(50);
        }
        note.accept(String.format(
                "window: %,d rows in the table %.1f s after it opened",
                onFx(() -> table.getItems().size()), (System.nanoTime() - start) / 1e9));

        long[] last = {0};
        double[] maxGap = {0};
        String[] phase = {"idle"};
        List<String> stalls = new CopyOnWriteArrayList<>();
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) {
                    double gap = (now - last[0]) / 1e6;
                    maxGap[0] = Math.max(maxGap[0], gap);
                    if (gap > 34) {
                        stalls.add(String.format("%.0f ms after %s", gap, phase[0]));
                    }
                }
                last[0] = now;
            }
        };
        onFx(() -> {
            pulses.start();
            return null;
        });
        Thread.sleep(300);
        onFx(() -> {
            TableColumn<?, ?> title = table.getColumns().stream()
                    .filter(c -> "title".equals(c.getId()))
                    .findFirst()
                    .orElseThrow();
            phase[0] = "sort by title";
            sortBy(table, title);
            return null;
        });
        for (int end = 1; end <= phrase.length(); end++) {
            String typed = phrase.substring(0, end);
            Platform.runLater(() -> {
                phase[0] = "typing '" + typed + "'";
                search.setText(typed);
            });
            Thread.sleep(100);
        }
        Thread.sleep(1500);
        int shown = onFx(() -> {
            pulses.stop();
            return table.getItems().size();
        });
        note.accept(String.format(
                "window: sorted by title, typed \"%s\": %,d rows shown; longest pulse gap %.1f ms; "
                        + "gaps over two frames: %s",
                phrase, shown, maxGap[0], stalls.isEmpty() ? "none" : String.join(", ", stalls)));
        onFx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        background.close();
        return maxGap[0];
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortBy(TableView table, TableColumn column) {
        table.getSortOrder().setAll(column);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
