package dev.readinglist.index;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;

/**
 * Row orders for the sort keys. Ties keep the default order (the row number), so a sort is
 * stable. Number keys sort as packed longs, which is an order of magnitude faster than a
 * comparator over boxed rows.
 */
final class RowOrder {

    private RowOrder() {
    }

    static int[] byInt(int size, IntUnaryOperator key) {
        long[] packed = new long[size];
        for (int row = 0; row < size; row++) {
            packed[row] = ((long) key.applyAsInt(row) << 32) | row;
        }
        Arrays.parallelSort(packed);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) packed[i];
        }
        return order;
    }

    static int[] byLong(int size, IntToLongFunction key) {
        long[] keys = new long[size];
        for (int row = 0; row < size; row++) {
            keys[row] = key.applyAsLong(row);
        }
        return sorted(size, Comparator.<Integer>comparingLong(row -> keys[row]).thenComparingInt(row -> row));
    }

    static int[] byText(int size, IntFunction<String> key) {
        String[] keys = new String[size];
        for (int row = 0; row < size; row++) {
            keys[row] = key.apply(row);
        }
        return sorted(size, Comparator.<Integer, String>comparing(row -> keys[row], String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(row -> row));
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
