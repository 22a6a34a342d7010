package dev.readinglist.ui.choosing;

import dev.readinglist.platform.FolderListing.Entry;
import dev.readinglist.ui.choosing.FileChooserModel.Mode;
import dev.readinglist.ui.choosing.FileChooserModel.Outcome;
import dev.readinglist.ui.common.FileType;
import dev.readinglist.ui.common.Formats;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;

/** The chooser's view, bound to its model; says what the user did and shows what it came to. */
public final class FileChooserController {

    private static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination LOCATION = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination HIDDEN = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);

    private final FileChooserModel model;
    private final List<FileType> filters;
    private final Consumer<Path> chosen;
    private final Runnable cancelled;
    /** Asked before a file is written over ({@link Outcome.Replace}) or a folder made ({@link Outcome.Make}). */
    private final Predicate<Outcome> confirmed;

    @FXML
    private HBox nameRow;

    @FXML
    private Label nameLabel;

    @FXML
    private TextField nameField;

    @FXML
    private TextField locationField;

    @FXML
    private ListView<Place> places;

    @FXML
    private TableView<Entry> entries;

    @FXML
    private TableColumn<Entry, String> nameColumn;

    @FXML
    private TableColumn<Entry, String> sizeColumn;

    @FXML
    private TableColumn<Entry, String> modifiedColumn;

    @FXML
    private Label statusLabel;

    @FXML
    private Label problemLabel;

    @FXML
    private ComboBox<FileType> filterBox;

    @FXML
    private CheckBox hiddenBox;

    @FXML
    private Button acceptButton;

    @FXML
    private Button newFolderButton;

    /** A place in the side list: Home, Documents, the folder used last… */
    public record Place(String label, Path folder) {}

    public FileChooserController(
            FileChooserModel model,
            List<FileType> filters,
            Consumer<Path> chosen,
            Runnable cancelled,
            Predicate<Outcome> confirmed) {
        this.model = model;
        this.filters = filters;
        this.chosen = chosen;
        this.cancelled = cancelled;
        this.confirmed = confirmed;
    }

    @FXML
    private void initialize() {
        boolean saving = model.mode() == Mode.SAVE;
        nameRow.setVisible(saving);
        nameRow.setManaged(saving);
        nameLabel.setLabelFor(nameField);
        nameLabel.setMnemonicParsing(true);
        nameField.textProperty().bindBidirectional(model.nameProperty());
        acceptButton.setText(saving ? "Save" : model.mode() == Mode.FOLDER ? "Choose this folder" : "Open");
        newFolderButton.setVisible(model.mode() != Mode.OPEN);
        newFolderButton.setManaged(model.mode() != Mode.OPEN);

        model.folderProperty().addListener((obs, old, now) -> locationField.setText(now == null ? "" : now.toString()));
        locationField.setOnAction(e -> {
            if (model.mode() == Mode.FOLDER && model.shows(locationField.getText())) {
                // Enter on the folder shown chooses it, as the default button says: it did nothing (the
                // fifty-second walk).
                model.chooseFolder(null, this::outcome);
            } else {
                model.go(locationField.getText(), this::outcome);
            }
        });

        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                (cell.getValue().folder() ? "▸ " : "") + cell.getValue().name()));
        sizeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().folder() ? "" : Formats.bytes(cell.getValue().size())));
        modifiedColumn.setCellValueFactory(cell ->
                new ReadOnlyStringWrapper(Formats.dateTime(cell.getValue().modified())));
        entries.setItems(model.shown());
        entries.setRowFactory(table -> {
            TableRow<Entry> row = new TableRow<>();
            row.setOnMouseClicked(click -> {
                if (!row.isEmpty() && click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2) {
                    model.activate(row.getItem(), this::outcome);
                }
            });
            return row;
        });
        entries.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (saving && now != null && !now.folder()) {
                model.nameProperty().set(now.name());
            }
            if (model.mode() == Mode.FOLDER) {
                // A folder selected in the list is the one chosen: "this folder" read as the one shown, and the
                // forty-seventh walk chose a folder inside its sync folder.
                acceptButton.setText(
                        now != null && now.folder()
                                ? "Choose " + Formats.quoted(now.name(), 30)
                                : "Choose this folder");
            }
        });
        NameTyping.install(entries);
        entries.setOnKeyPressed(key -> {
            Entry selected = entries.getSelectionModel().getSelectedItem();
            if (key.getCode() == KeyCode.ENTER && selected != null) {
                model.activate(selected, this::outcome);
                key.consume();
            } else if (key.getCode() == KeyCode.BACK_SPACE) {
                model.up();
                key.consume();
            }
        });
        statusLabel.textProperty().bind(model.statusProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());

        places.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Place place, boolean empty) {
                super.updateItem(place, empty);
                setText(empty || place == null ? null : place.label());
            }
        });
        model.folderProperty().addListener((obs, old, now) -> markPlace(now));
        places.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.folder().equals(model.folderProperty().get())) {
                model.open(now.folder());
            }
        });

        filterBox.getItems().setAll(filters);
        filterBox.valueProperty().bindBidirectional(model.filterProperty());
        boolean types = filters.size() > 1 && model.mode() != Mode.FOLDER;
        filterBox.setVisible(types);
        filterBox.setManaged(types);
        hiddenBox.selectedProperty().bindBidirectional(model.showHiddenProperty());

        nameRow.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                // A filter, not an accelerator: a text field would take Ctrl+H as a backspace first.
                scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
                    if (UP.match(key)) {
                        model.up();
                    } else if (LOCATION.match(key)) {
                        locationField.requestFocus();
                        locationField.selectAll();
                    } else if (HIDDEN.match(key)) {
                        model.showHiddenProperty()
                                .set(!model.showHiddenProperty().get());
                    } else {
                        return;
                    }
                    key.consume();
                });
            }
        });
    }

    /** The places to offer, once they are known (they are looked up off the FX thread). */
    public void showPlaces(List<Place> found) {
        places.getItems().setAll(found);
        markPlace(model.folderProperty().get());
    }

    /** The place that is the folder shown, or none: Home stayed marked after a typed path went elsewhere. */
    private void markPlace(Path folder) {
        places.getItems().stream()
                .filter(place -> place.folder().equals(folder))
                .findFirst()
                .ifPresentOrElse(
                        place -> places.getSelectionModel().select(place),
                        () -> places.getSelectionModel().clearSelection());
    }

    /** Where the keyboard starts: the name, with its stem selected, or the list. */
    public void focusFirst() {
        if (model.mode() == Mode.SAVE) {
            nameField.requestFocus();
            String name = nameField.getText();
            int dot = name.lastIndexOf('.');
            nameField.selectRange(0, dot > 0 ? dot : name.length());
        } else {
            entries.requestFocus();
        }
    }

    @FXML
    private void up() {
        model.up();
    }

    /** Asks the new folder's name, over the chooser, then makes it and shows it. */
    @FXML
    private void newFolder() {
        askFolderName("New folder", null);
    }

    /**
     * A name refused (taken, or holding a slash) asks again, the name typed kept and the reason said over it: the
     * eighty-first walk's name taken closed the question, and the name was typed again from the start.
     */
    private void askFolderName(String proposed, String refusal) {
        Path here = model.folderProperty().get();
        if (here == null) {
            return;
        }
        TextInputDialog ask = new TextInputDialog(proposed);
        ask.setTitle("New folder");
        ask.setHeaderText(
                refusal != null
                        ? refusal + "\nType another name."
                        : "Make a folder in "
                                + Formats.quoted(
                                        here.getFileName() == null
                                                ? here.toString()
                                                : here.getFileName().toString(),
                                        60));
        ask.setContentText("Name:");
        ((Button) ask.getDialogPane().lookupButton(ButtonType.OK)).setText("Make folder");
        AskedOver.ask(nameRow.getScene().getWindow(), ask)
                .ifPresent(name -> model.makeFolder(name, outcome -> {
                    if (outcome instanceof Outcome.Problem problem) {
                        askFolderName(name, problem.message());
                    } else {
                        outcome(outcome);
                    }
                }));
    }

    @FXML
    private void accept() {
        Entry selected = entries.getSelectionModel().getSelectedItem();
        if (model.mode() == Mode.FOLDER) {
            model.chooseFolder(selected, this::outcome);
        } else if (model.mode() == Mode.OPEN && selected != null) {
            model.activate(selected, this::outcome);
        } else {
            if (model.mode() == Mode.SAVE) {
                model.accept(nameField.getText(), this::outcome);
            } else {
                model.go(locationField.getText(), this::outcome);
            }
        }
    }

    @FXML
    private void cancel() {
        cancelled.run();
    }

    private void outcome(Outcome outcome) {
        if (outcome instanceof Outcome.Chosen choice) {
            chosen.accept(choice.file());
        } else if (outcome instanceof Outcome.Replace replace) {
            if (confirmed.test(replace)) {
                chosen.accept(replace.file());
            }
        } else if (outcome instanceof Outcome.Make make) {
            if (confirmed.test(make)) {
                chosen.accept(make.folder());
            }
        } else if (outcome instanceof Outcome.Opened) {
            entries.getSelectionModel().clearSelection();
            if (model.mode() == Mode.SAVE) {
                nameField.requestFocus();
                nameField.end();
            } else {
                // Choosing a folder, the name field is hidden: the keyboard went nowhere.
                entries.requestFocus();
            }
        }
    }
}
