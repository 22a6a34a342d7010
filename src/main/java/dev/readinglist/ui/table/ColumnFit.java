package dev.readinglist.ui.table;

import dev.readinglist.ui.common.Formats;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
 * turns on stays: the others step aside for it, and then Title gives up its room. So does the column
 * the list is sorted by: its arrow is all that says how the list is ordered.
 */
final class ColumnFit {

    /** The layout's key for {@link #titleRoom}. */
    static final String TITLE_ROOM_KEY = "column.title.room";

    /** Which columns step aside first, by id. */
    private static final List<String> GIVE_WAY =
            List.of("readOn", "note", "added", "minutes", "site", "tags", "published");
    /**
     * The width Title keeps before another column steps aside for it. Title's own minimum is less:
     * with only Read and the star beside it, a narrow window's titles end in an ellipsis rather than
     * under a horizontal scroll bar.
     */
    private static final double TITLE_ROOM = 288; // 300 until Read grew 12 px for its sort arrow: Title gives them
    /** The vertical scroll bar, and a little air. */
    private static final double RESERVED = 20;

    private final TableView<?> table;
    private final TableColumn<?, ?> title;
    private final Set<TableColumn<?, ?>> steppedAside = new LinkedHashSet<>();
    private final Map<String, Double> firstWidths;
    private final Map<String, Boolean> firstVisible;
    private final List<String> firstOrder;
    /**
     * The columns the user turned on, the latest first. The latest never steps aside for want of room,
     * the others do first; turned off, the one chosen before it comes back.
     */
    private final Deque<TableColumn<?, ?>> chosen = new ArrayDeque<>();

    /** A column hidden by choice, shown only while the list is sorted by it; null when none is. */
    private TableColumn<?, ?> shownForSort;

    /**
     * The width Title keeps before a column steps aside or comes back: {@link #TITLE_ROOM}, or the width the user
     * dragged Title to, up to half the table. Without it, the room a drag took from Site brought Reading time back
     * into it, at once or at the next start.
     */
    private double titleRoom = TITLE_ROOM;

    private final Consumer<String> say;
    private boolean fitting;
    private boolean restoring;

    private ColumnFit(TableView<?> table, TableColumn<?, ?> title, Consumer<String> say) {
        this.table = table;
        this.title = title;
        this.say = say;
        this.firstWidths =
                table.getColumns().stream().collect(Collectors.toMap(TableColumn::getId, TableColumn::getPrefWidth));
        this.firstVisible =
                table.getColumns().stream().collect(Collectors.toMap(TableColumn::getId, TableColumn::isVisible));
        this.firstOrder = table.getColumns().stream().map(TableColumn::getId).toList();
    }

