package dev.readinglist.ui.tagfilter;

import dev.readinglist.model.TagCount;
import dev.readinglist.model.TextFolding;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

/**
 * The tag filter: every tag with its count, the user's own first; a field that narrows the list as
 * one types; any or all of the checked tags; Clear. By keyboard: type to find, Down into the list,
 * Space or Enter checks, Esc closes.
 */
public final class TagFilterController {

    /** Names longer than this may not fit a row. */
    private static final int LONG_NAME = 30;

    private final ObservableList<TagCount> tags;
    private final ObservableList<String> checked;
    private final BooleanProperty anyTag;
    private final Map<String, String> keys = new HashMap<>();
    private SortedList<TagCount> pinned;

    @FXML
    private TextField findField;

    @FXML
    private SegmentedButton matchSwitch;

    @FXML
    private ToggleButton anyButton;

    @FXML
    private ToggleButton allButton;

    @FXML
    private Button clearButton;

    @FXML
    private ListView<TagCount> tagList;

    @FXML
    private Label summaryLabel;

    /**
     * @param tags every tag with its count, in the order to list them
     * @param checked the tags the table is filtered by
     * @param anyTag true: articles with any of them; false: with all of them
     */
    public TagFilterController(ObservableList<TagCount> tags, ObservableList<String> checked, BooleanProperty anyTag) {
        this.tags = tags;
        this.checked = checked;
        this.anyTag = anyTag;
    }

    @FXML
    private void initialize() {
        FilteredList<TagCount> found = new FilteredList<>(tags);
        findField.textProperty().addListener((obs, old, now) -> {
            // As tags are matched: "ubersicht" finds Übersicht and "tag" ＴＡＧ (the seventy-fourth walk found neither).
            String wanted = TextFolding.tagKey(now);
            // The tags checked stay in sight beside what is found: typed away, "Tags (2)" showed one checked tag of
            // two (the thirty-seventh walk). The first found has the keys, not one kept in sight.
            found.setPredicate(tag -> matches(tag, wanted) || checked.contains(tag.tag()));
            int first = IntStream.range(0, pinned.size())
                    .filter(i -> matches(pinned.get(i), wanted))
                    .findFirst()
                    .orElse(-1);
            if (first >= 0) {
                tagList.getSelectionModel().clearAndSelect(first);
                tagList.scrollTo(0);
            } else {
                tagList.getSelectionModel().clearSelection();
            }
        });
        pinned = new SortedList<>(found);
        tagList.setItems(pinned);
        tagList.setCellFactory(list -> new TagCell());
        tagList.setPlaceholder(new Label("No tag matches"));
        findField.addEventFilter(KeyEvent.KEY_PRESSED, this::findKeys);
        tagList.addEventFilter(KeyEvent.KEY_PRESSED, this::listKeys);
        anyButton.setSelected(anyTag.get());
        allButton.setSelected(!anyTag.get());
        matchSwitch.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                anyTag.set(now == anyButton);
            }
        });
        anyTag.addListener((obs, old, now) -> (now ? anyButton : allButton).setSelected(true));
        clearButton.disableProperty().bind(Bindings.isEmpty(checked));
        summaryLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> checked.isEmpty()
                                ? "No tag checked: every article shows."
                                : checked.size() == 1
                                        ? "Articles tagged “" + checked.getFirst() + "”."
                                        : (anyTag.get() ? "Articles with any of " : "Articles with all of ")
                                                + checked.size() + " checked tags.",
                        checked,
                        anyTag));
        checked.addListener((ListChangeListener<String>) change -> tagList.refresh());
    }

    /**
     * Called as the filter opens: the find field has the keyboard, empty, and the tags checked now
     * are listed first (for as long as it stays open: a tag checked meanwhile does not jump).
     */
    public void opened() {
        Set<String> checkedNow = Set.copyOf(checked);
        pinned.setComparator(Comparator.comparing(tag -> !checkedNow.contains(tag.tag())));
        findField.clear();
        findField.requestFocus();
        if (!tagList.getItems().isEmpty()) {
            tagList.getSelectionModel().clearAndSelect(0);
            tagList.scrollTo(0);
        }
    }

    private boolean matches(TagCount tag, String wanted) {
        return wanted.isEmpty()
                || keys.computeIfAbsent(tag.tag(), TextFolding::tagKey).contains(wanted);
    }

    private void findKeys(KeyEvent key) {
        if (key.getCode() == KeyCode.DOWN) {
            tagList.requestFocus();
            if (tagList.getSelectionModel().isEmpty() && !tagList.getItems().isEmpty()) {
                tagList.getSelectionModel().clearAndSelect(0);
            }
            tagList.getFocusModel().focus(tagList.getSelectionModel().getSelectedIndex());
            key.consume();
        } else if (key.getCode() == KeyCode.ENTER) {
            toggleSelected();
            key.consume();
        }
    }

    private void listKeys(KeyEvent key) {
        if (key.getCode() == KeyCode.SPACE || key.getCode() == KeyCode.ENTER) {
            toggleSelected();
            key.consume();
        } else if (key.getCode() == KeyCode.UP && tagList.getSelectionModel().getSelectedIndex() <= 0) {
            findField.requestFocus();
            key.consume();
        }
    }

    private void toggleSelected() {
        TagCount tag = tagList.getSelectionModel().getSelectedItem();
        if (tag != null) {
            toggle(tag.tag());
        }
    }

    private void toggle(String tag) {
        if (!checked.remove(tag)) {
            checked.add(tag);
        }
    }

    @FXML
    private void clear() {
        checked.clear();
    }

    /** A row: a check mark, the tag, its count; the user's own tags in their chip colour. */
    private final class TagCell extends ListCell<TagCount> {
        private final CheckBox box = new CheckBox();
        private final Label count = new Label();
        private final HBox row;
        private Tooltip whole;

        TagCell() {
            box.setMnemonicParsing(false);
            box.setFocusTraversable(false);
            // The row takes the click, wherever it lands, so that box and row never toggle twice.
            box.setMouseTransparent(true);
            count.getStyleClass().add("tag-count");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row = new HBox(8, box, gap, count);
            // A long name ends in "…" and the count stays in sight: the seventeenth walk's long tag widened every
            // row past the list, and the counts went behind a horizontal scrollbar.
            setPrefWidth(0);
            box.setMinWidth(0);
            count.setMinWidth(Region.USE_PREF_SIZE);
            setOnMouseClicked(click -> {
                if (!isEmpty() && click.getButton() == MouseButton.PRIMARY) {
                    toggle(getItem().tag());
                }
            });
        }

        @Override
        protected void updateItem(TagCount tag, boolean empty) {
            super.updateItem(tag, empty);
            getStyleClass().remove("own-tag");
            setText(null);
            if (empty || tag == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            box.setText(tag.tag());
            // A long name ends in "…" here; its row shows it whole on hover. One tooltip a row, made when first
            // needed: each is a popup control, and finding a tag updates the rows at every key.
            if (tag.tag().length() > LONG_NAME) {
                if (whole == null) {
                    whole = new Tooltip();
                }
                whole.setText(tag.tag());
                setTooltip(whole);
            } else {
                setTooltip(null);
            }
            box.setSelected(checked.contains(tag.tag()));
            count.setText(String.format("%,d", tag.articles()));
            setGraphic(row);
            setAccessibleText(tag.tag() + ", " + tag.articles() + (checked.contains(tag.tag()) ? ", checked" : ""));
            if (tag.own()) {
                getStyleClass().add("own-tag");
            }
        }
    }
}
