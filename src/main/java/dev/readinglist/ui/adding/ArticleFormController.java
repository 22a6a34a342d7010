package dev.readinglist.ui.adding;

import dev.readinglist.model.TagNames;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UrlKey;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * The Add article and Edit article form. It accepts a title with a word (at most
 * {@value #MAX_TITLE} characters) and a web link; "example.com/page" is taken as
 * https://example.com/page. A problem is said once the user has typed in that field, not before;
 * until then what the Add button still waits for is said as a hint, in grey (a walk met the button off
 * with a title typed and nothing saying that a link was needed).
 */
public final class ArticleFormController {

    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 5_000;

    private static final PseudoClass HINT = PseudoClass.getPseudoClass("hint");
    private static final String TITLE_WORDLESS =
            "A title needs a letter or a digit; left empty, the link is its title.";
    private static final String LINK_NEEDED = "A link is needed.";
    private static final String MINUTES_ONLY = "Reading time takes minutes, in digits, or none.";

    /** A link typed without its scheme: a host with a dot, then anything but spaces. */

    /** What the form holds once it is valid: {@code typedTitle} as typed, empty for the link's; minutes null if none. */
    public record Entry(String typedTitle, String url, String summary, Integer minutes, List<String> tags) {

        /**
         * The article's title: the link's, where none was typed. Kept apart from it, the link put in Title when a
         * taken link brought the form back, and the next link was added under the first one's title (the fifty-seventh
         * walk).
         */
        public String title() {
            return typedTitle.isBlank() ? url : typedTitle;
        }
    }

    /**
     * A link the list turned down, another article having it ({@code refused}), or one it asks about, another
     * article having it over http or with "www."; and what the form says while that link is typed.
     */
    public record Taken(String url, String why, boolean refused) {}

    private final Entry initial;
    private final boolean editing;
    private final Taken taken;
    private final BooleanProperty titleTouched = new SimpleBooleanProperty();
    private final BooleanProperty urlTouched = new SimpleBooleanProperty();
    /** A key typed in Reading time was not a digit. */
    private final BooleanProperty minutesRefused = new SimpleBooleanProperty();

    @FXML
    private TextField titleField;

    @FXML
    private TextField urlField;

    @FXML
    private TextArea summaryArea;

    @FXML
    private TextField minutesField;

    @FXML
    private Label tagsLabel;

    @FXML
    private TextField tagsField;

    @FXML
    private Label problemLabel;

    private BooleanBinding valid;
    private BooleanBinding asking;
    private BooleanBinding holdingTakenLink;

    /**
     * @param initial what the form starts with: the article being edited, a draft to add, or null
     * @param editing true for Edit article (no tags: they are edited in the pane)
     * @param taken a link turned down when this draft was last sent, or null
     */
    public ArticleFormController(Entry initial, boolean editing, Taken taken) {
        this.initial = initial;
        this.editing = editing;
        this.taken = taken;
    }

    @FXML
    private void initialize() {
        // An imported title may be longer than a typed one may be: editing it must not cut it.
        titleField.setTextFormatter(limited(
                Math.max(MAX_TITLE, initial == null ? 0 : initial.typedTitle().length())));
        summaryArea.setTextFormatter(limited(
                Math.max(MAX_SUMMARY, initial == null ? 0 : initial.summary().length())));
        // A letter refused is said: "ten" left the field empty, with nothing said (the thirty-second walk).
        // A key refused inside a number is said until the field is emptied: "1.5" became 15 and "-5" became 5, the
        // refusal gone with the next digit (the fortieth walk).
        boolean[] insideNumber = {false};
        minutesField.setTextFormatter(new TextFormatter<String>(change -> {
            boolean fits = change.getControlNewText().matches("\\d{0,4}");
            if (!fits) {
                minutesRefused.set(true);
                insideNumber[0] |= !change.getControlText().isEmpty();
            } else if (!change.getControlNewText().equals(change.getControlText())
                    && (!insideNumber[0] || change.getControlNewText().isEmpty())) {
                // The field's own commit as it loses the keyboard changes nothing, and leaves what was said.
                minutesRefused.set(false);
                insideNumber[0] = false;
            }
            return fits ? change : null;
        }));
        if (initial != null) {
            titleField.setText(initial.typedTitle());
            // As the pane shows it: "über", not the "%C3%BC" it is kept as, and kept as again when saved.
            urlField.setText(UrlKey.forPeople(initial.url()));
            summaryArea.setText(initial.summary());
            minutesField.setText(
                    initial.minutes() == null ? "" : initial.minutes().toString());
            tagsField.setText(String.join(", ", initial.tags()));
        }
        if (editing) {
            tagsLabel.setVisible(false);
            tagsLabel.setManaged(false);
            tagsField.setVisible(false);
            tagsField.setManaged(false);
        }
        titleField.textProperty().addListener((obs, old, now) -> titleTouched.set(true));
        urlField.textProperty().addListener((obs, old, now) -> urlTouched.set(true));
        urlField.focusedProperty().addListener((obs, had, has) -> {
            if (!has) {
                urlField.setText(withScheme(urlField.getText()));
            }
        });
        titleField.focusedProperty().addListener((obs, had, has) -> {
            if (!has && !linkInTitle().isEmpty()) {
                // Seen where it goes: the title left empty is then the link, as its prompt says.
                urlField.setText(linkInTitle());
                titleField.clear();
            }
        });
        valid = Bindings.createBooleanBinding(
                () -> !isTaken() && problem(true, true).isEmpty(),
                titleField.textProperty(),
                urlField.textProperty(),
                tagsField.textProperty());
        // Reached, the summary takes the caret at its end, where more is written (a click then puts it where it
        // falls): at its start, what the thirty-third walk typed after Tab went before the summary.
        summaryArea.focusedProperty().addListener((obs, had, has) -> {
            if (has) {
                summaryArea.end();
            }
        });
        // A summary is one paragraph: Tab moves on through the form, as in every other field.
        summaryArea.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                (event.isShiftDown() ? titleField : minutesField).requestFocus();
                event.consume();
            }
        });
        holdingTakenLink = Bindings.createBooleanBinding(
                () -> taken != null && isTakenLink(), urlField.textProperty(), titleField.textProperty());
        asking = Bindings.createBooleanBinding(() -> holdingTakenLink.get() && !taken.refused(), holdingTakenLink);
        // Something missing is a hint, typed or not (the fifteenth walk saw "A title is needed." turn red after
        // spaces, or after typing and deleting); something wrong in what was typed is an error.
        BooleanBinding hinting = Bindings.createBooleanBinding(
                () -> {
                    String said = said();
                    return !isTakenLink()
                            && (said.isEmpty() || said.equals(LINK_NEEDED))
                            && !problem(true, true).isEmpty();
                },
                titleField.textProperty(),
                urlField.textProperty(),
                tagsField.textProperty(),
                titleTouched,
                urlTouched);
        problemLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        // A link typed first: the Add button it leaves disabled says why, a title missing.
                        // Reading time's refusal first while the field has the keyboard, and after it while nothing
                        // else is said: left at once with Tab, it was gone before it was read (the thirty-third walk).
                        () -> {
                            String other = isTakenLink()
                                            && (taken.refused()
                                                    || problem(true, true).isEmpty())
                                    ? taken.why()
                                    : hinting.get() ? problem(true, true) : said();
                            return minutesRefused.get() && (minutesField.isFocused() || other.isEmpty())
                                    ? MINUTES_ONLY
                                    : other;
                        },
                        titleField.textProperty(),
                        urlField.textProperty(),
                        tagsField.textProperty(),
                        titleTouched,
                        urlTouched,
                        hinting,
                        minutesRefused,
                        minutesField.focusedProperty()));
        // The refused key said as a hint, not in red: it stopped nothing, and Add worked under a red line (the
        // thirty-ninth walk).
        Runnable hint = () -> problemLabel.pseudoClassStateChanged(
                HINT, hinting.get() || MINUTES_ONLY.equals(problemLabel.getText()));
        hint.run();
        hinting.subscribe(hint);
        problemLabel.textProperty().subscribe(hint);
    }

    /**
     * Where the keyboard starts: the link when adding, the title when editing, the link the list turned down. Called
     * once the dialog shows; asked again when its window first gets the focus, which a dialog opened by a key (F2) may
     * get only after showing.
     */
    public void focusFirst() {
        // Back after a link the list has: the link is what to change.
        TextField first = editing && taken == null ? titleField : urlField;
        first.requestFocus();
        first.end();
        Window window = first.getScene().getWindow();
        if (!window.isFocused()) {
            window.focusedProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable focused) {
                    if (window.isFocused()) {
                        window.focusedProperty().removeListener(this);
                        first.requestFocus();
                        first.end();
                    }
                }
            });
        }
    }

    /** The problem in what the user has typed so far. */
    private String said() {
        return problem(titleTouched.get() || urlTouched.get(), urlTouched.get());
    }

    /**
     * Typing that going to the article with the link would drop unasked: an edit's changes, or what an added
     * article was to have beyond its title and link (the article there has its own of those).
     */
    public boolean holdsMoreThanALink() {
        return editing ? holdsTyping() : holdsBeyondTitleAndLink();
    }

    private boolean holdsBeyondTitleAndLink() {
        return !(summaryArea.getText().isBlank()
                && minutesField.getText().isBlank()
                && tagsField.getText().isBlank());
    }

    /** Whether closing the form would lose what the user typed: anything, when adding; a change, when editing. */
    public boolean holdsTyping() {
        if (!editing) {
            return !titleField.getText().isBlank() || !urlField.getText().isBlank() || holdsBeyondTitleAndLink();
        }
        Entry now = entry();
        return !now.equals(new Entry(
                initial.typedTitle().strip(),
                withScheme(UrlKey.forPeople(initial.url())),
                initial.summary().strip(),
                initial.minutes() == null || initial.minutes() == 0 ? null : initial.minutes(),
                now.tags()));
    }

    private boolean isTaken() {
        return taken != null && taken.refused() && isTakenLink();
    }

    private boolean isTakenLink() {
        return taken != null && link().equals(taken.url());
    }

    private String problem(boolean checkTitle, boolean checkUrl) {
        // An empty title is the link's, as an import's untitled row is: the fifty-sixth walk pasted a link alone, as
        // Pocket and linkding take one, and Add stayed off for want of a title.
        String title = titleField.getText();
        if (checkTitle && !title.isBlank() && TextFolding.words(title).isEmpty()) {
            return TITLE_WORDLESS;
        }
        String url = link();
        if (checkUrl && !UrlKey.isWebLink(url)) {
            return url.isEmpty() ? LINK_NEEDED : "The link must be a web address (https://…).";
        }
        if (!tags().stream().allMatch(TagNames::isValid)) {
            return "Tags cannot contain '|'.";
        }
        return "";
    }

    /** The link: the Link field's, or a link pasted in Title while that is empty. */
    private String link() {
        String inTitle = linkInTitle();
        return inTitle.isEmpty() ? withScheme(urlField.getText()) : inTitle;
    }

    /**
     * A link alone in Title while Link is empty, else "": the form opens in Title, and the fifty-sixth walk pasted a
     * link there, as Pocket and linkding take one, and read "A link is needed.".
     */
    private String linkInTitle() {
        String title = withScheme(titleField.getText());
        return urlField.getText().isBlank()
                        && UrlKey.isWebLink(title)
                        && title.chars().noneMatch(Character::isWhitespace)
                ? title
                : "";
    }

    /** "example.com/page" becomes "https://example.com/page"; anything else stays as typed. */
    static String withScheme(String typed) {
        String url = typed == null ? "" : typed.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("www.") || (!lower.contains("://") && UrlKey.looksLikeHost(url, true))) {
            return "https://" + url;
        }
        return url;
    }

    private List<String> tags() {
        return Arrays.stream(tagsField.getText().split(","))
                .map(String::strip)
                .filter(tag -> !TextFolding.tagKey(tag).isEmpty())
                .toList();
    }

    private static TextFormatter<String> limited(int max) {
        return new TextFormatter<>(change -> {
            int over = change.getControlNewText().length() - max;
            if (over > 0 && change.isContentChange()) {
                String added = change.getText();
                if (added.length() < over) {
                    return null;
                }
                change.setText(added.substring(0, added.length() - over));
                change.setCaretPosition(
                        change.getRangeStart() + change.getText().length());
                change.setAnchor(change.getCaretPosition());
            }
            return change;
        });
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** True while the form asks about a link like another article's: its button adds it anyway. */
    public BooleanBinding askingProperty() {
        return asking;
    }

    /** The Link field still holds the link another article has: the form can show that article. */
    public BooleanBinding holdingTakenLinkProperty() {
        return holdingTakenLink;
    }

    public Entry entry() {
        String minutes = minutesField.getText().strip();
        String url = link();
        return new Entry(
                linkInTitle().isEmpty() ? titleField.getText().strip() : "",
                url,
                summaryArea.getText().strip(),
                minutes.isEmpty() || Integer.parseInt(minutes) == 0 ? null : Integer.valueOf(minutes),
                tags());
    }
}
