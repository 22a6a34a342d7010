package dev.readinglist.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A narrow table's columns step aside for Title, but never the one the user has just turned on. */
@ExtendWith(ApplicationExtension.class)
class ColumnFitTest {

    TableView<String> table;
    TableColumn<String, String> title;
    final List<String> said = new ArrayList<>();

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        title = column("title", 420, true);
        title.setMinWidth(100);
        table.getColumns()
                .setAll(List.of(
                        column("read", 46, true),
                        column("star", 34, true),
                        title,
                        column("site", 132, true),
                        column("tags", 140, true),
                        column("published", 104, true),
                        column("added", 104, false)));
        ColumnFit.fit(table, title, said::add);
        // 430 wide whatever the stage: TestFX's stage keeps the width an earlier test gave it.
        table.setMinWidth(430);
        table.setMaxWidth(430);
        stage.setScene(new Scene(new StackPane(table), 430, 300));
        stage.show();
    }

    @Test
    void aColumnTurnedOnInANarrowTableShowsAndTheOthersMakeRoom(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getWidth() > 0); // the first layout
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("read", "star", "title"), shown(), "too narrow: Site, Tags and Published step aside");
        assertTrue(ColumnFit.steppedAside(table, column("published")));

        robot.interact(() -> column("added").setVisible(true)); // View > Columns > Added
        assertEquals(List.of("read", "star", "title", "added"), shown(), "the user's column stays");
        assertTrue(title.getPrefWidth() >= title.getMinWidth());

        robot.interact(() -> column("site").setVisible(true)); // then Site: Added, less wanted now, gives way
        assertEquals(List.of("read", "star", "title", "site"), shown());
        assertFalse(column("added").isVisible());
        assertTrue(ColumnFit.steppedAside(table, column("added")), "for want of room, not by the user");
        assertEquals(
                List.of("To make room for site, added is hidden until the window is wider"),
                said,
                "said once: nothing stepped aside when Added came, Title gave way");

        robot.interact(() -> ColumnFit.restoring(table, () -> column("added").setVisible(true)));
        assertEquals(
                List.of("read", "star", "title", "site"),
                shown(),
                "a column the last session showed is no choice made now: it steps aside");
        assertEquals(1, said.size(), "nor is it said");
    }

    /** The twenty-second walk, at 800x600: Tags on, then Note, then Note off left the room empty and Tags hidden. */
    @Test
    void aChosenColumnTurnedOffBringsBackTheOneChosenBeforeIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> column("added").setVisible(true));
        robot.interact(() -> column("site").setVisible(true));
        assertFalse(column("added").isVisible(), "Added made room for Site");

        robot.interact(() -> column("site").setVisible(false)); // changed their mind
        assertEquals(List.of("read", "star", "title", "added"), shown());
        assertEquals(Optional.of("added"), ColumnFit.chosen(table), "and the next start keeps it");
        assertEquals("added is shown again", said.getLast(), "where the last notice said it was hidden");
    }

    /**
     * The thirty-third walk: a list sorted by a column that stepped aside said nowhere how it was
     * ordered. The sort's column keeps its place, and comes back when the sort moves to it.
     */
    @Test
    void theColumnTheListIsSortedByStaysInSight(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> widen(900));
        assertEquals(List.of("read", "star", "title", "site", "tags", "published"), shown());

        robot.interact(() -> table.getSortOrder().setAll(List.of(column("site"))));
        robot.interact(() -> widen(430));
        assertEquals(List.of("read", "star", "title", "site"), shown(), "Tags and Published make room");

        robot.interact(() -> table.getSortOrder().setAll(List.of(column("published")))); // a layout kept
        assertEquals(List.of("read", "star", "title", "published"), shown(), "the sort's column comes back");
        assertTrue(ColumnFit.steppedAside(table, column("site")), "and Site makes room for it");
        assertEquals(
                List.of("To show published, which sorts the list, site is hidden until the window is wider"), said);

        // Title always shows: Published, there for its sort, goes for want of room, not to show Title (the
        // sixty-third walk read "To show Title, which sorts the list, Published is hidden").
        robot.interact(() -> table.getSortOrder().setAll(List.of(title)));
        assertEquals(List.of("read", "star", "title"), shown().subList(0, 3));
        assertEquals("published is hidden until the window is wider", said.getLast());
    }

    /**
     * The thirty-fifth walk sorted from the View menu: the sort's column, hidden by choice, was turned on for good, and
     * Site gave way for good. It shows while the list is sorted by it, and goes with the sort.
     */
    @Test
    void aColumnShownForASortGoesWithIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> widen(700));
        List<String> before = shown();
        assertFalse(before.contains("added"));

        robot.interact(() -> table.getSortOrder().setAll(List.of(column("added"))));
        assertTrue(shown().contains("added"), "the sort's column shows: " + shown());
        assertTrue(ColumnFit.shownForSort(table, column("added")));
        assertEquals(Optional.empty(), ColumnFit.chosen(table), "no choice of the user's");

        robot.interact(() -> table.getSortOrder().clear());
        assertEquals(before, shown(), "the sort gone, the columns are as they were");
        assertFalse(ColumnFit.shownForSort(table, column("added")));
    }

    private void widen(double width) {
        table.setMinWidth(width);
        table.setMaxWidth(width);
        table.getScene().getWindow().setWidth(width);
        table.applyCss();
        table.getParent().layout();
    }

    private List<String> shown() {
        return table.getColumns().stream()
                .filter(TableColumn::isVisible)
                .map(TableColumn::getId)
                .toList();
    }

    private TableColumn<String, ?> column(String id) {
        return table.getColumns().stream()
                .filter(c -> id.equals(c.getId()))
                .findFirst()
                .orElseThrow();
    }

    private static TableColumn<String, String> column(String id, double width, boolean visible) {
        TableColumn<String, String> column = new TableColumn<>(id);
        column.setId(id);
        column.setPrefWidth(width);
        column.setVisible(visible);
        return column;
    }
}
