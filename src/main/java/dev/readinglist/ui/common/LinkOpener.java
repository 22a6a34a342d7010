package dev.readinglist.ui.common;

import dev.readinglist.model.UrlKey;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens article links in the browser: http and https only, so a catalog can never launch a file
 * or script. The browser is started off the FX thread; when none comes up the user is told, and
 * the link is on the clipboard to paste by hand.
 */
public final class LinkOpener {

    private final Background opening;
    private final Consumer<String> browser;
    private final Consumer<String> clipboard;
    private final Dialogs dialogs;

    /**
     * @param opening where the browser is started (not the library's worker: an opener may take seconds)
     * @param browser shows a checked URL, throwing with a one-line reason when nothing could
     */
    public LinkOpener(Background opening, Consumer<String> browser, Consumer<String> clipboard, Dialogs dialogs) {
        this.opening = opening;
        this.browser = browser;
        this.clipboard = clipboard;
        this.dialogs = dialogs;
    }

    public void open(String url) {
        Optional<String> refusal = refusal(url);
        if (refusal.isPresent()) {
            dialogs.notice(refusal.get());
            return;
        }
        opening.run(
                () -> {
                    browser.accept(url);
                    return null;
                },
                done -> {},
                failure -> {
                    clipboard.accept(url);
                    dialogs.notice("The link did not open: " + failure.getMessage()
                            + ". It is copied: paste it into your browser.");
                });
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
