package dev.readinglist.ui.common;

/**
 * Whether a user's text holds letters read right to left (Hebrew, Arabic). JavaFX 26 cannot wrap such text: a wrapped
 * Hebrew or Arabic title lost its first word and showed its last twice, and at some widths JavaFX threw inside its
 * layout (PrismTextLayout.computeTrailingSpaceWidth) and left the window half drawn until it was restarted, every
 * start after while that article was selected (the seventy-fourth walk). Such text is shown on one line, cut with an
 * ellipsis, and whole in its tooltip, broken into lines at spaces by {@link #inLines}, which JavaFX draws right.
 */
public final class TextDirection {

    private TextDirection() {}

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
