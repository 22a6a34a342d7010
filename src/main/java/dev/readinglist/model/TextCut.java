package dev.readinglist.model;

import java.text.BreakIterator;

/** Text cut short for a line or a label, never inside a letter: an emoji, a family of emoji, or an accent kept whole. */
public final class TextCut {

    private TextCut() {}

    /**
     * The text if it has at most {@code max} characters, else its start and "…", cut at a space in its second half or
     * else between two letters as a reader sees them: cut by chars, "🚀" printed as "?" and an "e" lost its accents
     * (the seventy-fourth walk).
     */
    public static String shortened(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut <= max / 2) {
            BreakIterator letters = BreakIterator.getCharacterInstance();
            letters.setText(text);
            cut = letters.preceding(max);
        }
        return text.substring(0, cut).strip() + "…";
    }
}
