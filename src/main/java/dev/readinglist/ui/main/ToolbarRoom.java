package dev.readinglist.ui.main;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * What a toolbar too narrow for everything leaves out, once the search field is down to its
 * minimum: first the time left, then the whole progress box (the status switch's counts say the
 * same numbers), last the switch's counts. Before, the toolbar's minimum width grew with the counts
 * (at 100k articles it was wider than a window on an 800-pixel screen), and the window laid out its
 * right side, detail pane included, beyond its edge.
 */
final class ToolbarRoom {

    /** The progress bar may be shortened to this, under its labels, before the progress gives way. */
    private static final double SHORTEST_BAR = 120;

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final HBox toolbar;
    private final Region search;
    private final Region statusSwitch;
    private final Region progressBox;
    private final Labeled progressLabel;
    private final Labeled timeLeft;
    private final Region progressBar;
    private final List<StatusButton> buttons = new ArrayList<>();
    private final BooleanProperty countsShown = new SimpleBooleanProperty(true);
    private final InvalidationListener fit = obs -> fit();
    /** Each status button's widest text with its count so far. */
    private final Map<Labeled, Double> widest = new HashMap<>();
    /** The progress box's widest so far: kept, as the counts' are (see {@link #fit}). */
    private double widestProgress;

    /** Buttons given room for a wider text than they show, with that text. */
    private final Map<Labeled, String> roomFor = new HashMap<>();

    private record StatusButton(Labeled button, String name, ObservableStringValue withCount) {}

    /** The progress box holds a line of {@code progressLabel} and {@code timeLeft} above {@code progressBar}. */
    ToolbarRoom(
            HBox toolbar,
            Region search,
            Region statusSwitch,
            Region progressBox,
            Labeled progressLabel,
            Labeled timeLeft,
            Region progressBar) {
        this.toolbar = toolbar;
        this.search = search;
        this.statusSwitch = statusSwitch;
        this.progressBox = progressBox;
        this.progressLabel = progressLabel;
        this.timeLeft = timeLeft;
        this.progressBar = progressBar;
        // The toolbar must see the window's real width to decide: a minimum of the sum of its parts
        // made the window lay it out (and the split below it) wider than itself.
        toolbar.setMinWidth(0);
        toolbar.widthProperty().addListener(fit);
        progressLabel.textProperty().addListener(fit);
        timeLeft.textProperty().addListener(fit);
    }

