package dev.readinglist.ui.table;

import dev.readinglist.library.SettingsFile;
import dev.readinglist.model.Article;
import dev.readinglist.model.SortKey;
import dev.readinglist.model.TextCut;
import dev.readinglist.ui.common.AfterFrames;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Command;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.TextDirection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * The article table: columns, sorting (asked of the list, which sorts off the FX thread), the
 * empty state, and the keys that work where the table has the keyboard: Space toggles read, Enter
 * opens the link, N goes to the next unread article.
 */
public final class ArticleTableController {

    /** The commands of the context menu, in order; null is a separator. */
    private static final Command[] CONTEXT = {
        Command.OPEN_LINK,
        Command.COPY_LINK,
        null,
        Command.MARK_READ,
        Command.MARK_UNREAD,
        Command.FAVOURITE,
        null,
        Command.ADD_TAG,
        Command.REMOVE_TAG,
        Command.EDIT_ARTICLE,
        null,
        Command.DELETE
    };

    private final ArticleList list;
    private final Consumer<String> notice;
    private final Map<Command, Runnable> commands;
    /** The rows the window last selected for the user (see {@link #selectionChosen}). */
    private Set<String> revealed = Set.of();

    @FXML
    private TableView<ArticleRow> table;

    @FXML
    private TableColumn<ArticleRow, Boolean> readColumn;

    @FXML
    private TableColumn<ArticleRow, Boolean> starColumn;

    @FXML
    private TableColumn<ArticleRow, String> titleColumn;

    @FXML
    private TableColumn<ArticleRow, String> siteColumn;

    @FXML
    private TableColumn<ArticleRow, String> tagsColumn;

    @FXML
    private TableColumn<ArticleRow, Article> publishedColumn;

    @FXML
    private TableColumn<ArticleRow, Instant> addedColumn;

    @FXML
    private TableColumn<ArticleRow, Integer> minutesColumn;

    @FXML
    private TableColumn<ArticleRow, String> noteColumn;

    @FXML
    private TableColumn<ArticleRow, Instant> readOnColumn;

    private Map<TableColumn<ArticleRow, ?>, SortKey> sortKeys;
    private TableSort sortedBy = TableSort.DEFAULT;
    private boolean revealAfterSort;

    private ObservableBooleanValue anySelected;

    private ObservableBooleanValue ownFirst;

    private ObservableBooleanValue anyOwn;

    /** @param commands what each command does; filled by the window before the user can ask for any */
    public ArticleTableController(ArticleList list, Map<Command, Runnable> commands, Consumer<String> notice) {
        this.list = list;
        this.commands = commands;
        this.notice = notice;
    }

