package dev.readinglist.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The words of rows added or changed since the index's word lists were made: those rows' words in
 * the lists are out of date (a changed row) or missing (an added one), so search asks here for
 * them instead. A row changed again leaves its older entries behind, marked stale by the row's
 * version; writing the index file folds everything into new word lists.
 */
final class DeltaWords {

    private final Map<String, Entries> rowsOfWord = new HashMap<>();
    /** The same words in order, for the range a prefix matches. */
    private final TreeSet<String> sorted = new TreeSet<>();
    /** Each row's current version; an entry of another version is stale. */
    private int[] versions = new int[0];

    /** One word's entries: (version << 32) | row. */
    private static final class Entries {
        long[] items = new long[4];
        int length;

        void add(long entry) {
            if (length == items.length) {
                items = Arrays.copyOf(items, length * 2);
            }
            items[length++] = entry;
        }
    }

    /** A copy that later changes to either leave the other as it is. */
    DeltaWords copy() {
        DeltaWords copy = new DeltaWords();
        rowsOfWord.forEach((word, entries) -> {
            Entries copied = new Entries();
            copied.items = Arrays.copyOf(entries.items, entries.length);
            copied.length = entries.length;
            copy.rowsOfWord.put(word, copied);
        });
        copy.sorted.addAll(sorted);
        copy.versions = versions.clone();
        return copy;
    }

    /** Records the words a row has now (each once). */
    void put(int row, Iterable<String> words) {
        if (row >= versions.length) {
            versions = Arrays.copyOf(versions, Math.max(row + 1, versions.length * 3 / 2 + 16));
        }
        int version = ++versions[row];
        long entry = ((long) version << 32) | row;
        for (String word : words) {
            Entries entries = rowsOfWord.get(word);
            if (entries == null) {
                entries = new Entries();
                rowsOfWord.put(word, entries);
                sorted.add(word);
            }
            entries.add(entry);
        }
    }

    /** Forgets a row's words (a deleted article). */
    void remove(int row) {
        if (row < versions.length) {
            versions[row]++;
        }
    }

    /** Sets the bit of every row whose current words include one starting with {@code prefix}. */
    void addPrefixMatches(String prefix, long[] bits) {
        for (String word : sorted.tailSet(prefix, true)) {
            if (!word.startsWith(prefix)) {
                break;
            }
            Entries entries = rowsOfWord.get(word);
            for (int i = 0; i < entries.length; i++) {
                long entry = entries.items[i];
                int row = (int) entry;
                if (versions[row] == (int) (entry >>> 32)) {
                    bits[row >>> 6] |= 1L << row;
                }
            }
        }
    }

    /** Each word (in String order) with the rows, ascending, that have it now. */
    Map<String, int[]> current() {
        Map<String, int[]> current = new TreeMap<>();
        rowsOfWord.forEach((word, entries) -> {
            int[] rows = new int[entries.length];
            int n = 0;
            for (int i = 0; i < entries.length; i++) {
                long entry = entries.items[i];
                int row = (int) entry;
                if (versions[row] == (int) (entry >>> 32)) {
                    rows[n++] = row;
                }
            }
            if (n > 0) {
                int[] live = Arrays.copyOf(rows, n);
                Arrays.sort(live);
                current.put(word, live);
            }
        });
        return current;
    }

    boolean isEmpty() {
        return rowsOfWord.isEmpty();
    }
}