    /** A status button shows "Unread 66,698" while there is room, "Unread" otherwise; its tooltip always has the count. */
    void statusButton(Labeled button, String name, ObservableStringValue withCount) {
        buttons.add(new StatusButton(button, name, withCount));
        Tooltip count = new Tooltip();
        count.textProperty().bind(withCount);
        button.setTooltip(count);
        withCount.addListener(fit);
        button.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> countsShown.get() ? withCount.get() : name, withCount, countsShown));
    }

    /**
     * {@code button} is as wide as {@code widest} from the start, where the progress keeps its place beside it:
     * "Tags ▾" becoming "Tags (1) ▾" narrowed the progress, which moved under the pointer (the thirty-second walk).
     */
    void roomFor(Labeled button, String widest) {
        roomFor.put(button, widest);
        button.textProperty().addListener(fit);
    }

    private void fit() {
        double width = toolbar.getWidth();
        if (width <= 0) {
            return;
        }
        // Measured at the text shown; the room for the widest is taken below, where the progress can spare it.
        double spare = 0;
        for (Map.Entry<Labeled, String> each : roomFor.entrySet()) {
            Labeled button = each.getKey();
            double shown = labelWidth(button, button.getText());
            button.setMinWidth(shown);
            spare += Math.max(0, labelWidth(button, each.getValue()) - shown);
        }
        double fixed = toolbar.snappedLeftInset() + toolbar.snappedRightInset();
        for (Node child : toolbar.getChildren()) {
            if (child != search && child != statusSwitch && child != progressBox) {
                // A child's minimum can be above its text's width (the Tags button, kept wide by app.css).
                fixed += (HBox.getHgrow(child) == Priority.ALWAYS
                                ? child.minWidth(-1)
                                : Math.max(child.minWidth(-1), child.prefWidth(-1)))
                        + toolbar.getSpacing();
            }
        }
        double switchWithCounts = switchWidth();
        double besideSearch = width - fixed - switchWithCounts - toolbar.getSpacing();
        double room = besideSearch - search.minWidth(-1) - toolbar.getSpacing();
        double bar = Math.min(progressBar.prefWidth(-1), SHORTEST_BAR);
        double line = progressLabel.prefWidth(-1);
        // Room for a wider text only where the progress keeps its place beside it: at 720 px it cost the progress.
        if (spare > 0 && room - spare >= Math.max(bar, line)) {
            roomFor.forEach((button, widest) ->
                    button.setMinWidth(Math.max(labelWidth(button, widest), labelWidth(button, button.getText()))));
            room -= spare;
        }
        double lineGap = timeLeft.getParent() instanceof HBox row ? row.getSpacing() : 0;
        // As tall with the progress as without it, so that the table does not move when it comes or goes.
        toolbar.setMinHeight(toolbar.snappedTopInset() + toolbar.snappedBottomInset() + progressBox.prefHeight(-1));
        show(timeLeft, room >= Math.max(bar, line + lineGap + widestTimeLeft()));
        show(progressBox, room >= Math.max(bar, line));
        // As wide as it has been: a shorter "x h y min left" gave the search field its pixels back, and the field,
        // the switch, ★ and Tags moved sideways under the pointer, by about 8 px at 800x600 (the twenty-ninth walk).
        double natural = Math.max(
                progressBar.prefWidth(-1), line + (timeLeft.isManaged() ? lineGap + timeLeft.prefWidth(-1) : 0));
        double fits = Math.max(room, 0);
        widestProgress = Math.max(widestProgress, Math.min(natural, fits));
        progressBox.setMinWidth(Math.min(widestProgress, fits));
        countsShown.set(besideSearch >= search.minWidth(-1));
        for (StatusButton status : buttons) {
            status.button().setMinWidth(countsShown.get() ? widest.get(status.button()) : Region.USE_COMPUTED_SIZE);
        }
    }

    /**
     * The time left as wide as it can read with as many hours: "8 h 9 min left" showed and "7 h 57 min left", after
     * one more article read, did not; the time came and went as the user read (the thirty-fourth walk). Measured from
     * the text, as a label's own width may not have caught up with it yet.
     */
    private double widestTimeLeft() {
        String text = timeLeft.getText() == null ? "" : timeLeft.getText();
        String widest = DIGITS.matcher(text)
                .replaceAll(digits -> "0".repeat(Math.max(2, digits.group().length())));
        return labelWidth(timeLeft, widest);
    }

    /**
     * The switch's width with the counts, whether it shows them now or not: each button as wide as
     * its widest count so far, and kept that wide. A filter that shrinks the counts (the starred
     * ones, say) then neither moves the buttons under the pointer nor brings the progress in, for
     * the next filter to take it out again. Each button also has room for as many digits as the
     * largest count has: "Read 9" becoming "Read 10" moved ★ and Tags under the pointer (the
     * twenty-ninth walk), and no count can outgrow the largest.
     */
    private double switchWidth() {
        String largest = buttons.stream()
                .map(ToolbarRoom::count)
                .max(Comparator.comparingInt(String::length))
                .orElse("");
        double width = statusSwitch.snappedLeftInset() + statusSwitch.snappedRightInset();
        for (StatusButton status : buttons) {
            Labeled button = status.button();
            double text =
                    Math.max(textWidth(button, status.withCount().get()), textWidth(button, status.name() + largest));
            double natural = Math.ceil(text + button.snappedLeftInset() + button.snappedRightInset());
            width += widest.merge(button, natural, Math::max);
        }
        return width;
    }

    /** " 12,031" of "Unread 12,031"; empty while the button has no count. */
    private static String count(StatusButton status) {
        String text = status.withCount().get();
        return text != null && text.startsWith(status.name())
                ? text.substring(status.name().length())
                : "";
    }

    private static double labelWidth(Labeled button, String text) {
        return Math.ceil(textWidth(button, text) + button.snappedLeftInset() + button.snappedRightInset());
    }

    private static double textWidth(Labeled labeled, String text) {
        Text measure = new Text(text == null ? "" : text);
        measure.setFont(labeled.getFont());
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    private static void show(Node node, boolean shown) {
        if (node.isManaged() != shown) {
            node.setManaged(shown);
            node.setVisible(shown);
        }
    }
}
