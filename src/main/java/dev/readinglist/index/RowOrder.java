package dev.readinglist.index;

import dev.readinglist.model.TextFolding;
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

    /**
     * How the text columns sort: as search folds them, without accents or case, with numbers by their value
     * ({@link NaturalOrder}), then as written. "Über" and "Ärger" sorted after "Zig" (the fortieth walk); without the
     * accents they sort among the U's and A's.
     */
    static final Comparator<String> TEXT =
            Comparator.comparing(TextFolding::fold, NaturalOrder::compare).thenComparing(String.CASE_INSENSITIVE_ORDER);

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
        TextKeys text = new TextKeys(keys, true);
        return inDefaultTerms(defaultOrder, sorted(keys.length, (a, b) -> {
            int byText = text.compare(a, b);
            return byText != 0 ? byText : Integer.compare(a, b);
        }));
    }

    /** {@code rows} by exact text ({@link String#compareTo}), as a binary search for an id needs them. */
    static int[] byExactText(int[] rows, IntFunction<String> key) {
        String[] keys = new String[rows.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key.apply(rows[i]);
        }
        return inDefaultTerms(rows, sorted(keys.length, (a, b) -> keys[a].compareTo(keys[b])));
    }

    /**
     * Case-insensitive comparison with a shortcut: the first eight characters, folded, packed in
     * a long. Two keys whose eight characters are plain ASCII and differ compare by the longs
     * alone, exactly as the full comparison would; the rest compare in full.
     */
    private static final class TextKeys {
        private final String[] texts;
        private final long[] prefixes;
        private final boolean[] plain;
        /** Folded, for a text that is not plain ASCII when folding; else null. */
        private final String[] folded;

        private final boolean natural;

        /** @param natural as {@link #TEXT}, folded and numbers by value; else as String.CASE_INSENSITIVE_ORDER */
        TextKeys(String[] texts, boolean natural) {
            this.texts = texts;
            this.natural = natural;
            prefixes = new long[texts.length];
            plain = new boolean[texts.length];
            folded = new String[texts.length];
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
                    if (natural && NaturalOrder.isDigit(ch)) {
                        // A number's first digits do not tell its value: the prefix ends at it, as '0'.
                        prefix = (prefix << 8 | '0') << 8 * (7 - c);
                        break;
                    }
                    // CASE_INSENSITIVE_ORDER orders ASCII as its lower-case form.
                    prefix = prefix << 8 | NaturalOrder.lower(ch);
                }
                prefixes[i] = prefix;
                plain[i] = ascii;
                if (natural && !TextFolding.isAscii(text)) {
                    folded[i] = TextFolding.fold(text);
                }
            }
        }

        int compare(int a, int b) {
            if (plain[a] && plain[b] && prefixes[a] != prefixes[b]) {
                return Long.compare(prefixes[a], prefixes[b]); // folded, their first eight characters differ too
            }
            if (natural) {
                // Plain ASCII folds to its lower case, which NaturalOrder takes it as.
                int byFolded = NaturalOrder.compare(
                        folded[a] != null ? folded[a] : texts[a], folded[b] != null ? folded[b] : texts[b]);
                if (byFolded != 0) {
                    return byFolded;
                }
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

    /**
     * {@code rows} newest first by {@code day} (see ArticleIndex.orderDay; none last), then the last added first
     * (none last), then by title ignoring case, then by id: the library's own order.
     */
    static int[] byDefault(
            int[] rows,
            IntUnaryOperator day,
            IntToLongFunction added,
            IntFunction<String> title,
            IntFunction<String> slug) {
        int size = rows.length;
        int[] dates = new int[size];
        long[] addedAt = new long[size];
        String[] titles = new String[size];
        String[] slugs = new String[size];
        for (int i = 0; i < size; i++) {
            dates[i] = day.applyAsInt(rows[i]);
            addedAt[i] = added.applyAsLong(rows[i]);
            titles[i] = title.apply(rows[i]);
            slugs[i] = slug.apply(rows[i]);
        }
        // As the store's SQL orders a day's titles (COLLATE NOCASE), not folded.
        TextKeys byTitle = new TextKeys(titles, false);
        return inDefaultTerms(rows, sorted(size, (a, b) -> {
            int pa = dates[a];
            int pb = dates[b];
            if (pa != pb) {
                return pa == Integer.MIN_VALUE ? 1 : pb == Integer.MIN_VALUE ? -1 : Integer.compare(pb, pa);
            }
            if (addedAt[a] != addedAt[b]) {
                return Long.compare(addedAt[b], addedAt[a]);
            }
            int byText = byTitle.compare(a, b);
            return byText != 0 ? byText : slugs[a].compareTo(slugs[b]);
        }));
    }

    /**
     * An order brought up to date: the rows {@code drop} marks taken out, and {@code add} put in
     * where {@code byRow} places them. Linear in the order's length, plus a binary search for each
     * added row: a read toggle or an import of a thousand articles does not sort a million again.
     */
    static int[] merged(int[] order, long[] drop, int[] add, Comparator<Integer> byRow) {
        int kept = 0;
        int[] keptRows = new int[order.length];
        for (int row : order) {
            if (!Bits.get(drop, row)) {
                keptRows[kept++] = row;
            }
        }
        Integer[] adding = new Integer[add.length];
        for (int i = 0; i < add.length; i++) {
            adding[i] = add[i];
        }
        Arrays.sort(adding, byRow);
        int[] merged = new int[kept + adding.length];
        int out = 0;
        int from = 0;
        for (int row : adding) {
            int low = from;
            int high = kept;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (byRow.compare(keptRows[mid], row) < 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            System.arraycopy(keptRows, from, merged, out, low - from);
            out += low - from;
            merged[out++] = row;
            from = low;
        }
        System.arraycopy(keptRows, from, merged, out, kept - from);
        return merged;
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
