package dev.readinglist.io;

import dev.readinglist.platform.OperatingSystem;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;

/**
 * Puts the finished temp file in the target's place. On Windows a rename over a file that another
 * program has open (Excel keeps an opened CSV locked; an antivirus scan or a backup tool holds a new
 * file for a moment) fails with "access denied". A scan lets go within a second or two, so there the
 * rename is tried again a few times; if it still fails while the target itself is writable, the
 * cause is named: another program has the file open. Elsewhere a rename replaces an open file, and a
 * refusal is a real one, so it is tried once.
 */
final class Renamer {

    /** The pauses between tries on Windows: about three seconds in all. */
    static final long[] WINDOWS_PAUSES_MS = {50, 100, 200, 400, 800, 1500};

    /** What a rename does; the real one is {@link Files#move}, atomic where the file system can. */
    @FunctionalInterface
    interface Move {
        void move(Path from, Path to) throws IOException;
    }

    @FunctionalInterface
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    private final Move move;
    private final Pause pause;
    private final long[] pauses;
    private final Predicate<Path> writable;

    Renamer(Move move, Pause pause, long[] pauses, Predicate<Path> writable) {
        this.move = move;
        this.pause = pause;
        this.pauses = pauses.clone();
        this.writable = writable;
    }

    /** The renamer for an OS, by its {@code os.name}. */
    static Renamer forOs(String osName) {
        return new Renamer(Renamer::atomicMove, Thread::sleep, pausesFor(osName), Files::isWritable);
    }

    /** Windows pauses and tries again; other systems try once. */
    static long[] pausesFor(String osName) {
        return OperatingSystem.isWindows(osName) ? WINDOWS_PAUSES_MS.clone() : new long[0];
    }

    void replace(Path temp, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                move.move(temp, target);
                return;
            } catch (FileSystemException e) {
                if (!mayPass(e)) {
                    throw e;
                }
                if (attempt == pauses.length) {
                    throw pauses.length > 0 && Files.exists(target) && writable.test(target)
                            ? new InUseException(target, e)
                            : e;
                }
                try {
                    pause.sleep(pauses[attempt]);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    InterruptedIOException stopped = new InterruptedIOException("interrupted");
                    stopped.initCause(e);
                    throw stopped;
                }
            }
        }
    }

    /**
     * A refusal that another program's open handle explains: access denied, or another Windows error
     * (a sharing or lock violation, whose text is in the user's language). A missing file stays missing.
     */
    private static boolean mayPass(FileSystemException e) {
        return !(e instanceof NoSuchFileException
                || e instanceof FileAlreadyExistsException
                || e instanceof AtomicMoveNotSupportedException);
    }

    private static void atomicMove(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The target could not be replaced although it is writable: another program has it open. */
    static final class InUseException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        InUseException(Path target, FileSystemException cause) {
            super(target.toString(), null, "another program has it open");
            initCause(cause);
        }
    }
}
