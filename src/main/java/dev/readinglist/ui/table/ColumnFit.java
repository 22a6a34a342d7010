package dev.readinglist.ui.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The table's columns keep the widths they are given; Title takes whatever width is left. When
 * the window is too narrow for every column, the least needed ones step aside (Read on first,
 * then Note, Added, Reading time, Site, Tags, Published), and come back when there is room: at 800 pixels nothing
 * important leaves the screen, and nothing shrinks a little more at every start. A column the user
 * turns on stays: the others step aside for it, and then Title gives up its room.
 */
final class ColumnFit {

    /** Which columns step aside first, by id. */
    private static final List<String> GIVE_WAY =
            List.of("readOn", "note", "added", "minutes", "site", "tags", "published");
    /**
     * The width Title keeps before another column steps aside for it. Title's own minimum is less:
     * with only Read and the star beside it, a narrow window's titles end in an ellipsis rather than
     * under a horizontal scroll bar.
     */
    private static final double TITLE_ROOM = 300;
    /** The vertical scroll bar, and a little air. */
    private static final double RESERVED = 20;

    private final TableView<?> table;
    private final TableColumn<?, ?> title;
    private final Set<TableColumn<?, ?>> steppedAside = new LinkedHashSet<>();
    private final Map<String, Double> firstWidths;
    private final Map<String, Boolean> firstVisible;
    private final List<String> firstOrder;
    /** The column the user last turned on: it never steps aside for want of room, the others do first. */
    private TableColumn<?, ?> wanted;

    private boolean fitting;
    private boolean restoring;

    private ColumnFit(TableView<?> table, TableColumn<?, ?> title) {
        this.table = table;
        this.title = title;
        this.firstWidths =
                table.getColumns().stream().collect(Collectors.toMap(TableColumn::getId, TableColumn::getPrefWidth));
        this.firstVisible =
                table.getColumns().stream().collect(Collectors.toMap(TableColumn::getId, TableColumn::isVisible));
        this.firstOrder = table.getColumns().stream().map(TableColumn::getId).toList();
    }

    /**
     * Fits the table's columns from now on; {@code madeRoom} hears the name of a column the user
     * turned on and those of the columns that stepped aside for it. Unsaid, the walk took the menu's
     * check marks for a switch that turned another off.
     */
    static void fit(TableView<?> table, TableColumn<?, ?> title, BiConsumer<String, List<String>> madeRoom) {
        ColumnFit fit = new ColumnFit(table, title);
        table.getProperties().put(ColumnFit.class, fit);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        InvalidationListener refit = obs -> fit.refit();
        table.widthProperty().addListener(refit);
        for (TableColumn<?, ?> column : table.getColumns()) {
            column.widthProperty().addListener(refit);
            column.visibleProperty().addListener((obs, was, now) -> {
                boolean chosen = now && !fit.fitting && !fit.restoring;
                if (now) {
                    fit.steppedAside.remove(column);
                    if (chosen) {
                        fit.wanted = column; // turned on by the user, from a menu
                    }
                }
                if (!chosen) {
                    fit.refit();
                    return;
                }
                Set<TableColumn<?, ?>> before = Set.copyOf(fit.steppedAside);
                fit.refit();
                List<String> made = fit.steppedAside.stream()
                        .filter(aside -> !before.contains(aside))
                        .map(TableColumn::getText)
                        .toList();
                if (!made.isEmpty()) {
                    madeRoom.accept(column.getText(), made);
                }
            });
        }
    }

    /**
     * Runs a change of the columns that is no choice of the user's now: the layout of the last
     * session put back, where a column shown then (or stepped aside) is not one just turned on.
     */
    static void restoring(TableView<?> table, Runnable change) {
        ColumnFit fit = (ColumnFit) table.getProperties().get(ColumnFit.class);
        if (fit == null) {
            change.run();
            return;
        }
        fit.restoring = true;
        try {
            change.run();
        } finally {
            fit.restoring = false;
        }
    }