    /**
     * Fits the table's columns from now on, and says when the user's choice moves another: a column turned on
     * names those hidden to make room for it, and one turned off the column that comes back. Unsaid, the walk
     * took the menu's check marks for a switch that turned another off.
     */
    static void fit(TableView<?> table, TableColumn<?, ?> title, Consumer<String> say) {
        ColumnFit fit = new ColumnFit(table, title, say);
        table.getProperties().put(ColumnFit.class, fit);
        table.setColumnResizePolicy(fit::resized);
        InvalidationListener refit = obs -> fit.refit();
        table.widthProperty().addListener(refit);
        table.getSortOrder().addListener((InvalidationListener) obs -> fit.bringBackTheSorted());
        for (TableColumn<?, ?> column : table.getColumns()) {
            column.widthProperty().addListener(refit);
            column.visibleProperty().addListener((obs, was, now) -> {
                boolean byUser = !fit.fitting && !fit.restoring;
                if (now) {
                    fit.steppedAside.remove(column);
                }
                if (byUser && column == fit.shownForSort) {
                    fit.shownForSort = null; // turned off, or on for good, by the user's own choice
                }
                if (byUser) {
                    fit.chosen.remove(column);
                    if (now) {
                        fit.chosen.addFirst(column); // turned on by the user, from a menu
                    } else {
                        fit.bringBackTheOneChosenBefore()
                                .ifPresent(back -> say.accept(back.getText() + " is shown again"));
                    }
                }
                if (!(now && byUser)) {
                    fit.refit();
                    return;
                }
                Set<TableColumn<?, ?>> before = Set.copyOf(fit.steppedAside);
                fit.refit();
                fit.sayHiddenSince(before, "To make room for " + column.getText());
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
        TableColumn<?, ?> wanted = fit == null ? null : fit.wanted();
        return wanted == null || !wanted.isVisible() ? Optional.empty() : Optional.of(wanted.getId());
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
                    fit.chosen.clear();
                    fit.chosen.addFirst(column);
                    fit.refit();
                });
    }

    private TableColumn<?, ?> wanted() {
        return chosen.peekFirst();
    }

    /**
     * The column chosen before the one the user turned off, when it stepped aside for that one: at 800x600
     * Tags, turned on, then Note, then Note off, left the room empty and Tags hidden (the twenty-second walk).
     */
    private Optional<TableColumn<?, ?>> bringBackTheOneChosenBefore() {
        TableColumn<?, ?> before = wanted();
        if (before == null || !steppedAside.remove(before)) {
            return Optional.empty();
        }
        fitting = true;
        try {
            before.setVisible(true);
        } finally {
            fitting = false;
        }
        return Optional.of(before);
    }

    /**
     * The sort's column back, where it had stepped aside: a list sorted by a column out of sight (a
     * layout kept from a wider window, or a sort chosen from the View menu) said nowhere how it was
     * ordered (the thirty-third walk).
     */
    private void bringBackTheSorted() {
        TableColumn<?, ?> sorted = sorted();
        boolean bringsBack = sorted != null && !sorted.isVisible();
        Set<TableColumn<?, ?>> before = Set.copyOf(steppedAside);
        fitting = true;
        try {
            if (shownForSort != null && shownForSort != sorted) {
                shownForSort.setVisible(false);
                shownForSort = null;
            }
            if (sorted != null && !sorted.isVisible()) {
                // Hidden by choice, it shows while the list is sorted by it, and goes with the sort: shown for good, a
                // sort chosen from the View menu hid Site for good, and Published after it (the thirty-fifth walk).
                if (!steppedAside.remove(sorted) && !restoring) {
                    shownForSort = sorted;
                }
                sorted.setVisible(true);
            }
        } finally {
            fitting = false;
        }
        refit();
        // A column already in sight was shown for nothing: one that goes now goes for want of room, as it was there
        // only for the sort before (the sixty-third walk read "To show Title, which sorts the list, Published…").
        sayHiddenSince(before, bringsBack ? "To show " + sorted.getText() + ", which sorts the list" : null);
    }

    /**
     * Says which columns stepped aside since {@code before}, and why. "Steps aside" was ours, not the user's word (the
     * twentieth walk): it says what happened and till when.
     */
    private void sayHiddenSince(Set<TableColumn<?, ?>> before, String why) {
        List<String> made = steppedAside.stream()
                .filter(aside -> !before.contains(aside))
                .map(TableColumn::getText)
                .toList();
        if (!made.isEmpty()) {
            String hidden =
                    Formats.listed(made) + (made.size() == 1 ? " is" : " are") + " hidden until the window is wider";
            say.accept(why == null ? hidden : why + ", " + hidden);
        }
    }

    /** True for a column shown only while the list is sorted by it: the next session does not keep it shown. */
    static boolean shownForSort(TableView<?> table, TableColumn<?, ?> column) {
        ColumnFit fit = (ColumnFit) table.getProperties().get(ColumnFit.class);
        return fit != null && fit.shownForSort == column;
    }

    private TableColumn<?, ?> sorted() {
        return table.getSortOrder().isEmpty() ? null : table.getSortOrder().getFirst();
    }

    /** The width Title keeps before a column comes back (see {@link #titleRoom}), as the layout keeps it. */
    static double titleRoom(TableView<?> table) {
        ColumnFit fit = (ColumnFit) table.getProperties().get(ColumnFit.class);
        return fit == null ? TITLE_ROOM : fit.titleRoom;
    }

    /** The width Title kept last time before a column came back: put back before the columns are. */
    static void titleRoom(TableView<?> table, double room) {
        ColumnFit fit = (ColumnFit) table.getProperties().get(ColumnFit.class);
        if (fit != null) {
            fit.titleRoom = Math.max(TITLE_ROOM, room);
        }
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
        titleRoom = TITLE_ROOM;
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
            chosen.clear();
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

    /**
     * A column's edge dragged. Title is the width the others leave, so its own edge moves the columns after it: wider,
     * they give it their room down to their minimums; narrower, they take it back up to their first widths, the rest
     * going to the next. Dragged wider as a column of its own, Title pushed Published off the screen, and was back to
     * the rest at the next start (the sixty-sixth walk).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean resized(TableView.ResizeFeatures features) {
        TableColumn<?, ?> column = features.getColumn();
        if (column != title || fitting) {
            return TableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
        }
        List<TableColumn<?, ?>> after = new ArrayList<>();
        boolean past = false;
        for (TableColumn<?, ?> each : table.getColumns()) {
            if (past && each.isVisible()) {
                after.add(each);
            }
            past |= each == title;
        }
        double wanted = features.getDelta();
        if (after.isEmpty() || wanted == 0) {
            return false;
        }
        if (wanted < 0) {
            // Given back where a wider Title took it from, each column up to its first width, the rest to the next:
            // all of it went to the next, Site grew to 300 px and Tags stayed cut (the sixty-seventh walk).
            titleRoom = roomFor(title.getWidth() + wanted);
            double freed = -wanted;
            for (TableColumn<?, ?> each : after) {
                double given = Math.min(freed, Math.max(0, firstWidths.get(each.getId()) - each.getWidth()));
                if (given > 0) {
                    resize(each, given);
                    freed -= given;
                }
            }
            if (freed > 0) {
                resize(after.getFirst(), freed);
            }
            return true;
        }
        double spare = after.stream()
                .mapToDouble(each -> Math.max(0, each.getWidth() - each.getMinWidth()))
                .sum();
        titleRoom = roomFor(title.getWidth() + Math.min(wanted, spare));
        for (TableColumn<?, ?> each : after) {
            double given = Math.min(wanted, Math.max(0, each.getWidth() - each.getMinWidth()));
            if (given > 0) {
                resize(each, -given);
                wanted -= given;
            }
        }
        return true;
    }

    /**
     * The room Title keeps for a width it was dragged to: a few pixels less, so that the next start, whose widths fall a
     * fraction apart, does not hide a column Title held at exactly that width (the sixty-seventh walk lost Site so).
     */
    private static double roomFor(double width) {
        return Math.max(TITLE_ROOM, width - 4);
    }

    /** Through the table's resize policy, so that the width is right now, not after the next layout. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void resize(TableColumn<?, ?> column, double delta) {
        TableView.UNCONSTRAINED_RESIZE_POLICY.call(new TableView.ResizeFeatures(table, column, delta));
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
            // The width the user dragged Title to, while it is at most half the table: in a narrow window, the
            // columns of a wide one's choice stay.
            double kept = Math.min(titleRoom, Math.max(TITLE_ROOM, room / 2));
            while (room - others() < kept && stepAside()) {
                // until Title fits, or nothing more can step aside
            }
            while (!steppedAside.isEmpty()) {
                TableColumn<?, ?> back = last(steppedAside);
                if (room - others() - back.getPrefWidth() < kept) {
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
                if (id.equals(column.getId()) && column.isVisible() && column != wanted() && column != sorted()) {
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
