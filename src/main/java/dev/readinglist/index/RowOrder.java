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

    private RowOrder() {
    }

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
        return inDefaultTerms(defaultOrder, sorted(keys.length, Comparator.<Integer>comparingLong(rank -> keys[rank])
                .thenComparingInt(rank -> rank)));
    }

    static int[] byText(int[] defaultOrder, IntFunction<String> key) {
        String[] keys = new String[defaultOrder.length];
        for (int rank = 0; rank < keys.length; rank++) {
            keys[rank] = key.apply(defaultOrder[rank]);
        }
        return inDefaultTerms(defaultOrder, sorted(keys.length,
                Comparator.<Integer, String>comparing(rank -> keys[rank], String.CASE_INSENSITIVE_ORDER).thenComparingInt(rank -> rank)));
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
        return sorted(published.length, (a, b) -> {
            int pa = published[a];
            int pb = published[b];
            if (pa != pb) {
                return pa == Integer.MIN_VALUE ? 1 : pb == Integer.MIN_VALUE ? -1 : Integer.compare(pb, pa);
            }
            int byTitle = String.CASE_INSENSITIVE_ORDER.compare(titles[a], titles[b]);
            return byTitle != 0 ? byTitle : slugs[a].compareTo(slugs[b]);
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
