package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.ChildJvm;
import dev.readinglist.cli.Cli;
import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.platform.instance.InstanceFiles;
import dev.readinglist.platform.instance.InstanceLock;
import dev.readinglist.platform.instance.InstanceServer;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.FxBackground;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every documented command, typed with and without the window open on the library: with the
 * window open the command line hands each command to it (the same socket, lock and window code as
 * the app), and what the user sees must not differ: stdout, stderr, the exit code, the files.
 */
@ExtendWith(ApplicationExtension.class)
class CommandForwardingTest {

    static final String ID = "caching-strategies-production-guide";

    static final List<Typed> SESSION = List.of(
            new Typed("", "--version"),
            new Typed("", "--db", "lib.db", "list"),
            new Typed("", "--db=lib.db", "list", "--status", "unread", "--query", "cach", "--format", "csv"),
            new Typed("", "--db", "lib.db", "mark-read", ID),
            new Typed("", "--db", "lib.db", "mark-read", ID),
            new Typed("", "--db", "lib.db", "mark-unread", ID, "no-such-article"),
            new Typed("", "--db", "lib.db", "note", ID, "--set", "Cache-aside first."),
            new Typed("Measure, then cache. 📚\n", "--db", "lib.db", "note", ID, "--set", "-"),
            new Typed("", "--db", "lib.db", "note", ID),
            new Typed("", "--db", "lib.db", "tag", ID, "--add", "to-try", "--remove", "never-there"),
            new Typed("", "--db", "lib.db", "export-notes", "--out", "notes.csv"),
            new Typed("", "--db", "lib.db", "export-notes", "--out", "all.csv", "--all", "--no-bom", "--raw"),
            new Typed("", "--db", "lib.db", "import", "pocket.csv", "--dry-run"),
            new Typed("", "--db", "lib.db", "import", "pocket.csv"),
            new Typed("", "--db", "lib.db", "list", "--query", "tag:to-try"),
            new Typed("", "--db", "lib.db", "backup", "--out", "copy.db"),
            new Typed("", "--db", "lib.db", "note", ID, "--set", "after the copy"),
            new Typed("", "--db", "lib.db", "backup"),
            new Typed("", "--db", "lib.db", "restore"),
            new Typed("", "--db", "lib.db", "restore", "copy.db"),
            new Typed("", "--db", "lib.db", "note", ID),
            new Typed("", "--db", "lib.db", "restore", "lib.db"),
            new Typed("", "--db", "lib.db", "export-notes", "--out", "lib.db-wal"),
            new Typed("", "--db", "lib.db", "check"),
            new Typed("", "--db", "lib.db", "note", "no-such-article"),
            new Typed("", "--db", "lib.db", "list", "--status", "sometimes"),
            new Typed("", "--db", "lib.db", "frobnicate"),
            new Typed("", "--db", "lib.db", "delete", "raft-explained"),
            new Typed("", "--db", "lib.db", "sync", "--folder", "sync"),
            new Typed("", "--db", "lib.db", "note", ID, "--set", "after the sync"),
            new Typed("", "--db", "lib.db", "sync", "--status"),
            new Typed("", "--db", "lib.db", "sync"));

    @TempDir
    Path dir;

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** One command line: its input and its arguments. */
    record Typed(String stdin, String... args) {
        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    @Test
    void everyDocumentedCommandGivesTheSameResultThroughTheWindow(FxRobot robot) throws Exception {
        Path seed = dir.resolve("seed");
        Files.createDirectories(seed);
        Library.open(seed.resolve("lib.db")).close();
        Path work = dir.resolve("work");

        List<String> alone = session(robot, seed, work, false);
        List<String> beside = session(robot, seed, work, true);

        for (int i = 0; i < alone.size(); i++) {
            assertEquals(alone.get(i), beside.get(i), i < SESSION.size() ? "reading-list " + SESSION.get(i) : "files");
        }
        assertTrue(beside.get(8).contains("Measure, then cache. 📚"), "stdin reached the window: " + beside.get(8));
        assertTrue(beside.get(20).contains("Measure, then cache."), "the restored copy's note: " + beside.get(20));
        assertTrue(beside.get(21).startsWith("exit 1") && beside.get(21).contains("from itself"), beside.get(21));
        assertTrue(beside.get(22).startsWith("exit 1") && beside.get(22).contains("working file"), beside.get(22));
        assertTrue(beside.get(26).startsWith("exit 2"), beside.get(26));
        assertTrue(beside.get(27).contains("Deleted 1 article."), beside.get(27));
        assertTrue(beside.get(28).contains("Synced through "), beside.get(28));
        assertTrue(beside.get(31).contains("sent 1 change, received 0 changes"), beside.get(31));
    }

