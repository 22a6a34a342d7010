package dev.readinglist.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text the way search compares it: without case and without accents. */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

    private TextFolding() {}

    /** "Café Crème" becomes "cafe creme". */
    public static String fold(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT); // nothing to decompose: imports fold every title and tag
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** True when the text has no character beyond ASCII, so folding is only lower-casing. */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The words of a text, folded, as SQLite's unicode61 tokenizer splits them. */
    public static List<String> words(String text) {
        return Arrays.stream(NON_WORD.split(fold(text)))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /**
     * The key a tag is matched by: folded, with spaces, underscores and hyphens made one hyphen,
     * so "Distributed Systems", "distributed-systems" and "DISTRIBUTED_SYSTEMS" are one tag.
     */
    public static String tagKey(String tag) {
        String key = SEPARATORS.matcher(fold(tag.strip())).replaceAll("-");
        int start = 0;
        int end = key.length();
        while (start < end && key.charAt(start) == '-') {
            start++;
        }
        while (end > start && key.charAt(end - 1) == '-') {
            end--;
        }
        return key.substring(start, end);
    }
}
