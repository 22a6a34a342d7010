package dev.readinglist.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkOpenerTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://coderssecret.com/blog/x", "http://example.com", "HTTPS://EXAMPLE.COM/a?b=c#d"})
    void webLinksOpen(String url) {
        List<String> opened = new ArrayList<>();
        assertTrue(new LinkOpener(opened::add).open(url).isEmpty());
        assertEquals(List.of(url), opened);
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
        List<String> opened = new ArrayList<>();
        var refusal = new LinkOpener(opened::add).open(url);
        assertTrue(refusal.isPresent(), url);
        assertEquals(List.of(), opened);
    }
}
