package dev.readinglist.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readinglist.LoadedIndex;
import dev.readinglist.model.Article;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.SortKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Published header sorts by the day its column shows: for an article with no date, the day it was saved. The
 * sixty-second walk sorted 40,000 imported bookmarks oldest first and found them after the catalog, from 2025 down to
 * 2009, under an arrow that said oldest first.
 */
class PublishedOrderTest {

    @TempDir
    Path dir;

    @Test
    void anUndatedArticleIsSortedByTheDayItWasSavedBothWays() throws Exception {
        try (Library library = Library.open(dir.resolve("reading-list.db"), DefaultOrderTest.CLOCK)) {
            importPocket(library, "april.csv", "Saved on April 21,https://example.org/april,1776729600");
            LoadedIndex.of(library);
            assertShownDaysInOrder(library, false);
            assertShownDaysInOrder(library, true);
            assertEquals("https://example.org/april", neighbourhood(library, false));

            // Into the order already made, as an import merges its rows into it.
            importPocket(library, "old.csv", "Saved in 2017,https://example.org/old,1500000000");
            library.index().awaitQuiet();
            List<Article> ascending = sorted(library, false);
            assertEquals("https://example.org/old", ascending.getFirst().url(), "saved in 2017: before the catalog");
            assertEquals(
                    "https://example.org/old", sorted(library, true).getLast().url());
            assertShownDaysInOrder(library, false);
            assertShownDaysInOrder(library, true);
        }
    }

    private static void importPocket(Library library, String name, String row) throws Exception {
        Path pocket = library.file().resolveSibling(name);
        Files.writeString(pocket, "title,url,time_added,tags,status\n" + row + ",,unread\n");
        library.importFile(pocket, ImportFormat.POCKET, false);
    }

    /** The link of the article between the catalog's of April 19 and April 23, oldest first. */
    private static String neighbourhood(Library library, boolean descending) {
        List<Article> rows = sorted(library, descending);
        for (int i = 1; i < rows.size() - 1; i++) {
            if (LocalDate.parse("2026-04-19").equals(rows.get(i - 1).published())
                    && LocalDate.parse("2026-04-23").equals(rows.get(i + 1).published())) {
                return rows.get(i).url();
            }
        }
        return "none: " + rows.stream().map(PublishedOrderTest::shownDay).toList();
    }

    private static void assertShownDaysInOrder(Library library, boolean descending) {
        List<LocalDate> days = sorted(library, descending).stream()
                .map(PublishedOrderTest::shownDay)
                .toList();
        for (int i = 1; i < days.size(); i++) {
            int compared = days.get(i - 1).compareTo(days.get(i));
            assertEquals(
                    true,
                    descending ? compared >= 0 : compared <= 0,
                    (descending ? "newest" : "oldest") + " first, " + days.get(i - 1) + " before " + days.get(i));
        }
    }

    private static List<Article> sorted(Library library, boolean descending) {
        Search search = new Search("", List.of(), false, ReadStatus.ALL, SortKey.PUBLISHED, descending);
        return LoadedIndex.search(library, search).ids().stream()
                .map(library::article)
                .toList();
    }

    /** What the Published column shows: the published day, or the day it was saved. */
    private static LocalDate shownDay(Article article) {
        return article.published() != null
                ? article.published()
                : article.addedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
