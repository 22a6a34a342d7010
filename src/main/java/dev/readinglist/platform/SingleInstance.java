package dev.readinglist.platform;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One window per library file. The first launch holds a lock file and listens on a Unix domain
 * socket (a file in the cache folder: no network); a second launch finds the lock taken, asks
 * the first to come to the front, and exits without opening a second writer.
 */
public final class SingleInstance implements AutoCloseable {

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocketChannel server;
    private final Path socket;
    private volatile Runnable onActivate = () -> {};

    private SingleInstance(FileChannel lockChannel, FileLock lock, ServerSocketChannel server, Path socket) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.socket = socket;
    }

    /** Becomes the one instance for this library, or returns empty when another already is. */
    public static Optional<SingleInstance> acquire(Path database) {
        Path base = folder().resolve(key(database));
        try {
            PrivateFiles.createFolders(base.getParent());
            FileChannel channel =
                    FileChannel.open(Path.of(base + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            Path socket = Path.of(base + ".sock");
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            SingleInstance instance = new SingleInstance(channel, lock, server, socket);
            Thread.ofPlatform().daemon().name("single-instance").start(instance::listen);
            return Optional.of(instance);
        } catch (IOException | UnsupportedOperationException e) {
            // No lock or socket here (an odd file system): run anyway, as apps did before locks.
            return Optional.of(new SingleInstance(null, null, null, null));
        }
    }

    /** True when another process holds this library's window. */
    public static boolean isRunning(Path database) {
        Optional<SingleInstance> probe = acquire(database);
        probe.ifPresent(SingleInstance::close);
        return probe.isEmpty();
    }

    /** Asks the running instance to show its window. Returns false if it could not be reached. */
    public static boolean activateRunning(Path database) {
        Path socket = Path.of(folder().resolve(key(database)) + ".sock");
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap("show\n".getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** What to do when a second launch asks for the window; runs on the listener thread. */
    public void onActivate(Runnable action) {
        this.onActivate = action;
    }

    private void listen() {
        while (server != null && server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                client.read(ByteBuffer.allocate(16));
                onActivate.run();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
                Files.deleteIfExists(socket);
            }
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // The lock goes with the process anyway.
        }
    }

    private static Path folder() {
        return DataFolder.cacheFolder().resolve("instances");
    }

    /** A short name for the library file, so the socket path stays under the OS's length limit. */
    private static String key(Path database) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(database.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
