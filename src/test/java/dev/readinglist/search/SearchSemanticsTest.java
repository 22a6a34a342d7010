package dev.readinglist.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readinglist.LoadedIndex;
import dev.readinglist.library.Library;
import dev.readinglist.library.Search;
import dev.readinglist.library.SearchResult;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.SortKey;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one search engine, over the bundled catalog plus a little user state. */
class SearchSemanticsTest {

    static final String DISTRIBUTED = "distributed-systems-algorithms-production-guide";
    static final String CACHING = "caching-strategies-production-guide";
    static final String CPU_CACHE = "cpu-cache-layers-l1-l2-l3-practical-guide";
    static final String CELERY = "celery-task-queues-django-workflows-guide";
    static final String RATE_PROD = "rate-limiting-algorithms-production-guide";
    static final String RATE_TOKEN = "rate-limiting-algorithms-token-bucket-sliding-window";
    static final String CAP = "cap-theorem-distributed-systems-explained";
    static final String THRIFT = "apache-thrift-cross-language-rpc";

    @TempDir
    static Path dir;

    static Library library;
    static int total;

    @BeforeAll
    static void open() {
        library = Library.open(dir.resolve("search.db"));
        // The window's in-memory index, loaded before the changes below: the library tells it of each.
        LoadedIndex.of(library);
        total = library.search("", ReadStatus.ALL).size();
        library.markRead(List.of(CACHING, THRIFT));
        library.setNote(CELERY, "Ask Zoë about the crème brûlée of retries: \"exponential backoff\"");
        library.editTags(CPU_CACHE, List.of("Hardware Deep-Dive"), List.of());
        library.setFavourite(RATE_TOKEN, true);
    }

