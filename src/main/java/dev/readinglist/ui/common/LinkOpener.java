package dev.readinglist.ui.common;

import dev.readinglist.model.UrlKey;
import java.util.Optional;
import java.util.function.Consumer;

/** Opens article links in the browser: http and https only, so a catalog can never launch a file or script. */
public final class LinkOpener {

    private final Consumer<String> browser;

    /** @param browser shows a checked URL, e.g. HostServices::showDocument */
    public LinkOpener(Consumer<String> browser) {
        this.browser = browser;
    }

    /** Opens the link, or returns why it was refused. */
    public Optional<String> open(String url) {
        Optional<String> refusal = refusal(url);
        if (refusal.isEmpty()) {
            browser.accept(url);
        }
        return refusal;
    }

    static Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("This article has no link.");
        }
        if (UrlKey.isWebLink(url)) {
            return Optional.empty();
        }
        return Optional.of("Not opened: only http and https links are opened, not '" + url + "'.");
    }
}
