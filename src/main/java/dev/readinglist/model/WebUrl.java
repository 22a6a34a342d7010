package dev.readinglist.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An http or https link read the way a browser reads it: the WHATWG URL standard's basic URL
 * parser, for the two web schemes and without a base URL (an export's links are absolute).
 *
 * <p>The subset: leading and trailing C0 controls and spaces are stripped, tabs and line breaks
 * removed; the scheme is matched case-insensitively; any run of slashes or backslashes after it
 * starts the authority ({@code https:/hash.ai} is {@code https://hash.ai/}); user info, host
 * ({@link WebHost}: domains, IPv4 in all its number forms, IPv6) and port are read as the
 * standard says, the scheme's default port dropped; the path's {@code .} and {@code ..}
 * segments (also as {@code %2e}) are resolved and backslashes read as slashes; path, query,
 * fragment and user info are percent-encoded with their own sets. Not implemented: relative
 * links and base URLs, other schemes, and UTS #46 where it differs from Java's IDNA 2003 (see
 * {@link WebHost}).
 */
public final class WebUrl {

    private final String scheme;
    private final String userInfo;
    private final String host;
    private final int port;
    private final String path;
    private final String query;
    private final String fragment;

    private WebUrl(String scheme, String userInfo, String host, int port, String path, String query, String fragment) {
        this.scheme = scheme;
        this.userInfo = userInfo;
        this.host = host;
        this.port = port;
        this.path = path;
        this.query = query;
        this.fragment = fragment;
    }

    /** The link as a browser reads it, or empty when it is not a valid http(s) link. */
    public static Optional<WebUrl> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = removeTabsAndNewlines(stripControlsAndSpaces(input));
        int colon = schemeEnd(text);
        if (colon < 0) {
            return Optional.empty();
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        int start = colon + 1;
        while (start < text.length() && isSlash(text.charAt(start))) {
            start++;
        }
        int authorityEnd = start;
        while (authorityEnd < text.length() && "/\\?#".indexOf(text.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = text.substring(start, authorityEnd);
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : userInfo(authority.substring(0, at));
        String hostAndPort = authority.substring(at + 1);
        if (hostAndPort.isEmpty()) {
            return Optional.empty();
        }
        int portColon = portColon(hostAndPort);
        String rawHost = portColon < 0 ? hostAndPort : hostAndPort.substring(0, portColon);
        if (rawHost.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> host = WebHost.parse(rawHost);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int port = -1;
        if (portColon >= 0) {
            port = port(hostAndPort.substring(portColon + 1));
            if (port == -2) {
                return Optional.empty();
            }
            if (port == (scheme.equals("http") ? 80 : 443)) {
                port = -1;
            }
        }
        int queryStart = text.indexOf('?', authorityEnd);
        int fragmentStart = text.indexOf('#', authorityEnd);
        if (queryStart > fragmentStart && fragmentStart >= 0) {
            queryStart = -1;
        }
        int pathEnd = queryStart >= 0 ? queryStart : fragmentStart >= 0 ? fragmentStart : text.length();
        String path = path(text.substring(authorityEnd, pathEnd));
        String query = null;
        if (queryStart >= 0) {
            String raw = text.substring(queryStart + 1, fragmentStart >= 0 ? fragmentStart : text.length());
            query = PercentEncoding.encode(raw, PercentEncoding.SPECIAL_QUERY);
        }
        String fragment = fragmentStart < 0
                ? null
                : PercentEncoding.encode(text.substring(fragmentStart + 1), PercentEncoding.FRAGMENT);
        return Optional.of(new WebUrl(scheme, userInfo, host.get(), port, path, query, fragment));
    }

    /** The serialised link, as a browser's address bar would hold it ("href"). */
    public String href() {
        return scheme + "://" + (userInfo.isEmpty() ? "" : userInfo + "@") + hostAndPort() + path
                + (query == null ? "" : "?" + query)
                + (fragment == null ? "" : "#" + fragment);
    }

    /**
     * The link for people to read, as a browser's address bar shows it: a punycode domain in its own letters and
     * escaped UTF-8 as its letters (see {@link PercentEncoding#decodeForPeople}). Not a link to open or copy: that
     * is {@link #href}.
     */
    public String forPeople() {
        return scheme + "://" + (userInfo.isEmpty() ? "" : userInfo + "@") + unicodeHost()
                + (port < 0 ? "" : ":" + port)
                + PercentEncoding.decodeForPeople(path)
                + (query == null ? "" : "?" + PercentEncoding.decodeForPeople(query))
                + (fragment == null ? "" : "#" + PercentEncoding.decodeForPeople(fragment));
    }

    public String scheme() {
        return scheme;
    }

    /** The host as serialised: ASCII (punycode) for a domain, dotted for IPv4, bracketed for IPv6. */
    public String host() {
        return host;
    }

    /** The host for people to read: a punycode domain shown in its own letters. */
    public String unicodeHost() {
        return WebHost.toUnicode(host);
    }

    /** user:password, percent-encoded, or "" when the link has none. */
    public String userInfo() {
        return userInfo;
    }

    /** The host and a port that is not the scheme's default. */
    public String hostAndPort() {
        return host + (port < 0 ? "" : ":" + port);
    }

    /** The path, always starting with "/". */
    public String path() {
        return path;
    }

    /** The query without its "?", or null when there is none ("?" alone is an empty one). */
    public String query() {
        return query;
    }

    /** The fragment without its "#", or null when there is none. */
    public String fragment() {
        return fragment;
    }

    @Override
    public String toString() {
        return href();
    }

    private static String stripControlsAndSpaces(String input) {
        int start = 0;
        int end = input.length();
        while (start < end && input.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && input.charAt(end - 1) <= ' ') {
            end--;
        }
        return input.substring(start, end);
    }

    private static String removeTabsAndNewlines(String input) {
        if (input.indexOf('\t') < 0 && input.indexOf('\n') < 0 && input.indexOf('\r') < 0) {
            return input;
        }
        StringBuilder kept = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Where a valid scheme ends (its ':'), or -1. */
    private static int schemeEnd(String text) {
        if (text.isEmpty() || !isAsciiLetter(text.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    /** Every '@' but the last is data: "%40"; the first ':' splits the user name from the password. */
    private static String userInfo(String raw) {
        int colon = raw.indexOf(':');
        String user = colon < 0 ? raw : raw.substring(0, colon);
        String password = colon < 0 ? "" : raw.substring(colon + 1);
        String encodedUser = PercentEncoding.encode(user, PercentEncoding.USERINFO);
        String encodedPassword = PercentEncoding.encode(password, PercentEncoding.USERINFO);
        if (encodedPassword.isEmpty()) {
            return encodedUser.isEmpty() ? "" : encodedUser;
        }
        return encodedUser + ":" + encodedPassword;
    }

    /** The ':' before the port: the first one outside an IPv6 literal's brackets, or -1. */
    private static int portColon(String hostAndPort) {
        boolean insideBrackets = false;
        for (int i = 0; i < hostAndPort.length(); i++) {
            char c = hostAndPort.charAt(i);
            if (c == '[') {
                insideBrackets = true;
            } else if (c == ']') {
                insideBrackets = false;
            } else if (c == ':' && !insideBrackets) {
                return i;
            }
        }
        return -1;
    }

    /** The port number, -1 for an empty port, -2 for one that is not a port. */
    private static int port(String digits) {
        if (digits.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -2;
            }
            value = value * 10 + (c - '0');
            if (value > 65535) {
                return -2;
            }
        }
        return (int) value;
    }

    /** The path as the standard serialises it: segments encoded, "." and ".." resolved, never empty. */
    private static String path(String raw) {
        if (isPlainPath(raw)) {
            return raw;
        }
        List<String> segments = new ArrayList<>();
        int start = raw.isEmpty() ? 0 : 1; // past the '/' or '\' that ended the authority
        while (true) {
            int end = start;
            while (end < raw.length() && !isSlash(raw.charAt(end))) {
                end++;
            }
            String segment = raw.substring(Math.min(start, raw.length()), end);
            boolean last = end >= raw.length();
            if (isDoubleDot(segment)) {
                if (!segments.isEmpty()) {
                    segments.removeLast();
                }
                if (last) {
                    segments.add("");
                }
            } else if (isSingleDot(segment)) {
                if (last) {
                    segments.add("");
                }
            } else {
                segments.add(PercentEncoding.encode(segment, PercentEncoding.PATH));
            }
            if (last) {
                break;
            }
            start = end + 1;
        }
        return "/" + String.join("/", segments);
    }

    /**
     * A path that is already as the standard writes it: '/' first, no '\\', nothing to encode, and
     * no segment that could be "." or ".." (none starts with '.' or '%'). Most links are; every
     * imported and synced link is read twice (as it is repaired and as its key is made).
     */
    private static boolean isPlainPath(String raw) {
        if (raw.isEmpty() || raw.charAt(0) != '/') {
            return false;
        }
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean segmentStart = raw.charAt(i - 1) == '/';
            if (c == '\\'
                    || PercentEncoding.needsEncoding(c, PercentEncoding.PATH)
                    || segmentStart && (c == '.' || c == '%')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSingleDot(String segment) {
        return segment.equals(".") || segment.equalsIgnoreCase("%2e");
    }

    private static boolean isDoubleDot(String segment) {
        return switch (segment.toLowerCase(Locale.ROOT)) {
            case "..", ".%2e", "%2e.", "%2e%2e" -> true;
            default -> false;
        };
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
