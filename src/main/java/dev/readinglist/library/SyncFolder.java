package dev.readinglist.library;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.readinglist.io.AtomicFileWriter;
import dev.readinglist.model.Device;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.PrivateFiles;
import dev.readinglist.platform.UserFiles;
import dev.readinglist.sync.SyncFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A library's part of the sync folder: {@code DIR/<library id>/<device id>/} per device, each
 * holding only that device's files: {@code ops-<UTC time>-<random>.jsonl} segments of operations,
 * {@code snapshot-<UTC time>-<random>.jsonl} snapshots, and {@code device.json} (its name). Files
 * are written to a hidden temp name, synced and renamed into place, and never changed after; this
 * device's folders are 0700 and its files 0600. Any other file whose name starts and ends as a
 * segment's or a snapshot's (a sync tool's "conflicted copy", ".sync-conflict-") is read too.
 */
final class SyncFolder {

    static final String OPS = "ops-";
    static final String SNAPSHOT = "snapshot-";
    static final String SUFFIX = ".jsonl";
    private static final String DEVICE_FILE = "device.json";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int HEADER_LIMIT = 1 << 20;
    private static final Pattern LIBRARY_ID = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private final Path root;
    private final Path library;
    private final Path own;
    private final String libraryId;
    private final Device device;
    private final Clock clock;

    private SyncFolder(Path root, String libraryId, Device device, Clock clock) {
        this.root = root;
        this.library = root.resolve(libraryId);
        this.own = library.resolve(device.id());
        this.libraryId = libraryId;
        this.device = device;
        this.clock = clock;
    }

    /** One sync file of one device. */
    record Entry(String device, String name, Path path, Instant modified, long size) {

        boolean snapshot() {
            return name.startsWith(SNAPSHOT);
        }

        String key() {
            return device + "/" + name;
        }
    }

    /**
     * The library's part of {@code folder}, made if missing. Refuses a folder that does not exist, and
     * one the library file itself is in: a sync tool copying a live SQLite file corrupts it.
     */
    static SyncFolder open(Path folder, String libraryId, Device device, Path database, Clock clock) {
        Path root = folder.toAbsolutePath().normalize();
        check(root, database);
        SyncFolder sync = new SyncFolder(root, libraryId, device, clock);
        try {
            PrivateFiles.createFolders(sync.own);
        } catch (IOException e) {
            throw new ReadingListException("cannot create " + sync.own + ": " + AtomicFileWriter.reason(e), e);
        }
        return sync;
    }

    /** Refuses a sync folder that is not a folder, or that holds the library file. */
    static void check(Path folder, Path database) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new ReadingListException("the sync folder " + root + " does not exist; create it (or choose the"
                    + " folder your sync tool replicates) and retry");
        }
        if (!Files.isDirectory(root)) {
            throw new ReadingListException("the sync folder " + root + " is a file, not a folder");
        }
        checkPlace(root, database);
    }

    /**
     * As {@link #check}, for a folder chosen to sync through: one that does not exist yet is made, when the folder it
     * would be in does (the fifty-second walk typed a new one, and was told to make it). Only when chosen: a folder
     * missing at a later sync may be a drive not mounted, or a sync tool not running.
     */
    static void checkChosen(Path folder, Path database) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.exists(root) && root.getParent() != null && Files.isDirectory(root.getParent())) {
            checkPlace(root, database);
            try {
                Files.createDirectory(root);
            } catch (FileAlreadyExistsException e) {
                // Made in between, or a file there: the check below says which.
            } catch (IOException e) {
                throw new ReadingListException(
                        "cannot create the sync folder " + root + ": " + AtomicFileWriter.reason(e), e);
            }
        }
        check(root, database);
    }

    private static void checkPlace(Path root, Path database) {
        Path made = madeInside(root);
        if (made != null) {
            // Chosen in a folder chooser that shows them, the walk's devices stopped hearing from each other.
            throw new ReadingListException("cannot sync through " + root + ": Reading List made it inside the sync"
                    + " folder " + made + "; choose that folder");
        }
        if (inside(database, root)) {
            Path data = DataFolder.folder().toAbsolutePath().normalize();
            String instead = inside(data.resolve("x"), root)
                    ? "choose a folder of its own that your sync tool replicates, such as ~/Sync/reading-list"
                    : "choose a folder of its own, or keep the library outside it (in " + data + ")";
            throw new ReadingListException("cannot sync through " + root
                    + ": the library file is inside the sync folder (" + database.getFileName()
                    + "), and a sync tool would copy it while it is open and damage it; " + instead);
        }
    }

    /**
     * The sync folder that {@code folder} is part of, where it is one of the folders this class makes in it (a
     * library's, named by its id, or a device's in that); else null.
     */
    private static Path madeInside(Path folder) {
        Path parent = folder.getParent();
        if (parent != null && isLibraryFolder(folder)) {
            return parent;
        }
        if (parent != null && parent.getParent() != null && isLibraryFolder(parent)) {
            return Files.exists(folder.resolve(DEVICE_FILE)) ? parent.getParent() : null;
        }
        return null;
    }

    private static boolean isLibraryFolder(Path folder) {
        return folder.getFileName() != null
                && LIBRARY_ID.matcher(folder.getFileName().toString()).matches();
    }

    private static boolean inside(Path file, Path folder) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(folder)) {
            return true;
        }
        try {
            Path realFolder = folder.toRealPath();
            Path realParent = absolute.getParent() == null
                    ? absolute
                    : absolute.getParent().toRealPath();
            return realParent.startsWith(realFolder);
        } catch (IOException e) {
            return false;
        }
    }

    /** The ids of the libraries that have sync files in {@code folder}. */
    static List<String> libraries(Path folder) {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (LIBRARY_ID.matcher(name).matches() && Files.isDirectory(entry)) {
                    ids.add(name);
                }
            }
        } catch (IOException e) {
            throw new ReadingListException("cannot list " + folder + ": " + AtomicFileWriter.reason(e), e);
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    /** True when the library's folder holds no device's folder but this one's. */
    static boolean onlyDevice(Path root, String libraryId, String deviceId) {
        try (DirectoryStream<Path> devices = Files.newDirectoryStream(root.resolve(libraryId), Files::isDirectory)) {
            for (Path each : devices) {
                if (!each.getFileName().toString().equals(deviceId)
                        && !each.getFileName().toString().startsWith(".")) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes this device's own files of a library it no longer syncs, and the folders left empty. */
    static void dropOwn(Path root, String libraryId, String deviceId) {
        Path library = root.resolve(libraryId);
        Path own = library.resolve(deviceId);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(own)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (isSyncFile(name) || name.equals(DEVICE_FILE)) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(own);
            Files.deleteIfExists(library);
        } catch (IOException e) {
            // A file of another's, or one in use: what is left is only space; nothing reads it.
        }
    }

    Path root() {
        return root;
    }

    /** Writes device.json (this device's name) when it is missing or says another name. */
    void describeDevice() {
        JsonObject about = new JsonObject();
        about.addProperty("device", device.id());
        about.addProperty("name", device.name());
        byte[] content = (about + "\n").getBytes(StandardCharsets.UTF_8);
        Path file = own.resolve(DEVICE_FILE);
        try {
            if (Files.exists(file) && Arrays.equals(UserFiles.readAllBytes(file), content)) {
                return;
            }
        } catch (IOException e) {
            // Unreadable: write it again.
        }
        AtomicFileWriter.writePrivate(file, out -> out.write(content));
    }

    /** The name a device gave itself in its device.json; its id when it has none. */
    String nameOf(String deviceId) {
        try {
            String text = new String(
                    UserFiles.readAllBytes(library.resolve(deviceId).resolve(DEVICE_FILE)), StandardCharsets.UTF_8);
            JsonObject about = JsonParser.parseString(text).getAsJsonObject();
            return about.get("name").getAsString();
        } catch (IOException | RuntimeException e) {
            return deviceId;
        }
    }

    /** The device folders there are, this device's first. */
    List<String> devices() {
        List<String> devices = new ArrayList<>();
        devices.add(device.id());
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(library)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && !name.equals(device.id()) && Files.isDirectory(entry)) {
                    devices.add(name);
                }
            }
        } catch (NoSuchFileException e) {
            return devices;
        } catch (IOException e) {
            throw new ReadingListException("cannot list " + library + ": " + AtomicFileWriter.reason(e), e);
        }
        devices.subList(1, devices.size()).sort(Comparator.naturalOrder());
        return devices;
    }

    /** Every sync file of one device, by name. */
    List<Entry> files(String deviceId) {
        Path folder = library.resolve(deviceId);
        List<Entry> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!isSyncFile(name)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    files.add(new Entry(
                            deviceId, name, entry, attributes.lastModifiedTime().toInstant(), attributes.size()));
                }
            }
        } catch (NoSuchFileException e) {
            return files;
        } catch (IOException e) {
            throw new ReadingListException("cannot list " + folder + ": " + AtomicFileWriter.reason(e), e);
        }
        files.sort(Comparator.comparing(Entry::name));
        return files;
    }

    /** Segments and snapshots, with a sync tool's conflicted copies; never a hidden temp file. */
    static boolean isSyncFile(String name) {
        return !name.startsWith(".") && (name.startsWith(OPS) || name.startsWith(SNAPSHOT)) && name.endsWith(SUFFIX);
    }

    /** Checks a file as a stream; null when it is gone meanwhile (its device dropped it). */
    SyncFile.Read read(Entry entry) {
        try {
            return SyncFile.read(() -> UserFiles.read(entry.path()));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + entry.path() + ": " + AtomicFileWriter.reason(e), e);
        }
    }

    /** A file's header (its first line), without reading the rest: a snapshot may be tens of MB. */
    JsonObject header(Entry entry) {
        try (InputStream in = UserFiles.read(entry.path())) {
            byte[] head = in.readNBytes(HEADER_LIMIT);
            int end = 0;
            while (end < head.length && head[end] != '\n') {
                end++;
            }
            return end == head.length ? null : SyncFile.header(new String(head, 0, end, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes this device's operations, streamed from the library, as a new segment; returns its name. */
    String writeOps(Consumer<Consumer<String>> operations) {
        String name = newName(OPS);
        write(name, SyncFile.header(SyncFile.OPS, libraryId, device.id()), operations);
        return name;
    }

    /** Writes a snapshot of every article state; returns its name. */
    String writeSnapshot(Collection<String> covers, Consumer<Consumer<String>> states) {
        String name = newName(SNAPSHOT);
        JsonObject header = SyncFile.header(SyncFile.SNAPSHOT, libraryId, device.id());
        JsonArray list = new JsonArray();
        covers.forEach(list::add);
        header.add("covers", list);
        write(name, header, states);
        return name;
    }

    /** Writes header, the lines as they come, and footer, atomically, into this device's folder. */
    private void write(String name, JsonObject header, Consumer<Consumer<String>> lines) {
        AtomicFileWriter.writePrivate(own.resolve(name), out -> {
            SyncFile.LineWriter writer = new SyncFile.LineWriter(out, header);
            try {
                lines.accept(line -> {
                    try {
                        writer.line(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.finish();
        });
    }

    /**
     * Drops this device's own files that the newest snapshot holds: segments it covers that are
     * older than {@code keep} (others may not have read them yet; they would read the snapshot),
     * and every snapshot but the newest two. Never another device's file.
     */
    int prune(Collection<String> covered, Duration keep) {
        List<Entry> files = files(device.id());
        List<Entry> snapshots = files.stream().filter(Entry::snapshot).toList();
        Instant before = clock.instant().minus(keep);
        int dropped = 0;
        for (Entry file : files) {
            boolean oldSegment = !file.snapshot()
                    && covered.contains(file.key())
                    && file.modified().isBefore(before);
            boolean oldSnapshot = file.snapshot() && snapshots.indexOf(file) < snapshots.size() - 2;
            if (oldSegment || oldSnapshot) {
                try {
                    Files.deleteIfExists(file.path());
                    dropped++;
                } catch (IOException e) {
                    // Kept: only space is lost, and the next sync tries again.
                }
            }
        }
        return dropped;
    }

    /** "ops-20261201T161200123Z-3fa9c0d2.jsonl": sorts by time, and no two devices or runs make the same. */
    private String newName(String prefix) {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return prefix + STAMP.format(clock.instant()) + "-" + HexFormat.of().formatHex(random) + SUFFIX;
    }
}
