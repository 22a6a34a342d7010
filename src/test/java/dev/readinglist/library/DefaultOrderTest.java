package dev.readinglist.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.LoadedIndex;
import dev.readinglist.model.Article;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.SortKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's own order, newest first, places an article with no published date by the day it was added, in the
 * store's SQL (the command line, the window's first page) and in the window's index alike. One added by hand or
 * imported from a read-later app sank to the foot of "Newest published first" (the thirty-seventh walk).
 */
class DefaultOrderTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anArticleWithNoDateIsPlacedByTheDayItWasAddedEverywhere() throws Exception {
        try (Library library = Library.open(dir.resolve("reading-list.db"), CLOCK)) {
            String today = library.addArticle("Saved today", "https://example.org/today", "", List.of());
            Path pocket = dir.resolve("pocket.csv");
            Files.writeString(pocket, """
                    title,url,time_added,tags,status
                    Saved in 2017,https://example.org/old,1500000000,,unread
                    Saved on April 21,https://example.org/april,1776729600,,unread
                    """);
            library.importFile(pocket, ImportFormat.POCKET, false);

            List<Article> all = library.search("", ReadStatus.ALL);
            List<String> ids = all.stream().map(Article::id).toList();
            assertEquals(today, ids.getFirst(), "added today: above the catalog's newest, of May");
            assertEquals("https://example.org/old", all.getLast().url(), "saved in 2017: below the catalog");
            int april = ids.indexOf(all.stream()
                    .filter(a -> a.url().equals("https://example.org/april"))
                    .findFirst()
                    .orElseThrow()
                    .id());
            assertEquals(LocalDate.parse("2026-04-23"), all.get(april - 1).published());
            assertEquals(LocalDate.parse("2026-04-19"), all.get(april + 1).published());

            assertEquals(
                    ids.subList(0, 5),
                    library.firstPage(5).stream().map(Article::id).toList());
            LoadedIndex.of(library);
            Search newestFirst = new Search("", List.of(), false, ReadStatus.ALL, SortKey.DEFAULT, false);
            assertEquals(ids, LoadedIndex.search(library, newestFirst).ids(), "the index agrees with the store");

            // An import into the loaded index places its articles as a read of the whole library does.
            library.addArticle("Saved today too", "https://example.org/today-too", "", List.of());
            library.index().awaitQuiet();
            List<String> again =
                    library.search("", ReadStatus.ALL).stream().map(Article::id).toList();
            assertTrue(again.indexOf(today) < 2);
            assertEquals(again, LoadedIndex.search(library, newestFirst).ids());
        }
    }

    /**
     * Within a day, the last added comes first, then titles: the forty-first walk's article added by hand sat third,
     * below that day's imports, by title, where the README promises what you just saved at the top.
     */
    @Test
    void withinADayTheLastAddedComesFirstEverywhere() throws Exception {
        Clock ticking = new Clock() {
            private Instant now = Instant.parse("2026-11-26T08:15:00Z");

            @Override
            public synchronized Instant instant() {
                now = now.plusSeconds(60);
                return now;
            }

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        try (Library library = Library.open(dir.resolve("reading-list.db"), ticking)) {
            Path csv = dir.resolve("links.csv");
            Files.writeString(csv, """
                    title,url
                    Apple,https://example.org/apple
                    Banana,https://example.org/banana
                    """);
            library.importFile(csv, null, false);
            String zebra = library.addArticle("Zebra, added by hand", "https://example.org/zebra", "", List.of());

            List<String> titles = library.search("", ReadStatus.ALL).stream()
                    .map(Article::title)
                    .limit(3)
                    .toList();
            assertEquals(List.of("Zebra, added by hand", "Apple", "Banana"), titles);
            List<String> ids =
                    library.search("", ReadStatus.ALL).stream().map(Article::id).toList();
            assertEquals(
                    ids.subList(0, 3),
                    library.firstPage(3).stream().map(Article::id).toList());
            LoadedIndex.of(library);
            Search newestFirst = new Search("", List.of(), false, ReadStatus.ALL, SortKey.DEFAULT, false);
            assertEquals(ids, LoadedIndex.search(library, newestFirst).ids(), "the index agrees with the store");

            String yak = library.addArticle("Yak", "https://example.org/yak", "", List.of());
            library.index().awaitQuiet();
            List<String> again =
                    library.search("", ReadStatus.ALL).stream().map(Article::id).toList();
            assertEquals(List.of(yak, zebra), again.subList(0, 2), "put into the loaded index as a read places it");
            assertEquals(again, LoadedIndex.search(library, newestFirst).ids());
        }
    }
}
