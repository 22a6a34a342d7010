package dev.readinglist.platform;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the user's library lives by default: the OS's per-user data folder.
 * Hand-written because the locations are this app's own choice per OS (libraries such as
 * directories-jvm pick other Windows folders, and shell out to PowerShell to find them).
 */
public final class DataFolder {

    public static final String DATABASE_FILE = "reading-list.db";
    public static final String DATABASE_ENV = "READING_LIST_DB";

    private DataFolder() {}

    /** The data folder for this user on this OS. */
    public static Path folder() {
        return folder(OperatingSystem.name(), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path folder(String osName, Map<String, String> env, Path home) {
        if (OperatingSystem.isWindows(osName)) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("Reading List");
        }
        if (OperatingSystem.isMac(osName)) {
            return home.resolve("Library").resolve("Application Support").resolve("Reading List");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative path is invalid and must be ignored.
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share")
                : Path.of(xdg);
        return base.resolve("reading-list");
    }

    /**
     * The per-user config folder: settings kept apart from any library file, so that a backup or a
     * restore never carries them along.
     */
    public static Path configFolder() {
        return configFolder(OperatingSystem.name(), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path configFolder(String osName, Map<String, String> env, Path home) {
        if (OperatingSystem.isWindows(osName) || OperatingSystem.isMac(osName)) {
            return folder(osName, env, home);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".config") : Path.of(xdg);
        return base.resolve("reading-list");
    }

    /** The per-user cache folder: for files the app can always recreate, such as unpacked native code. */
    public static Path cacheFolder() {
        return cacheFolder(OperatingSystem.name(), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path cacheFolder(String osName, Map<String, String> env, Path home) {
        if (OperatingSystem.isWindows(osName)) {
            String local = env.get("LOCALAPPDATA");
            Path base =
                    local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("Reading List").resolve("Cache");
        }
        if (OperatingSystem.isMac(osName)) {
            return home.resolve("Library").resolve("Caches").resolve("Reading List");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".cache") : Path.of(xdg);
        return base.resolve("reading-list");
    }

    /** The database to open: --db if given, else READING_LIST_DB, else the data folder's file. */
    public static Path database(Path fromOption) {
        return database(fromOption, System.getenv(), folder());
    }

    static Path database(Path fromOption, Map<String, String> env, Path folder) {
        if (isDefault(fromOption, env)) {
            return folder.resolve(DATABASE_FILE);
        }
        return fromOption != null ? fromOption : Path.of(env.get(DATABASE_ENV));
    }

    /** True when neither --db nor READING_LIST_DB chose the database: it is the data folder's own file. */
    public static boolean isDefault(Path fromOption) {
        return isDefault(fromOption, System.getenv());
    }

    static boolean isDefault(Path fromOption, Map<String, String> env) {
        String fromEnv = env.get(DATABASE_ENV);
        return fromOption == null && (fromEnv == null || fromEnv.isBlank());
    }
}
