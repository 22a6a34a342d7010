package dev.readinglist.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxUsesXdgDataHomeWhenAbsolute() {
        assertEquals(Path.of("/data/reading-list"), DataFolder.folder("Linux", Map.of("XDG_DATA_HOME", "/data"), HOME));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertEquals(Path.of("/home/ada/.local/share/reading-list"), DataFolder.folder("Linux", Map.of(), HOME));
        assertEquals(
                Path.of("/home/ada/.local/share/reading-list"),
                DataFolder.folder("Linux", Map.of("XDG_DATA_HOME", "relative/path"), HOME));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(
                Path.of("/home/ada/Library/Application Support/Reading List"),
                DataFolder.folder("Mac OS X", Map.of(), HOME));
    }

    @Test
    void windowsUsesAppData() {
        Path appData = Path.of("/users/ada/AppData/Roaming");
        assertEquals(
                appData.resolve("Reading List"),
                DataFolder.folder("Windows 11", Map.of("APPDATA", appData.toString()), HOME));
    }

    @Test
    void cacheFoldersFollowEachOs() {
        assertEquals(
                Path.of("/cache/reading-list"),
                DataFolder.cacheFolder("Linux", Map.of("XDG_CACHE_HOME", "/cache"), HOME));
        assertEquals(Path.of("/home/ada/.cache/reading-list"), DataFolder.cacheFolder("Linux", Map.of(), HOME));
        assertEquals(
                Path.of("/home/ada/Library/Caches/Reading List"), DataFolder.cacheFolder("Mac OS X", Map.of(), HOME));
        Path local = Path.of("/users/ada/AppData/Local");
        assertEquals(
                local.resolve("Reading List").resolve("Cache"),
                DataFolder.cacheFolder("Windows 11", Map.of("LOCALAPPDATA", local.toString()), HOME));
    }

    @Test
    void optionBeatsEnvironmentBeatsDataFolder() {
        Path folder = Path.of("/data/reading-list");
        Map<String, String> env = Map.of("READING_LIST_DB", "/env/rl.db");
        assertEquals(Path.of("/opt/x.db"), DataFolder.database(Path.of("/opt/x.db"), env, folder));
        assertEquals(Path.of("/env/rl.db"), DataFolder.database(null, env, folder));
        assertEquals(folder.resolve("reading-list.db"), DataFolder.database(null, Map.of(), folder));
    }
}
