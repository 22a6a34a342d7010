package dev.readinglist.ui.main;

import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.SortKey;
import dev.readinglist.ui.common.Command;
import dev.readinglist.ui.common.KeyboardMenus;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.MenuAltKeys;
import dev.readinglist.ui.common.MenuLetters;
import dev.readinglist.ui.common.TextDirection;
import dev.readinglist.ui.common.Views;
import dev.readinglist.ui.common.WindowUndoInField;
import dev.readinglist.ui.help.HelpDialogs;
import dev.readinglist.ui.table.ArticleTableController;
import dev.readinglist.ui.table.TableSort;
import dev.readinglist.ui.tagfilter.TagFilterController;
import dev.readinglist.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.StatusBar;

/**
 * The main window's frame: menus (built from the commands), the search field, the status switch,
 * the tag filter, progress, and the status bar. Every text it shows comes from the view model.
 */
public final class MainController {

    /** The menus, in order; null is a separator. A command the window does not offer is left out. */
    private static final Command[] FILE = {
        Command.IMPORT,
        Command.ADD_ARTICLE,
        null,
        Command.EXPORT,
        null,
        Command.BACKUP,
        Command.RESTORE,
        Command.RESTORE_FILE,
        Command.OPEN_DATA_FOLDER,
        null,
        Command.SYNC_FOLDER,
        Command.SYNC_NOW,
        Command.SYNC_OFF,
        Command.DEVICE_NAME,
        null,
        Command.QUIT
    };

    private static final Command[] EDIT = {
        Command.UNDO,
        Command.REDO,
        null,
        Command.MARK_READ,
        Command.MARK_UNREAD,
        Command.FAVOURITE,
        Command.NEXT_UNREAD,
        null,
        Command.ADD_TAG,
        Command.REMOVE_TAG,
        Command.RENAME_TAG,
        null,
        Command.OPEN_LINK,
        Command.COPY_LINK,
        Command.EDIT_ARTICLE,
        Command.DELETE,
        null,
        Command.FIND,
        Command.NOTE,
        Command.FILTER_TAGS,
        Command.BACK
    };

    private static final Command[] VIEW_END = {null, Command.RESET_COLUMNS, null, Command.PROGRESS};
    private static final Command[] HELP = {Command.SHORTCUTS, Command.YOUR_DATA, Command.ABOUT};
    private static final KeyCombination REDO_TOO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    /** Commands that act on the selected rows: greyed out while they cannot act on them (the table says when). */
    private static final Set<Command> ON_SELECTION = Set.of(
            Command.MARK_READ,
            Command.MARK_UNREAD,
            Command.FAVOURITE,
            Command.ADD_TAG,
            Command.REMOVE_TAG,
            Command.OPEN_LINK,
            Command.COPY_LINK,
            Command.EDIT_ARTICLE,
            Command.DELETE,
            Command.NOTE);

    /** Commands that need the library open. */
    private static final Set<Command> ON_LIBRARY = Set.of(Command.EXPORT);

    /**
     * Commands that change the library, or write beside it (Back up now, into its backups folder): greyed out too while
     * it cannot be written (a disk mounted read-only).
     */
    private static final Set<Command> ON_WRITABLE_LIBRARY = Set.of(
            Command.IMPORT,
            Command.ADD_ARTICLE,
            Command.BACKUP,
            Command.RESTORE,
            Command.RESTORE_FILE,
            Command.SYNC_FOLDER);

    private final MainViewModel model;
    private final Map<Command, Runnable> handlers;
    private final ObjectProperty<Theme> theme;
    private final ObservableBooleanValue libraryOpen;
    private final ObservableBooleanValue libraryWritable;
    private final SyncViewModel sync;
    private ArticleTableController table;
    /** Held here: the binding lives as long as the menu that follows it. */
    private ObservableValue<TableSort> sortShown;

    private final IntegerProperty selected = new SimpleIntegerProperty();
    /** Counts the Edit menu's openings: Undo and Redo read the field with the keyboard as it opens. */
    private final IntegerProperty editMenuShown = new SimpleIntegerProperty();

    private Popup tagPopup;
    private TagFilterController tagFilter;
    private Node focusBeforeTags;
    /** The search as it was when the field last got the keyboard. */
    private String searchOnFocus = "";

    @FXML
    private Menu fileMenu;

    @FXML
    private Menu editMenu;

    @FXML
    private Menu viewMenu;

    @FXML
    private Menu helpMenu;

    @FXML
    private HBox toolbar;

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
    private ToggleButton starredButton;

    @FXML
    private Button tagButton;

