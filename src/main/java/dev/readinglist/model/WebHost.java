package dev.readinglist.model;

import java.math.BigInteger;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The host of a web link as the WHATWG URL standard's host parser reads it: an IPv6 literal in
 * brackets, an IPv4 address in any of its forms (0x7f.1, 2130706433, 0177.0.0.1), or a domain,
 * percent-decoded and turned into ASCII. Domains with non-ASCII letters go through Java's IDNA
 * 2003 ({@link IDN}), which agrees with the standard's UTS #46 for ordinary names; they differ on
 * a few characters (ß and ς are kept by UTS #46, mapped by IDNA 2003) and on invalid punycode
 * labels, which this class accepts as written.
 */
final class WebHost {

    /** Forbidden in any host; a domain also forbids C0 controls, '%' and DEL. */
    private static final String FORBIDDEN = "\u0000\t\n\r #/:<>?@[\\]^|";

    private WebHost() {}

    /** The serialised host, or empty when the text is not a valid host of a web link. */
    static Optional<String> parse(String input) {
        if (input.startsWith("[")) {
            if (!input.endsWith("]")) {
                return Optional.empty();
            }
            return Ipv6.parse(input.substring(1, input.length() - 1)).map(address -> "[" + address + "]");
        }
        String domain = PercentEncoding.decode(input);
        Optional<String> ascii = toAscii(domain);
        if (ascii.isEmpty()) {
            return Optional.empty();
        }
        String host = ascii.get();
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c < 0x20 || c == '%' || c == 0x7F || FORBIDDEN.indexOf(c) >= 0) {
                return Optional.empty();
            }
        }
        if (endsInANumber(host)) {
            return ipv4(host);
        }
        return Optional.of(host);
    }

    /** A punycode domain in its own letters, for people; any other host as it is. */
    static String toUnicode(String host) {
        if (!host.contains("xn--")) {
            return host;
        }
        try {
            return IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return host;
        }
    }

    private static Optional<String> toAscii(String domain) {
        boolean ascii = true;
        for (int i = 0; i < domain.length() && ascii; i++) {
            ascii = domain.charAt(i) < 0x80;
        }
        if (ascii) {
            return domain.isEmpty() ? Optional.empty() : Optional.of(domain.toLowerCase(Locale.ROOT));
        }
        try {
            // Label by label: IDN refuses labels over 63 characters, which the URL standard allows.
            List<String> labels = new ArrayList<>();
            for (String label : domain.split("[.\u3002\uFF0E\uFF61]", -1)) {
                labels.add(
                        TextFolding.isAscii(label)
                                ? label.toLowerCase(Locale.ROOT)
                                : IDN.toASCII(label, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT));
            }
            String joined = String.join(".", labels);
            return joined.isEmpty() || joined.equals(".") ? Optional.empty() : Optional.of(joined);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The standard's "ends in a number": the last label (after a trailing dot) is digits, or 0x and hex. */
    private static boolean endsInANumber(String host) {
        // The last label, or the one before a single trailing dot; read in place, as every link's host passes here.
        int end = host.length();
        if (end > 0 && host.charAt(end - 1) == '.') {
            if (end == 1) {
                return false;
            }
            end--;
        }
        String last = host.substring(host.lastIndexOf('.', end - 1) + 1, end);
        if (last.isEmpty()) {
            return false;
        }
        boolean digits = true;
        for (int i = 0; i < last.length() && digits; i++) {
            digits = last.charAt(i) >= '0' && last.charAt(i) <= '9';
        }
        return digits || ipv4Number(last) != null;
    }

    private static Optional<String> ipv4(String host) {
        List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
        if (parts.getLast().isEmpty() && parts.size() > 1) {
            parts.removeLast();
        }
        if (parts.size() > 4) {
            return Optional.empty();
        }
        List<BigInteger> numbers = new ArrayList<>();
        for (String part : parts) {
            BigInteger number = ipv4Number(part);
            if (number == null) {
                return Optional.empty();
            }
            numbers.add(number);
        }
        BigInteger byteLimit = BigInteger.valueOf(256);
        for (int i = 0; i < numbers.size() - 1; i++) {
            if (numbers.get(i).compareTo(byteLimit) >= 0) {
                return Optional.empty();
            }
        }
        BigInteger last = numbers.getLast();
        if (last.compareTo(byteLimit.pow(5 - numbers.size())) >= 0) {
            return Optional.empty();
        }
        long address = last.longValue();
        for (int i = 0; i < numbers.size() - 1; i++) {
            address += numbers.get(i).longValue() << (8 * (3 - i));
        }
        return Optional.of((address >> 24 & 0xFF) + "." + (address >> 16 & 0xFF) + "." + (address >> 8 & 0xFF) + "."
                + (address & 0xFF));
    }

    /** One IPv4 part: decimal, 0x hex or 0-prefixed octal; null when it is none of them. */
    private static BigInteger ipv4Number(String part) {
        if (part.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && part.charAt(0) == '0' && (part.charAt(1) == 'x' || part.charAt(1) == 'X')) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.charAt(0) == '0') {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return BigInteger.ZERO;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'f') {
                return null;
            }
        }
        return new BigInteger(digits, radix);
    }
}