    @FXML
    private void initialize() {
        // Tabbed into with nothing selected, the table showed no row with the keyboard (the eleventh walk): the
        // first has it, unselected, so the arrows and Space start from a row one can see.
        table.focusedProperty().addListener((obs, was, now) -> {
            if (now
                    && table.getSelectionModel().isEmpty()
                    && !table.getItems().isEmpty()
                    && table.getFocusModel().getFocusedIndex() < 0) {
                table.getFocusModel().focus(0);
            }
        });
        readColumn.setCellValueFactory(c -> c.getValue().readProperty().map(read -> read));
        readColumn.setCellFactory(c -> new ReadCheckBoxCell(list::setRead));
        starColumn.setCellValueFactory(c -> c.getValue().favouriteProperty().map(starred -> starred));
        starColumn.setCellFactory(c -> new StarCell(list::setFavourite));
        titleColumn.setCellValueFactory(c -> c.getValue().titleProperty());
        titleColumn.setCellFactory(c -> new TextCell());
        siteColumn.setCellValueFactory(c -> c.getValue().articleProperty().map(a -> a.site()));
        siteColumn.setCellFactory(c -> new TextCell());
        tagsColumn.setCellValueFactory(c -> c.getValue().tagsProperty().map(tags -> String.join(", ", tags)));
        tagsColumn.setCellFactory(c -> new TextCell());
        publishedColumn.setCellValueFactory(c -> c.getValue().articleProperty());
        publishedColumn.setCellFactory(c -> new PublishedCell());
        addedColumn.setCellValueFactory(c -> c.getValue().articleProperty().map(a -> a.addedAt()));
        addedColumn.setCellFactory(c -> formatted(Formats::date));
        minutesColumn.setCellValueFactory(c -> c.getValue().articleProperty().map(a -> a.readingMinutes()));
        minutesColumn.setCellFactory(c -> formatted(minutes -> minutes + " min"));
        noteColumn.setCellValueFactory(c -> c.getValue().noteProperty().map(Formats::firstLine));
        // The note's first line, and in its tooltip the note: "B-tree note draft …" said no more (the fifty-eighth
        // walk).
        noteColumn.setCellFactory(
                c -> new TextCell(row -> TextCut.shortened(row.noteProperty().get(), 1_200)));
        readOnColumn.setCellValueFactory(c -> c.getValue().readAtProperty());
        readOnColumn.setCellFactory(c -> formatted(Formats::date));
        sortKeys = Map.of(
                readColumn, SortKey.READ,
                titleColumn, SortKey.TITLE,
                siteColumn, SortKey.SITE,
                tagsColumn, SortKey.TAGS,
                publishedColumn, SortKey.PUBLISHED,
                addedColumn, SortKey.ADDED,
                minutesColumn, SortKey.MINUTES,
                noteColumn, SortKey.NOTE,
                readOnColumn, SortKey.READ_ON,
                starColumn, SortKey.STARRED);

        // The list sorts, in memory off the FX thread; the table only says by which column.
        table.setItems(list.rows());
        table.setSortPolicy(t -> {
            TableSort sort = currentSort();
            revealAfterSort |= !sort.equals(sortedBy);
            sortedBy = sort;
            list.sortBy(sort.key(), sort.descending());
            return true;
        });
        // Sorted, the selected article keeps in sight: it went wherever the new order put it, often out of sight,
        // while the pane went on showing it (looked at under Xvfb, "Shortest read first" at 800x600). With none
        // selected, a new order, search or filter shows its first rows: the sixty-second walk's searches opened
        // at the old scroll position, their best matches above it, out of sight.
        list.resultProperty().addListener(obs -> {
            boolean asked = revealAfterSort || list.rows().askedAnew();
            revealAfterSort = false;
            if (!asked) {
                return;
            }
            if (selectedInList()) {
                AfterFrames.run(1, () -> {
                    if (selectedInList()) {
                        RowInView.reveal(table, table.getFocusModel().getFocusedIndex());
                    }
                });
            } else {
                table.scrollTo(0);
            }
        });
        table.setFixedCellSize(28);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        SelectionKeeper.keep(table, list.rows());
        ColumnFit.fit(table, titleColumn, notice);
        unsortWhenTheSortedColumnIsTurnedOff();
        table.setPlaceholder(placeholder());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.setRowFactory(t -> new ArticleTableRow(list, () -> run(Command.OPEN_LINK)));
        watchSelection();
        table.setContextMenu(contextMenu());
        list.whenRevealing(this::select);
    }

    /**
     * The column the list is sorted by, turned off, takes its sort with it: the fifty-ninth walk's list stayed sorted
     * by Note with no arrow on any header to say so. Only the user hides that column: want of room never does.
     */
    private void unsortWhenTheSortedColumnIsTurnedOff() {
        for (TableColumn<ArticleRow, ?> column : table.getColumns()) {
            column.visibleProperty().addListener((obs, was, now) -> {
                if (!now
                        && !table.getSortOrder().isEmpty()
                        && table.getSortOrder().getFirst() == column) {
                    table.getSortOrder().clear();
                    notice.accept("Newest first again: " + column.getText() + ", which sorted the list, is hidden");
                }
            });
        }
    }

    /**
     * Edit acts on the topmost selected row, Delete on the added and imported among them: greyed out
     * where they would only say that the bundled catalog's articles stay as they are (the walks met
     * that notice often). The store still decides.
     */
    private void watchSelection() {
        ObservableList<ArticleRow> selected = table.getSelectionModel().getSelectedItems();
        anySelected = Bindings.isNotEmpty(selected);
        ownFirst = Bindings.createBooleanBinding(
                () -> !selected.isEmpty() && selected.getFirst() != null && list.isOwn(selected.getFirst()), selected);
        anyOwn = Bindings.createBooleanBinding(
                () -> selected.stream().anyMatch(row -> row != null && list.isOwn(row)), selected);
    }

