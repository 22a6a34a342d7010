package dev.readinglist.model;

import java.util.Optional;

/** The URL standard's IPv6 parser and serialiser, for a link's bracketed host: [::1], [1:0::2], [::127.0.0.1]. */
final class Ipv6 {

    private Ipv6() {}

    /** The address as the standard writes it (lower-case hex, the first longest zero run as "::"), or empty. */
    static Optional<String> parse(String input) {
        int[] address = pieces(input);
        return address == null ? Optional.empty() : Optional.of(serialise(address));
    }

    private static int[] pieces(String input) {
        int[] address = new int[8];
        int piece = 0;
        int compress = -1;
        int p = 0;
        int n = input.length();
        if (p < n && input.charAt(p) == ':') {
            if (p + 1 >= n || input.charAt(p + 1) != ':') {
                return null;
            }
            p += 2;
            piece++;
            compress = piece;
        }
        while (p < n) {
            if (piece == 8) {
                return null;
            }
            if (input.charAt(p) == ':') {
                if (compress != -1) {
                    return null;
                }
                p++;
                piece++;
                compress = piece;
                continue;
            }
            int value = 0;
            int length = 0;
            while (length < 4 && p < n && Character.digit(input.charAt(p), 16) >= 0 && input.charAt(p) < 0x80) {
                value = value * 16 + Character.digit(input.charAt(p), 16);
                p++;
                length++;
            }
            if (p < n && input.charAt(p) == '.') {
                if (length == 0 || piece > 6) {
                    return null;
                }
                return ipv4Tail(input, p - length, address, piece, compress);
            }
            if (p < n && input.charAt(p) == ':') {
                p++;
                if (p >= n) {
                    return null;
                }
            } else if (p < n) {
                return null;
            }
            address[piece++] = value;
        }
        return compressed(address, piece, compress);
    }

    /** The dotted IPv4 address that may end an IPv6 one: its four numbers fill the last two pieces. */
    private static int[] ipv4Tail(String input, int p, int[] address, int piece, int compress) {
        int numbersSeen = 0;
        int n = input.length();
        while (p < n) {
            if (numbersSeen > 0) {
                if (input.charAt(p) == '.' && numbersSeen < 4) {
                    p++;
                } else {
                    return null;
                }
            }
            if (p >= n || input.charAt(p) < '0' || input.charAt(p) > '9') {
                return null;
            }
            int number = -1;
            while (p < n && input.charAt(p) >= '0' && input.charAt(p) <= '9') {
                int digit = input.charAt(p) - '0';
                if (number == 0) {
                    return null; // a leading zero
                }
                number = number < 0 ? digit : number * 10 + digit;
                if (number > 255) {
                    return null;
                }
                p++;
            }
            address[piece] = address[piece] * 0x100 + number;
            numbersSeen++;
            if (numbersSeen == 2 || numbersSeen == 4) {
                piece++;
            }
        }
        return numbersSeen == 4 ? compressed(address, piece, compress) : null;
    }

    /** Moves the pieces after "::" to the end, or refuses an address with too few pieces and no "::". */
    private static int[] compressed(int[] address, int piece, int compress) {
        if (compress == -1) {
            return piece == 8 ? address : null;
        }
        int swaps = piece - compress;
        int index = 7;
        while (index != 0 && swaps > 0) {
            int other = compress + swaps - 1;
            int kept = address[index];
            address[index] = address[other];
            address[other] = kept;
            index--;
            swaps--;
        }
        return address;
    }

    private static String serialise(int[] address) {
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (address[i] != 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < 8 && address[end] == 0) {
                end++;
            }
            if (end - i > bestLength) {
                bestStart = i;
                bestLength = end - i;
            }
            i = end;
        }
        StringBuilder out = new StringBuilder();
        boolean ignoreZero = false;
        for (int i = 0; i < 8; i++) {
            if (ignoreZero && address[i] == 0) {
                continue;
            }
            ignoreZero = false;
            if (i == bestStart) {
                out.append(i == 0 ? "::" : ":");
                ignoreZero = true;
                continue;
            }
            out.append(Integer.toHexString(address[i]));
            if (i != 7) {
                out.append(':');
            }
        }
        return out.toString();
    }
}
