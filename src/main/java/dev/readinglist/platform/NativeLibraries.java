package dev.readinglist.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where SQLite's native library comes from. The app image ships it in its runtime and names it
 * with org.sqlite.lib.path; otherwise (a development run) sqlite-jdbc unpacks it, and it must do
 * so into the user's own cache folder, not /tmp, which may be shared or mounted noexec.
 */
public final class NativeLibraries {

    private NativeLibraries() {}

    public static void prepare() {
        String shipped = System.getProperty("org.sqlite.lib.path");
        String name = System.getProperty("org.sqlite.lib.name", "");
        if (shipped != null && Files.isRegularFile(Path.of(shipped, name))) {
            return;
        }
        if (System.getProperty("org.sqlite.tmpdir") != null) {
            return;
        }
        Path cache = DataFolder.cacheFolder().resolve("native");
        try {
            PrivateFiles.createFolders(cache);
            System.setProperty("org.sqlite.tmpdir", cache.toString());
        } catch (IOException | RuntimeException e) {
            // Without a cache folder sqlite-jdbc falls back to java.io.tmpdir, which usually works.
        }
    }
}
