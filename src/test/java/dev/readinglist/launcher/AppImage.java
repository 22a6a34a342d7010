package dev.readinglist.launcher;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the pieces of the app image are on each OS, as the pom's per-OS profiles build it into
 * {@code target/dist}: the folder, the command-line launcher (named {@code reading-list} everywhere;
 * the window's own launcher is "Reading List" on macOS and Windows) and the folder of the launchers'
 * .cfg files.
 */
public record AppImage(Path root, Path launcher, Path appFolder) {

    /** The image the build made for this OS (the failsafe run names the dist folder). */
    public static AppImage built() {
        return in(Path.of(System.getProperty("readinglist.dist", "target/dist")), System.getProperty("os.name", ""));
    }

    public static AppImage in(Path dist, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path root = dist.resolve("Reading List");
            return new AppImage(root, root.resolve("reading-list.exe"), root.resolve("app"));
        }
        if (os.startsWith("mac")) {
            Path contents = dist.resolve("Reading List.app").resolve("Contents");
            return new AppImage(
                    contents.getParent(), contents.resolve("MacOS").resolve("reading-list"), contents.resolve("app"));
        }
        Path root = dist.resolve("reading-list");
        return new AppImage(
                root,
                root.resolve("bin").resolve("reading-list"),
                root.resolve("lib").resolve("app"));
    }
}
