package dev.readinglist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Links read as browsers read them: the matching cases of the WPT URL tests, and the cases real exports hold. */
class WebUrlTest {

    /** WPT cases this subset reads differently, each with the reason. */
    static final Map<String, String> EXCLUDED = Map.of(
            "https://faß.ExAmPlE/",
            "UTS #46 keeps ß (xn--fa-hia); Java's IDNA 2003 maps it to ss, so this subset reads fass.example");

    static Stream<Arguments> wptCases() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        try (Reader in = new InputStreamReader(
                WebUrlTest.class.getResourceAsStream("/url/urltestdata-web.json"), StandardCharsets.UTF_8)) {
            for (JsonElement each : JsonParser.parseReader(in).getAsJsonArray()) {
                if (!each.isJsonObject()) {
                    continue; // the file's comments
                }
                JsonObject test = each.getAsJsonObject();
                String input = test.get("input").getAsString();
                if (EXCLUDED.containsKey(input)) {
                    continue;
                }
                String href = test.has("failure") ? null : test.get("href").getAsString();
                cases.add(Arguments.of(input, href));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wptCases")
    void readsTheLinkAsTheUrlStandardDoes(String input, String href) {
        assertEquals(Optional.ofNullable(href), WebUrl.parse(input).map(WebUrl::href), input);
    }

    @Test
    void theSubsetKeepsMostOfTheMatchingWptCases() throws Exception {
        assertTrue(wptCases().count() > 350, "the WPT subset holds the cases it says it does");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https:/hash.ai                                  | https://hash.ai/
            https:hash.ai                                   | https://hash.ai/
            'https://example.com/a b,c'                     | https://example.com/a%20b,c
            ' https://example.com/x '                       | https://example.com/x
            HTTPS://EXAMPLE.COM:443/A?Q=1#F                 | https://example.com/A?Q=1#F
            http://example.com:80                           | http://example.com/
            https://bücher.example/straße?ä=ö               | https://xn--bcher-kva.example/stra%C3%9Fe?%C3%A4=%C3%B6
            http://0x7f.1/                                  | http://127.0.0.1/
            https://[0:0::1]/                               | https://[::1]/
            https://example.com/a/./b/../c                  | https://example.com/a/c
            https://example.com\\a\\b                       | https://example.com/a/b""")
    void realExportsLinksAreRepairedAsABrowserWould(String input, String href) {
        assertEquals(Optional.of(href), WebUrl.parse(input).map(WebUrl::href));
    }

    @Test
    void tabsAndLineBreaksInsideALinkAreRemoved() {
        assertEquals(
                "https://example.com/path/on/two/lines",
                WebUrl.parse("https://example.com/path/on\r\n/two/\tlines")
                        .orElseThrow()
                        .href());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            javascript:alert(1)
            data:text/html,hi
            file:///etc/passwd
            instapaper-private://email/123
            example.com/no-scheme
            https://
            https://exa mple.com/
            http://user@/host""")
    void otherSchemesAndBrokenHostsAreNotWebLinks(String input) {
        assertEquals(Optional.empty(), WebUrl.parse(input));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://example.com/a?b=1&c=2                   | https://example.com/a?b=1&c=2
            https://example.com/a/?b=1&&c=2&                | https://example.com/a?b=1&c=2
            https://example.com/a?utm_source=x&b=1          | https://example.com/a?b=1
            https://example.com/a?UTM_Medium=x&user=1       | https://example.com/a?user=1
            https://example.com/a?&utm_id=2                 | https://example.com/a
            https://example.com/a?                          | https://example.com/a
            https://example.com/a?q=a%20b#top               | https://example.com/a?q=a%20b
            https://example.com/.well-known/x/              | https://example.com/.well-known/x
            https://example.com/a/%2e%2E/b                  | https://example.com/b
            https://example.com/a/.%2e/./b/                 | https://example.com/b
            https://example.com//a                          | https://example.com//a
            https://example.com/a%2fb/                      | https://example.com/a%2fb""")
    void theKeyKeepsThePathAndQueryButTrackingEmptyPartsAndTheEndSlash(String url, String key) {
        assertEquals(key, UrlKey.of(url));
    }

    @Test
    void theKeyIsFromTheAsciiHostAndTheSiteShowsItsOwnLetters() {
        assertEquals(UrlKey.of("https://bücher.example/a/"), UrlKey.of("https://xn--bcher-kva.example/a?utm_source=x"));
        assertEquals("https://xn--bcher-kva.example/a", UrlKey.of("https://BÜCHER.example/a/#top"));
        assertEquals("bücher.example", UrlKey.site("https://www.xn--bcher-kva.example/a"));
        assertEquals("hash.ai", UrlKey.site("https:/hash.ai"));
        assertEquals("", UrlKey.site("not a link"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9?q=%E6%97%A5#%C3%BC | https://例え.jp/パス?q=日#ü",
                "https://de.wikipedia.org/wiki/%C3%9Cber_uns | https://de.wikipedia.org/wiki/Über_uns",
                "https://example.com/a%20b/%2F/%41 | https://example.com/a%20b/%2F/%41",
                "https://example.com/%E2%80%AEevil%E3%80%80x | https://example.com/%E2%80%AEevil%E3%80%80x",
                "https://example.com/%FF%C3%BC%E4 | https://example.com/%FF%C3%BC%E4",
                "https://example.com/%C3%BC%ZZ%C3%A4% | https://example.com/ü%ZZä%",
                "not a link %C3%BC | not a link %C3%BC",
                "https://example.com:8443/x | https://example.com:8443/x"
            })
    void aLinkIsShownInItsOwnLettersButWhatPeopleCannotTellApartStaysEscaped(String url, String shown) {
        assertEquals(shown, UrlKey.forPeople(url));
    }

    @Test
    void aLinksConventionalTwinsAreTheOtherSchemeAndTheOtherWww() {
        assertEquals(
                List.of("http://example.com/a?b=1", "http://www.example.com/a?b=1", "https://www.example.com/a?b=1"),
                UrlKey.conventionalTwins("HTTPS://Example.com/a/?b=1#top"));
        assertEquals(
                List.of("http://www.example.com:8443", "http://example.com:8443", "https://example.com:8443"),
                UrlKey.conventionalTwins("https://www.example.com:8443/"));
        assertEquals(List.of(), UrlKey.conventionalTwins("https://user@example.com/a"), "a link naming a user");
        assertEquals(List.of(), UrlKey.conventionalTwins("ftp://example.com/a"));
        assertEquals(List.of(), UrlKey.conventionalTwins(""));
    }

    @ParameterizedTest
    @CsvSource({
        "coderssecret.com, true, true",
        "  blog.example.co.uk , true, true",
        "bücher.example, true, true",
        "example.com/page?x=1, false, true",
        "example.com:8080, false, true",
        "coderssecret, false, false",
        "two words.com, false, false",
        "https://example.com, false, false",
        "'', false, false",
    })
    void aHostTypedWithoutSchemeIsToldFromWords(String typed, boolean host, boolean hostAndPath) {
        assertEquals(host, UrlKey.looksLikeHost(typed, false), typed);
        assertEquals(hostAndPath, UrlKey.looksLikeHost(typed, true), typed);
    }
}