    /**
     * The steps that lost notes before: an export into the library's own folder (where GTK's chooser
     * sniffed the library's files in this process, here done by hand), a command line in its own
     * process, then a read mark in the window: the command line sees it, and nothing of ours holds
     * a deleted -wal or -shm.
     */
    @Test
    void anExportBesideTheLibraryThenACommandLineThenAReadMarkInTheWindow(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("some-folder"));
        Path db = folder.resolve("lib.db");
        try (Library library = Library.open(db)) {
            library.setNote("caching-strategies-production-guide", "a note to export"); // the export's default rows
        }
        OpenWindow window = OpenWindow.on(robot, stage, db, folder.resolve("notes.csv"));
        try {
            waitFor(() -> table(robot).getItems().size() == 31);
            robot.push(KeyCode.CONTROL, KeyCode.E);
            waitFor(() -> robot.lookup("Export…").tryQuery().isPresent());
            robot.clickOn("Export…");
            waitFor(() -> Files.exists(folder.resolve("notes.csv")));
            sniff(db);

            ChildJvm.Result listed = ChildJvm.cli(dir.resolve("list.out"), "--db", db.toString(), "list");
            assertEquals(0, listed.code(), listed.output());
            assertTrue(listed.output().contains("31 articles, 0 read"), listed.output());

            robot.clickOn(".text-field").type(KeyCode.DOWN);
            waitFor(() -> table(robot).getSelectionModel().getSelectedItem() != null);
            String id = table(robot).getSelectionModel().getSelectedItem().id();
            robot.type(KeyCode.SPACE);
            waitFor(() -> table(robot)
                    .getSelectionModel()
                    .getSelectedItem()
                    .readProperty()
                    .get());

            ChildJvm.Result read =
                    ChildJvm.cli(dir.resolve("read.out"), "--db", db.toString(), "list", "--status", "read");
            assertEquals(0, read.code(), read.output());
            assertTrue(read.output().contains(id) && read.output().contains("1 article"), read.output());
            assertTrue(Files.exists(folder.resolve("lib.db-wal")), "the window's write-ahead log is still there");
            assertEquals(List.of(), deletedDescriptors(), "this process holds no deleted -wal or -shm");
        } finally {
            window.close(robot);
        }
    }

