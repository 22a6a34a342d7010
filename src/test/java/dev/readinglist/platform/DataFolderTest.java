package dev.readinglist.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * The per-user MSI installs into %LOCALAPPDATA% plus its --install-dir (installers/windows/package.ps1); an
     * uninstall or upgrade removes that folder, so the cache (the instance lock and socket) and the data
     * must lie elsewhere.
     */
    @Test
    void windowsFoldersLieOutsideThePerUserInstallFolder() throws IOException {
        String script = Files.readString(Path.of("installers", "windows", "package.ps1"));
        Matcher installDir = Pattern.compile("--install-dir \"([^\"]+)\"").matcher(script);
        assertTrue(installDir.find(), "package.ps1 names its install folder");
        Path local = Path.of("/users/ada/AppData/Local");
        Path roaming = Path.of("/users/ada/AppData/Roaming");
        Path installed = local;
        for (String part : installDir.group(1).split("\\\\")) {
            installed = installed.resolve(part);
        }
        Map<String, String> env = Map.of("LOCALAPPDATA", local.toString(), "APPDATA", roaming.toString());
        assertEquals(local.resolve("Programs").resolve("Reading List"), installed);
        assertFalse(DataFolder.cacheFolder("Windows 11", env, HOME).startsWith(installed));
        assertFalse(DataFolder.folder("Windows 11", env, HOME).startsWith(installed));
        assertFalse(DataFolder.configFolder("Windows 11", env, HOME).startsWith(installed));
    }

    @Test
    void optionBeatsEnvironmentBeatsDataFolder() {
        Path folder = Path.of("/data/reading-list");
        Map<String, String> env = Map.of("READING_LIST_DB", "/env/rl.db");
        assertEquals(Path.of("/opt/x.db"), DataFolder.database(Path.of("/opt/x.db"), env, folder));
        assertEquals(Path.of("/env/rl.db"), DataFolder.database(null, env, folder));
        assertEquals(folder.resolve("reading-list.db"), DataFolder.database(null, Map.of(), folder));
        assertEquals(
                folder.resolve("reading-list.db"), DataFolder.database(null, Map.of("READING_LIST_DB", " "), folder));
    }

    @Test
    void theDefaultIsWhatNeitherTheOptionNorTheEnvironmentChose() {
        assertTrue(DataFolder.isDefault(null, Map.of()));
        assertTrue(DataFolder.isDefault(null, Map.of("READING_LIST_DB", "")));
        assertFalse(DataFolder.isDefault(null, Map.of("READING_LIST_DB", "/env/rl.db")));
        assertFalse(DataFolder.isDefault(Path.of("/opt/x.db"), Map.of()));
    }
}
