package dev.readinglist.ui.table;

import dev.readinglist.model.SortKey;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LinkOpener;
import dev.readinglist.ui.common.ResultRows;
import dev.readinglist.ui.main.MainViewModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/** The article table: columns, sorting, the empty state, Space to toggle read, and the context menu. */
public final class ArticleTableController {

    private final MainViewModel model;
    private final LinkOpener links;
    private final Consumer<String> notice;

    @FXML
    private TableView<ArticleRow> table;

    @FXML
    private TableColumn<ArticleRow, Boolean> readColumn;

    @FXML
    private TableColumn<ArticleRow, String> titleColumn;

    @FXML
    private TableColumn<ArticleRow, String> tagsColumn;

    @FXML
    private TableColumn<ArticleRow, LocalDate> publishedColumn;

    @FXML
    private TableColumn<ArticleRow, Integer> minutesColumn;

    @FXML
    private TableColumn<ArticleRow, String> noteColumn;

    @FXML
    private TableColumn<ArticleRow, Instant> readOnColumn;

    private final Label emptyLabel = new Label();

    public ArticleTableController(MainViewModel model, LinkOpener links, Consumer<String> notice) {
        this.model = model;
        this.links = links;
        this.notice = notice;
    }

    @FXML
    private void initialize() {
        readColumn.setCellValueFactory(c -> c.getValue().readProperty().map(read -> read));
        readColumn.setCellFactory(c -> new ReadCheckBoxCell(model::setRead));
        titleColumn.setCellValueFactory(c -> c.getValue().titleProperty());
        tagsColumn.setCellValueFactory(c -> c.getValue().tagsProperty().map(tags -> String.join(", ", tags)));
        publishedColumn.setCellValueFactory(c -> c.getValue().articleProperty().map(a -> a.published()));
        publishedColumn.setCellFactory(c -> formatted(Formats::date));
        minutesColumn.setCellValueFactory(c -> c.getValue().articleProperty().map(a -> a.readingMinutes()));
        minutesColumn.setCellFactory(c -> formatted(minutes -> minutes + " min"));
        noteColumn.setCellValueFactory(c -> c.getValue().noteProperty().map(Formats::firstLine));
        readOnColumn.setCellValueFactory(c -> c.getValue().readAtProperty());
        readOnColumn.setCellFactory(c -> formatted(Formats::date));

        // The model sorts, in memory off the FX thread; the table only says by which column.
        table.setItems(model.shownRows());
        table.setSortPolicy(t -> {
            TableColumn<ArticleRow, ?> first =
                    t.getSortOrder().isEmpty() ? null : t.getSortOrder().getFirst();
            model.sortBy(
                    first == null ? SortKey.DEFAULT : sortKey(first),
                    first != null && first.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });
        table.setFixedCellSize(28);
        keepSelectionAcrossResults();
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Columns share the table's width, so no sideways scrolling; dragging a border trades width with the others.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(placeholder());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /**
     * A new result keeps the selected articles selected where they still match, and selects
     * nothing else: the table itself would keep the selected positions, now other articles.
     */
    private void keepSelectionAcrossResults() {
        List<ArticleRow>[] before = new List[] {List.of()};
        int[] focused = {-1};
        ResultRows rows = model.shownRows();
        rows.setBeforeChange(() -> {
            List<ArticleRow> selected = table.getSelectionModel().getSelectedItems();
            before[0] = selected.size() <= 100 ? List.copyOf(selected) : List.of();
            ArticleRow focus = table.getFocusModel().getFocusedItem();
            focused[0] = focus == null ? -1 : before[0].indexOf(focus);
        });
        rows.addListener((ListChangeListener<ArticleRow>) change -> {
            var selection = table.getSelectionModel();
            selection.clearSelection();
            int focusAt = -1;
            int[] positions = rows.positionsOf(before[0]);
            for (int i = 0; i < positions.length; i++) {
                if (positions[i] >= 0) {
                    selection.select(positions[i]);
                    if (i == focused[0]) {
                        focusAt = positions[i];
                    }
                }
            }
            if (focusAt >= 0) {
                table.getFocusModel().focus(focusAt);
            }
        });
    }

    private SortKey sortKey(TableColumn<ArticleRow, ?> column) {
        if (column == readColumn) {
            return SortKey.READ;
        } else if (column == titleColumn) {
            return SortKey.TITLE;
        } else if (column == tagsColumn) {
            return SortKey.TAGS;
        } else if (column == publishedColumn) {
            return SortKey.PUBLISHED;
        } else if (column == minutesColumn) {
            return SortKey.MINUTES;
        } else if (column == noteColumn) {
            return SortKey.NOTE;
        }
        return SortKey.READ_ON;
    }

    private VBox placeholder() {
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> model.clearFilters());
        clear.visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        model::hasFilters, model.searchTextProperty(), model.statusProperty(), model.selectedTags()));
        emptyLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        this::emptyText,
                        model.loadedProperty(),
                        model.searchTextProperty(),
                        model.statusProperty(),
                        model.selectedTags(),
                        model.errorProperty()));
        emptyLabel.getStyleClass().add("placeholder-text");
        emptyLabel.setWrapText(true);
        VBox box = new VBox(10, emptyLabel, clear);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        return box;
    }

    private String emptyText() {
        if (!model.loadedProperty().get()) {
            return model.errorProperty().get().isEmpty()
                    ? "Opening your reading list…"
                    : model.errorProperty().get();
        }
        String search = model.searchTextProperty().get().strip();
        if (!search.isEmpty()) {
            return "No articles match '" + search + "'.";
        }
        if (model.hasFilters()) {
            return "No articles match these filters.";
        }
        return "Your reading list is empty.";
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown()) {
            List<ArticleRow> selected = selectedRows();
            if (!selected.isEmpty()) {
                model.toggleRead(selected);
            }
            event.consume();
        }
    }

    public List<ArticleRow> selectedRows() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /** From the search field's Down key: into the table, on the first row. */
    public void focusFirstRow() {
        table.requestFocus();
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().clearAndSelect(0);
            table.getFocusModel().focus(0);
            table.scrollTo(0);
        }
    }

    public TableView<ArticleRow> table() {
        return table;
    }

    @FXML
    void markRead() {
        model.setRead(selectedRows(), true);
    }

    @FXML
    void markUnread() {
        model.setRead(selectedRows(), false);
    }

    @FXML
    private void openLink() {
        selectedRows().stream()
                .findFirst()
                .flatMap(row -> links.open(row.url()))
                .ifPresent(notice);
    }

    @FXML
    private void copyLink() {
        List<String> urls = selectedRows().stream()
                .map(ArticleRow::url)
                .filter(url -> !url.isBlank())
                .toList();
        if (!urls.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(String.join("\n", urls));
            Clipboard.getSystemClipboard().setContent(content);
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
