package dev.readinglist.ui.main;

import dev.readinglist.io.AtomicFileWriter;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.PrivateFiles;
import dev.readinglist.platform.UserFiles;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.theme.Theme;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * What the window remembers between runs: size and place, the divider, the columns (order,
 * width, visibility, sort), the last filters and the theme. Kept in window.properties beside
 * the database; a missing or damaged file just means defaults.
 */
public final class WindowState {

    private static final String SEPARATOR = "\u001f";
    private final Properties values = new Properties();

    /** Reads the file; call it off the FX thread (Application.init runs on the launcher thread). */
    public static WindowState load(Path file) {
        WindowState state = new WindowState();
        if (file != null && Files.isRegularFile(file)) {
            try (Reader reader = new InputStreamReader(UserFiles.read(file), StandardCharsets.UTF_8)) {
                state.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                state.values.clear();
            }
        }
        return state;
    }

    /** Writes the file atomically; call it off the FX thread. */
    public void save(Path file) {
        Properties copy = new Properties();
        copy.putAll(values);
        try {
            PrivateFiles.createFolders(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new ReadingListException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        // store() flushes but does not close, so the writer wrapping the temp file needs no closing.
        AtomicFileWriter.write(
                file,
                out -> copy.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), "Reading List window state"));
    }

    public Theme theme() {
        try {
            return Theme.valueOf(values.getProperty("theme", Theme.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            return Theme.SYSTEM;
        }
    }

    public void theme(Theme theme) {
        values.setProperty("theme", theme.name());
    }

    public void applyStage(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = number("window.width", Math.min(1480, screen.getWidth() * 0.9));
        double height = number("window.height", Math.min(900, screen.getHeight() * 0.88));
        stage.setWidth(width);
        stage.setHeight(height);
        double x = number("window.x", Double.NaN);
        double y = number("window.y", Double.NaN);
        if (!Double.isNaN(x)
                && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height))
                        .isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(values.getProperty("window.maximized", "false")));
    }

    public void captureStage(Stage stage) {
        values.setProperty("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            values.setProperty("window.x", Double.toString(stage.getX()));
            values.setProperty("window.y", Double.toString(stage.getY()));
            values.setProperty("window.width", Double.toString(stage.getWidth()));
            values.setProperty("window.height", Double.toString(stage.getHeight()));
        }
    }

    public void applySplit(SplitPane split) {
        split.setDividerPositions(number("split.divider", 0.68));
    }

    public void captureSplit(SplitPane split) {
        values.setProperty("split.divider", Double.toString(split.getDividerPositions()[0]));
    }

    public void applyTable(TableView<ArticleRow> table) {
        List<String> order = list("columns.order");
        if (!order.isEmpty()) {
            List<TableColumn<ArticleRow, ?>> columns = new ArrayList<>(table.getColumns());
            columns.sort((a, b) -> Integer.compare(rank(order, a.getId()), rank(order, b.getId())));
            table.getColumns().setAll(columns);
        }
        for (TableColumn<ArticleRow, ?> column : table.getColumns()) {
            column.setPrefWidth(number("column." + column.getId() + ".width", column.getPrefWidth()));
            column.setVisible(
                    Boolean.parseBoolean(values.getProperty("column." + column.getId() + ".visible", "true")));
        }
        List<TableColumn<ArticleRow, ?>> sort = new ArrayList<>();
        for (String entry : list("columns.sort")) {
            String[] parts = entry.split(":");
            table.getColumns().stream()
                    .filter(c -> c.getId().equals(parts[0]))
                    .findFirst()
                    .ifPresent(column -> {
                        column.setSortType(
                                parts.length > 1 && parts[1].equals("DESCENDING")
                                        ? TableColumn.SortType.DESCENDING
                                        : TableColumn.SortType.ASCENDING);
                        sort.add(column);
                    });
        }
        table.getSortOrder().setAll(sort);
    }

    public void captureTable(TableView<ArticleRow> table) {
        values.setProperty(
                "columns.order",
                String.join(
                        SEPARATOR,
                        table.getColumns().stream().map(TableColumn::getId).toList()));
        for (TableColumn<ArticleRow, ?> column : table.getColumns()) {
            values.setProperty("column." + column.getId() + ".width", Double.toString(column.getWidth()));
            values.setProperty("column." + column.getId() + ".visible", Boolean.toString(column.isVisible()));
        }
        values.setProperty(
                "columns.sort",
                String.join(
                        SEPARATOR,
                        table.getSortOrder().stream()
                                .map(c -> c.getId() + ":" + c.getSortType().name())
                                .toList()));
    }

    public void applyFilters(MainViewModel model) {
        model.selectedTags().setAll(list("filter.tags"));
        try {
            model.statusProperty().set(ReadStatus.valueOf(values.getProperty("filter.status", "ALL")));
        } catch (IllegalArgumentException e) {
            model.statusProperty().set(ReadStatus.ALL);
        }
        model.searchTextProperty().set(values.getProperty("filter.search", ""));
    }

    public void captureFilters(MainViewModel model) {
        values.setProperty("filter.search", model.searchTextProperty().get());
        values.setProperty("filter.status", model.statusProperty().get().name());
        values.setProperty("filter.tags", String.join(SEPARATOR, model.selectedTags()));
    }

    private static int rank(List<String> order, String id) {
        int index = order.indexOf(id);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private List<String> list(String key) {
        String value = values.getProperty(key, "");
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(SEPARATOR));
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
