package dev.readinglist.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;

/**
 * Whether a user's text holds letters read right to left (Hebrew, Arabic). JavaFX 26 cannot wrap such text: a wrapped
 * Hebrew or Arabic title lost its first word and showed its last twice, and at some widths JavaFX threw inside its
 * layout (PrismTextLayout.computeTrailingSpaceWidth) and left the window half drawn until it was restarted, every
 * start after while that article was selected (the seventy-fourth walk). Such text is shown on one line, cut with an
 * ellipsis, and whole in its tooltip, broken into lines at spaces by {@link #inLines}, which JavaFX draws right. A
 * text area does not wrap while it holds such text: at 800x600 an Arabic line pasted into a note stopped the window
 * drawing, and keys typed after it replaced the note unseen (the seventy-fifth walk).
 */
public final class TextDirection {

    private TextDirection() {}

    /** Each wrapping label or text area of a view loaded from FXML, as {@link #wrapUnlessRightToLeft} says. */
    static void guard(Iterable<Object> nodes) {
        for (Object node : nodes) {
            if (node instanceof Labeled labeled && labeled.isWrapText()) {
                wrapUnlessRightToLeft(labeled);
            } else if (node instanceof TextArea area && area.isWrapText()) {
                wrapUnlessRightToLeft(area);
            }
        }
    }

    /** Wraps the area's lines as it was told to, except while its text holds right-to-left letters. */
    public static void wrapUnlessRightToLeft(TextArea area) {
        follow(area.textProperty(), area.wrapTextProperty());
    }

    /** Wraps the label's text as it was told to, except while it holds right-to-left letters (cut with "…" then). */
    public static void wrapUnlessRightToLeft(Labeled label) {
        follow(label.textProperty(), label.wrapTextProperty());
    }

    public static void wrapUnlessRightToLeft(Tooltip tip) {
        follow(tip.textProperty(), tip.wrapTextProperty());
    }

    private static void follow(StringProperty text, BooleanProperty wrap) {
        boolean wraps = wrap.get();
        InvalidationListener check = changed -> wrap.set(wraps && !hasRightToLeft(text.get()));
        text.addListener(check);
        check.invalidated(text);
    }

    public static boolean hasRightToLeft(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            byte direction = Character.getDirectionality(codePoint);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /** The text with a line break at the last space before every {@code width} characters, so nothing wraps softly. */
    public static String inLines(String text, int width) {
        StringBuilder lines = new StringBuilder(text.length() + text.length() / width);
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = lines.length() + 1;
                lastSpace = -1;
            } else if (c == ' ') {
                lastSpace = lines.length();
            }
            lines.append(c);
            if (lines.length() - lineStart > width && lastSpace > lineStart) {
                lines.setCharAt(lastSpace, '\n');
                lineStart = lastSpace + 1;
                lastSpace = -1;
            }
        }
        return lines.toString();
    }
}
