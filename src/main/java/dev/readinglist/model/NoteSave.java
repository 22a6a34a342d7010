package dev.readinglist.model;

/**
 * What saving a typed note stored: {@code above}, the typed text, then {@code below}. Both are
 * empty unless the note was changed elsewhere since typing began; then they hold what that change
 * added around the text typed over, or the other text whole, below, under a line saying so.
 *
 * @param stored the note as stored
 * @param above what the note holds above the typed text
 * @param below what the note holds below the typed text
 * @param cleared the note had been cleared elsewhere since typing began, and the typed text is it again
 */
public record NoteSave(String stored, String above, String below, boolean cleared) {

    public NoteSave(String stored, String above, String below) {
        this(stored, above, below, false);
    }

    public NoteSave {
        if (!stored.startsWith(above) || !stored.endsWith(below) || above.length() + below.length() > stored.length()) {
            throw new IllegalArgumentException("the stored note does not hold the parts around the typed text");
        }
    }

    /** The typed text, as stored between the parts around it. */
    public String typed() {
        return stored.substring(above.length(), stored.length() - below.length());
    }

    /** Whether the note was changed elsewhere: something stands around the typed text. */
    public boolean keptOther() {
        return !above.isEmpty() || !below.isEmpty();
    }
}