    /** Whether a command on the selected rows can act on them now; see {@link #watchSelection}. */
    public ObservableBooleanValue canRun(Command command) {
        return switch (command) {
            case EDIT_ARTICLE -> ownFirst;
            case DELETE -> anyOwn;
            default -> anySelected;
        };
    }

    /** Sorts as a click on the column's header would; DEFAULT (newest published first) clears the sort. */
    public void sortBy(SortKey key, boolean descending) {
        TableColumn<ArticleRow, ?> column = sortKeys.entrySet().stream()
                .filter(entry -> entry.getValue() == key)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        if (column == null) {
            table.getSortOrder().clear();
            return;
        }
        // The column shows while the list is sorted by it (ColumnFit), and no longer stays once the sort moves on.
        column.setSortType(descending ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(column));
    }

    /** Sorts by this column as its header would, in either direction. */
    public void sortBy(TableColumn<?, ?> column, boolean descending) {
        SortKey key = sortKeys.get(column);
        if (key != null) {
            sortBy(key, descending);
        }
    }

    /** The columns a sort can follow, as they are placed now. */
    public List<TableColumn<ArticleRow, ?>> sortableColumns() {
        return table.getColumns().stream().filter(sortKeys::containsKey).toList();
    }

    /**
     * The order shown, turned around; the default order (newest published first) turns to the Published column's
     * oldest first.
     */
    public void reverseSort() {
        TableSort now = currentSort();
        if (now.key() == SortKey.DEFAULT) {
            sortBy(SortKey.PUBLISHED, false);
        } else {
            sortBy(now.key(), !now.descending());
        }
    }

    /** Selects the articles with these ids that are shown, and scrolls to the first. */
    /**
     * Selects these rows, the topmost last: the detail pane shows the selection's last row, and it
     * showed one scrolled out of sight while the table showed the first. One call selects them all.
     */
    private void select(List<String> ids) {
        int[] shown = Arrays.stream(list.rows().positionsOfIds(ids))
                .filter(position -> position >= 0)
                .boxed()
                .sorted(Comparator.reverseOrder())
                .mapToInt(Integer::intValue)
                .toArray();
        if (shown.length == 0) {
            return;
        }
        int top = shown[shown.length - 1];
        var selection = table.getSelectionModel();
        selection.clearSelection();
        selection.selectIndices(shown[0], Arrays.copyOfRange(shown, 1, shown.length));
        revealed = Set.copyOf(list.rows().idsAt(shown));
        table.getFocusModel().focus(top);
        RowInView.reveal(table, top);
    }

