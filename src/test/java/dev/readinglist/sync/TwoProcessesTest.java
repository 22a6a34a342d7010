package dev.readinglist.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.ChildJvm;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two devices as two real processes of the command line, each with its own library and its own
 * config folder (so its own device id), and one sync folder between them.
 */
class TwoProcessesTest {

    static final String CACHING = "caching-strategies-production-guide";
    static final String THRIFT = "apache-thrift-cross-language-rpc";

    @TempDir
    Path dir;

    int commands;

    @Test
    void readMarksNotesTagsAndDeletesOnBothSidesThenConcurrentNotesThenNothingNew() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        try (InputStream pocket = getClass().getResourceAsStream("/imports/pocket.csv")) {
            Files.copy(pocket, dir.resolve("pocket.csv"));
        }
        Device laptop = new Device(dir, "laptop");
        Device desktop = new Device(dir, "desktop");

        laptop.ok("import", dir.resolve("pocket.csv").toString());
        laptop.ok("mark-read", CACHING);
        laptop.ok("note", CACHING, "--set", "Cache-aside first.");
        laptop.ok("tag", CACHING, "--add", "to-try");
        laptop.ok("delete", "raft-explained");
        String first = laptop.ok("sync", "--folder", folder.toString());
        assertTrue(first.contains("1 device."), first);

        String joined = desktop.ok("sync", "--folder", folder.toString());
        assertTrue(joined.contains("This library had never synced: it joined"), joined);
        assertTrue(desktop.ok("note", CACHING).contains("Cache-aside first."));
        desktop.ok("mark-read", THRIFT);
        desktop.ok("note", THRIFT, "--set", "Compare with gRPC.");
        desktop.ok("tag", CACHING, "--remove", "to-try", "--add", "cache-aside");
        desktop.ok("delete", "multi-line-title");
        desktop.ok("sync");
        laptop.ok("sync");
        assertEquals(desktop.ok("list", "--format", "csv"), laptop.ok("list", "--format", "csv"));
        assertTrue(laptop.ok("list", "--status", "read").contains(THRIFT));
        String tags = laptop.ok("tag", CACHING);
        assertEquals(desktop.ok("tag", CACHING), tags);
        assertTrue(tags.contains("cache-aside (yours)") && !tags.contains("to-try"), tags);

        laptop.ok("note", THRIFT, "--set", "gRPC has streaming.");
        desktop.ok("note", THRIFT, "--set", "Thrift has more languages.");
        laptop.ok("sync");
        desktop.ok("sync");
        laptop.ok("sync");
        String merged = laptop.ok("note", THRIFT);
        assertEquals(merged, desktop.ok("note", THRIFT));
        assertTrue(merged.contains("gRPC has streaming.") && merged.contains("Thrift has more languages."), merged);
        assertTrue(merged.contains("--- kept from "), merged);

        for (Device device : new Device[] {laptop, desktop}) {
            assertTrue(
                    device.ok("sync")
                            .contains(": sent 0 changes, received 0 changes; 0 articles changed here; 2 devices."),
                    "a sync with nothing new changes nothing");
        }
        assertEquals(desktop.ok("list", "--format", "csv"), laptop.ok("list", "--format", "csv"));
    }

    /** One device: a library and a config folder of its own. */
    private final class Device {
        private final Path db;
        private final Map<String, String> environment;

        Device(Path dir, String name) {
            this.db = dir.resolve(name).resolve("reading-list.db");
            this.environment = Map.of(
                    "XDG_CONFIG_HOME", dir.resolve(name + "-config").toString(),
                    "XDG_DATA_HOME", dir.resolve(name + "-data").toString(),
                    "HOSTNAME", name);
        }

        /** Runs a command line; returns what it printed, failing the test on a non-zero exit. */
        String ok(String... args) throws Exception {
            String[] all = new String[args.length + 2];
            all[0] = "--db";
            all[1] = db.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            ChildJvm.Result result = ChildJvm.cli(dir.resolve("command-" + ++commands + ".out"), environment, all);
            assertEquals(0, result.code(), String.join(" ", args) + ": " + result.output());
            return result.output();
        }
    }
}
