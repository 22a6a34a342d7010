package dev.readinglist.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What makes two links the same article: scheme and host in lower case, no fragment, no
 * utm_* tracking parameters, no trailing slash. "HTTPS://Example.com/a/?utm_source=x#top" and
 * "https://example.com/a" are one article.
 */
public final class UrlKey {

    private UrlKey() {}

    /** The key, or null for an empty link; an unparsable link is its own key, trimmed. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return trimmed;
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null
                    ? null
                    : Arrays.stream(uri.getRawQuery().split("&"))
                            .filter(part -> !part.isEmpty()
                                    && !part.toLowerCase(Locale.ROOT).startsWith("utm_"))
                            .collect(Collectors.joining("&"));
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://"
                    + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    /** True for an absolute http or https link with a host. */
    public static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