    /**
     * A command line's restore changed the window under the user, and a walk found only the pane's "Changed
     * elsewhere" to say so: the window says what was restored and where the library it replaced is kept.
     */
    @Test
    void aCommandLinesRestoreSaysSoInTheWindow(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("restoring"));
        Library.open(folder.resolve("lib.db")).close();
        OpenWindow window = OpenWindow.on(robot, stage, folder.resolve("lib.db"));
        try {
            waitFor(() -> table(robot).getItems().size() == 31);
            CliHarness.Result copied = CliHarness.in(folder, "", "--db", "lib.db", "backup", "--out", "copy.db");
            assertEquals(0, copied.code(), copied.err());
            CliHarness.Result restored = CliHarness.in(folder, "", "--db", "lib.db", "restore", "copy.db");
            assertEquals(0, restored.code(), restored.err());
            assertTrue(restored.out().contains("the replaced file is kept as "), restored.out());
            waitFor(() -> robot.lookup((Label said) ->
                            "A command line restored “copy.db”; the library before it is kept".equals(said.getText()))
                    .tryQuery()
                    .isPresent());

            // The eighty-third walk's restore of a library that syncs came undone at its next sync, unsaid here.
            Path shared = Files.createDirectories(dir.resolve("Sync"));
            CliHarness.Result synced =
                    CliHarness.in(folder, "", "--db", "lib.db", "sync", "--folder", shared.toString());
            assertEquals(0, synced.code(), synced.err());
            assertEquals(
                    0,
                    CliHarness.in(folder, "", "--db", "lib.db", "restore", "copy.db")
                            .code());
            waitFor(() -> robot.lookup((Label said) -> ("A command line restored “copy.db”; the library before it is"
                                    + " kept, and the next sync brings back changes synced since")
                            .equals(said.getText()))
                    .tryQuery()
                    .isPresent());
        } finally {
            window.close(robot);
        }
    }

    /** What GIO's content sniffing did in the window's process: open and close the library's files. */
    private static void sniff(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            try (InputStream in = new FileInputStream(db + suffix)) {
                in.readNBytes(4096);
            }
        }
    }

    private static List<String> deletedDescriptors() throws IOException {
        List<String> deleted = new ArrayList<>();
        try (Stream<Path> links = Files.list(Path.of("/proc/self/fd"))) {
            for (Path link : links.toList()) {
                try {
                    String target = Files.readSymbolicLink(link).toString();
                    if ((target.contains("-wal") || target.contains("-shm")) && target.endsWith("(deleted)")) {
                        deleted.add(target);
                    }
                } catch (IOException closedMeanwhile) {
                    // The listing's own descriptor, gone by now.
                }
            }
        }
        return deleted;
    }

    private static TableView<ArticleRow> table(FxRobot robot) {
        return robot.lookup(".table-view").queryTableView();
    }

    /** Asked on the FX thread: TestFX's lookups walk the scene, which the window changes on that thread meanwhile. */
    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(5, TimeUnit.SECONDS));
    }

    /** Runs the whole session in a fresh copy of the seed library at the same path; returns what each command said. */
    private List<String> session(FxRobot robot, Path seed, Path work, boolean withWindow) throws Exception {
        clear(work);
        Files.createDirectories(work.resolve("sync"));
        Files.copy(seed.resolve("lib.db"), work.resolve("lib.db"));
        try (InputStream pocket = getClass().getResourceAsStream("/imports/pocket.csv")) {
            Files.copy(pocket, work.resolve("pocket.csv"));
        }
        Path db = work.resolve("lib.db");
        // The sync folder is remembered per library id, and both sessions' copies are one library: each
        // session starts without one, or the window would sync on its own before the session's sync runs.
        try (Library copy = Library.open(db)) {
            copy.setSyncFolder(null);
        }
        OpenWindow window = withWindow ? OpenWindow.on(robot, stage, db) : null;
        List<String> said = new ArrayList<>();
        try {
            for (Typed typed : SESSION) {
                CliHarness.Result result = CliHarness.in(work, typed.stdin(), typed.args());
                String out = normalise(result.out());
                if (typed.args()[typed.args().length - 1].equals("restore")) {
                    // The window takes its daily backup when it opens, the command line with its first command:
                    // one second apart or in the same second. The listing says the same either way.
                    out = String.join("\n", out.lines().distinct().toList());
                }
                said.add("exit " + result.code() + "\nout: " + out + "\nerr: " + normalise(result.err()));
                if (window != null && typed.toString().endsWith("sync --folder sync")) {
                    // The window follows a folder a command line set, and syncs through it at once: the
                    // commands after this one must meet that sync done, not racing them.
                    waitFor(() -> robot.lookup("#syncLabel")
                            .queryAs(Label.class)
                            .getText()
                            .startsWith("Synced"));
                }
            }
        } finally {
            if (window != null) {
                window.close(robot);
            }
        }
        said.add("notes.csv: " + normalise(Files.readString(work.resolve("notes.csv"))));
        said.add("all.csv: " + normalise(Files.readString(work.resolve("all.csv"))));
        return said;
    }

    /** Times and dates differ between the two runs, nothing else may. */
    private static String normalise(String text) {
        return text.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{6}Z", "<stamp>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z", "<time>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}", "<time>"); // sync --status, local time
    }

    private static void clear(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path each : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    /** The real window on a library, listening for command lines as the app does (DesktopLauncher). */
    record OpenWindow(MainWindow window, FxBackground background, InstanceLock lock, InstanceServer server) {

        static OpenWindow on(FxRobot robot, Stage stage, Path db) throws IOException {
            return on(robot, stage, db, null);
        }

        /** With the save chooser answering {@code saveAs}. */
        static OpenWindow on(FxRobot robot, Stage stage, Path db, Path saveAs) throws IOException {
            FxBackground background = new FxBackground();
            AppContext context = new AppContext(
                    db,
                    db.resolveSibling("settings"),
                    background,
                    background,
                    (owner, title, folder, name) -> Optional.ofNullable(saveAs),
                    (owner, title) -> Optional.empty(),
                    (owner, title, folder) -> Optional.empty(),
                    url -> {},
                    folder -> {},
                    Clock.systemUTC(),
                    () -> {});
            InstanceFiles files = InstanceFiles.of(db);
            InstanceLock lock = InstanceLock.tryWindow(files.lock()).orElseThrow();
            WindowLibraryHost host = new WindowLibraryHost(db);
            InstanceServer server =
                    InstanceServer.start(files.socket(), DesktopLauncher.handler(host, Cli::runForwarded));
            MainWindow[] opened = new MainWindow[1];
            robot.interact(() ->
                    opened[0] = MainWindow.open(stage, context, SettingsFile.forUser(context.settingsFolder()), null));
            host.attach(opened[0].session());
            return new OpenWindow(opened[0], background, lock, server);
        }

        void close(FxRobot robot) throws Exception {
            server.close();
            WaitForAsyncUtils.asyncFx(window::quit).get(10, TimeUnit.SECONDS);
            background.close();
            lock.close();
        }
    }
}
