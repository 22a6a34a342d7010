package dev.readinglist.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readinglist.model.Slugs;
import dev.readinglist.model.TextFolding;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Raft, Explained!                | raft-explained
            --Crème Brûlée, à la carte--    | creme-brulee-a-la-carte
            C++ & Go: 2 languages           | c-go-2-languages
            ¡¿?!                            | article
            Straße nach Köln                | stra-e-nach-koln""")
    void titlesBecomeLowerCaseWordsJoinedByHyphens(String title, String slug) {
        assertEquals(slug, Slugs.fromTitle(title));
    }

    @Test
    void aLongTitleIsCutAtEightyCharactersWithoutATrailingHyphen() {
        // "word-" × 15 is 75 characters, then "xxxx-": the 80th is a hyphen, dropped with what follows
        assertEquals("word-".repeat(15) + "xxxx", Slugs.fromTitle("word ".repeat(15) + "xxxx yy"));
    }

    /** The slug rule as first written, with regular expressions: every id made so far was made by it. */
    private static String byRegex(String title) {
        String slug =
                Pattern.compile("[^a-z0-9]+").matcher(TextFolding.fold(title)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    @Test
    void randomTitlesGetTheSameSlugAsTheFirstRule() {
        Random random = new Random(11);
        String alphabet = "abcXYZ019 -_.,!?éÉßüﬁ😀\t";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder title = new StringBuilder();
            for (int i = random.nextInt(120); i > 0; i--) {
                title.appendCodePoint(alphabet.codePointAt(
                        alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            assertEquals(byRegex(title.toString()), Slugs.fromTitle(title.toString()), title.toString());
        }
    }
}
