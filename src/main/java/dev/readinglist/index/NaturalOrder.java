package dev.readinglist.index;

/**
 * Text compared as people number things: a run of digits by its value, so "#91" comes before "#909" and "New article
 * 2" before "New article 10" (the sixty-third walk and an earlier one found them the other way). Letters compare
 * without case (ASCII; folded text is lower case already). Against another character a number stands where its digits
 * do; a number's leading zeros count only where nothing else tells two texts apart.
 */
final class NaturalOrder {

    private NaturalOrder() {}

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byValue = compareNumbers(a, skipZeros(a, i, endA), endA, b, skipZeros(b, j, endB), endB);
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
                continue;
            }
            // A digit against anything else: every digit lies on the same side of it, so '0' stands for the number.
            int byChar = Character.compare(lower(isDigit(x) ? '0' : x), lower(isDigit(y) ? '0' : y));
            if (byChar != 0) {
                return byChar;
            }
            i++;
            j++;
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Lower case for ASCII letters, as String.CASE_INSENSITIVE_ORDER takes them. */
    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int skipZeros(String text, int from, int end) {
        int at = from;
        while (at < end && text.charAt(at) == '0') {
            at++;
        }
        return at;
    }

    /** Two numbers without their leading zeros: the longer is the larger, else the first digit that differs tells. */
    private static int compareNumbers(String a, int fromA, int endA, String b, int fromB, int endB) {
        int byLength = Integer.compare(endA - fromA, endB - fromB);
        if (byLength != 0) {
            return byLength;
        }
        for (int k = 0; k < endA - fromA; k++) {
            int byDigit = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
            if (byDigit != 0) {
                return byDigit;
            }
        }
        return 0;
    }
}
