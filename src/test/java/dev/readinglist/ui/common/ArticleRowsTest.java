package dev.readinglist.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.readinglist.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rows past the size where those no longer referred to are swept out: swept at every row made past 4,096, a
 * select-all of the eighty-fourth walk's 19,270 rows held the window still for 7 s; now swept when the map has
 * doubled. A sweep never lets go of a row still shown.
 */
class ArticleRowsTest {

    @Test
    void everyRowStillReferredToStaysTheOneForItsIdPastEverySweep() {
        ArticleRows rows = new ArticleRows();
        List<ArticleRow> held = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            held.add(rows.whole(article("article-" + i)));
        }
        for (int i = 0; i < 20_000; i++) {
            assertSame(held.get(i), rows.find("article-" + i).orElseThrow(), "article-" + i);
            assertSame(held.get(i), rows.whole(article("article-" + i)), "the same row, brought up to date");
        }
        assertEquals(20_000, rows.aliveIds().size());
    }

    private static Article article(String id) {
        return new Article(
                id,
                "Title of " + id,
                "",
                "https://example.com/" + id,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                Instant.EPOCH,
                false);
    }
}
