package dev.readinglist.platform.instance;

import dev.readinglist.platform.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who may open a library. Byte 0 of the lock file is the library: the window holds it exclusively
 * while it has the library open, and a command run in its own process holds it shared while it
 * runs. Byte 1 is "a window": only the window holds it, so a second launch can tell a window
 * (bring it to the front) from a running command (wait for it). Byte 2 is "a window nobody can
 * reach": a window holds it as well when it could not listen on its socket, so that a second launch
 * or a command line says so at once instead of waiting for an answer that cannot come. No window
 * of ours locks byte 3; a window from before commands were handed over locked the whole file, and
 * is told from an unreachable one by it.
 *
 * <p>Closing any channel on a file drops all of this process's locks on it, so within one JVM every
 * lock on a lock file goes through one channel, kept in a table.
 */
public final class InstanceLock implements AutoCloseable {

    private static final long LIBRARY = 0;
    private static final long WINDOW = 1;
    private static final long UNREACHABLE = 2;
    private static final long WHOLE_FILE_PROBE = 3;
    private static final Map<Path, LockFile> OPEN = new HashMap<>();

    private final LockFile file;
    private final boolean window;
    private boolean closed;

    private InstanceLock(LockFile file, boolean window) {
        this.file = file;
        this.window = window;
    }

    /** The window's lock: the library to itself, and the mark that a window has it. Empty when taken. */
    public static synchronized Optional<InstanceLock> tryWindow(Path lockFile) throws IOException {
        LockFile file = open(lockFile);
        if (file.window || file.commands > 0) {
            return Optional.empty();
        }
        FileLock library = file.tryLock(LIBRARY, false);
        if (library == null) {
            file.closeIfUnused();
            return Optional.empty();
        }
        FileLock mark = file.tryLock(WINDOW, false);
        if (mark == null) {
            library.release();
            file.closeIfUnused();
            return Optional.empty();
        }
        file.library = library;
        file.mark = mark;
        file.window = true;
        return Optional.of(new InstanceLock(file, true));
    }

    /** A command's lock, shared with other commands. Empty while a window has the library. */
    public static synchronized Optional<InstanceLock> tryCommand(Path lockFile) throws IOException {
        LockFile file = open(lockFile);
        if (file.window) {
            return Optional.empty();
        }
        if (file.commands == 0) {
            FileLock shared = file.tryLock(LIBRARY, true);
            if (shared == null) {
                file.closeIfUnused();
                return Optional.empty();
            }
            file.library = shared;
        }
        file.commands++;
        return Optional.of(new InstanceLock(file, false));
    }

    /** True when a window, in this process or another, has the library open. */
    public static synchronized boolean windowPresent(Path lockFile) throws IOException {
        LockFile file = open(lockFile);
        if (file.window) {
            return true;
        }
        FileLock probe = file.tryLock(WINDOW, true);
        if (probe == null) {
            file.closeIfUnused();
            return true;
        }
        probe.release();
        file.closeIfUnused();
        return false;
    }

    /**
     * Waits up to a second for the window to let go of the library; true when it did. A window that
     * hung up on a caller as it ended lets go in an instant; one from before commands were handed over
     * hangs up on every caller and keeps it.
     */
    public static boolean windowLetsGo(Path lockFile) throws IOException {
        long deadline = System.currentTimeMillis() + 1_000;
        while (windowPresent(lockFile)) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Marks this window as one no other process can reach (its socket could not be bound); held until
     * the window closes.
     */
    public void markUnreachable() throws IOException {
        synchronized (InstanceLock.class) {
            if (!window || closed || file.unreachable != null) {
                return;
            }
            // Blocking: another process only probes this byte for an instant.
            file.unreachable = file.channel.lock(UNREACHABLE, 1, false);
        }
    }

    /** True when a window, in this process or another, has the library open but cannot be reached. */
    public static synchronized boolean windowUnreachable(Path lockFile) throws IOException {
        LockFile file = open(lockFile);
        if (file.window) {
            return file.unreachable != null;
        }
        boolean marked = !free(file, UNREACHABLE);
        boolean unreachable = marked && free(file, WHOLE_FILE_PROBE);
        file.closeIfUnused();
        return unreachable;
    }

    private static boolean free(LockFile file, long position) throws IOException {
        FileLock probe = file.tryLock(position, true);
        if (probe == null) {
            return false;
        }
        probe.release();
        return true;
    }

    @Override
    public void close() {
        synchronized (InstanceLock.class) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (window) {
                    file.window = false;
                    if (file.unreachable != null) {
                        file.unreachable.release();
                        file.unreachable = null;
                    }
                    file.mark.release();
                    file.library.release();
                } else if (--file.commands == 0) {
                    file.library.release();
                }
            } catch (IOException e) {
                // Releasing fails only when the channel is already gone, and the locks with it.
            }
            file.closeIfUnused();
        }
    }

    private static LockFile open(Path path) throws IOException {
        Path key = path.toAbsolutePath().normalize();
        LockFile file = OPEN.get(key);
        if (file == null) {
            PrivateFiles.createFolders(key.getParent());
            FileChannel channel = FileChannel.open(
                    key,
                    EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                    PrivateFiles.ownerOnly());
            file = new LockFile(key, channel);
            OPEN.put(key, file);
        }
        return file;
    }

    /** One lock file, through its one channel. Guarded by the class lock. */
    private static final class LockFile {
        final Path path;
        final FileChannel channel;
        FileLock library;
        FileLock mark;
        FileLock unreachable;
        boolean window;
        int commands;

        LockFile(Path path, FileChannel channel) {
            this.path = path;
            this.channel = channel;
        }

        FileLock tryLock(long position, boolean shared) throws IOException {
            try {
                return channel.tryLock(position, 1, shared);
            } catch (OverlappingFileLockException e) {
                return null;
            }
        }

        void closeIfUnused() {
            if (window || commands > 0) {
                return;
            }
            OPEN.remove(path);
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing was held on it any more.
            }
        }
    }
}
