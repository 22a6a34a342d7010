package dev.readinglist.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's home and usual folders as their desktop names them, for the file dialogs. Java's
 * {@code user.home} is the account's entry in the password file; the desktop's own dialogs (GTK's)
 * use {@code $HOME}, and on Linux the Downloads folder may be called "Téléchargements", which
 * {@code user-dirs.dirs} says. Hand-written: directories-jvm finds these by starting a process.
 */
public final class UserFolders {

    private static final List<String> USUAL = List.of("DESKTOP", "DOCUMENTS", "DOWNLOAD");
    private static final List<String> ENGLISH = List.of("Desktop", "Documents", "Downloads");

    private UserFolders() {}

    /** The home folder the desktop's own dialogs would start in; as theirs, it reads no file. */
    public static Path home() {
        return home(OperatingSystem.name(), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path home(String osName, Map<String, String> env, Path accountHome) {
        if (OperatingSystem.isWindows(osName)) {
            return accountHome;
        }
        Path fromEnv = absolute(env.get("HOME"));
        return fromEnv != null ? fromEnv : accountHome;
    }

    /** Desktop, Documents and Downloads, those that exist, as the desktop names them. Reads files. */
    public static List<Path> usual() {
        return usual(OperatingSystem.name(), System.getenv(), home());
    }

    static List<Path> usual(String osName, Map<String, String> env, Path home) {
        Map<String, String> named = named(osName, env, home);
        Set<Path> folders = new LinkedHashSet<>();
        for (int i = 0; i < USUAL.size(); i++) {
            Path chosen = existing(named, i, home);
            if (chosen != null) {
                folders.add(chosen);
            }
        }
        return new ArrayList<>(folders);
    }

    /** The Downloads folder, as the desktop names it, where exports of other apps land; null if there is none. Reads files. */
    public static Path downloads() {
        return downloads(OperatingSystem.name(), System.getenv(), home());
    }

    static Path downloads(String osName, Map<String, String> env, Path home) {
        return existing(named(osName, env, home), USUAL.indexOf("DOWNLOAD"), home);
    }

    /** The Documents folder, as the desktop names it, where a first export goes; null if there is none. Reads files. */
    public static Path documents() {
        return documents(OperatingSystem.name(), System.getenv(), home());
    }

    static Path documents(String osName, Map<String, String> env, Path home) {
        return existing(named(osName, env, home), USUAL.indexOf("DOCUMENTS"), home);
    }

    private static Map<String, String> named(String osName, Map<String, String> env, Path home) {
        // user-dirs.dirs sits in the config folder's parent: XDG_CONFIG_HOME, or ~/.config.
        return OperatingSystem.isLinux(osName)
                ? named(DataFolder.configFolder(osName, env, home).getParent().resolve("user-dirs.dirs"), home)
                : Map.of();
    }

    private static Path existing(Map<String, String> named, int usual, Path home) {
        Path folder = absolute(named.get(USUAL.get(usual)));
        Path chosen = folder == null ? home.resolve(ENGLISH.get(usual)) : folder;
        // A desktop turned off is set to the home folder itself, which the dialog lists already.
        return !chosen.equals(home) && Files.isDirectory(chosen) ? chosen : null;
    }

    /** user-dirs.dirs: lines such as XDG_DOWNLOAD_DIR="$HOME/Téléchargements". */
    private static Map<String, String> named(Path file, Path home) {
        List<String> lines;
        try {
            lines = new String(UserFiles.readAllBytes(file), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        Map<String, String> named = new HashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            int equals = trimmed.indexOf('=');
            if (!trimmed.startsWith("XDG_") || !trimmed.contains("_DIR=") || equals < 0) {
                continue;
            }
            String key = trimmed.substring(4, trimmed.indexOf("_DIR="));
            String value = trimmed.substring(equals + 1);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.equals("$HOME") || value.startsWith("$HOME/")) {
                value = home + value.substring("$HOME".length());
            }
            named.put(key, value);
        }
        return named;
    }

    private static Path absolute(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        try {
            Path parsed = Path.of(path);
            return parsed.isAbsolute() ? parsed : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
