package dev.readinglist.platform.instance;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A child process for the command line's tests: a window that takes a command line's connection
 * and never answers its version line. {@code older} is the window of the versions before commands
 * were handed over (a lock on the whole lock file; it reads a few bytes, comes to the front and
 * hangs up, and lives on); {@code dies} is a window killed as a command line says hello. Prints
 * "ready", and holds on until its standard input closes.
 */
public final class MuteWindow {

    private MuteWindow() {}

    /** args: older|dies, the database. */
    public static void main(String[] args) throws IOException {
        boolean dies = args[0].equals("dies");
        InstanceFiles files = InstanceFiles.of(Path.of(args[1]));
        Files.createDirectories(files.lock().getParent());
        FileLock lock;
        try (FileChannel channel =
                FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lock = channel.tryLock();
            if (lock == null) {
                System.out.println("locked elsewhere");
                return;
            }
            Files.deleteIfExists(files.socket());
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(files.socket()));
            Thread.ofPlatform().daemon().start(() -> hangUpOnEveryone(server, dies));
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // held until the test closes our input
            }
            lock.release();
        }
    }

    private static void hangUpOnEveryone(ServerSocketChannel server, boolean dies) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                client.read(ByteBuffer.allocate(16));
                if (dies) {
                    Runtime.getRuntime().halt(9);
                }
            } catch (IOException e) {
                return;
            }
        }
    }
}
