package dev.readinglist.library;

import dev.readinglist.io.AtomicFileWriter;
import dev.readinglist.model.Device;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.PrivateFiles;
import dev.readinglist.platform.UserFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * This installation's device id and name, made on first use and kept in the per-user config
 * folder (device.properties), never in a library: two machines holding copies of one library
 * write to different folders, and a library restored on a machine takes that machine's id.
 */
public final class Devices {

    private Devices() {}

    /** This user's device on this machine. */
    public static Device forUser() {
        return in(userFile());
    }

    /**
     * Names this user's device on this machine: the name other devices show for it, in "kept from …" lines and in
     * 'sync --status', from its next sync. Two computers with one host name were both "vm" (the fifty-fourth walk).
     */
    public static Device rename(String name) {
        return rename(userFile(), name);
    }

    /** Why a device cannot have this name, if it cannot. */
    public static Optional<String> nameProblem(String name) {
        String clean = name == null ? "" : name.strip();
        return clean.isEmpty() || clean.length() > 40 || clean.chars().anyMatch(Character::isISOControl)
                ? Optional.of("a device's name is one line of 1 to 40 characters")
                : Optional.empty();
    }

    static Device rename(Path file, String name) {
        String clean = name == null ? "" : name.strip();
        nameProblem(name).ifPresent(problem -> {
            throw new ReadingListException(problem + ": '" + (name == null ? "" : name) + "'");
        });
        Device now = new Device(in(file).id(), clean);
        write(file, now);
        return now;
    }

    static Device in(Path file) {
        Device known = read(file);
        if (known != null) {
            return known;
        }
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        Device created = new Device(HexFormat.of().formatHex(random), hostName());
        try {
            PrivateFiles.createFolders(file.getParent());
        } catch (IOException e) {
            throw new ReadingListException("cannot keep this device's id in " + file + ": " + e.getMessage(), e);
        }
        write(file, created);
        Device written = read(file); // another process may have written its own a moment before: one wins
        return written != null ? written : created;
    }

    private static Path userFile() {
        return DataFolder.configFolder().resolve("device.properties");
    }

    private static void write(Path file, Device device) {
        Properties properties = new Properties();
        properties.setProperty("id", device.id());
        properties.setProperty("name", device.name());
        AtomicFileWriter.writePrivate(file, out -> properties.store(out, "Reading List: this device, for sync"));
    }

    private static Device read(Path file) {
        Properties properties = new Properties();
        try (InputStream in = UserFiles.read(file)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return new Device(properties.getProperty("id"), properties.getProperty("name"));
        } catch (IllegalArgumentException e) {
            throw new ReadingListException(file + " holds no valid device id; delete it to make a new one", e);
        }
    }

    /** The machine's name, as people know it ("kept from laptop"); without one, "this computer". */
    static String hostName() {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return clean(value);
            }
        }
        for (String file : new String[] {"/etc/hostname", "/proc/sys/kernel/hostname"}) {
            try {
                String value = new String(UserFiles.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
                if (!value.isBlank()) {
                    return clean(value);
                }
            } catch (IOException | RuntimeException e) {
                // Not Linux, or not readable: the next way.
            }
        }
        try {
            return clean(InetAddress.getLocalHost().getHostName());
        } catch (IOException | RuntimeException e) {
            return "this computer";
        }
    }

    private static String clean(String name) {
        String first = name.strip().split("\\s+")[0];
        if (first.contains(".") && !first.matches("[0-9.]+")) {
            first = first.substring(0, first.indexOf('.')); // laptop.local is "laptop"
        }
        return first.isEmpty() || first.equalsIgnoreCase("localhost") ? "this computer" : first;
    }
}
