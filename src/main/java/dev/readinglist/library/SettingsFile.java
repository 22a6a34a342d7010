package dev.readinglist.library;

import dev.readinglist.io.AtomicFileWriter;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.ErrorLog;
import dev.readinglist.platform.PrivateFiles;
import dev.readinglist.platform.UserFiles;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A small file of settings in the per-user config folder, never beside or inside a library: the
 * window's layout for the user, and, keyed by a library's id, what was last shown of that library.
 * A backup or a restore of a library therefore never carries them along, and one library's filters
 * never show up in another. A missing or damaged file just means defaults. Read and written off the
 * FX thread.
 */
public final class SettingsFile {

    private static final String SEPARATOR = "\u001f";
    private static final Pattern LIBRARY_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final Path file;
    private final Map<String, String> values = new TreeMap<>();

    private SettingsFile(Path file) {
        this.file = file;
    }

    /** Where the app keeps them: the per-user config folder. */
    public static Path folder() {
        return DataFolder.configFolder();
    }

    /** The window's layout (size, columns, divider, theme): one per user, whatever library is open. */
    public static SettingsFile forUser(Path folder) {
        return load(folder.resolve("window.properties"));
    }

    /** What the window last showed of one library (filters, selected article). */
    public static SettingsFile forLibrary(Path folder, String libraryId) {
        if (!LIBRARY_ID.matcher(libraryId).matches()) {
            throw new IllegalArgumentException("not a library id: " + libraryId);
        }
        return load(folder.resolve("libraries").resolve(libraryId + ".properties"));
    }

    public static SettingsFile load(Path file) {
        SettingsFile settings = new SettingsFile(file);
        Properties read = new Properties();
        try (Reader reader = new InputStreamReader(UserFiles.read(file), StandardCharsets.UTF_8)) {
            read.load(reader);
        } catch (NoSuchFileException e) {
            return settings;
        } catch (IOException | IllegalArgumentException | ReadingListException e) {
            ErrorLog.record("cannot read " + file + "; the defaults are used", e);
            return settings;
        }
        read.stringPropertyNames().forEach(key -> settings.values.put(key, read.getProperty(key)));
        return settings;
    }

    public synchronized String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public synchronized double number(String key, double fallback) {
        try {
            return Double.parseDouble(values.getOrDefault(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public synchronized List<String> list(String key) {
        String value = values.getOrDefault(key, "");
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(SEPARATOR, -1));
    }

    public synchronized void put(String key, String value) {
        values.put(key, value);
    }

    public synchronized void put(String key, double value) {
        values.put(key, Double.toString(value));
    }

    public synchronized void put(String key, List<String> items) {
        values.put(key, String.join(SEPARATOR, items));
    }

    public synchronized void remove(String key) {
        values.remove(key);
    }

    /** Writes the file atomically, in key order so that a diff of two saves is readable. */
    public void save() {
        Properties copy = new Properties();
        synchronized (this) {
            copy.putAll(values);
        }
        try {
            PrivateFiles.createFolders(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new ReadingListException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        // store() flushes but does not close, so the writer wrapping the temp file needs no closing.
        AtomicFileWriter.writePrivate(
                file, out -> copy.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), "Reading List settings"));
    }

    public Path file() {
        return file;
    }
}
