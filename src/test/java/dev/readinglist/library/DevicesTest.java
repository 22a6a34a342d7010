package dev.readinglist.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.model.Device;
import dev.readinglist.model.ReadingListException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevicesTest {

    @TempDir
    Path dir;

    @Test
    void aDeviceIsMadeOnceAndKeepsItsIdWhenRenamed() {
        Path file = dir.resolve("config/device.properties");
        Device made = Devices.in(file);
        assertEquals(made, Devices.in(file), "read back, not made again");

        Device renamed = Devices.rename(file, "  Work laptop ");

        assertEquals(new Device(made.id(), "Work laptop"), renamed);
        assertEquals(renamed, Devices.in(file));
    }

    @Test
    void aNameThatIsNotOneShortLineIsRefusedAndChangesNothing() throws Exception {
        Path file = dir.resolve("device.properties");
        Devices.rename(file, "desk");
        byte[] before = Files.readAllBytes(file);
        for (String bad : new String[] {"", "   ", "two\nlines", "x".repeat(41)}) {
            ReadingListException e = assertThrows(ReadingListException.class, () -> Devices.rename(file, bad));
            assertTrue(e.getMessage().startsWith("a device's name is one line of 1 to 40 characters"), e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
