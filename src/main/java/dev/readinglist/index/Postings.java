package dev.readinglist.index;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which rows hold which folded word: a sorted word list, so the words a prefix matches are one
 * range, and for each word its rows in ascending order, delta-encoded in variable-length bytes
 * (most gaps fit in one byte, so a million articles' words take tens of megabytes, not hundreds).
 */
final class Postings {

    private final String[] words;
    private final byte[][] rows;

    private Postings(String[] words, byte[][] rows) {
        this.words = words;
        this.rows = rows;
    }

    /** Sets the bit of every row holding a word that starts with {@code prefix}. */
    void addPrefixMatches(String prefix, long[] bits) {
        int from = Arrays.binarySearch(words, prefix);
        if (from < 0) {
            from = -from - 1;
        }
        for (int w = from; w < words.length && words[w].startsWith(prefix); w++) {
            byte[] list = rows[w];
            int row = 0;
            int i = 0;
            while (i < list.length) {
                int gap = 0;
                int shift = 0;
                byte b;
                do {
                    b = list[i++];
                    gap |= (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                row += gap;
                bits[row >>> 6] |= 1L << row;
            }
        }
    }

    /**
     * Collects rows word by word; rows must be added in ascending order. Words are found in an
     * open-addressing table straight from the text they occur in, so a word already seen (almost
     * every word of a large library) costs no new String.
     */
    static final class Builder {
        private String[] words = new String[1 << 14];
        private Growing[] lists = new Growing[1 << 14];
        private int count;

        /** Adds a word that is already folded. */
        void add(String word, int row) {
            int slot = slot(word, 0, word.length(), word.hashCode(), false);
            if (words[slot] == null) {
                slot = insert(slot, word);
            }
            lists[slot].add(row);
        }

        /**
         * Adds the ASCII letters and digits text[start, end), lower-cased, as one word.
         * {@code hash} is the lower-cased word's String hash, computed by the caller while scanning.
         */
        void addAscii(String text, int start, int end, int hash, int row) {
            int slot = slot(text, start, end, hash, true);
            if (words[slot] == null) {
                slot = insert(slot, text.substring(start, end).toLowerCase(Locale.ROOT));
            }
            lists[slot].add(row);
        }

        private int insert(int slot, String word) {
            words[slot] = word;
            lists[slot] = new Growing();
            if (++count * 2 > words.length) {
                grow();
                return slot(word, 0, word.length(), word.hashCode(), false);
            }
            return slot;
        }

        private int slot(String text, int start, int end, int hash, boolean fold) {
            int mask = words.length - 1;
            int slot = mix(hash) & mask;
            while (true) {
                String word = words[slot];
                if (word == null || matches(word, text, start, end, fold)) {
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
        }

        private static boolean matches(String word, String text, int start, int end, boolean fold) {
            if (word.length() != end - start) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = text.charAt(start + i);
                if (fold && c >= 'A' && c <= 'Z') {
                    c += 32;
                }
                if (word.charAt(i) != c) {
                    return false;
                }
            }
            return true;
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16);
        }

        private void grow() {
            String[] oldWords = words;
            Growing[] oldLists = lists;
            words = new String[oldWords.length * 2];
            lists = new Growing[oldWords.length * 2];
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    int slot = slot(oldWords[i], 0, oldWords[i].length(), oldWords[i].hashCode(), false);
                    words[slot] = oldWords[i];
                    lists[slot] = oldLists[i];
                }
            }
        }

        Postings build() {
            Integer[] order = new Integer[count];
            int n = 0;
            for (int i = 0; i < words.length; i++) {
                if (words[i] != null) {
                    order[n++] = i;
                }
            }
            Arrays.sort(order, (a, b) -> words[a].compareTo(words[b]));
            String[] sortedWords = new String[count];
            byte[][] rows = new byte[count][];
            for (int i = 0; i < count; i++) {
                sortedWords[i] = words[order[i]];
                rows[i] = lists[order[i]].toArray();
            }
            words = new String[0];
            lists = new Growing[0];
            return new Postings(sortedWords, rows);
        }
    }

    private static final class Growing {
        private byte[] bytes = new byte[4];
        private int length;
        private int last = -1;

        void add(int row) {
            if (row == last) {
                return;
            }
            int gap = last < 0 ? row : row - last;
            last = row;
            if (length + 5 > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + 5));
            }
            while ((gap & ~0x7F) != 0) {
                bytes[length++] = (byte) ((gap & 0x7F) | 0x80);
                gap >>>= 7;
            }
            bytes[length++] = (byte) gap;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
