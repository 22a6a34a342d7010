package dev.readinglist.platform.instance;

import dev.readinglist.platform.ErrorLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a launch without a command finds for its library: the library to itself (the window opens),
 * or a window that already has it, which is asked to the front. A window that cannot be asked is
 * never waited for in silence: the launch ends with the reason, for the user to see.
 */
public final class WindowClaim {

    /** How a launch ended. */
    public enum Outcome {
        /** The library is this launch's: open the window ({@link #lock()} is held, or null without a lock file). */
        OPEN,
        /** Another window has the library and came to the front. */
        SHOWN,
        /** Another window has the library but listens on no socket, so it cannot be asked. */
        UNREACHABLE,
        /** Another window has the library and did not answer in time. */
        NOT_ANSWERING,
        /** The launch was interrupted while it waited. */
        INTERRUPTED
    }

    private final Outcome outcome;
    private final InstanceLock lock;

    private WindowClaim(Outcome outcome, InstanceLock lock) {
        this.outcome = outcome;
        this.lock = lock;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The window lock, when the outcome is {@link Outcome#OPEN} and a lock file could be used. */
    public InstanceLock lock() {
        return lock;
    }

    /** What to tell the user when the window did not open and no other came forward; empty otherwise. */
    public Optional<String> problem(Path database) {
        return switch (outcome) {
            case UNREACHABLE ->
                Optional.of("Reading List already has " + database + " open in another window, which"
                        + " cannot be brought to the front (it could not set up its instance socket; see the log)."
                        + " Switch to that window, or close it and start Reading List again.");
            case NOT_ANSWERING ->
                Optional.of("Reading List already has " + database + " open in another window,"
                        + " which does not answer. Switch to that window, or close it (if need be, end it in the task"
                        + " manager) and start Reading List again.");
            default -> Optional.empty();
        };
    }

    /**
     * Takes the library for a window, or asks the window that has it to the front. Waits while a
     * command line works on the library, and up to {@code answerWithinMs} for a window that holds the
     * library but does not answer yet (one that is starting binds its socket right after the lock).
     */
    public static WindowClaim claim(InstanceFiles files, Path database, long answerWithinMs) {
        long unanswered = 0;
        while (true) {
            try {
                Optional<InstanceLock> lock = InstanceLock.tryWindow(files.lock());
                if (lock.isPresent()) {
                    return new WindowClaim(Outcome.OPEN, lock.get());
                }
                if (InstanceLock.windowPresent(files.lock())) {
                    if (InstanceLock.windowUnreachable(files.lock())) {
                        return new WindowClaim(Outcome.UNREACHABLE, null);
                    }
                    try {
                        if (InstanceClient.activate(files.socket(), database)) {
                            return new WindowClaim(Outcome.SHOWN, null);
                        }
                    } catch (InstanceClient.HungUp e) {
                        if (!InstanceLock.windowLetsGo(files.lock())) {
                            return new WindowClaim(Outcome.SHOWN, null); // an older window comes forward as it hangs up
                        }
                        continue; // it was ending: the library is free now
                    }
                    if (unanswered == 0) {
                        unanswered = System.currentTimeMillis();
                    } else if (System.currentTimeMillis() - unanswered > answerWithinMs) {
                        ErrorLog.record(
                                "another window has " + database + " open but does not answer",
                                new IllegalStateException(files.socket().toString()));
                        return new WindowClaim(Outcome.NOT_ANSWERING, null);
                    }
                }
                // Otherwise a command line is working on the library: the window opens when it is done.
                Thread.sleep(100);
            } catch (IOException e) {
                ErrorLog.record("the instance lock " + files.lock() + " is unusable; opening without it", e);
                return new WindowClaim(Outcome.OPEN, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new WindowClaim(Outcome.INTERRUPTED, null);
            }
        }
    }

    /**
     * Listens for other launches and command lines on {@code socket}. When it cannot (a file system
     * without Unix domain sockets, a path the OS finds too long), the window still opens, and the lock
     * says that it cannot be reached, so that a second launch tells its user at once and a command
     * line refuses in one line; returns null then.
     */
    public static InstanceServer listen(InstanceLock lock, Path socket, InstanceServer.Handler handler) {
        try {
            return InstanceServer.start(socket, handler);
        } catch (IOException | RuntimeException e) {
            ErrorLog.record(
                    "the window cannot listen on " + socket + "; other launches are told it cannot be reached", e);
            if (lock != null) {
                try {
                    lock.markUnreachable();
                } catch (IOException | RuntimeException markFailed) {
                    ErrorLog.record("cannot mark the window unreachable in its lock file", markFailed);
                }
            }
            return null;
        }
    }
}
