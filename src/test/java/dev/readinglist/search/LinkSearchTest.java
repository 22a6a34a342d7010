package dev.readinglist.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readinglist.LoadedIndex;
import dev.readinglist.library.Library;
import dev.readinglist.library.Search;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.SortKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A link pasted into the search finds its article ("is it in my list already?"), and site:NAME the articles of a
 * site: the fifty-eighth walk pasted a link it had copied from the list, and searched "coderssecret", and found
 * nothing either time. The library (the command line, and the window while its index loads) and the index agree.
 */
class LinkSearchTest {

    static final String CACHING = "caching-strategies-production-guide";

    @TempDir
    static Path dir;

    static Library library;
    static String blog;
    static String org;
    static String umlaut;

    @BeforeAll
    static void open() {
        library = Library.open(dir.resolve("links.db"));
        LoadedIndex.of(library);
        blog = library.addArticle("Post one", "https://blog.example.com/post-one", "", List.of());
        org = library.addArticle("Sorting", "http://www.example.org/sorting/?utm_source=feed", "", List.of());
        umlaut = library.addArticle("Bücher", "https://bücher.example/liste", "", List.of());
        LoadedIndex.awaitHolding(library, umlaut);
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://coderssecret.com/blog/caching-strategies-production-guide        | caching
            HTTPS://CodersSecret.com/blog/caching-strategies-production-guide/#top   | caching
            https://coderssecret.com/blog/caching-strategies-production-guide?utm_medium=x | caching
            https://coderssecret.com/blog/caching-strategies                          |
            http://www.example.org/sorting                                           | org
            https://example.org/sorting/                                             | org
            http://coderssecret.com/blog/caching-strategies-production-guide         | caching
            https://www.coderssecret.com/blog/caching-strategies-production-guide    | caching
            ftp://coderssecret.com/blog/caching-strategies-production-guide          |
            https://bücher.example/liste                                             | umlaut
            https://xn--bcher-kva.example/liste                                      | umlaut
            https://blog.example.com/post-one redis                                  |
            site:example.com                                                         | blog
            site:example                                                             | blog org umlaut
            site:www.example.org                                                     | org
            site:https://example.org/anything                                        | org
            site:EXAMPLE.ORG sorting                                                 | org
            site:bücher.example                                                      | umlaut
            site:xn--bcher-kva.example                                               | umlaut
            site:ample                                                               |
            site:example -site:example.org                                           | blog umlaut
            -https://blog.example.com/post-one site:example                          | org umlaut
            """)
    void aLinkOrASiteFindsItsArticles(String query, String expected) {
        Set<String> wanted = expected == null
                ? Set.of()
                : Set.of(expected.trim().split(" ")).stream()
                        .map(LinkSearchTest::id)
                        .collect(Collectors.toSet());
        assertEquals(
                wanted,
                library.search(query, ReadStatus.ALL).stream().map(Article::id).collect(Collectors.toSet()),
                "the library");
        assertEquals(wanted, LoadedIndex.ids(library, query), "the in-memory index");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            site:coderssecret  | 31
            site:coderssecret.com is:read | 0
            -site:coderssecret | 3
            """)
    void aSiteCombinesWithTheOtherFilters(String query, int count) {
        assertEquals(count, library.search(query, ReadStatus.ALL).size(), "the library");
        assertEquals(
                count,
                LoadedIndex.search(library, new Search(query, List.of(), false, ReadStatus.ALL, SortKey.DEFAULT, false))
                        .ids()
                        .size(),
                "the in-memory index");
    }

    private static String id(String name) {
        return switch (name) {
            case "caching" -> CACHING;
            case "blog" -> blog;
            case "org" -> org;
            case "umlaut" -> umlaut;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
