package dev.readinglist.ui.main;

import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingProgress;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.table.ArticleTableController;
import dev.readinglist.ui.theme.Theme;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableNumberValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.StatusBar;

/** The main window's frame: menus, the filter toolbar, progress, and the status bar. */
public final class MainController {

    private final MainViewModel model;
    private final MainActions actions;
    private ArticleTableController tableController;
    private boolean syncingTags;

    @FXML
    private TextField searchField;

    @FXML
    private SegmentedButton statusSwitch;

    @FXML
    private ToggleButton allButton;

    @FXML
    private ToggleButton unreadButton;

    @FXML
    private ToggleButton readButton;

    @FXML
    private CheckComboBox<String> tagFilter;

    @FXML
    private Label progressLabel;

    @FXML
    private Label timeLeftLabel;

    @FXML
    private ProgressBar progressBar;

    @FXML
    private SplitPane splitPane;

    @FXML
    private StatusBar statusBar;

    @FXML
    private MenuItem undoItem;

    @FXML
    private Menu columnsMenu;

    @FXML
    private RadioMenuItem systemTheme;

    @FXML
    private RadioMenuItem lightTheme;

    @FXML
    private RadioMenuItem darkTheme;

    public MainController(MainViewModel model, MainActions actions) {
        this.model = model;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKeys);
        bindStatusSwitch();
        bindTagFilter();
        model.progressProperty().addListener((obs, old, now) -> showProgress(now));
        showProgress(model.progressProperty().get());
        statusBar
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.indexingProperty().get()
                                        && model.progressProperty().get().total() == 0
                                ? String.format(
                                        "%,d shown · reading the whole list…",
                                        model.shownRows().size())
                                : String.format(
                                        "%,d shown · %,d articles",
                                        model.shownRows().size(),
                                        model.progressProperty().get().total()),
                        model.shownRows(),
                        model.progressProperty(),
                        model.indexingProperty()));
        undoItem.disableProperty().bind(model.canUndoProperty().not());
    }

    /** Puts the table and the detail pane into the split, and builds View > Columns from the table. */
    public void place(ArticleTableController table, Node tableView, Node detailView) {
        this.tableController = table;
        splitPane.getItems().setAll(tableView, detailView);
        for (TableColumn<?, ?> column : table.table().getColumns()) {
            CheckMenuItem item = new CheckMenuItem(column.getText());
            item.selectedProperty().bindBidirectional(column.visibleProperty());
            columnsMenu.getItems().add(item);
        }
    }

    public void showTheme(Theme theme) {
        (switch (theme) {
                    case SYSTEM -> systemTheme;
                    case LIGHT -> lightTheme;
                    case DARK -> darkTheme;
                })
                .setSelected(true);
    }

    public SplitPane splitPane() {
        return splitPane;
    }

    public TextField searchField() {
        return searchField;
    }

    private void bindStatusSwitch() {
        statusSwitch.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a segmented switch always has one choice
            } else {
                model.statusProperty()
                        .set(
                                now == readButton
                                        ? ReadStatus.READ
                                        : now == unreadButton ? ReadStatus.UNREAD : ReadStatus.ALL);
            }
        });
        model.statusProperty().addListener((obs, old, now) -> selectStatus(now));
        selectStatus(model.statusProperty().get());
        // Counts are known once the whole list is read; until then the switch shows no numbers rather than zeros.
        allButton.textProperty().bind(countText("All", model.matchCountProperty()));
        readButton.textProperty().bind(countText("Read", model.matchReadCountProperty()));
        unreadButton
                .textProperty()
                .bind(countText("Unread", model.matchCountProperty().subtract(model.matchReadCountProperty())));
        for (ToggleButton button : List.of(allButton, unreadButton, readButton)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private StringBinding countText(String label, ObservableNumberValue count) {
        return Bindings.createStringBinding(
                () -> model.loadedProperty().get() && !model.indexingProperty().get()
                        ? String.format("%s %,d", label, count.intValue())
                        : label,
                count,
                model.loadedProperty(),
                model.indexingProperty());
    }

    private void selectStatus(ReadStatus status) {
        (switch (status) {
                    case ALL -> allButton;
                    case READ -> readButton;
                    case UNREAD -> unreadButton;
                })
                .setSelected(true);
    }

    /** The CheckComboBox and the view model's tag list follow each other, without echo. */
    private void bindTagFilter() {
        tagFilter.getItems().setAll(model.allTags());
        model.allTags().addListener((ListChangeListener<String>) change -> syncTags(() -> {
            tagFilter.getItems().setAll(model.allTags());
            model.selectedTags().forEach(tag -> tagFilter.getCheckModel().check(tag));
        }));
        tagFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!syncingTags) {
                syncTags(() ->
                        model.selectedTags().setAll(tagFilter.getCheckModel().getCheckedItems()));
            }
        });
        model.selectedTags().addListener((ListChangeListener<String>) change -> {
            if (!syncingTags) {
                syncTags(() -> {
                    tagFilter.getCheckModel().clearChecks();
                    model.selectedTags()
                            .forEach(tag -> tagFilter.getCheckModel().check(tag));
                });
            }
        });
        tagFilter
                .titleProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.selectedTags().isEmpty()
                                ? "Tags"
                                : "Tags (" + model.selectedTags().size() + ")",
                        model.selectedTags()));
    }

    private void syncTags(Runnable update) {
        syncingTags = true;
        try {
            update.run();
        } finally {
            syncingTags = false;
        }
    }

    private void showProgress(ReadingProgress progress) {
        progressLabel.setText(
                progress.total() == 0 ? "" : String.format("%,d of %,d read", progress.read(), progress.total()));
        progressBar.setProgress(progress.fraction());
        timeLeftLabel.setText(progress.minutesLeft() == 0 ? "" : Formats.duration(progress.minutesLeft()) + " left");
    }

    private void searchKeys(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            searchField.clear();
            event.consume();
        } else if (event.getCode() == KeyCode.DOWN) {
            tableController.focusFirstRow();
            event.consume();
        }
    }

    @FXML
    private void exportNotes() {
        actions.exportNotes();
    }

    @FXML
    private void importFile() {
        actions.importFile();
    }

    @FXML
    private void addArticle() {
        actions.addArticle();
    }

    @FXML
    private void deleteArticles() {
        actions.deleteArticles();
    }

    @FXML
    private void quit() {
        actions.quit();
    }

    @FXML
    private void undo() {
        model.undo();
    }

    @FXML
    private void markRead() {
        model.setRead(tableController.selectedRows(), true);
    }

    @FXML
    private void markUnread() {
        model.setRead(tableController.selectedRows(), false);
    }

    @FXML
    private void find() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    private void themeChosen() {
        actions.useTheme(lightTheme.isSelected() ? Theme.LIGHT : darkTheme.isSelected() ? Theme.DARK : Theme.SYSTEM);
    }

    @FXML
    private void showProgress() {
        actions.showProgress();
    }

    @FXML
    private void showShortcuts() {
        actions.showShortcuts();
    }

    @FXML
    private void showAbout() {
        actions.showAbout();
    }
}