    /** The columns as the user left them: order, widths (Title takes the rest), which show, the sort. */
    public void restoreLayout(SettingsFile layout) {
        ColumnFit.titleRoom(table, layout.number(ColumnFit.TITLE_ROOM_KEY, 0));
        List<String> order = layout.list("columns.order");
        if (!order.isEmpty()) {
            List<TableColumn<ArticleRow, ?>> columns = new ArrayList<>(table.getColumns());
            columns.sort(Comparator.comparingInt(c -> order.contains(c.getId()) ? order.indexOf(c.getId()) : 99));
            table.getColumns().setAll(columns);
        }
        for (TableColumn<ArticleRow, ?> column : table.getColumns()) {
            if (column != titleColumn) {
                column.setPrefWidth(Math.max(
                        column.getMinWidth(),
                        layout.number("column." + column.getId() + ".width", column.getPrefWidth())));
            }
            boolean visible = Boolean.parseBoolean(
                    layout.get("column." + column.getId() + ".visible", Boolean.toString(column.isVisible())));
            ColumnFit.restoring(table, () -> column.setVisible(visible));
        }
        ColumnFit.chosenBefore(table, layout.get("columns.chosen", ""));
        List<TableColumn<ArticleRow, ?>> sort = new ArrayList<>();
        for (String entry : layout.list("columns.sort")) {
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

    /**
     * Remembers the columns. A column that stepped aside for want of room counts as shown: it comes
     * back in a wider window. Title's width is never kept: it is whatever the others leave; the width a drag gave it is,
     * as the room it keeps before a column comes back.
     */
    public void saveLayout(SettingsFile layout) {
        layout.put(
                "columns.order",
                table.getColumns().stream().map(TableColumn::getId).toList());
        for (TableColumn<ArticleRow, ?> column : table.getColumns()) {
            if (column != titleColumn) {
                layout.put(
                        "column." + column.getId() + ".width",
                        column.getWidth() > 0 ? column.getWidth() : column.getPrefWidth());
            }
            layout.put(
                    "column." + column.getId() + ".visible",
                    Boolean.toString(column.isVisible() && !ColumnFit.shownForSort(table, column)
                            || ColumnFit.steppedAside(table, column)));
        }
        layout.put("columns.chosen", ColumnFit.chosen(table).orElse(""));
        layout.put(ColumnFit.TITLE_ROOM_KEY, ColumnFit.titleRoom(table));
        layout.put(
                "columns.sort",
                table.getSortOrder().stream()
                        .map(c -> c.getId() + ":" + c.getSortType().name())
                        .toList());
    }

    private void run(Command command) {
        Runnable action = commands.get(command);
        if (action != null) {
            action.run();
        }
    }

    /**
     * Every context command, shown as it opens only where the window offers it, and greyed out
     * while it cannot act on the selection. (A menu with no items would never open at all.)
     */
    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (Command command : CONTEXT) {
            if (command == null) {
                menu.getItems().add(new SeparatorMenuItem());
            } else {
                MenuItem item = new MenuItem(command.label());
                command.shownKey().ifPresent(item::setAccelerator);
                item.setOnAction(click -> run(command));
                item.setUserData(command);
                item.disableProperty().bind(Bindings.not(canRun(command)));
                menu.getItems().add(item);
            }
        }
        menu.setOnShowing(e -> {
            List<ArticleRow> selected = table.getSelectionModel().getSelectedItems();
            for (MenuItem item : menu.getItems()) {
                if (item.getUserData() instanceof Command command) {
                    item.setVisible(commands.containsKey(command) && changesSomething(command, selected));
                    if (command == Command.FAVOURITE) {
                        item.setText(starLabel(selected));
                    }
                }
            }
        });
        return menu;
    }

    /** What the star command will do to this selection: star them all if any is unstarred, else unstar them. */
    private static String starLabel(List<ArticleRow> selected) {
        return selected.isEmpty() || selected.stream().anyMatch(row -> row != null && !row.isFavourite())
                ? "_Star"
                : "_Unstar";
    }

    /**
     * Mark read is offered where a selected article is unread, Mark unread where one is read: both
     * for a mixed selection, as mail apps do. (The Edit menu keeps both: its keys work either way.)
     */
    private static boolean changesSomething(Command command, List<ArticleRow> selected) {
        return switch (command) {
            case MARK_READ -> selected.isEmpty() || selected.stream().anyMatch(row -> row != null && !row.isRead());
            case MARK_UNREAD -> selected.isEmpty() || selected.stream().anyMatch(row -> row != null && row.isRead());
            default -> true;
        };
    }

    private VBox placeholder() {
        Label empty = new Label();
        empty.textProperty().bind(list.emptyTextProperty());
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        TextDirection.wrapUnlessRightToLeft(empty);
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> {
            list.clearFilters();
            // The list, back, has the keyboard: with the button gone it went on to the article pane's title link,
            // and Down moved to the pane's star instead of the next row (the twenty-third walk).
            table.requestFocus();
        });
        clear.setOnKeyPressed(key -> {
            // Enter too, as the rows' Enter opens: a button fires on Space only.
            if (key.getCode() == KeyCode.ENTER) {
                clear.fire();
                key.consume();
            }
        });
        clear.visibleProperty().bind(list.filteredProperty());
        VBox box = new VBox(10, empty, clear);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        return box;
    }

