package dev.readinglist.platform;

import java.util.Locale;

/**
 * The operating system this process runs on, read in one place: seven classes each read {@code os.name} and
 * tested it their own way. The classes whose choice depends on it take the name, so that tests can name another.
 */
public final class OperatingSystem {

    private OperatingSystem() {}

    /** Java's {@code os.name}: "Linux", "Mac OS X", "Windows 11", …; empty when unset. */
    public static String name() {
        return System.getProperty("os.name", "");
    }

    public static boolean isWindows() {
        return isWindows(name());
    }

    /** Whether {@code osName}, as {@code os.name} gives it, is Windows. */
    public static boolean isWindows(String osName) {
        return is(osName, "windows");
    }

    /** Whether {@code osName} is macOS ("Mac OS X"). */
    public static boolean isMac(String osName) {
        return is(osName, "mac");
    }

    /** Whether {@code osName} is Linux. */
    public static boolean isLinux(String osName) {
        return is(osName, "linux");
    }

    private static boolean is(String osName, String family) {
        return osName.toLowerCase(Locale.ROOT).startsWith(family);
    }
}
