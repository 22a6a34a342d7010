package dev.readinglist.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A whole sort takes a shortcut through each text's first eight characters; an article put in later is placed by
 * {@link RowOrder#TEXT} alone. The two must agree, or a merged row lands out of order.
 */
class NaturalOrderTest {

    private static final String ALPHABET = "aAbZ09 1:#-_.é2Éz";

    @Test
    void aWholeSortAgreesWithTheOrderArticlesArePutInBy() {
        Random random = new Random(63);
        for (int round = 0; round < 200; round++) {
            String[] texts = new String[60];
            for (int i = 0; i < texts.length; i++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(12);
                for (int c = 0; c < length; c++) {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                texts[i] = text.toString();
            }
            int[] rows = IntStream.range(0, texts.length).toArray();
            int[] whole = RowOrder.byText(rows, row -> texts[row]);
            int[] byText = IntStream.range(0, texts.length)
                    .boxed()
                    .sorted(Comparator.<Integer, String>comparing(row -> texts[row], RowOrder.TEXT)
                            .thenComparingInt(row -> row))
                    .mapToInt(Integer::intValue)
                    .toArray();
            assertArrayEquals(byText, whole, () -> Arrays.toString(texts));
        }
    }

    @Test
    void numbersCompareByValueAndLettersWithoutCase() {
        assertTrue(RowOrder.TEXT.compare("#91", "#909") < 0);
        assertTrue(RowOrder.TEXT.compare("New article 2", "new article 10") < 0);
        assertTrue(RowOrder.TEXT.compare("Part 007", "part 7") < 0, "zeros count last");
        assertEquals(0, RowOrder.TEXT.compare("Part 7", "part 7"), "case alone leaves them to the default order");
        assertTrue(RowOrder.TEXT.compare("v2", "vb") < 0, "a digit before a letter, as in plain text");
    }
}