    /** The column the user last turned on, while it shows: the next session keeps it over the others. */
    static Optional<String> chosen(TableView<?> table) {
        ColumnFit fit = (ColumnFit) table.getProperties().get(ColumnFit.class);
        return fit == null || fit.wanted == null || !fit.wanted.isVisible()
                ? Optional.empty()
                : Optional.of(fit.wanted.getId());
    }

    /**
     * The column the user last turned on in the last session: the others step aside before it, as
     * they did then. Otherwise a restart put the default columns back in its place.
     */
    static void chosenBefore(TableView<?> table, String id) {
        ColumnFit fit = (ColumnFit) table.getProperties().get(ColumnFit.class);
        if (fit == null) {
            return;
        }
        table.getColumns().stream()
                .filter(column -> column.getId().equals(id) && column.isVisible())
                .findFirst()
                .ifPresent(column -> {
                    fit.wanted = column;
                    fit.refit();
                });
    }

    /** Every column back to its first width, place and visibility. */
    static void reset(TableView<?> table) {
        ColumnFit fit = (ColumnFit) table.getProperties().get(ColumnFit.class);
        if (fit != null) {
            fit.restoreFirst();
        }
    }

    /** True when the column is hidden only for want of room, not by the user's choice. */
    static boolean steppedAside(TableView<?> table, TableColumn<?, ?> column) {
        ColumnFit fit = (ColumnFit) table.getProperties().get(ColumnFit.class);
        return fit != null && fit.steppedAside.contains(column);
    }

    private void restoreFirst() {
        List<TableColumn<?, ?>> ordered = new ArrayList<>();
        for (String id : firstOrder) {
            table.getColumns().stream()
                    .filter(c -> id.equals(c.getId()))
                    .findFirst()
                    .ifPresent(ordered::add);
        }
        // One refit at the end: a refit after each column's change would step aside the columns shown
        // first, for want of room that the columns still to come back have not yet given up.
        fitting = true;
        try {
            reorder(ordered);
            steppedAside.clear();
            wanted = null;
            for (TableColumn<?, ?> column : table.getColumns()) {
                column.setVisible(firstVisible.get(column.getId()));
                if (column != title) {
                    double first = firstWidths.get(column.getId());
                    column.setPrefWidth(first);
                    if (column.isVisible() && column.getWidth() > 0) {
                        resize(column, first - column.getWidth());
                    }
                }
            }
        } finally {
            fitting = false;
        }
        refit();
    }

    /** Through the table's resize policy, so that the width is right now, not after the next layout. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void resize(TableColumn<?, ?> column, double delta) {
        ((TableView) table).resizeColumn((TableColumn) column, delta);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void reorder(List<TableColumn<?, ?>> ordered) {
        ((ObservableList) table.getColumns()).setAll(ordered);
    }

    private void refit() {
        if (fitting || table.getWidth() <= 0) {
            return;
        }
        fitting = true;
        try {
            double room = table.getWidth() - RESERVED;
            while (room - others() < TITLE_ROOM && stepAside()) {
                // until Title fits, or nothing more can step aside
            }
            while (!steppedAside.isEmpty()) {
                TableColumn<?, ?> back = last(steppedAside);
                if (room - others() - back.getPrefWidth() < TITLE_ROOM) {
                    break;
                }
                steppedAside.remove(back);
                back.setVisible(true);
            }
            title.setPrefWidth(Math.max(title.getMinWidth(), room - others()));
        } finally {
            fitting = false;
        }
    }

    private double others() {
        return table.getColumns().stream()
                .filter(c -> c != title && c.isVisible())
                .mapToDouble(c -> c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth())
                .sum();
    }

    private boolean stepAside() {
        for (String id : GIVE_WAY) {
            for (TableColumn<?, ?> column : table.getColumns()) {
                if (id.equals(column.getId()) && column.isVisible() && column != wanted) {
                    steppedAside.add(column);
                    column.setVisible(false);
                    return true;
                }
            }
        }
        return false;
    }

    private static TableColumn<?, ?> last(Set<TableColumn<?, ?>> set) {
        TableColumn<?, ?> last = null;
        for (TableColumn<?, ?> each : set) {
            last = each;
        }
        return last;
    }
}
