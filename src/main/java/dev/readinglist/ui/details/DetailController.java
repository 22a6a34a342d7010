package dev.readinglist.ui.details;

import dev.readinglist.model.Article;
import dev.readinglist.model.TagNames;
import dev.readinglist.model.TextCut;
import dev.readinglist.model.UrlKey;
import dev.readinglist.ui.common.AfterFrames;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.ClipboardText;
import dev.readinglist.ui.common.Command;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.TabLeavesText;
import dev.readinglist.ui.common.TagSuggestions;
import dev.readinglist.ui.common.TextDirection;
import dev.readinglist.ui.common.WindowUndoInField;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The detail pane beside the table: shows one article and edits its note and the user's tags. */
public final class DetailController {

    private static final PseudoClass STARRED = PseudoClass.getPseudoClass("starred");

    /**
     * A longer title is cut, its whole in a tooltip: at 300 characters (the longest the Add form takes) an imported
     * title took eight lines of the pane and pushed the note down (the sixty-second walk).
     */
    private static final int LONGEST_TITLE_SHOWN = 160;

    private static final double CHIP_WIDTH = 220;

    private static final String NOTHING_SELECTED = "Select an article to see its summary, tags and your note.";
    private static final char LEFT_TO_RIGHT_MARK = '\u200E';

    private final DetailViewModel model;
    private final Consumer<Command> commands;
    private final ObservableList<String> knownTags;
    private final Consumer<String> notice;
    private final Consumer<String> filterByTag;
    private final BiConsumer<List<ArticleRow>, Boolean> star;

    @FXML
    private Label emptyLabel;

    private final Tooltip readOnTip = new Tooltip();

    @FXML
    private VBox body;

    @FXML
    private ScrollPane scroller;

    @FXML
    private VBox content;

    @FXML
    private Hyperlink titleLink;

    @FXML
    private Label metaLabel;

    @FXML
    private Label urlLabel;

    @FXML
    private Label summaryLabel;

    @FXML
    private FlowPane tagPane;

    @FXML
    private TextField tagField;

    @FXML
    private Label errorLabel;

    @FXML
    private Label tagHint;

    @FXML
    private Label noteLabel;

    @FXML
    private CheckBox readToggle;

    @FXML
    private Label readOnLabel;

    @FXML
    private Button starButton;

    @FXML
    private Label saveStateLabel;

    @FXML
    private TextArea noteArea;

    /** Held here: the controls that change the article follow it for as long as the pane lives. */
    private BooleanBinding writable;

    private final ChangeListener<Object> rowChanged = (obs, old, now) -> render();
    private HeldChipRoom heldRoom;
    /** The article whose chips show. */
    private String chipsOf;

    private boolean settingTagText;
    /** The shown article's whole title, for the title's tooltip; needed whatever the pane's width when the title was cut. */
    private Tooltip titleTip;

    private boolean titleTipNeeded;

    public DetailController(
            DetailViewModel model,
            Consumer<Command> commands,
            ObservableList<String> knownTags,
            Consumer<String> notice,
            Consumer<String> filterByTag,
            BiConsumer<List<ArticleRow>, Boolean> star) {
        this.star = star;
        this.model = model;
        this.commands = commands;
        this.knownTags = knownTags;
        this.notice = notice;
        this.filterByTag = filterByTag;
    }

