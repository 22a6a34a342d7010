package dev.readinglist.index;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;

/**
 * Row orders for the sort keys. Ties keep the default order, so a sort is stable. Number keys sort as packed longs, which is an order of magnitude faster than a
 * comparator over boxed rows.
 */
final class RowOrder {

    private RowOrder() {}

    /** @param defaultOrder the rows in the default order, whose ranks break ties */
    static int[] byInt(int[] defaultOrder, IntUnaryOperator key) {
        int size = defaultOrder.length;
        long[] packed = new long[size];
        for (int rank = 0; rank < size; rank++) {
            packed[rank] = ((long) key.applyAsInt(defaultOrder[rank]) << 32) | rank;
        }
        Arrays.parallelSort(packed);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = defaultOrder[(int) packed[i]];
        }
        return order;
    }

    static int[] byLong(int[] defaultOrder, IntToLongFunction key) {
        long[] keys = new long[defaultOrder.length];
        for (int rank = 0; rank < keys.length; rank++) {
            keys[rank] = key.applyAsLong(defaultOrder[rank]);
        }
        return inDefaultTerms(
                defaultOrder,
                sorted(
                        keys.length,
                        Comparator.<Integer>comparingLong(rank -> keys[rank]).thenComparingInt(rank -> rank)));
    }

    static int[] byText(int[] defaultOrder, IntFunction<String> key) {
        String[] keys = new String[defaultOrder.length];
        for (int rank = 0; rank < keys.length; rank++) {
            keys[rank] = key.apply(defaultOrder[rank]);
        }
        TextKeys text = new TextKeys(keys);
        return inDefaultTerms(defaultOrder, sorted(keys.length, (a, b) -> {
            int byText = text.compare(a, b);
            return byText != 0 ? byText : Integer.compare(a, b);
        }));
    }

    /**
     * Case-insensitive comparison with a shortcut: the first eight characters, folded, packed in
     * a long. Two keys whose eight characters are plain ASCII and differ compare by the longs
     * alone, exactly as String.CASE_INSENSITIVE_ORDER would; the rest compare in full.
     */
    private static final class TextKeys {
        private final String[] texts;
        private final long[] prefixes;
        private final boolean[] plain;

        TextKeys(String[] texts) {
            this.texts = texts;
            prefixes = new long[texts.length];
            plain = new boolean[texts.length];
            for (int i = 0; i < texts.length; i++) {
                String text = texts[i];
                long prefix = 0;
                boolean ascii = true;
                for (int c = 0; c < 8; c++) {
                    char ch = c < text.length() ? text.charAt(c) : 0;
                    if (ch >= 0x80 || (ch == 0 && c < text.length())) {
                        ascii = false;
                        break;
                    }
                    // CASE_INSENSITIVE_ORDER orders ASCII as its lower-case form.
                    prefix = prefix << 8 | (ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
                }
                prefixes[i] = prefix;
                plain[i] = ascii;
            }
        }

        int compare(int a, int b) {
            if (plain[a] && plain[b] && prefixes[a] != prefixes[b]) {
                return Long.compare(prefixes[a], prefixes[b]);
            }
            return String.CASE_INSENSITIVE_ORDER.compare(texts[a], texts[b]);
        }
    }

    private static int[] inDefaultTerms(int[] defaultOrder, int[] ranks) {
        int[] order = new int[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            order[i] = defaultOrder[ranks[i]];
        }
        return order;
    }

    /** Newest first (undated last), then by title ignoring case, then by id: the library's own order. */
    static int[] byDefault(int[] published, String[] titles, String[] slugs) {
        TextKeys byTitle = new TextKeys(titles);
        return sorted(published.length, (a, b) -> {
            int pa = published[a];
            int pb = published[b];
            if (pa != pb) {
                return pa == Integer.MIN_VALUE ? 1 : pb == Integer.MIN_VALUE ? -1 : Integer.compare(pb, pa);
            }
            int title = byTitle.compare(a, b);
            return title != 0 ? title : slugs[a].compareTo(slugs[b]);
        });
    }

    private static int[] sorted(int size, Comparator<Integer> comparator) {
        Integer[] rows = new Integer[size];
        for (int i = 0; i < size; i++) {
            rows[i] = i;
        }
        Arrays.parallelSort(rows, comparator);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = rows[i];
        }
        return order;
    }
}
