package dev.readinglist.ui;

import dev.readinglist.library.SearchResult;
import dev.readinglist.platform.StartupProbe;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The window measuring its own start for a benchmark (see {@link StartupProbe}), as a user would
 * meet it: from the first frame it types, a key every 50 ms, until a result of the whole library
 * shows (search-ready-ms, since JVM start); then it clicks the Title column (first-sort-title-ms,
 * until the sorted rows show) and types a phrase at 100 ms a key, watching the gap between pulses
 * (pulse-gap-ms, the longest from the click until 1.5 s after the last key; phrase-result-max-ms, the
 * longest wait from a key of the phrase to its result). FX thread only.
 */
final class WindowProbe {

    static final String PHRASE = "distributed consensus";
    private static final long KEY_EVERY_NS = 50_000_000L;
    private static final long PHRASE_KEY_EVERY_NS = 100_000_000L;
    private static final long SETTLE_NS = 1_500_000_000L;
    private static final long GIVE_UP_NS = 120_000_000_000L;

    private enum Phase {
        WAITING,
        TYPING,
        SORTING,
        PHRASE,
        DONE
    }

    private final MainWindow window;
    private final Stage stage;
    private final StartupProbe probe;
    private final Runnable exit;
    private Phase phase = Phase.WAITING;
    private TextField search;
    private TableView<?> table;
    private int typed;
    private long lastKey;
    private long sortClicked;
    private long lastPulse;
    private long longestGap;
    private long slowestAnswer;
    private long started;

    private WindowProbe(MainWindow window, Stage stage, StartupProbe probe, Runnable exit) {
        this.window = window;
        this.stage = stage;
        this.probe = probe;
        this.exit = exit;
    }

    /** Reports the first frame, then, unless that is all that was asked, searches and sorts. */
    static void start(MainWindow window, Stage stage, StartupProbe probe, Runnable exit) {
        WindowProbe measuring = new WindowProbe(window, stage, probe, exit);
        FirstFrame.whenShown(stage.getScene(), ms -> {
            probe.report().accept("first-frame-ms", ms);
            if (probe.kind() == StartupProbe.Kind.FIRST_FRAME) {
                exit.run();
            } else {
                measuring.begin();
            }
        });
    }

    private void begin() {
        search = (TextField) stage.getScene().lookup("#searchField");
        table = (TableView<?>) stage.getScene().lookup(".table-view");
        table.getSortOrder().clear(); // a sort the window remembers from last time: the first sort is measured
        started = System.nanoTime();
        ChangeListener<SearchResult> shown = (obs, old, now) -> resultShown(now);
        window.mainModel().resultProperty().addListener(shown);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now, this);
            }
        }.start();
        phase = Phase.TYPING;
        typeNextKey(System.nanoTime());
    }

    private void pulse(long now, AnimationTimer timer) {
        if (phase == Phase.SORTING || phase == Phase.PHRASE) {
            if (lastPulse != 0) {
                longestGap = Math.max(longestGap, now - lastPulse);
            }
        }
        lastPulse = now;
        long clock = System.nanoTime();
        if (clock - started > GIVE_UP_NS) {
            phase = Phase.DONE;
            timer.stop();
            probe.report()
                    .accept(
                            "probe-gave-up-ms",
                            ManagementFactory.getRuntimeMXBean().getUptime());
            exit.run();
        } else if (phase == Phase.TYPING && clock - lastKey >= KEY_EVERY_NS) {
            typeNextKey(clock);
        } else if (phase == Phase.PHRASE) {
            if (typed < PHRASE.length() && clock - lastKey >= PHRASE_KEY_EVERY_NS) {
                typed++;
                lastKey = clock;
                search.setText(PHRASE.substring(0, typed));
            } else if (typed == PHRASE.length() && clock - lastKey >= SETTLE_NS) {
                phase = Phase.DONE;
                timer.stop();
                probe.report().accept("phrase-result-max-ms", Math.round(slowestAnswer / 1e6));
                probe.report().accept("pulse-gap-ms", Math.round(longestGap / 1e6));
                if (probe.kind() != StartupProbe.Kind.SEARCH_AND_STAY) {
                    exit.run();
                }
            }
        }
    }

    /** The next key of the phrase, starting again after its end. */
    private void typeNextKey(long clock) {
        typed = typed % PHRASE.length() + 1;
        lastKey = clock;
        search.setText(PHRASE.substring(0, typed));
    }

    private void resultShown(SearchResult result) {
        if (result == null) {
            return;
        }
        if (phase == Phase.TYPING) {
            probe.report()
                    .accept(
                            "search-ready-ms",
                            ManagementFactory.getRuntimeMXBean().getUptime());
            phase = Phase.SORTING;
            sortClicked = System.nanoTime();
            lastPulse = 0;
            sortByTitle(table);
        } else if (phase == Phase.SORTING) {
            probe.report().accept("first-sort-title-ms", Math.round((System.nanoTime() - sortClicked) / 1e6));
            phase = Phase.PHRASE;
            typed = 0;
            lastKey = 0;
        } else if (phase == Phase.PHRASE && lastKey != 0) {
            // A result is shown only for the latest request, so it answers the latest key.
            slowestAnswer = Math.max(slowestAnswer, System.nanoTime() - lastKey);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortByTitle(TableView table) {
        TableColumn title = (TableColumn) table.getColumns().stream()
                .filter(column -> "title".equals(((TableColumn) column).getId()))
                .findFirst()
                .orElseThrow();
        table.getSortOrder().setAll(title);
    }
}
