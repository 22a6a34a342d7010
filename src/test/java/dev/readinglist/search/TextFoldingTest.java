package dev.readinglist.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readinglist.model.TextFolding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Caching Strategies, caching strategies",
        "Café Crème, cafe creme",
        "ÜNÏCÖDÉ, unicode",
        "ﬁle, file",
        "straße, straße",
        "C++ & Go, c++ & go"
    })
    void foldsCaseAndAccentsAsciiOrNot(String text, String folded) {
        assertEquals(folded, TextFolding.fold(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Distributed Systems | distributed-systems
            distributed_systems | distributed-systems
            --Crème  Brûlée--   | creme-brulee""")
    void tagKeysJoinWordsWithOneHyphen(String tag, String key) {
        assertEquals(key, TextFolding.tagKey(tag));
    }

    @Test
    void wordsSplitLikeTheIndex() {
        assertEquals(List.of("e", "mail", "zoe", "s", "notes"), TextFolding.words("E-mail: Zoë's notes!"));
    }
}
