package dev.readinglist.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.LoadedIndex;
import dev.readinglist.library.Library;
import dev.readinglist.library.Search;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.SortKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An article without a value for the sort (a link added bare: no reading time, tags or note) comes after those with
 * one, whichever way the column is sorted: "Shortest read first" began with the imported links (the fifty-sixth walk).
 * Published is not among them: an undated article is sorted by the day it was saved (PublishedOrderTest).
 */
class MissingValuesSortLastTest {

    @TempDir
    static Path dir;

    static Library library;
    static String bare;
    static final String CACHING = SearchSemanticsTest.CACHING;
    static final String CELERY = SearchSemanticsTest.CELERY;

    @BeforeAll
    static void open() {
        library = Library.open(dir.resolve("sort.db"));
        LoadedIndex.of(library);
        bare = library.addArticle("A bare link", "https://example.com/bare", "", List.of());
        library.markRead(List.of(CACHING, SearchSemanticsTest.THRIFT));
        library.setNote(CELERY, "retries");
        library.setNote(SearchSemanticsTest.CAP, "consistency");
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @ParameterizedTest(name = "{0}, descending {1}")
    @CsvSource({
        "MINUTES, false", "MINUTES, true",
        "TAGS, false", "TAGS, true",
        "NOTE, false", "NOTE, true",
        "READ_ON, false", "READ_ON, true"
    })
    void aRowWithoutTheValueComesAfterThoseWithIt(SortKey key, boolean descending) {
        List<String> ids = LoadedIndex.search(
                        library, new Search("", List.of(), false, ReadStatus.ALL, key, descending))
                .ids();
        assertEquals(library.search("", ReadStatus.ALL).size(), ids.size());
        Function<String, Comparable<?>> value = switch (key) {
            case MINUTES -> id -> library.article(id).readingMinutes();
            case TAGS -> id -> library.article(id).allTags().isEmpty() ? null : "tagged";
            case NOTE -> id -> library.note(id).orElse(null);
            case READ_ON -> id -> library.article(id).readAt();
            default -> throw new IllegalArgumentException(key.name());
        };
        List<Boolean> has = ids.stream().map(id -> value.apply(id) != null).toList();
        int firstWithout = has.indexOf(false);
        assertTrue(firstWithout > 0, key + " has rows with a value, first: " + ids);
        assertEquals(
                List.of(),
                has.subList(firstWithout, has.size()).stream().filter(b -> b).toList(),
                "every row after the first without a value has none: " + ids);
        assertTrue(ids.subList(firstWithout, ids.size()).contains(bare), ids.toString());
        for (int i = 1; i < firstWithout; i++) {
            assertInOrder(value.apply(ids.get(i - 1)), value.apply(ids.get(i)), descending, key);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertInOrder(Comparable before, Comparable now, boolean descending, SortKey key) {
        Objects.requireNonNull(before);
        if (key == SortKey.NOTE || key == SortKey.TAGS) {
            return; // text orders fold case and accents; the rows with a value are what is asserted here
        }
        int compared = before.compareTo(now);
        assertTrue(descending ? compared >= 0 : compared <= 0, key + ": " + before + " then " + now);
    }
}
