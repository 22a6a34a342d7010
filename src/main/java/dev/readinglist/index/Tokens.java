package dev.readinglist.index;

import dev.readinglist.model.TextFolding;
import java.util.Collection;
import java.util.Locale;

/**
 * Splits text into folded words exactly as {@link TextFolding#words} does, without its regular
 * expressions or a String per word in the common all-ASCII case: the index splits a million
 * summaries at load.
 */
final class Tokens {

    private Tokens() {}

    /** Adds every word of {@code text} to {@code postings} for {@code row}, without a String per word. */
    static void addWords(String text, Postings.Builder postings, int row) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int length = text.length();
        int start = -1;
        int hash = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ' ';
            if (c >= 0x80) {
                // Not ASCII after all: fold the whole text. The words added so far were ended by ASCII
                // separators, so the fold finds them too, and adding a word twice for a row changes nothing.
                TextFolding.words(text).forEach(word -> postings.add(word, row));
                return;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + 32 : c);
            } else if (start >= 0) {
                postings.addAscii(text, start, i, hash, row);
                start = -1;
            }
        }
    }

    /** Adds every folded word of {@code text} to {@code words}, as {@link TextFolding#words} splits it. */
    static void addWords(String text, Collection<String> words) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int length = text.length();
        int start = -1;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ' ';
            if (c >= 0x80) {
                words.addAll(TextFolding.words(text));
                return;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
    }
}
