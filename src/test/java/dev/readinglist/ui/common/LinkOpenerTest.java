package dev.readinglist.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readinglist.model.ReadingListException;
import dev.readinglist.ui.DirectBackground;
import dev.readinglist.ui.RecordingDialogs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkOpenerTest {

    private final List<String> opened = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @ParameterizedTest
    @ValueSource(strings = {"https://coderssecret.com/blog/x", "http://example.com", "HTTPS://EXAMPLE.COM/a?b=c#d"})
    void webLinksOpen(String url) {
        new LinkOpener(new DirectBackground(), opened::add, copied::add, dialogs).open(url);
        assertEquals(List.of(url), opened);
        assertEquals(List.of(), dialogs.said());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "file:///etc/passwd",
                "javascript:alert(1)",
                "mailto:a@b.c",
                "ftp://example.com/x",
                "/home/user/file",
                "https://exa mple.com/",
                "",
                " ",
                "http://",
                "not a url at all"
            })
    void everythingElseIsRefusedWithAMessage(String url) {
        new LinkOpener(new DirectBackground(), opened::add, copied::add, dialogs).open(url);
        assertEquals(List.of(), opened);
        assertEquals(1, dialogs.said().size(), url);
    }

    @Test
    void noBrowserMeansAMessageAndTheLinkOnTheClipboard() {
        new LinkOpener(
                        new DirectBackground(),
                        url -> {
                            throw new ReadingListException("no browser is set up (xdg-open exited with 3)");
                        },
                        copied::add,
                        dialogs)
                .open("https://example.com/a");
        assertEquals(List.of("https://example.com/a"), copied);
        assertEquals(
                List.of("The link did not open: no browser is set up (xdg-open exited with 3). It is copied: paste it"
                        + " into your browser."),
                dialogs.said());
    }
}
