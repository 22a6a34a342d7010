package dev.readinglist.model;

import java.text.Normalizer;
import java.util.ArrayList;
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

    /**
     * The words of a text, folded, as SQLite's unicode61 tokenizer splits them, except that each
     * Chinese, Japanese, Korean, Thai, Lao, Khmer or Myanmar character is a word of its own: those languages do not
     * put spaces between words, and unicode61 makes a whole run one word, which search finds only at its start.
     * A search for several such characters asks for them in a row, which finds them anywhere.
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(withoutLettersOfTheirOwn(fold(text)))) {
            if (!word.isEmpty()) {
                addSplittingCjk(word, words);
            }
        }
        return words;
    }

    /**
     * Letters that carry no accent to take off, written as plain ones when typed without them: "strasse" finds "Straße",
     * "isik" and "ışık" find "Işık", "oeuvre" finds "Œuvre" (the seventy-fourth walk). Only for search: tags and sort
     * keep them as they are.
     */
    private static String withoutLettersOfTheirOwn(String folded) {
        if (isAscii(folded)) {
            return folded;
        }
        StringBuilder plain = new StringBuilder(folded.length() + 4);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case 'ß' -> plain.append("ss");
                case 'ı' -> plain.append('i');
                case 'œ' -> plain.append("oe");
                case 'æ' -> plain.append("ae");
                case 'ø' -> plain.append('o');
                case 'đ', 'ð' -> plain.append('d');
                case 'ł' -> plain.append('l');
                case 'ħ' -> plain.append('h');
                case 'þ' -> plain.append("th");
                default -> plain.append(c);
            }
        }
        return plain.toString();
    }

    private static void addSplittingCjk(String word, List<String> words) {
        int start = 0;
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (isWrittenWithoutSpaces(codePoint)) {
                if (start < i) {
                    words.add(word.substring(start, i));
                }
                words.add(word.substring(i, next));
                start = next;
            }
            i = next;
        }
        if (start == 0) {
            words.add(word);
        } else if (start < word.length()) {
            words.add(word.substring(start));
        }
    }

    /** Han ideographs, kana, Hangul (and the jamo folding decomposes it into), Thai, Lao, Myanmar and Khmer. */
    private static boolean isWrittenWithoutSpaces(int codePoint) {
        return (codePoint >= 0x0E00 && codePoint <= 0x0EFF)
                || (codePoint >= 0x1000 && codePoint <= 0x109F)
                || (codePoint >= 0x1100 && codePoint <= 0x11FF)
                || (codePoint >= 0x1780 && codePoint <= 0x17FF)
                || (codePoint >= 0x2E80 && codePoint <= 0x2FDF)
                || (codePoint >= 0x3005 && codePoint <= 0x3007)
                || (codePoint >= 0x3040 && codePoint <= 0x31FF)
                || (codePoint >= 0x3400 && codePoint <= 0x4DBF)
                || (codePoint >= 0x4E00 && codePoint <= 0x9FFF)
                || (codePoint >= 0xA960 && codePoint <= 0xA97F)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7FF)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFF66 && codePoint <= 0xFF9F)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFF);
    }

    /** The text as the search index keeps it: its words, each character of a script without spaces one, joined. */
    public static String searchWords(String text) {
        return text == null ? null : String.join(" ", words(text));
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