    private void keyPressed(KeyEvent event) {
        if (event.isShortcutDown()
                && !event.isShiftDown()
                && !event.isAltDown()
                && (event.getCode() == KeyCode.HOME || event.getCode() == KeyCode.END)
                && !table.getItems().isEmpty()) {
            // To the first or last row, selected as Home and End select it: the table's own Ctrl+Home moved only the
            // focus ring, the pane went on showing the article before, and Space then marked the other (the
            // thirty-first walk).
            int to = event.getCode() == KeyCode.HOME ? 0 : table.getItems().size() - 1;
            table.getSelectionModel().clearAndSelect(to);
            table.getFocusModel().focus(to);
            RowInView.reveal(table, to);
            event.consume();
            return;
        }
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        if (event.getTarget() != table && (event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER)) {
            // The empty list's Clear filters has the keyboard: its keys, which marked no row and opened no link, and
            // left a keyboard user stuck on it (the fifty-sixth walk).
            return;
        }
        if (event.getCode() == KeyCode.DOWN
                && !event.isShiftDown()
                && table.getSelectionModel().isEmpty()
                && table.getFocusModel().getFocusedIndex() >= 0) {
            // The first Down chooses the row the ring shows: it chose the one below it, and the keyboard-only
            // seventy-ninth walk never saw its first row's article.
            selectTheRingsRow();
            event.consume();
            return;
        }
        if (event.getCode() == KeyCode.SPACE) {
            // Ctrl+End, Ctrl+Home and Ctrl+arrows move the focus ring without the selection: Space marked the selected
            // row, out of sight, and not the one the ring showed (the thirtieth walk). The ring's row becomes the
            // selection first. Ctrl+Space still adds it to the selection, as the table's own key.
            selectTheRingsRow();
            List<ArticleRow> selected = selectedRows();
            if (!selected.isEmpty()) {
                list.toggleRead(selected);
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            run(Command.OPEN_LINK);
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE) {
            // Also where Delete is greyed out: the key then says why the catalog's articles stay.
            run(Command.DELETE);
            event.consume();
        } else if (event.getCode() == KeyCode.F2) {
            // The table's own F2 would start editing a cell; here it edits the article.
            run(Command.EDIT_ARTICLE);
            event.consume();
        } else if (event.getCode() == KeyCode.N) {
            // Shift+N too: F1 says N, and a capital N did nothing (the thirty-first walk).
            selectNextUnread();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE
                || (event.getCode() == KeyCode.UP
                        && !event.isShiftDown()
                        && table.getFocusModel().getFocusedIndex() <= 0)) {
            // Back where Down came from: the search, as Ctrl+F goes there.
            run(Command.FIND);
            event.consume();
        }
    }

    /** The row the focus ring shows becomes the selection, unless it is selected already. */
    private void selectTheRingsRow() {
        int focused = table.getFocusModel().getFocusedIndex();
        if (focused >= 0 && !table.getSelectionModel().isSelected(focused)) {
            table.getSelectionModel().clearAndSelect(focused);
        }
    }

    /**
     * N: the next unread article after the focused one, in the order shown; from the top when none is focused, or none
     * is below it. Going back to the top, or finding none, is said: the fifty-eighth walk's N on the last row jumped
     * to the first unread far above, unsaid.
     */
    public void selectNextUnread() {
        int focused = table.getFocusModel().getFocusedIndex();
        int next = list.nextUnread(focused);
        if (next < 0) {
            next = list.nextUnread(-1);
            if (next < 0) {
                notice.accept("No unread article in the list");
            } else if (focused >= 0) {
                notice.accept("No unread article below; back to the first, at the top");
            }
        }
        if (next >= 0) {
            table.getSelectionModel().clearAndSelect(next);
            table.getFocusModel().focus(next);
            RowInView.reveal(table, next);
        }
    }

    public List<ArticleRow> selectedRows() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /** The selected rows' ids in the table's order, read without making a row object each: for exporting them. */
    public List<String> selectedIds() {
        int[] positions = table.getSelectionModel().getSelectedIndices().stream()
                .mapToInt(Integer::intValue)
                .toArray();
        return list.rows().idsAt(positions);
    }

    public int selectedCount() {
        return table.getSelectionModel().getSelectedIndices().size();
    }

    /**
     * Whether the user chose the rows selected, not the window (an import's, an undo's, shown to them): the rows an
     * export is for only if so. Right after an import, Export offered the two imported rows, not the notes (the
     * fifty-sixth walk).
     */
    public boolean selectionChosen() {
        return selectedCount() != revealed.size() || !revealed.equals(Set.copyOf(selectedIds()));
    }

    /**
     * From the search field's Down key: into the table, on the first row after a new search
     * ({@code first}), else on the row that has the keyboard, if it is still in the list.
     */
    public void focusResults(boolean first) {
        table.requestFocus();
        if (table.getItems().isEmpty()) {
            return;
        }
        if (!first && selectedInList()) {
            RowInView.reveal(table, table.getFocusModel().getFocusedIndex());
            return;
        }
        table.getSelectionModel().clearAndSelect(0);
        table.getFocusModel().focus(0);
        table.scrollTo(0);
    }

    /** Whether the row with the keyboard is selected: the article the pane shows is in the list. */
    private boolean selectedInList() {
        int focused = table.getFocusModel().getFocusedIndex();
        return focused >= 0 && table.getSelectionModel().isSelected(focused);
    }

    public TableView<ArticleRow> table() {
        return table;
    }

    /**
     * The order the table shows, as a header click or {@link #sortBy} leaves it. Hold on to it:
     * the columns it follows hold it only weakly.
     */
    public ObservableValue<TableSort> sortShown() {
        List<Observable> followed = new ArrayList<>();
        followed.add(table.getSortOrder());
        sortKeys.keySet().forEach(column -> followed.add(column.sortTypeProperty()));
        return Bindings.createObjectBinding(this::currentSort, followed.toArray(Observable[]::new));
    }

    private TableSort currentSort() {
        TableColumn<ArticleRow, ?> first =
                table.getSortOrder().isEmpty() ? null : table.getSortOrder().getFirst();
        return first == null
                ? TableSort.DEFAULT
                : new TableSort(sortKeys.get(first), first.getSortType() == TableColumn.SortType.DESCENDING);
    }

    /** True for a column hidden only because the window is too narrow for it, not turned off. */
    public boolean hiddenForRoom(TableColumn<?, ?> column) {
        return ColumnFit.steppedAside(table, column);
    }

    /** Every column as first shown: its width, place and whether it shows; said, as nothing may look different. */
    public void resetColumns() {
        ColumnFit.reset(table);
        notice.accept("Every column has its first width and place again");
    }

    /**
     * Text that does not fit shows in full in a tooltip. The tooltip is made when the pointer first
     * enters the cell: each is a popup control of its own, and a table shows hundreds of cells the
     * pointer never visits (making them was a fifth of the first sort's stall).
     */
    private static final class TextCell extends TableCell<ArticleRow, String> {
        private final Function<ArticleRow, String> whole;
        private Tooltip tooltip;

        TextCell() {
            this(null);
        }

        /** A cell whose tooltip is {@code whole} of its row, where the cell shows a part (a note's first line). */
        TextCell(Function<ArticleRow, String> whole) {
            this.whole = whole;
            addEventHandler(MouseEvent.MOUSE_ENTERED, entered -> offerFullText());
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            boolean blank = empty || value == null || value.isEmpty();
            setText(blank ? null : value);
            if (tooltip != null) {
                tooltip.setText(blank ? "" : fullText());
                setTooltip(blank ? null : tooltip);
            }
        }

        private String fullText() {
            ArticleRow row = getTableRow() == null ? null : getTableRow().getItem();
            return whole == null || row == null ? getText() : whole.apply(row);
        }

        /** Read as the pointer comes: a note's later lines change with no change to the first line the cell shows. */
        private void offerFullText() {
            String text = getText() == null || getText().isEmpty() ? null : fullText();
            if (text == null || text.isEmpty()) {
                return;
            }
            if (tooltip == null) {
                tooltip = new Tooltip(text);
                tooltip.setWrapText(true);
                TextDirection.wrapUnlessRightToLeft(tooltip);
                tooltip.setMaxWidth(480);
                // The table's own, as every window's tooltip in the app (TooltipsBelowDialogs): under a resting pointer
                // it took the first Esc, meant to leave the note (the fifty-ninth walk).
                tooltip.setHideOnEscape(false);
                setTooltip(tooltip);
            } else {
                tooltip.setText(text);
            }
        }
    }

    private static <T> TableCell<ArticleRow, T> formatted(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : format.apply(value));
            }
        };
    }
}