    @FXML
    private Label syncLabel;

    @FXML
    private Label progressLabel;

    @FXML
    private Label timeLeftLabel;

    @FXML
    private VBox progressBox;

    @FXML
    private ProgressBar progressBar;

    @FXML
    private SplitPane splitPane;

    @FXML
    private StatusBar statusBar;

    public MainController(
            MainViewModel model,
            Map<Command, Runnable> handlers,
            ObjectProperty<Theme> theme,
            LibraryConnection connection,
            SyncViewModel sync) {
        this.model = model;
        this.sync = sync;
        this.handlers = handlers;
        this.theme = theme;
        this.libraryOpen = connection.libraryProperty().isNotNull();
        this.libraryWritable = connection.writableProperty();
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKeys);
        // Esc empties the field, which also forgets its typing: Ctrl+Z then undoes the window's last change.
        WindowUndoInField.install(
                searchField, () -> false, () -> model.canRedoProperty().get(), command -> {
                    handlers.get(command).run();
                    return true;
                });
        searchField.focusedProperty().addListener((obs, had, has) -> {
            if (has) {
                searchOnFocus = searchField.getText();
            }
        });
        bindStatusSwitch();
        tagButton.textProperty().bind(model.tagButtonTextProperty());
        Tooltip tagTip = new Tooltip();
        tagTip.textProperty().bind(model.tagButtonTipProperty());
        tagButton.setTooltip(tagTip);
        tagButton.accessibleHelpProperty().bind(model.tagButtonTipProperty());
        starredButton.selectedProperty().bindBidirectional(model.favouritesOnlyProperty());
        starredButton.setTooltip(new Tooltip("Only starred articles"));
        searchField.setTooltip(new Tooltip(HelpDialogs.SEARCH_RULES));
        syncLabel.textProperty().bind(sync.statusTextProperty());
        // Takes no room while sync is off: its gap before a notice then made the notice beside long counts wrap.
        syncLabel.managedProperty().bind(syncLabel.textProperty().isNotEmpty());
        Tooltip syncDetail = wrapping(480);
        syncDetail.textProperty().bind(sync.detailTextProperty());
        syncLabel.setTooltip(syncDetail);
        progressLabel.textProperty().bind(model.progressTextProperty());
        timeLeftLabel.textProperty().bind(model.timeLeftTextProperty());
        // 13,000 unread imported links left "8 h 54 min" as it was, unexplained (the sixty-second walk).
        Tooltip timeLeftTip = wrapping(320);
        timeLeftTip.setText(
                "The reading times of the unread articles that state one; links saved in other apps have none");
        timeLeftLabel.setTooltip(timeLeftTip);
        progressBar.progressProperty().bind(model.progressFractionProperty());
        statusBar
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.statusTextProperty().get() + selectionText(),
                        model.statusTextProperty(),
                        selected));
    }

    /** Puts the table and the detail pane into the split, and builds the menus. */
    public void place(ArticleTableController tableController, Node tableView, Node detailView) {
        this.table = tableController;
        splitPane.getItems().setAll(tableView, detailView);
        selected.bind(Bindings.size(tableController.table().getSelectionModel().getSelectedIndices()));
        fill(fileMenu, FILE);
        editMenu.setOnShowing(e -> editMenuShown.set(editMenuShown.get() + 1));
        fill(editMenu, EDIT);
        viewMenu.getItems().addAll(themeMenu(), columnsMenu(), sortMenu());
        fill(viewMenu, VIEW_END);
        MenuAltKeys.keepOpenIn(splitPane);
        fill(helpMenu, HELP);
        splitPane.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                MenuLetters.install(scene, List.of(fileMenu, editMenu, viewMenu, helpMenu));
                KeyboardMenus.install(scene, List.of(fileMenu, editMenu, viewMenu, helpMenu));
                sayWhyGreyed(scene);
            }
        });
    }

    /**
     * F2 and Delete on an article of the bundled catalog say why it cannot be edited or deleted wherever the keyboard
     * is, as they do in the table: with Edit or Delete greyed out their keys did nothing, and the forty-third walk, on
     * the Tags button, met silence. A field or a tag chip that takes the key consumes it first.
     */
    private void sayWhyGreyed(Scene scene) {
        Map<KeyCode, Command> keys = Map.of(KeyCode.F2, Command.EDIT_ARTICLE, KeyCode.DELETE, Command.DELETE);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (table.selectedCount() == 0) {
                // With none selected their menu items are greyed out, and their keys did nothing (the forty-sixth
                // walk's note went into the search after a silent Ctrl+Shift+N): their handlers say what to select.
                ON_SELECTION.stream()
                        .filter(command -> handlers.containsKey(command)
                                && command.menuKey()
                                        .map(combination -> combination.match(key))
                                        .orElse(false))
                        .findFirst()
                        .ifPresent(command -> {
                            handlers.get(command).run();
                            key.consume();
                        });
                return;
            }
            Command command = keys.get(key.getCode());
            Runnable handler = command == null ? null : handlers.get(command);
            if (handler != null
                    && !key.isShortcutDown()
                    && !key.isAltDown()
                    && !key.isShiftDown()
                    && !table.canRun(command).get()) {
                handler.run();
                key.consume();
            }
        });
    }

    private void fill(Menu menu, Command[] commands) {
        for (Command command : commands) {
            if (command == null) {
                if (!menu.getItems().isEmpty() && !(menu.getItems().getLast() instanceof SeparatorMenuItem)) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
                continue;
            }
            Runnable handler = handlers.get(command);
            if (handler == null) {
                continue;
            }
            MenuItem item = new MenuItem(command.label());
            command.menuKey().ifPresent(item::setAccelerator);
            item.setOnAction(e -> handler.run());
            if (command == Command.UNDO || command == Command.REDO) {
                undoInField(item, command == Command.UNDO, handler);
            } else if (ON_SELECTION.contains(command)) {
                item.disableProperty().bind(Bindings.not(table.canRun(command)));
            } else if (ON_LIBRARY.contains(command)) {
                item.disableProperty().bind(Bindings.not(libraryOpen));
            } else if (ON_WRITABLE_LIBRARY.contains(command)) {
                item.disableProperty().bind(Bindings.not(libraryWritable));
            } else if (command == Command.BACK) {
                item.disableProperty().bind(model.trail().canGoBackProperty().not());
            } else if (command == Command.SYNC_NOW || command == Command.SYNC_OFF) {
                item.disableProperty().bind(sync.onProperty().not());
            }
            menu.getItems().add(item);
        }
    }

    /**
     * Edit › Undo and Redo act on the field with the keyboard first, as its keys do: in a note whose words Ctrl+Z had
     * taken back one by one, Edit › Redo was greyed out while Ctrl+Shift+Z still did them again, and Edit › Undo took
     * back the whole stretch at once, ending the note's own redo (the twenty-eighth walk). What the field would do is
     * read as the menu opens.
     */
    private void undoInField(MenuItem item, boolean undo, Runnable window) {
        Supplier<Optional<WindowUndoInField>> own = () -> WindowUndoInField.in(
                        splitPane.getScene() == null
                                ? null
                                : splitPane.getScene().getFocusOwner())
                .filter(field -> undo ? field.ownUndo() : field.ownRedo());
        ReadOnlyStringProperty label = undo ? model.undoLabelProperty() : model.redoLabelProperty();
        ReadOnlyBooleanProperty can = undo ? model.canUndoProperty() : model.canRedoProperty();
        item.textProperty()
                .bind(Bindings.createStringBinding(
                        // U and R underlined, as the plain labels have them. JavaFX takes the first "_" as the mark
                        // and shows the rest as written, so a name's own "_" stays single (the forty-first walk saw
                        // "part__000000.csv" where it was doubled).
                        () -> "_" + (own.get().isPresent() ? (undo ? "Undo typing" : "Redo typing") : label.get()),
                        label,
                        editMenuShown));
        item.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !can.get() && own.get().isEmpty(), can, editMenuShown));
        item.setOnAction(e -> own.get()
                .ifPresentOrElse(
                        field -> {
                            if (undo) {
                                field.undoOwn();
                            } else {
                                field.redoOwn();
                            }
                        },
                        window));
        if (!undo) {
            // Ctrl+Y, Redo on Windows and in many editors, did nothing (the thirty-fourth walk tried it in a note).
            splitPane.sceneProperty().subscribe(scene -> {
                if (scene != null) {
                    scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
                        if (REDO_TOO.match(key)) {
                            key.consume();
                            item.getOnAction().handle(new ActionEvent());
                        }
                    });
                }
            });
        }
    }

    private Menu themeMenu() {
        Menu menu = new Menu("_Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme each : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(
                    switch (each) {
                        case SYSTEM -> "_System";
                        case LIGHT -> "_Light";
                        case DARK -> "_Dark";
                    });
            item.setToggleGroup(group);
            item.setSelected(theme.get() == each);
            item.setOnAction(e -> theme.set(each));
            theme.addListener((obs, old, now) -> item.setSelected(now == each));
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * The columns, checked when shown. One hidden only for want of room says so as the menu opens: unchecked
     * alone, it read as turned off (the walks), and choosing it shows it, the others making room. A header's
     * right-click menu is the same: the table's own "+" menu, which said nothing of room, disagreed with it (the
     * fifty-ninth walk), and is gone.
     */
    private Menu columnsMenu() {
        Menu menu = new Menu("_Columns");
        List<CheckMenuItem> items = columnItems();
        menu.getItems().setAll(items);
        menu.setOnShowing(e -> sayWhichHaveNoRoom(items));
        ContextMenu headers = new ContextMenu();
        List<CheckMenuItem> headerItems = columnItems();
        headers.getItems().setAll(headerItems);
        headers.setOnShowing(e -> sayWhichHaveNoRoom(headerItems));
        table.table().getColumns().forEach(column -> column.setContextMenu(headers));
        return menu;
    }

    /** An item for each column, in the order first made: a column dragged elsewhere keeps its item. */
    private List<CheckMenuItem> columnItems() {
        List<CheckMenuItem> items = new ArrayList<>();
        for (TableColumn<?, ?> column : table.table().getColumns()) {
            CheckMenuItem item = new CheckMenuItem(column.getText());
            item.setMnemonicParsing(false);
            item.setUserData(column);
            item.selectedProperty().bindBidirectional(column.visibleProperty());
            items.add(item);
        }
        return items;
    }

    private void sayWhichHaveNoRoom(List<CheckMenuItem> items) {
        for (CheckMenuItem item : items) {
            TableColumn<?, ?> column = (TableColumn<?, ?>) item.getUserData();
            item.setText(column.getText() + (table.hiddenForRoom(column) ? " (no room at this width)" : ""));
        }
    }

    /**
     * The orders people ask for by name ("Newest added first" is the read-later apps' own), the one
     * the table shows marked; none is after a header click sorts by another.
     */
    private Menu sortMenu() {
        Menu menu = new Menu("_Sort");
        ToggleGroup group = new ToggleGroup();
        for (Order order : List.of(
                new Order("Newest _published or added first", TableSort.DEFAULT),
                new Order("Newest _added first", new TableSort(SortKey.ADDED, true)),
                new Order("_Oldest added first", new TableSort(SortKey.ADDED, false)),
                new Order("_Title A–Z", new TableSort(SortKey.TITLE, false)),
                new Order("_Shortest read first", new TableSort(SortKey.MINUTES, false)),
                new Order("S_ite A–Z", new TableSort(SortKey.SITE, false)))) {
            RadioMenuItem item = new RadioMenuItem(order.label());
            item.setToggleGroup(group);
            item.setUserData(order.sort());
            item.setOnAction(e -> table.sortBy(order.sort().key(), order.sort().descending()));
            menu.getItems().add(item);
        }
        sortShown = table.sortShown();
        // The Published header clicked to newest first is no order the menu names: it puts the undated last.
        Consumer<TableSort> mark = shown -> group.selectToggle(group.getToggles().stream()
                .filter(toggle -> shown.equals(toggle.getUserData()))
                .findFirst()
                .orElse(null));
        sortShown.addListener((obs, old, now) -> mark.accept(now));
        mark.accept(sortShown.getValue());
        // Every column's order, and each turned around, from the keyboard too: the headers were mouse-only, and the six
        // orders above are one-way.
        MenuItem reverse = new MenuItem("_Reverse the order");
        reverse.setOnAction(e -> table.reverseSort());
        menu.getItems().addAll(new SeparatorMenuItem(), byColumnMenu(), reverse);
        return menu;
    }

    /** By column ›: each sortable column, its A–Z or oldest-first order; checked while the list follows it. */
    private Menu byColumnMenu() {
        Menu menu = new Menu("By _column");
        ToggleGroup group = new ToggleGroup();
        for (TableColumn<?, ?> column : table.sortableColumns()) {
            RadioMenuItem item = new RadioMenuItem(column.getText());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setUserData(column);
            item.setOnAction(e -> table.sortBy(column, false));
            menu.getItems().add(item);
        }
        Consumer<TableSort> mark = shown -> group.selectToggle(group.getToggles().stream()
                .filter(toggle -> !table.table().getSortOrder().isEmpty()
                        && table.table().getSortOrder().getFirst() == toggle.getUserData())
                .findFirst()
                .orElse(null));
        sortShown.addListener((obs, old, now) -> mark.accept(now));
        mark.accept(sortShown.getValue());
        return menu;
    }

    private record Order(String label, TableSort sort) {}

    /** " · 3 selected" when more than one row is: the detail pane shows only the first. */
    private String selectionText() {
        return selected.get() > 1 ? String.format(" · %,d selected", selected.get()) : "";
    }

    public SplitPane splitPane() {
        return splitPane;
    }

    /** Ctrl+F: the search field, its text selected. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private void bindStatusSwitch() {
        statusSwitch.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a segmented switch always has one choice
                // The choice shown, clicked again: the rows kept in sight since go (the twenty-sixth walk looked for
                // a way to see the list as the filter has it).
                model.askAgain();
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
        ToolbarRoom room = new ToolbarRoom(
                toolbar, searchField, statusSwitch, progressBox, progressLabel, timeLeftLabel, progressBar);
        for (ReadStatus status : ReadStatus.values()) {
            room.statusButton(button(status), MainViewModel.statusName(status), model.countLabel(status));
        }
        room.roomFor(tagButton, "Tags (9) ▾");
        for (ToggleButton button : List.of(allButton, unreadButton, readButton)) {
            // Modena gives a segmented switch no focus ring; app.css draws one on this class.
            button.getStyleClass().add("status-toggle");
        }
    }

    private void selectStatus(ReadStatus status) {
        button(status).setSelected(true);
    }

    private ToggleButton button(ReadStatus status) {
        return switch (status) {
            case ALL -> allButton;
            case READ -> readButton;
            case UNREAD -> unreadButton;
        };
    }

    private void searchKeys(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            searchField.clear();
            event.consume();
        } else if (event.getCode() == KeyCode.DOWN
                || (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown())) {
            // After a new search, its first match; back in the field only to look (Ctrl+F), the place kept. Enter,
            // which
            // did nothing in a search that runs as it is typed (the thirty-ninth walk), does as Down.
            table.focusResults(!searchField.getText().equals(searchOnFocus));
            event.consume();
        }
    }

    /** Opens the tag filter under its button, with the keyboard in its find field (Ctrl+G or a click). */
    @FXML
    public void openTagFilter() {
        if (tagPopup == null) {
            Views.Loaded<TagFilterController> view = Views.load(
                    TagFilterController.class,
                    "TagFilterView.fxml",
                    () -> new TagFilterController(model.tags(), model.selectedTags(), model.anyTagProperty()));
            tagFilter = view.controller();
            tagPopup = new Popup();
            tagPopup.getContent().add(view.root());
            tagPopup.setAutoHide(true);
            tagPopup.setHideOnEscape(true);
            // A key the list did not take as typed (Space, which checked a tag) went on to the window's own focus:
            // the search field, where a space hid the prompt and showed an × (the thirty-fourth walk).
            tagPopup.addEventHandler(KeyEvent.KEY_TYPED, KeyEvent::consume);
            // The keyboard goes back where it was as the filter opened (the list, after Ctrl+G), not to the Tags
            // button, where the forty-seventh walk's Down went nowhere.
            tagPopup.setOnHidden(
                    e -> (focusBeforeTags != null && focusBeforeTags.getScene() != null ? focusBeforeTags : tagButton)
                            .requestFocus());
            // The tag list keeps Esc for itself (it cancels an edit); the filter closes wherever the keyboard is.
            view.root().addEventFilter(KeyEvent.KEY_PRESSED, key -> {
                if (key.getCode() == KeyCode.ESCAPE) {
                    tagPopup.hide();
                    key.consume();
                }
            });
        }
        if (tagPopup.isShowing()) {
            tagPopup.hide();
            return;
        }
        ((Parent) tagPopup.getContent().getFirst())
                .getStylesheets()
                .setAll(tagButton.getScene().getStylesheets());
        focusBeforeTags = tagButton.getScene().getFocusOwner();
        Bounds below = tagButton.localToScreen(tagButton.getBoundsInLocal());
        tagPopup.show(tagButton, below.getMinX(), below.getMaxY() + 2);
        // Within the window where it fits: under the button at 800x600 it stood past the window's right edge (the
        // eightieth walk).
        Window window = tagButton.getScene().getWindow();
        double right = window.getX() + window.getWidth();
        if (tagPopup.getX() + tagPopup.getWidth() > right) {
            tagPopup.setX(Math.max(window.getX(), right - tagPopup.getWidth()));
        }
        tagFilter.opened();
    }

    /** A tooltip that wraps at {@code maxWidth}: near the screen's right edge, on one line, it was cut there. */
    private static Tooltip wrapping(double maxWidth) {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(maxWidth);
        TextDirection.wrapUnlessRightToLeft(tip);
        return tip;
    }
}
