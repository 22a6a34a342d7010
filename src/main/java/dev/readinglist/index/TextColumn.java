package dev.readinglist.index;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One text per row, kept as UTF-8 in one block (an array, or the index file's mapped bytes, which
 * cost no heap and are read only for the rows a table shows), with the texts set since then held
 * as strings. A row's text is decoded when asked for: a million titles are never all strings at once.
 */
final class TextColumn {

    /** The bytes of rows [0, baseSize); row i's are [offsets[i], offsets[i + 1]). */
    private final MemorySegment bytes;

    private final int[] offsets;
    private final int baseSize;
    /** Texts set after the base was made, by row; null where the base text stands. */
    private String[] changed;

    TextColumn(MemorySegment bytes, int[] offsets) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.baseSize = offsets.length - 1;
    }

    /** A copy that later changes to either leave the other as it is. */
    TextColumn copy() {
        TextColumn copy = new TextColumn(bytes, offsets);
        copy.changed = changed == null ? null : changed.clone();
        return copy;
    }

    /** A column of these texts: their UTF-8 in one array. */
    static TextColumn of(String[] texts, int size) {
        int[] offsets = new int[size + 1];
        byte[][] encoded = new byte[size][];
        long total = 0;
        for (int i = 0; i < size; i++) {
            encoded[i] = texts[i] == null ? new byte[0] : texts[i].getBytes(StandardCharsets.UTF_8);
            total += encoded[i].length;
            if (total > Integer.MAX_VALUE) {
                throw new IllegalStateException("more text than one index column holds");
            }
            offsets[i + 1] = (int) total;
        }
        byte[] all = new byte[(int) total];
        for (int i = 0; i < size; i++) {
            System.arraycopy(encoded[i], 0, all, offsets[i], encoded[i].length);
        }
        return new TextColumn(MemorySegment.ofArray(all), offsets);
    }

    /** The text of a row; "" where there is none. */
    String get(int row) {
        if (changed != null && row < changed.length && changed[row] != null) {
            return changed[row];
        }
        if (row >= baseSize) {
            return "";
        }
        int from = offsets[row];
        int length = offsets[row + 1] - from;
        if (length == 0) {
            return "";
        }
        byte[] utf8 = new byte[length];
        MemorySegment.copy(bytes, ValueLayout.JAVA_BYTE, from, utf8, 0, length);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** The text a base row was made with, whatever was set since: the order of ids by slug is the base's. */
    String base(int row) {
        int from = offsets[row];
        int length = offsets[row + 1] - from;
        byte[] utf8 = new byte[length];
        MemorySegment.copy(bytes, ValueLayout.JAVA_BYTE, from, utf8, 0, length);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    boolean isEmpty(int row) {
        if (changed != null && row < changed.length && changed[row] != null) {
            return changed[row].isEmpty();
        }
        return row >= baseSize || offsets[row] == offsets[row + 1];
    }

    /** Sets a row's text (null is kept as ""); {@code capacity} is how many rows the index has room for. */
    void set(int row, String text, int capacity) {
        if (changed == null) {
            changed = new String[Math.max(capacity, row + 1)];
        } else if (row >= changed.length) {
            changed = Arrays.copyOf(changed, Math.max(capacity, row + 1));
        }
        changed[row] = text == null ? "" : text;
    }

    /** The UTF-8 of a row, for writing the index file. */
    byte[] utf8(int row) {
        if (changed != null && row < changed.length && changed[row] != null) {
            return changed[row].getBytes(StandardCharsets.UTF_8);
        }
        if (row >= baseSize) {
            return new byte[0];
        }
        int from = offsets[row];
        byte[] utf8 = new byte[offsets[row + 1] - from];
        MemorySegment.copy(bytes, ValueLayout.JAVA_BYTE, from, utf8, 0, utf8.length);
        return utf8;
    }

    /** The base rows' bytes unchanged since: the writer copies such a run in one go. */
    boolean unchanged(int row) {
        return row < baseSize && (changed == null || row >= changed.length || changed[row] == null);
    }

    MemorySegment baseBytes() {
        return bytes;
    }

    int baseOffset(int row) {
        return offsets[row];
    }
}
