package dev.readinglist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class KeptTextTest {

    @Test
    void aKeptTextsLineSaysWhenInThisComputersTimeToTheMinute() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            String line = KeptText.below(
                    true, "laptop", KeptText.when(Instant.parse("2026-12-06T01:03:05Z")), "the laptop's text");
            assertEquals("\n\n--- kept from laptop, 2026-12-06 10:03 ---\nthe laptop's text", line);
            assertEquals(1, KeptText.count("mine" + line));
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
