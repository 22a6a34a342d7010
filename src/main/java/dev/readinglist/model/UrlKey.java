package dev.readinglist.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes two links the same article: the link as a browser reads it ({@link WebUrl}: scheme
 * and host in lower case, the host in ASCII, the default port dropped), without its fragment, its
 * utm_* tracking parameters or a trailing slash. "HTTPS://Example.com:443/a/?utm_source=x#top" and
 * "https://example.com/a" are one article, and so are "https://bücher.example/" and
 * "https://xn--bcher-kva.example".
 */
public final class UrlKey {

    /** A host typed without a scheme ("example.com", "blog.example.co.uk"), then perhaps a path. */
    private static final Pattern BARE_HOST = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+([/?#:]\\S*)?");

    private UrlKey() {}

    /**
     * Whether a text typed without a scheme reads as a host ("coderssecret.com"), or with {@code withPath} as a host
     * and then a path ("example.com/page"): the Add form puts https:// before it, and the search's empty list
     * offers site: for it.
     */
    public static boolean looksLikeHost(String typed, boolean withPath) {
        var matcher = BARE_HOST.matcher(typed.strip());
        return matcher.matches() && (withPath || matcher.group(2) == null);
    }

    /** The key, or null for an empty link; a link that is not http(s) is its own key, trimmed. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        Optional<WebUrl> parsed = WebUrl.parse(url);
        if (parsed.isEmpty()) {
            return url.strip();
        }
        WebUrl link = parsed.get();
        String path = link.path();
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        StringBuilder key =
                new StringBuilder(url.length()).append(link.scheme()).append("://");
        if (!link.userInfo().isEmpty()) {
            key.append(link.userInfo()).append('@');
        }
        key.append(link.hostAndPort()).append(path, 0, end);
        String query = link.query();
        if (query != null && isPlainQuery(query)) {
            key.append('?').append(query);
        } else if (query != null) {
            int before = key.length();
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                    key.append(key.length() == before ? '?' : '&').append(part);
                }
            }
        }
        return key.toString();
    }

    /**
     * The keys of the links a site most often serves the same page at: the other of http and https,
     * with and without "www."; empty for a link that is not a web link or that names a user.
     */
    public static List<String> conventionalTwins(String url) {
        String key = isWebLink(url) ? of(url) : null;
        if (key == null) {
            return List.of();
        }
        String host = keyHost(key);
        if (host.contains("@")) {
            return List.of();
        }
        String otherHost = host.startsWith("www.") ? host.substring(4) : "www." + host;
        String rest = key.substring(key.indexOf("://") + 3 + host.length());
        List<String> twins = new ArrayList<>(3);
        for (String scheme : List.of("http://", "https://")) {
            for (String name : List.of(host, otherHost)) {
                String twin = scheme + name + rest;
                if (!twin.equals(key)) {
                    twins.add(twin);
                }
            }
        }
        return twins;
    }

    /** The host of a key (of a web link), in ASCII as keys keep it, with any user and port. */
    static String keyHost(String key) {
        int hostStart = key.indexOf("://") + 3;
        int hostEnd = hostStart;
        while (hostEnd < key.length() && "/?".indexOf(key.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        return key.substring(hostStart, hostEnd);
    }

    /** A query the key keeps whole: no empty part and no part that could be a utm_ one. */
    private static boolean isPlainQuery(String query) {
        if (query.isEmpty()
                || query.charAt(0) == '&'
                || query.charAt(query.length() - 1) == '&'
                || query.contains("&&")) {
            return false;
        }
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if ((c == 'u' || c == 'U') && (i == 0 || query.charAt(i - 1) == '&')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The link as it is kept: as a browser sends it (a space and letters escaped, the host in lower case), as an
     * import keeps one; a text that is not a web link, stripped. Added by hand, "https://example.org/über path" went
     * out in exports and Copy link with its space, where the same link imported had none (the fifty-seventh walk).
     */
    public static String kept(String url) {
        return WebUrl.parse(url).map(WebUrl::href).orElse(url.strip());
    }

    /** True for a link a browser reads as http or https with a host. */
    public static boolean isWebLink(String url) {
        return url != null && WebUrl.parse(url).isPresent();
    }

    /** The site a link is on, for people: its host in its own letters, without "www."; "" for none. */
    public static String site(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        return WebUrl.parse(url)
                .map(link -> {
                    String host = link.unicodeHost();
                    return host.startsWith("www.") ? host.substring(4) : host;
                })
                .orElse("");
    }

    /**
     * A site as typed after site: ("coderssecret", "www.Example.com", "https://example.com/blog"), as
     * {@link #onSite} matches it: the host alone, in lower case, without "www."; "" for nothing to match.
     */
    public static String typedSite(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return "";
        }
        String site = site(text.contains("://") ? text : "https://" + text);
        return (site.isEmpty() ? text : site).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a link is on a site as {@link #typedSite} gives it: its host, or a part of it after a dot, begins with
     * it. "coderssecret" and "coderssecret.com" find coderssecret.com, "example.com" finds blog.example.com; a site
     * is matched as it is typed, as words are.
     */
    public static boolean onSite(String url, String site) {
        if (url == null || isAscii(site) && !containsIgnoringCase(url, site)) {
            return false; // most links of a large library, turned away unparsed (a Unicode host is kept in ASCII)
        }
        String host = site(url).toLowerCase(Locale.ROOT);
        return host.startsWith(site) || host.contains("." + site);
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    static boolean containsIgnoringCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The link for people to read: in its own letters where it was stored escaped (a link with Chinese or German
     * letters came to the pane as %E4%BE%8B…); a text that is not a web link, as it is.
     */
    public static String forPeople(String url) {
        if (url == null || url.indexOf('%') < 0 && !url.contains("xn--")) {
            return url == null ? "" : url;
        }
        return WebUrl.parse(url).map(WebUrl::forPeople).orElse(url);
    }
}