    /** What the window finds for the same text: must be what the library finds. */
    static Set<String> indexIds(String text, ReadStatus status) {
        return Set.copyOf(
                LoadedIndex.search(library, new Search(text, List.of(), false, status, SortKey.DEFAULT, false))
                        .ids());
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            cach                          | caching-strategies-production-guide cpu-cache-layers-l1-l2-l3-practical-guide
            CACH                          | caching-strategies-production-guide cpu-cache-layers-l1-l2-l3-practical-guide
            cáché                         | caching-strategies-production-guide cpu-cache-layers-l1-l2-l3-practical-guide
            raft consensus                | distributed-systems-algorithms-production-guide
            kafka raft                    | distributed-systems-algorithms-production-guide
            "token bucket" redis          | rate-limiting-algorithms-production-guide rate-limiting-algorithms-token-bucket-sliding-window
            "bucket token"                |
            tag:redis                     | rate-limiting-algorithms-production-guide caching-strategies-production-guide celery-task-queues-django-workflows-guide rate-limiting-algorithms-token-bucket-sliding-window
            TAG:Redis                     | rate-limiting-algorithms-production-guide caching-strategies-production-guide celery-task-queues-django-workflows-guide rate-limiting-algorithms-token-bucket-sliding-window
            tag:"distributed systems"     | distributed-systems-algorithms-production-guide rate-limiting-algorithms-production-guide caching-strategies-production-guide cap-theorem-distributed-systems-explained
            tag:distributed-systems cach  | caching-strategies-production-guide
            tag:redis -tag:python         | rate-limiting-algorithms-production-guide caching-strategies-production-guide
            tag:hardware-deep-dive        | cpu-cache-layers-l1-l2-l3-practical-guide
            hardware                      | cpu-cache-layers-l1-l2-l3-practical-guide
            is:read                       | caching-strategies-production-guide apache-thrift-cross-language-rpc
            is:read cach                  | caching-strategies-production-guide
            is:unread cach                | cpu-cache-layers-l1-l2-l3-practical-guide
            -is:unread thrift             | apache-thrift-cross-language-rpc
            is:read is:unread             |
            has:note                      | celery-task-queues-django-workflows-guide
            is:starred                    | rate-limiting-algorithms-token-bucket-sliding-window
            IS:STAR rate                  | rate-limiting-algorithms-token-bucket-sliding-window
            -is:starred "token bucket"    | rate-limiting-algorithms-production-guide
            is:starred -is:starred        |
            zoe                           | celery-task-queues-django-workflows-guide
            creme brulee                  | celery-task-queues-django-workflows-guide
            "exponential backoff"         | celery-task-queues-django-workflows-guide
            cach -cpu                     | caching-strategies-production-guide
            nosuchwordanywhere            |
            """)
    void findsExactlyTheExpectedArticles(String query, String expected) {
        Set<String> wanted =
                expected == null ? Set.of() : Set.of(expected.trim().split("\\s+"));
        assertEquals(wanted, ids(library.search(query, ReadStatus.ALL)));
        assertEquals(wanted, indexIds(query, ReadStatus.ALL), "the in-memory index");
    }

    @Test
    void theStarButtonAndIsStarredAgree() {
        assertEquals(List.of(RATE_TOKEN), starredOnly("is:starred"));
        assertEquals(List.of(RATE_TOKEN), starredOnly("rate"));
        assertEquals(List.of(), starredOnly("-is:starred"), "the button and the text contradict each other");
    }

    private static List<String> starredOnly(String text) {
        return LoadedIndex.search(
                        library,
                        new Search(
                                text,
                                List.of(),
                                false,
                                ReadStatus.ALL,
                                SortKey.DEFAULT,
                                false,
                                true,
                                Set.of(),
                                Map.of()))
                .ids();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(
            strings = {
                "\"",
                "\"\"",
                "\"cach",
                "cach\"",
                "*",
                "**",
                "(",
                ")",
                "()",
                "-",
                "--",
                "- -",
                ":",
                "::",
                "tag:",
                "is:",
                "has:",
                "NEAR",
                "NEAR(",
                "AND",
                "OR",
                "NOT",
                "a AND",
                "AND OR NOT",
                "^",
                "{",
                "}",
                "[",
                "]",
                "+",
                "'",
                "''",
                ";",
                "drop table article;",
                "'; DROP TABLE article; --",
                "\\",
                "%",
                "_",
                "😀",
                "🔥 redis",
                "\u200f",
                "\u0000",
                "tag:\"",
                "is:maybe",
                "has:everything",
                "col:title",
                "title:cach",
                "NEAR(a b, 3)",
                "a\"b\"c",
                "   ",
                "",
                "\t\n"
            })
    void hostileInputNeverFails(String query) {
        assertDoesNotThrow(() -> library.search(query, ReadStatus.ALL));
        assertDoesNotThrow(() -> library.search(query, ReadStatus.UNREAD));
        assertEquals(
                ids(library.search(query, ReadStatus.UNREAD)),
                indexIds(query, ReadStatus.UNREAD),
                "the in-memory index");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"*", "(", ")", "-", ":", "\"", "😀", "   ", "", "^", "+"})
    void inputWithoutWordsFiltersNothing(String query) {
        assertEquals(total, library.search(query, ReadStatus.ALL).size());
        assertEquals(total, indexIds(query, ReadStatus.ALL).size());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"AND", "OR", "NOT", "NEAR"})
    void operatorsAreSearchedAsPlainWords(String operator) {
        // Upper case, FTS5 would read these as operators; the engine searches them as the words they are.
        assertEquals(
                ids(library.search(operator.toLowerCase(Locale.ROOT), ReadStatus.ALL)),
                ids(library.search(operator, ReadStatus.ALL)));
    }

    @Test
    void andIsAWordThatTheCatalogUses() {
        // Guards the test above: "and" as a plain word matches, where the operator AND alone would be an error.
        assertEquals(true, library.search("AND", ReadStatus.ALL).size() > 0);
    }

    @Test
    void statusSwitchNarrowsTheQuery() {
        assertEquals(Set.of(CACHING), ids(library.search("cach", ReadStatus.READ)));
        assertEquals(Set.of(CPU_CACHE), ids(library.search("cach", ReadStatus.UNREAD)));
        assertEquals(total - 2, library.search("", ReadStatus.UNREAD).size());
        assertEquals(Set.of(CACHING), indexIds("cach", ReadStatus.READ));
        assertEquals(Set.of(CPU_CACHE), indexIds("cach", ReadStatus.UNREAD));
        SearchResult cach = LoadedIndex.search(
                library, new Search("cach", List.of(), false, ReadStatus.UNREAD, SortKey.DEFAULT, false));
        assertEquals(2, cach.matched(), "counts are within the search, before the status switch");
        assertEquals(1, cach.matchedRead());
    }

    @Test
    void theIndexSortsLikeTheLibraryAndByEachColumn() {
        List<String> sqlOrder =
                library.search("", ReadStatus.ALL).stream().map(Article::id).toList();
        assertEquals(sqlOrder, indexOrder(SortKey.DEFAULT, false));
        List<String> byTitle = library.search("", ReadStatus.ALL).stream()
                .sorted(Comparator.comparing(Article::title, String.CASE_INSENSITIVE_ORDER))
                .map(Article::id)
                .toList();
        assertEquals(byTitle, indexOrder(SortKey.TITLE, false));
        assertEquals(byTitle.reversed(), indexOrder(SortKey.TITLE, true));
        List<String> readFirst = indexOrder(SortKey.READ, true);
        assertEquals(Set.of(CACHING, THRIFT), Set.copyOf(readFirst.subList(0, 2)));
        List<String> byMinutes = indexOrder(SortKey.MINUTES, false);
        for (int i = 1; i < byMinutes.size(); i++) {
            Integer before = library.article(byMinutes.get(i - 1)).readingMinutes();
            Integer now = library.article(byMinutes.get(i)).readingMinutes();
            assertEquals(true, before == null || (now != null && before <= now), byMinutes.get(i));
        }
        assertEquals(CELERY, indexOrder(SortKey.NOTE, true).getFirst());
    }

    private static List<String> indexOrder(SortKey sort, boolean descending) {
        return LoadedIndex.search(library, new Search("", List.of(), false, ReadStatus.ALL, sort, descending))
                .ids();
    }

    @Test
    void resultsComeNewestFirst() {
        List<Article> all = library.search("", ReadStatus.ALL);
        for (int i = 1; i < all.size(); i++) {
            assertEquals(
                    true,
                    !all.get(i).published().isAfter(all.get(i - 1).published()),
                    all.get(i).id());
        }
    }

    private static Set<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).collect(Collectors.toSet());
    }
}
