package dev.readinglist.index;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Which rows hold which folded word: a sorted word list, so the words a prefix matches are one
 * range, and for each word its rows in ascending order, delta-encoded in variable-length bytes
 * (most gaps fit in one byte, so a million articles' words take tens of megabytes, not hundreds).
 */
final class Postings {

    /** The folded words in UTF-8, sorted by their bytes (so a prefix's words are one range); word w is [wordEnds[w - 1], wordEnds[w]). */
    private final byte[] words;

    private final int[] wordEnds;
    /**
     * Each word's rows, delta-coded; word w's are [listEnds[w - 1], listEnds[w]). Read from the index
     * file, they stay in its mapping: copying them out took a tenth of a second at a million articles,
     * before the first search. A word's list is copied out in one piece when searched, as reading a
     * segment byte by byte is slow where only C1 compiles.
     */
    private final MemorySegment lists;

    private final int[] listEnds;

    Postings(byte[] words, int[] wordEnds, MemorySegment lists, int[] listEnds) {
        this.words = words;
        this.wordEnds = wordEnds;
        this.lists = lists;
        this.listEnds = listEnds;
    }

    int wordCount() {
        return wordEnds.length;
    }

    byte[] words() {
        return words;
    }

    int[] wordEnds() {
        return wordEnds;
    }

    int[] listEnds() {
        return listEnds;
    }

    /** Sets the bit of every row holding a word that starts with {@code prefix}. */
    void addPrefixMatches(String prefix, long[] bits) {
        byte[] wanted = prefix.getBytes(StandardCharsets.UTF_8);
        int rows = bits.length << 6;
        byte[] list = new byte[0];
        for (int w = firstAtOrAfter(wanted); w < wordEnds.length && startsWith(w, wanted); w++) {
            list = listOf(w, list);
            int i = 0;
            int end = listLength(w);
            int row = 0;
            while (i < end) {
                int gap = 0;
                int shift = 0;
                byte b;
                do {
                    b = list[i++];
                    gap |= (b & 0x7F) << shift;
                    shift += 7;
                } while (b < 0);
                row += gap;
                if (row >= rows) {
                    throw new IllegalStateException("the index's word lists are damaged");
                }
                bits[row >>> 6] |= 1L << row;
            }
        }
    }

    /** Calls {@code each} with every row of word w, in ascending order. */
    void forEachRow(int w, IntConsumer each) {
        byte[] list = listOf(w, new byte[0]);
        int i = 0;
        int end = listLength(w);
        int row = 0;
        while (i < end) {
            int gap = 0;
            int shift = 0;
            byte b;
            do {
                b = list[i++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            row += gap;
            each.accept(row);
        }
    }

    private int listLength(int w) {
        return listEnds[w] - (w == 0 ? 0 : listEnds[w - 1]);
    }

    /** Word w's list at the start of {@code into}, or of a larger array when it does not fit. */
    private byte[] listOf(int w, byte[] into) {
        int length = listLength(w);
        byte[] list = into.length >= length ? into : new byte[Math.max(length, into.length * 2)];
        MemorySegment.copy(lists, ValueLayout.JAVA_BYTE, w == 0 ? 0 : listEnds[w - 1], list, 0, length);
        return list;
    }

    /** Word w, as text. */
    String word(int w) {
        int from = w == 0 ? 0 : wordEnds[w - 1];
        return new String(words, from, wordEnds[w] - from, StandardCharsets.UTF_8);
    }

    /** The first word not below {@code wanted} in byte order. */
    private int firstAtOrAfter(byte[] wanted) {
        int low = 0;
        int high = wordEnds.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compare(mid, wanted) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int compare(int w, byte[] other) {
        int from = w == 0 ? 0 : wordEnds[w - 1];
        return Arrays.compareUnsigned(words, from, wordEnds[w], other, 0, other.length);
    }

    private boolean startsWith(int w, byte[] prefix) {
        int from = w == 0 ? 0 : wordEnds[w - 1];
        return wordEnds[w] - from >= prefix.length
                && Arrays.equals(words, from, from + prefix.length, prefix, 0, prefix.length);
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
            byte[][] utf8 = new byte[count][];
            Integer[] order = new Integer[count];
            int n = 0;
            for (int i = 0; i < words.length; i++) {
                if (words[i] != null) {
                    utf8[n] = words[i].getBytes(StandardCharsets.UTF_8);
                    lists[n] = lists[i];
                    order[n] = n;
                    n++;
                }
            }
            Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(utf8[a], utf8[b]));
            int[] wordEnds = new int[count];
            int[] listEnds = new int[count];
            long wordBytes = 0;
            long listBytes = 0;
            for (int i = 0; i < count; i++) {
                wordBytes += utf8[order[i]].length;
                listBytes += lists[order[i]].length();
                if (listBytes > Integer.MAX_VALUE) {
                    throw new IllegalStateException("more words than the index holds");
                }
                wordEnds[i] = (int) wordBytes;
                listEnds[i] = (int) listBytes;
            }
            byte[] allWords = new byte[(int) wordBytes];
            byte[] allLists = new byte[(int) listBytes];
            for (int i = 0; i < count; i++) {
                byte[] word = utf8[order[i]];
                System.arraycopy(word, 0, allWords, i == 0 ? 0 : wordEnds[i - 1], word.length);
                Growing list = lists[order[i]];
                list.copyTo(allLists, i == 0 ? 0 : listEnds[i - 1]);
            }
            words = new String[0];
            lists = new Growing[0];
            return new Postings(allWords, wordEnds, MemorySegment.ofArray(allLists), listEnds);
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

        int length() {
            return length;
        }

        void copyTo(byte[] target, int at) {
            System.arraycopy(bytes, 0, target, at, length);
        }
    }
}
