package dev.readinglist.ui;

import dev.readinglist.cli.Cli;
import dev.readinglist.library.Library;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.platform.instance.InstanceFiles;
import dev.readinglist.platform.instance.InstanceLock;
import dev.readinglist.platform.instance.InstanceServer;
import dev.readinglist.ui.common.FxBackground;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The window process of the shared-library torture test (safety.SharedLibraryTortureTest): the
 * real window on JavaFX's headless platform, listening for command lines as the app does, writing
 * through its own connection, while a thread in the same process opens and closes the library's
 * files the way GIO's content sniffing does. Prints READY, then "W seq" after each acknowledged
 * write. Runs until killed.
 *
 * <p>Arguments: the library file, then the articles to tag, comma-separated.
 */
public final class TortureWindow {

    private TortureWindow() {}

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]).toAbsolutePath();
        List<String> articles = List.of(args[1].split(","));
        sniff(db);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxBackground background = new FxBackground();
        AppContext context = QuietContext.of(db, background);
        InstanceFiles files = InstanceFiles.of(db);
        InstanceLock held = InstanceLock.tryWindow(files.lock())
                .orElseThrow(() -> new IllegalStateException("the library is taken"));
        Runtime.getRuntime().addShutdownHook(new Thread(held::close)); // never runs under SIGKILL, as intended
        WindowLibraryHost host = new WindowLibraryHost(db);
        InstanceServer.start(files.socket(), DesktopLauncher.handler(host, Cli::runForwarded));
        CompletableFuture<MainWindow> window = new CompletableFuture<>();
        Platform.runLater(() -> {
            RestingPulse.install(); // as the app runs
            window.complete(
                    MainWindow.open(new Stage(), context, SettingsFile.forUser(context.settingsFolder()), null));
        });
        host.attach(window.get().session());
        Library library = window.get().session().await();
        System.out.println("READY");
        System.out.flush();
        for (int seq = 1; ; seq++) {
            library.editTags(articles.get(seq % articles.size()), List.of("w" + seq), List.of());
            System.out.println("W " + seq);
            System.out.flush();
            Thread.sleep(3);
        }
    }

    /** Opens and closes the library, its -wal and its -shm, read-only, as a file chooser's content sniffing does. */
    private static void sniff(Path db) {
        Thread.ofPlatform().daemon().name("gio-like-sniffer").start(() -> {
            byte[] head = new byte[4096];
            while (true) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    try (InputStream in = new FileInputStream(db + suffix)) {
                        in.read(head);
                    } catch (IOException missing) {
                        // Not there at this moment; GIO skips it too.
                    }
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }
}
