package dev.readinglist.index;

import java.util.Arrays;

/** Fixed-size bit sets as plain long arrays: the index combines a few per keystroke at a million rows. */
final class Bits {

    private Bits() {}

    static long[] none(int size) {
        return new long[(size + 63) >>> 6];
    }

    static long[] all(int size) {
        long[] bits = none(size);
        Arrays.fill(bits, -1L);
        int spare = bits.length * 64 - size;
        if (spare > 0) {
            bits[bits.length - 1] = -1L >>> spare;
        }
        return bits;
    }

    static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    static void clear(long[] bits, int i) {
        bits[i >>> 6] &= ~(1L << i);
    }

    static void put(long[] bits, int i, boolean value) {
        if (value) {
            set(bits, i);
        } else {
            clear(bits, i);
        }
    }

    static boolean get(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }

    static void and(long[] target, long[] other) {
        for (int i = 0; i < target.length; i++) {
            target[i] &= other[i];
        }
    }

    static void or(long[] target, long[] other) {
        for (int i = 0; i < target.length; i++) {
            target[i] |= other[i];
        }
    }

    static void andNot(long[] target, long[] other) {
        for (int i = 0; i < target.length; i++) {
            target[i] &= ~other[i];
        }
    }

    static int count(long[] bits) {
        int n = 0;
        for (long word : bits) {
            n += Long.bitCount(word);
        }
        return n;
    }

    static int countBoth(long[] a, long[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            n += Long.bitCount(a[i] & b[i]);
        }
        return n;
    }
}
