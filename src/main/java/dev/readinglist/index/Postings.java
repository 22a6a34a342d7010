package dev.readinglist.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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

    int wordCount() {
        return words.length;
    }

    /** Collects rows word by word; rows must be added in ascending order. */
    static final class Builder {
        private final Map<String, Growing> lists = new HashMap<>(1 << 16);

        void add(String word, int row) {
            lists.computeIfAbsent(word, w -> new Growing()).add(row);
        }

        Postings build() {
            String[] words = lists.keySet().toArray(String[]::new);
            Arrays.sort(words);
            byte[][] rows = new byte[words.length][];
            for (int i = 0; i < words.length; i++) {
                rows[i] = lists.get(words[i]).toArray();
            }
            lists.clear();
            return new Postings(words, rows);
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