    @FXML
    private void initialize() {
        // Here, not in the view: its "$noteArea" came before the note was made, and Alt+N went nowhere (the
        // thirty-second walk).
        noteLabel.setLabelFor(noteArea);
        writable = model.writableProperty();
        noteArea.editableProperty().bind(writable);
        readToggle.disableProperty().bind(writable.not());
        starButton.disableProperty().bind(writable.not());
        tagField.disableProperty().bind(writable.not());
        String prompt = noteArea.getPromptText();
        noteArea.promptTextProperty()
                .bind(Bindings.when(noteArea.editableProperty())
                        .then(prompt)
                        .otherwise("No note. This library cannot be written, so no note can be added."));
        followNote();
        TagChipKeys.install(tagPane);
        heldRoom = new HeldChipRoom(tagPane, this::render);
        // Removing a tag leaves the keyboard here, where the field's own undo took Ctrl+Z and, with nothing
        // typed to undo, did nothing (the tenth walk): then it is the window's Undo, as the Edit menu says.
        WindowUndoInField.install(tagField, () -> false, model::windowCanRedo, this::undoHere);
        // The article's part asks for its whole height at its width: a ScrollPane asks its content for a height
        // with no width, and wrapped text then counts as one line, so a summary scrolled with room to spare. The
        // content is laid out at its height for the viewport's width; set only on a real change.
        // Whatever in the article's part takes the keyboard comes into sight: at 800x600, Right along the tags went
        // below the part's lower edge, and Delete took a tag the keyboard-only seventy-ninth walk could not see.
        content.sceneProperty().flatMap(Scene::focusOwnerProperty).subscribe(this::showFocused);
        titleLink.heightProperty().subscribe(this::showTitleTipIfCut);
        titleLink.widthProperty().subscribe(this::showTitleTipIfCut);
        content.heightProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() != scroller.getPrefViewportHeight()) {
                scroller.setPrefViewportHeight(now.doubleValue());
                // Set while the pane is laid out, the layout the new height asks for is dropped with that pass: a
                // shorter article left the taller one's part, a gap above the note. The next pulse asks again.
                AfterFrames.run(1, body::requestLayout);
            }
        });
        noteArea.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.flush();
            }
            // After the flush: the list, let go, asks again behind the note's save, not before it. Bound, it asked
            // first, left out the article the save brought back, and the selection moved on (the twenty-fifth walk).
            model.typingNoteProperty().set(now);
        });
        saveStateLabel.textProperty().bind(model.saveStateProperty());
        // The state's words are few; what happened takes a sentence, there when the pane is narrow too.
        Tooltip why = new Tooltip();
        // Wrapped: on one line, "Saved again: it was cleared …" ran past the screen's edge at 800x600 (a walk).
        why.setWrapText(true);
        why.setMaxWidth(360);
        why.textProperty().bind(model.saveStateProperty().map(DetailController::whySaved));
        saveStateLabel
                .tooltipProperty()
                .bind(model.saveStateProperty().map(state -> whySaved(state).isEmpty() ? null : why));
        errorLabel.textProperty().bind(model.errorProperty());
        // Said under the tag field, which may be at the part's lower edge: at 800x600 the reason was out of sight.
        Node saidLine = errorLabel.getParent();
        InvalidationListener showSaid = obs -> {
            if (!errorLabel.getText().isEmpty()) {
                scrollToShow(saidLine.getBoundsInParent());
            }
        };
        saidLine.boundsInParentProperty().addListener(showSaid);
        errorLabel.textProperty().addListener(showSaid);
        tagHint.visibleProperty().bind(errorLabel.textProperty().isEmpty());
        // The field keeps in sight while tags are typed into it: at 800x600 each tag added wrapped the chips to
        // more lines and pushed the field under the part's lower edge (the twenty-second walk).
        tagField.getParent().boundsInParentProperty().addListener((obs, old, now) -> {
            if (tagField.isFocused()) {
                scrollToShowWithRing(now);
            }
        });
        // Said of a tag no longer typed ("… is already one of this article's tags"), it stayed under the field
        // while the user went on to other things (the twenty-second walk): it goes with the keyboard.
        tagField.focusedProperty().addListener((obs, was, now) -> {
            if (!now && tagField.getText().isBlank()) {
                model.forgetTagSaid();
            }
        });
        // What was said about a typed tag goes once the user changes what it was said about.
        tagField.textProperty().addListener((obs, old, now) -> {
            if (!settingTagText) {
                model.forgetTagSaid();
            }
        });
        TagSuggestions.attach(tagField, knownTags);
        model.tagTypedIn(tagField::getText);
        model.tagPutBackIn(text -> {
            if (tagField.getText().isBlank()) {
                setTagText(text);
                tagField.end();
            }
        });
        TabLeavesText.install(noteArea);
        noteArea.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && key.isShiftDown() && !key.isShortcutDown()) {
                // A new line, as in every editor: the area's own keys took Shift+Enter for nothing.
                noteArea.replaceSelection("\n");
                key.consume();
            }
        });
        // Nothing typed since the note was replaced elsewhere: the area's own undo knew only the typing.
        WindowUndoInField noteUndo = WindowUndoInField.install(
                noteArea,
                () -> DetailViewModel.replacedFromOutside(
                        model.saveStateProperty().get()),
                model::windowCanRedo,
                this::undoHere);
        model.noteStepsFrom(noteUndo::stepping);
        model.noteWantedProperty().addListener(obs -> writeOnIfShown());
        model.selectedCountProperty().addListener((obs, old, now) -> render());
        model.articleProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.versionProperty().removeListener(rowChanged);
            }
            if (now != null) {
                now.versionProperty().addListener(rowChanged);
            }
            // Another article starts at its title: scrolled down to the note, the pane showed the middle of a
            // summary, and which article the note was for could not be seen.
            scroller.setVvalue(0);
            // A tag typed and not added was for the article it was typed beside, which the model has given it
            // as it was left: Enter would have given it to this one too (the eighteenth walk).
            setTagText("");
            if (noteArea.isFocused() && !isWanted(now)) {
                // No choice of the user's (a click or a key in the table takes the keyboard first): the article
                // typed for went away, deleted elsewhere, and the next keys went into the next article's note.
                // The search shows what they type instead, and changes no article.
                if (old != null) {
                    model.leftTheList(old);
                }
                commands.accept(Command.FIND);
            }
            render();
        });
        ArticleRow shown = model.articleProperty().get();
        if (shown != null) {
            // The pane loads after the first frame; an article may already be selected by then.
            shown.versionProperty().addListener(rowChanged);
        }
        render();
    }

    /** The window's Undo or Redo from a field of the pane, as far as it is about the article shown. */
    /** The window's undo or redo, unless it is about another article: then said, and false. */
    private boolean undoHere(Command command) {
        Optional<String> stop = model.stopsHere(command == Command.REDO);
        stop.ifPresentOrElse(notice, () -> commands.accept(command));
        return stop.isEmpty();
    }

    /** The keyboard to the end of the note, if the article shown is the one asked for; true if so. */
    private boolean writeOnIfShown() {
        ArticleRow row = model.articleProperty().get();
        if (!isWanted(row) || !body.isVisible() || model.selectedCountProperty().get() > 1) {
            return false;
        }
        model.noteWantedProperty().set(null);
        noteArea.requestFocus();
        noteArea.end();
        return true;
    }

    private void render() {
        ArticleRow row = model.articleProperty().get();
        int selected = model.selectedCountProperty().get();
        // Several rows: what the pane would show and do is one article's, while the keys act on them all.
        boolean one = row != null && selected <= 1;
        body.setVisible(one);
        emptyLabel.setVisible(!one);
        emptyLabel.setText(selected > 1 ? several(selected) : NOTHING_SELECTED);
        if (!one) {
            return;
        }
        Article article = row.article();
        // An imported title can run to thousands of characters: shown whole, it pushed the note off the pane.
        String title = TextCut.shortened(article.title(), LONGEST_TITLE_SHOWN);
        titleLink.setText(title);
        // Right-to-left text does not wrap (Views guards every wrapping label): whole in its tooltip.
        boolean oneLine = TextDirection.hasRightToLeft(title);
        titleTip = oneLine ? inLines(article.title()) : wrapped(article.title());
        titleTipNeeded = oneLine || !title.equals(article.title());
        showTitleTipIfCut();
        titleLink.setVisited(false);
        String meta = meta(article);
        metaLabel.setText(meta);
        metaLabel.setVisible(!meta.isEmpty());
        metaLabel.setManaged(!meta.isEmpty());
        urlLabel.setText(UrlKey.forPeople(article.url()));
        summaryLabel.setText(article.summary());
        summaryLabel.setTooltip(TextDirection.hasRightToLeft(article.summary()) ? inLines(article.summary()) : null);
        summaryLabel.setVisible(!article.summary().isBlank());
        summaryLabel.setManaged(!article.summary().isBlank());
        readToggle.setSelected(row.isRead());
        readOnLabel.setText(row.isRead() ? Formats.readDate(row.readAt(), LocalDate.now()) : "");
        readOnTip.setText(row.isRead() ? "Read on " + Formats.dateTime(row.readAt()) : "");
        readOnLabel.setTooltip(row.isRead() ? readOnTip : null);
        starButton.setText(row.isFavourite() ? "★ Starred" : "☆ Star");
        starButton.pseudoClassStateChanged(STARRED, row.isFavourite());
        starButton.setAccessibleText(row.isFavourite() ? "Starred; press to take the star away" : "Star this article");
        // The chips are made again at each change: the one with the keyboard keeps it, on the same article.
        int focused = tagPane.getScene() == null || !row.id().equals(chipsOf)
                ? -1
                : TagChipKeys.indexOf(tagPane, tagPane.getScene().getFocusOwner());
        chipsOf = row.id();
        tagPane.getChildren().clear();
        article.catalogTags().forEach(tag -> tagPane.getChildren().add(catalogChip(tag)));
        article.userTags().forEach(tag -> tagPane.getChildren().add(userChip(row.id(), tag)));
        TagChipKeys.oneStop(tagPane);
        // After Delete on a chip, that is the next chip, or the one before for the last: the keyboard stays on the
        // chips for the next Delete (the thirty-third walk tabbed back from the tag field for each). After the last,
        // the field that adds tags: the keyboard went to the search, the window's first field (the fifty-eighth walk).
        if (focused >= 0 && !TagChipKeys.focus(tagPane, focused)) {
            tagField.requestFocus();
        }
        heldRoom.keep(row.id(), article.userTags());
        // Last, with the pane shown: a note hidden a moment by a changing selection would lose the keyboard.
        writeOnIfShown();
    }

    private boolean isWanted(ArticleRow row) {
        return row != null && row.id().equals(model.noteWantedProperty().get());
    }

    private static String meta(Article article) {
        // A right-to-left site made the whole line right to left, and took the number after it along: "15 min read"
        // read "min read 15" (the seventy-fifth walk). Left-to-right marks, unseen, around it keep the line English.
        boolean rightToLeft = TextDirection.hasRightToLeft(article.site());
        StringBuilder meta = new StringBuilder(
                rightToLeft ? LEFT_TO_RIGHT_MARK + article.site() + LEFT_TO_RIGHT_MARK : article.site());
        String published = Formats.date(article.published());
        if (!published.isEmpty()) {
            meta.append(meta.isEmpty() ? "" : " · ").append(published);
        } else if (article.addedAt() != null) {
            // The date the Published column shows faded, said for what it is: the pane of an added article had no
            // date, and the column's went unexplained (the seventy-sixth walk).
            meta.append(meta.isEmpty() ? "" : " · ").append("saved ").append(Formats.date(article.addedAt()));
        }
        if (article.readingMinutes() != null) {
            meta.append(meta.isEmpty() ? "" : " · ")
                    .append(article.readingMinutes())
                    .append(" min read");
        }
        return meta.toString();
    }

    /** A catalog tag: clicking it shows the articles with that tag. */
    private Button catalogChip(String tag) {
        Button chip = new Button(tag);
        chip.getStyleClass().addAll("chip", "catalog-chip");
        chip.setMnemonicParsing(false);
        chip.setAccessibleText("Show the articles tagged " + tag);
        chip.setTooltip(new Tooltip("Show the articles tagged “" + tag + "”"));
        chip.setOnAction(e -> filterByTag.accept(tag));
        // Delete on it said nothing, where Delete on one of the user's tags removes it.
        chip.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.DELETE || key.getCode() == KeyCode.BACK_SPACE) {
                model.errorProperty().set("“" + tag + "” comes with the catalog: only your own tags can be removed");
                key.consume();
            }
        });
        return chip;
    }

    /** Scrolls the article's part to show the node with the keyboard, and its focus ring, when it is in the part. */
    private void showFocused(Node focused) {
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node == content) {
                scrollToShowWithRing(content.sceneToLocal(focused.localToScene(focused.getLayoutBounds())));
                return;
            }
        }
    }

    /** As {@link #scrollToShow}, with room for the focus ring drawn outside {@code shown}. */
    private void scrollToShowWithRing(Bounds shown) {
        scrollToShow(new BoundingBox(shown.getMinX(), shown.getMinY() - 4, shown.getWidth(), shown.getHeight() + 8));
    }

    /** Scrolls the article's part as little as shows {@code shown}, bounds in its content. */
    private void scrollToShow(Bounds shown) {
        double room = content.getLayoutBounds().getHeight()
                - scroller.getViewportBounds().getHeight();
        if (room <= 0) {
            return;
        }
        double top = scroller.getVvalue() * room;
        double height = scroller.getViewportBounds().getHeight();
        if (shown.getMaxY() > top + height) {
            scroller.setVvalue(Math.min(1, (shown.getMaxY() - height) / room));
        } else if (shown.getMinY() < top) {
            scroller.setVvalue(Math.max(0, shown.getMinY() / room));
        }
    }

    /** One of the user's tags: its name filters by it, its × removes it from this article. */
    private HBox userChip(String id, String tag) {
        Button name = new Button(tag);
        name.getStyleClass().addAll("chip", "user-chip", "chip-name");
        name.setMnemonicParsing(false);
        name.setAccessibleText("Show the articles tagged " + tag + "; Delete removes the tag from this article");
        name.setTooltip(new Tooltip("Show the articles tagged “" + tag + "”"));
        name.setOnAction(e -> filterByTag.accept(tag));
        // A long tag ends in "…" (its tooltip has it whole), so that its × stays in the pane (the sixteenth walk).
        name.setMaxWidth(CHIP_WIDTH);
        Button remove = new Button("×");
        remove.getStyleClass().addAll("chip", "user-chip", TagChipKeys.MOUSE_ONLY);
        remove.setFocusTraversable(false); // the keyboard removes a tag with Delete on its name
        remove.setAccessibleText("Remove your tag " + tag);
        remove.setTooltip(new Tooltip("Remove “" + tag + "” from this article"));
        remove.setDisable(!writable.get());
        HeldChipRoom.clickedOnlyAfterAMove(remove);
        HBox chip = new HBox(name, remove);
        remove.setOnAction(e -> {
            // The × goes with its tag; the keyboard stays in the pane, on the field that adds tags.
            tagField.requestFocus();
            heldRoom.removing(id, tag, chip);
            model.removeTag(tag);
        });
        // Delete on a tag removes it, as in any list: the walk pressed it on the name and nothing happened.
        // On the name, the keyboard stays on it until the chips are made again without it (see render).
        name.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (isDelete(key)) {
                model.removeTag(tag);
                key.consume();
            }
        });
        remove.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (isDelete(key)) {
                remove.fire();
                key.consume();
            }
        });
        return chip;
    }

    @FXML
    private void addTag() {
        String typed = tagField.getText();
        if (typed == null || typed.isBlank()) {
            setTagText("");
            model.forgetTagSaid();
            return;
        }
        // A comma separates tags here; one that cannot be a tag stays typed, with the reason under the pane.
        List<String> refused = model.addTags(TagNames.typed(typed));
        if (refused.isEmpty()) {
            setTagText("");
        } else {
            setTagText(String.join(", ", refused));
            tagField.end();
        }
    }

    /** The tag field's text set by the pane, not typed: what was said about the tag typed stays. */
    private void setTagText(String text) {
        settingTagText = true;
        try {
            tagField.setText(text);
        } finally {
            settingTagText = false;
        }
    }

    @FXML
    private void toggleRead() {
        model.setRead(readToggle.isSelected());
    }

    @FXML
    private void toggleStar() {
        ArticleRow row = model.articleProperty().get();
        if (row != null) {
            star.accept(List.of(row), !row.isFavourite());
        }
    }

    @FXML
    private void openLink() {
        commands.accept(Command.OPEN_LINK);
    }

    @FXML
    private void copyId() {
        ArticleRow row = model.articleProperty().get();
        if (row != null) {
            ClipboardText.put(row.id());
            notice.accept("Copied the ID " + row.id());
        }
    }

    @FXML
    private void copyLink() {
        ArticleRow row = model.articleProperty().get();
        if (row != null && !row.url().isBlank()) {
            ClipboardText.put(row.url());
            notice.accept("Copied the link");
        }
    }

    private static String whySaved(String state) {
        return switch (state) {
            case DetailViewModel.KEPT_OTHER ->
                "The note was changed elsewhere (the command line, another device) while you typed. Your text"
                        + " is saved, and what the other change added is kept with it: below, under a line"
                        + " saying so, where it replaced the note you typed over.";
            case DetailViewModel.SAVED_AGAIN ->
                "The note was cleared elsewhere (the command line, another device) while you typed in it. What"
                        + " you typed is kept: it is the note again. Clear the box to clear it here too.";
            case DetailViewModel.CHANGED_ELSEWHERE ->
                "The note was changed elsewhere (the command line, another device): it shows that text now.";
            case DetailViewModel.CHANGED_BY_RESTORE ->
                "The backup you restored holds another text of this note: it shows that text now. Ctrl+Z puts back"
                        + " the text you had.";
            default ->
                state.startsWith("Not saved")
                        ? state + ". What you typed stays here and is saved by itself as soon as it can be."
                        : "";
        };
    }

    /**
     * Both ways like a binding, but a note that changes under the user's caret (a sync, a command
     * line) never takes the next keys into the middle of another text: text added around the note
     * (a sync's merge, a change kept by a save) goes in with the caret and selection moved along with
     * the text they were in, and a note replaced puts the caret at its end. (Left at its index in a new
     * text, the caret split a word and the keys went in there.) Another article's note, and a note not
     * being written that text was added around, show from their start.
     */
    private void followNote() {
        boolean[] typing = {false};
        noteArea.setText(model.noteTextProperty().get());
        noteArea.textProperty().addListener((obs, old, now) -> {
            if (typing[0]) {
                return;
            }
            typing[0] = true;
            try {
                model.noteTextProperty().set(now);
            } finally {
                typing[0] = false;
            }
        });
        model.noteTextProperty().addListener((obs, old, now) -> {
            String shown = noteArea.getText();
            boolean sameArticle = !model.opening();
            if (typing[0] || now.equals(shown)) {
                return;
            }
            int at = shown.isEmpty() ? -1 : now.indexOf(shown);
            typing[0] = true;
            try {
                boolean writing =
                        noteArea.getScene() != null && noteArea.getScene().getFocusOwner() == noteArea;
                if (sameArticle && at >= 0 && !writing) {
                    // Not being written: shown from its start, where the text added above it is. Moved along, the
                    // caret scrolled the note to the old text's end, its first line half hidden (the fifty-fourth
                    // walk, at 800x600).
                    noteArea.setText(now);
                    noteArea.positionCaret(0);
                    noteArea.setScrollTop(0);
                } else if (sameArticle && at >= 0) {
                    int anchor = noteArea.getAnchor();
                    int caret = noteArea.getCaretPosition();
                    // Set whole, not inserted around: the area's own Ctrl+Z took the inserted text back, and with
                    // it another device's note that a sync had kept beside this one (the forty-seventh walk).
                    noteArea.setText(now);
                    noteArea.selectRange(anchor + at, caret + at);
                } else {
                    boolean focused = noteArea.isFocused();
                    noteArea.setText(now);
                    // Focused as another article shows only when asked to write on (after Put it back): at its end.
                    noteArea.positionCaret(focused ? now.length() : 0);
                }
            } finally {
                typing[0] = false;
            }
        });
        // Tabbed into, the note takes the keys at its end, not glued to the front of its first line; a
        // click puts the caret where it points. The focus owner, not the focus: the window coming back
        // to the front must leave the caret where it was.
        boolean[] pointing = {false};
        noteArea.addEventFilter(MouseEvent.MOUSE_PRESSED, press -> pointing[0] = true);
        noteArea.addEventFilter(MouseEvent.MOUSE_RELEASED, release -> pointing[0] = false);
        ChangeListener<Node> cameIn = (obs, old, now) -> {
            if (now == noteArea
                    && old != noteArea
                    && !pointing[0]
                    && noteArea.getSelection().getLength() == 0) {
                noteArea.positionCaret(noteArea.getLength());
            }
        };
        noteArea.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(cameIn);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(cameIn);
            }
        });
    }

    private static String several(int selected) {
        return NumberFormat.getIntegerInstance().format(selected) + " articles selected.\n\n"
                + Command.MARK_READ.keyText() + " marks them read, " + Command.MARK_UNREAD.keyText() + " unread; "
                + Command.FAVOURITE.keyText() + " stars them; " + Command.ADD_TAG.keyText() + " tags them; "
                + Command.DELETE.keyText() + " deletes those you added or imported.\n\nSelect one to see its note.";
    }

    /** The whole title in a tooltip where the pane shows less of it: cut, past its three lines, or right-to-left. */
    private void showTitleTipIfCut() {
        boolean pastItsLines =
                titleLink.getHeight() > 0 && titleLink.prefHeight(titleLink.getWidth()) > titleLink.getHeight() + 0.5;
        Tooltip wanted = titleTipNeeded || pastItsLines ? titleTip : null;
        if (titleLink.getTooltip() != wanted) {
            titleLink.setTooltip(wanted);
        }
    }

    /** Right-to-left text, which JavaFX cannot wrap (see TextDirection), broken into lines before it is shown. */
    private static Tooltip inLines(String text) {
        return new Tooltip(TextDirection.inLines(text, 80));
    }

    private static Tooltip wrapped(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(600);
        return tip;
    }

    private static boolean isDelete(KeyEvent key) {
        return key.getCode() == KeyCode.DELETE || key.getCode() == KeyCode.BACK_SPACE;
    }
}
