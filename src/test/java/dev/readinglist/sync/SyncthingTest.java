package dev.readinglist.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadStatus;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real sync engine between two devices: two Syncthing instances (the Debian package), each with
 * its own home, sharing one folder over 127.0.0.1 only (global and local discovery, relays, NAT and
 * usage reporting off; fsWatcherDelayS=1, and a rescan every 10 s should the watch miss a file),
 * each carrying one library's sync folder. Edits on both sides must converge within 60 s. Skipped
 * where syncthing is not installed (.ci/run installs it).
 */
class SyncthingTest {

    static final Duration CONVERGE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    final List<Process> engines = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process engine : engines) {
            engine.destroy();
        }
        for (Process engine : engines) {
            if (!engine.waitFor(10, TimeUnit.SECONDS)) {
                engine.destroyForcibly();
            }
        }
    }

    @Test
    void editsOnTwoDevicesConvergeThroughSyncthingWithinAMinute() throws Exception {
        Path syncthing = onPath("syncthing");
        assumeTrue(syncthing != null, "syncthing is not installed");
        Engine laptopEngine = new Engine("laptop", syncthing);
        Engine desktopEngine = new Engine("desktop", syncthing);
        laptopEngine.configure(laptopEngine, desktopEngine);
        desktopEngine.configure(laptopEngine, desktopEngine);
        laptopEngine.start();
        desktopEngine.start();
        waitFor("the two engines to connect", CONVERGE, () -> laptopEngine.ready() && desktopEngine.ready());
        Thread.sleep(1000); // the folder watch starts after the first scan

        try (Library laptop = Replicas.open(dir.resolve("laptop/reading-list.db"), "laptop");
                Library desktop = Replicas.open(dir.resolve("desktop/reading-list.db"), "desktop")) {
            String raft = laptop.addArticle("Raft", "https://raft.github.io/", "Consensus.", List.of("papers"));
            laptop.setNote(raft, "Read section 5.");
            laptop.sync(laptopEngine.folder);
            long start = System.nanoTime();
            waitFor("the desktop to get the laptop's article", CONVERGE, () -> {
                // Both sync, as devices do: the desktop may start a library of its own before the laptop's
                // files arrive, and whichever of the two has the higher id then joins the other's.
                laptop.sync(laptopEngine.folder);
                desktop.sync(desktopEngine.folder);
                return desktop.search("", ReadStatus.ALL).stream().anyMatch(a -> a.id().equals(raft));
            });
            double first = (System.nanoTime() - start) / 1e9;

            laptop.setNote(raft, "Read section 5. Leases are in section 6.");
            laptop.editTags(raft, List.of("to-try"), List.of());
            desktop.setNote(raft, "Compare with Paxos.");
            desktop.markRead(List.of(raft));
            desktop.editTags(raft, List.of(), List.of("papers"));
            start = System.nanoTime();
            waitFor("both devices to show the same article", CONVERGE, () -> {
                laptop.sync(laptopEngine.folder);
                desktop.sync(desktopEngine.folder);
                return Replicas.export(laptop, dir).equals(Replicas.export(desktop, dir))
                        && laptop.note(raft).orElse("").contains("Compare with Paxos.");
            });
            double converged = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "syncthing: the first article arrived in %.1f s; concurrent edits on both devices converged in"
                            + " %.1f s%n",
                    first, converged);

            Article merged = laptop.article(raft);
            assertTrue(merged.note().contains("Leases are in section 6.")
                    && merged.note().contains("Compare with Paxos."));
            assertTrue(merged.isRead());
            assertEquals(List.of("to-try"), merged.userTags(), "the desktop removed the add it had seen");
        }
    }

    /** One Syncthing instance: its home, its copy of the folder, its ports. */
    private final class Engine {
        final String name;
        final Path syncthing;
        final Path home;
        final Path folder;
        final int listen;
        final int gui;
        final String key;
        final String id;

        Engine(String name, Path syncthing) throws Exception {
            this.name = name;
            this.syncthing = syncthing;
            this.home = Files.createDirectories(dir.resolve(name + "-syncthing"));
            this.folder = Files.createDirectories(dir.resolve(name + "-Sync"));
            Files.createDirectories(folder.resolve(".stfolder"));
            this.listen = freePort();
            this.gui = freePort();
            this.key = "reading-list-test-" + name;
            Process generate = process("generate", "--home=" + home, "--no-default-folder")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(generate.getInputStream().readAllBytes());
            generate.waitFor(30, TimeUnit.SECONDS);
            Matcher deviceId = Pattern.compile("Device ID: ([A-Z0-9-]{63})").matcher(output);
            if (!deviceId.find()) {
                throw new IOException("syncthing generate said: " + output);
            }
            this.id = deviceId.group(1);
        }

        /** A config of our own: one folder shared by the two, on 127.0.0.1 only, nothing announced or relayed. */
        void configure(Engine one, Engine other) throws IOException {
            String devices = "";
            for (Engine engine : List.of(one, other)) {
                devices += """
                            <device id="%s" name="%s" compression="metadata" introducer="false">
                                <address>tcp://127.0.0.1:%d</address>
                            </device>
                        """.formatted(engine.id, engine.name, engine.listen);
            }
            Files.writeString(
                    home.resolve("config.xml"), """
                    <configuration version="36">
                        <folder id="reading-list" label="Reading List" path="%s" type="sendreceive"
                                rescanIntervalS="10" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false">
                            <filesystemType>basic</filesystemType>
                            <device id="%s"></device>
                            <device id="%s"></device>
                        </folder>
                    %s
                        <gui enabled="true" tls="false">
                            <address>127.0.0.1:%d</address>
                            <apikey>%s</apikey>
                        </gui>
                        <options>
                            <listenAddress>tcp://127.0.0.1:%d</listenAddress>
                            <globalAnnounceEnabled>false</globalAnnounceEnabled>
                            <localAnnounceEnabled>false</localAnnounceEnabled>
                            <relaysEnabled>false</relaysEnabled>
                            <natEnabled>false</natEnabled>
                            <urAccepted>-1</urAccepted>
                            <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
                            <crashReportingEnabled>false</crashReportingEnabled>
                            <startBrowser>false</startBrowser>
                            <stunKeepaliveStartS>0</stunKeepaliveStartS>
                        </options>
                    </configuration>
                    """.formatted(folder, one.id, other.id, devices, gui, key, listen));
        }

        void start() throws IOException {
            engines.add(process(
                            "serve",
                            "--home=" + home,
                            "--no-browser",
                            "--no-restart",
                            "--no-upgrade",
                            "--logfile=" + home.resolve("syncthing.log"))
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("syncthing.out").toFile())
                    .start());
        }

        /** True once its REST API says the other device is connected and the folder's first scan is done. */
        boolean ready() {
            return rest("/rest/system/connections").contains("\"connected\": true")
                    && rest("/rest/db/status?folder=reading-list").contains("\"state\": \"idle\"");
        }

        private String rest(String path) {
            try {
                HttpResponse<String> response = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gui + path))
                                        .header("X-API-Key", key)
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? response.body() : "";
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }

        private ProcessBuilder process(String... args) {
            List<String> command = new ArrayList<>(List.of(syncthing.toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("HOME", home.toString());
            builder.environment().put("STNODEFAULTFOLDER", "1");
            builder.environment().put("STNOUPGRADE", "1");
            return builder;
        }
    }

    private void waitFor(String what, Duration limit, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                StringBuilder logs = new StringBuilder();
                engineLogs(logs);
                throw new AssertionError("waited " + limit.toSeconds() + " s for " + what + "\n" + logs);
            }
            Thread.sleep(250);
        }
    }

    private void engineLogs(StringBuilder logs) {
        for (Path log : List.of(
                dir.resolve("laptop-syncthing/syncthing.log"), dir.resolve("desktop-syncthing/syncthing.log"))) {
            try {
                List<String> lines = Files.readAllLines(log);
                logs.append(log.getParent().getFileName())
                        .append(":\n  ")
                        .append(String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size())))
                        .append('\n');
            } catch (IOException e) {
                logs.append(log).append(": ").append(e.getMessage()).append('\n');
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
