package dev.readinglist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaGuardTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =1+1          | '=1+1
            +cmd          | '+cmd
            -cmd          | '-cmd
            @SUM(A1)      | '@SUM(A1)
            -42           | -42
            +3.14         | +3.14
            -1e5          | -1e5
            -.5           | -.5
            42            | 42
            -             | '-
            ``            | ``
            plain         | plain
            a=b           | a=b
            """)
    void guardsCellsThatStartLikeFormulas(String cell, String expected) {
        assertEquals(expected, FormulaGuard.guard(cell));
    }

    @Test
    void guardsLeadingTabAndCarriageReturn() {
        assertEquals("'\tx", FormulaGuard.guard("\tx"));
        assertEquals("'\rx", FormulaGuard.guard("\rx"));
    }
}
