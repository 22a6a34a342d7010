package dev.readinglist.store;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.readinglist.platform.ErrorLog;
import dev.readinglist.platform.OperatingSystem;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import org.sqlite.SQLiteConfig;
import org.sqlite.core.CoreStatement;

/**
 * Makes the SQLite in this process lock files with Linux open-file-description (OFD) locks instead
 * of classic POSIX record locks.
 *
 * <p>Classic locks belong to the process: the kernel drops all of them on a file as soon as any
 * code in the process closes any descriptor of that file. GTK's file chooser does exactly that when
 * it sniffs the library's files for their content type; another process (the sqlite3 shell) then
 * believes it is alone, checkpoints and deletes the -wal and -shm under us, and our later commits
 * go to a deleted file ("How To Corrupt An SQLite Database File", 2.2). OFD locks belong to
 * SQLite's own descriptor, so no other close drops them, and they still conflict with the classic
 * locks of other processes.
 *
 * <p>SQLite's unix VFS reads every fcntl() through a replaceable pointer (xSetSystemCall): an FFM
 * upcall there turns F_GETLK, F_SETLK and F_SETLKW into their OFD forms. sqlite-jdbc hides the
 * sqlite3_* symbols, so the VFS is found through public sqlite-jdbc API and two first fields that
 * have not moved in SQLite's history: Vdbe.db and sqlite3.pVfs. Linux on x86-64 and aarch64 only;
 * elsewhere the locks stay classic (Windows has no fcntl; macOS has no OFD locks).
 */
final class OpenFileDescriptionLocks {

    // <fcntl.h> on Linux, the same on x86-64 and aarch64 (LP64: F_GETLK is F_GETLK64).
    private static final int F_GETLK = 5;
    private static final int F_SETLK = 6;
    private static final int F_SETLKW = 7;
    private static final int F_OFD_GETLK = 36;
    private static final int F_OFD_SETLK = 37;
    private static final int F_OFD_SETLKW = 38;
    private static final int EIO = 5;
    private static final int EINVAL = 22;
    // struct flock {short l_type; short l_whence; off_t l_start; off_t l_len; pid_t l_pid;}: 32 bytes.
    private static final long FLOCK_SIZE = 32;
    private static final long FLOCK_L_PID = 24;
    // struct sqlite3_vfs (sqlite3.h), LP64 offsets.
    private static final long VFS_I_VERSION = 0;
    private static final long VFS_Z_NAME = 24;
    private static final long VFS_X_SET_SYSTEM_CALL = 144;
    private static final long VFS_X_GET_SYSTEM_CALL = 152;
    private static final long VFS_SIZE = 168;
    /** int fcntl(int fd, int cmd, ...): SQLite passes one variadic argument, a pointer or an int. */
    private static final FunctionDescriptor FCNTL = FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG);

    private static final LongAdder LOCK_CALLS = new LongAdder();
    private static final LongAdder FALLBACKS = new LongAdder();
    private static final LongAdder FAILURES = new LongAdder();
    /** Read by {@link Native}'s initialiser, so set before it is first touched. */
    private static MemorySegment originalFcntl;

    private static boolean tried;
    private static volatile boolean installed;

    private OpenFileDescriptionLocks() {}

    /**
     * Installs the replacement once per process, before the first database file is opened: the
     * table is global to the native library, and a classic lock taken before the switch would
     * conflict with OFD locks taken after it, even in this process. Where it cannot be installed
     * the locks stay classic, and the log says why.
     */
    static synchronized void ensureInstalled() {
        if (tried) {
            return;
        }
        tried = true;
        if (!supported(OperatingSystem.name(), System.getProperty("os.arch", ""))
                || "classic".equals(System.getProperty("readinglist.sqlite.locks"))) {
            // The property is a way back should a file system misbehave with OFD locks; and how the
            // torture test shows what they prevent.
            return;
        }
        try {
            install();
            installed = true;
        } catch (SQLException | RuntimeException | LinkageError e) {
            ErrorLog.record("SQLite keeps classic POSIX locks: open-file-description locks could not be installed", e);
        }
    }

    /** True once SQLite in this process takes OFD locks. */
    static boolean installed() {
        return installed;
    }

    /** Lock calls made, classic fallbacks (file systems without OFD locks) and internal failures. */
    static String describe() {
        return installed
                ? LOCK_CALLS.sum() + " OFD lock calls, " + FALLBACKS.sum() + " classic fallbacks, " + FAILURES.sum()
                        + " failures"
                : "classic POSIX locks";
    }

    static boolean supported(String osName, String arch) {
        String a = arch.toLowerCase(Locale.ROOT);
        return osName.equals("Linux") && (a.equals("amd64") || a.equals("x86_64") || a.equals("aarch64"));
    }

    private static void install() throws SQLException {
        Linker linker = Linker.nativeLinker();
        MemorySegment vfs = defaultVfs();
        String name = vfs.get(ADDRESS, VFS_Z_NAME).reinterpret(256).getString(0);
        int version = vfs.get(JAVA_INT, VFS_I_VERSION);
        if (!name.startsWith("unix") || version < 3) {
            throw new SQLException("unexpected default SQLite VFS '" + name + "' (iVersion " + version + ")");
        }
        MethodHandle getSystemCall = linker.downcallHandle(
                vfs.get(ADDRESS, VFS_X_GET_SYSTEM_CALL), FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
        MethodHandle setSystemCall = linker.downcallHandle(
                vfs.get(ADDRESS, VFS_X_SET_SYSTEM_CALL), FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fcntlName = arena.allocateFrom("fcntl");
            originalFcntl = (MemorySegment) getSystemCall.invokeExact(vfs, fcntlName);
            if (originalFcntl.equals(MemorySegment.NULL)) {
                throw new SQLException("the SQLite VFS has no fcntl to replace");
            }
            // Fails here rather than inside the first upcall, where an exception would end the JVM.
            MethodHandles.lookup().ensureInitialized(Native.class);
            MemorySegment stub = linker.upcallStub(
                    MethodHandles.lookup().findStatic(Native.class, "fcntl", FCNTL.toMethodType()),
                    FCNTL,
                    Arena.global()); // never freed: SQLite may call it until the process ends
            int rc = (int) setSystemCall.invokeExact(vfs, fcntlName, stub);
            MemorySegment now = (MemorySegment) getSystemCall.invokeExact(vfs, fcntlName);
            if (rc != 0 || now.address() != stub.address()) {
                throw new SQLException("xSetSystemCall(\"fcntl\") failed: " + rc);
            }
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new SQLException("cannot replace SQLite's fcntl", t);
        }
    }

    /** The default VFS, reached from a statement of an in-memory database, which opens no file. */
    private static MemorySegment defaultVfs() throws SQLException {
        try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite::memory:");
                PreparedStatement statement = connection.prepareStatement("SELECT 1")) {
            long vdbe = statement.unwrap(CoreStatement.class).pointer.safeRunLong((db, pointer) -> pointer);
            MemorySegment sqlite3 = MemorySegment.ofAddress(vdbe).reinterpret(8).get(ADDRESS, 0);
            return sqlite3.reinterpret(8).get(ADDRESS, 0).reinterpret(VFS_SIZE);
        }
    }

    /** The replacement fcntl and what it calls; initialised only once the real fcntl is known. */
    static final class Native {
        static final Linker LINKER = Linker.nativeLinker();
        static final StructLayout STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        static final MethodHandle REAL_FCNTL = LINKER.downcallHandle(
                originalFcntl, FCNTL, Linker.Option.firstVariadicArg(2), Linker.Option.captureCallState("errno"));
        static final MethodHandle ERRNO_LOCATION = LINKER.downcallHandle(
                LINKER.defaultLookup().findOrThrow("__errno_location"),
                FunctionDescriptor.of(ADDRESS.withTargetLayout(JAVA_INT)));
        static final ThreadLocal<MemorySegment> STATE_BUFFER =
                ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(STATE));

        private Native() {}

        /** Runs on whichever thread is inside SQLite; must never throw. */
        static int fcntl(int fd, int cmd, long arg) {
            try {
                MemorySegment state = STATE_BUFFER.get();
                int ofd = cmd == F_SETLK
                        ? F_OFD_SETLK
                        : cmd == F_SETLKW ? F_OFD_SETLKW : cmd == F_GETLK ? F_OFD_GETLK : 0;
                int rc;
                if (ofd != 0 && arg != 0) {
                    LOCK_CALLS.increment();
                    // SQLite leaves l_pid unset; the OFD commands require 0 there.
                    MemorySegment.ofAddress(arg).reinterpret(FLOCK_SIZE).set(JAVA_INT, FLOCK_L_PID, 0);
                    rc = (int) REAL_FCNTL.invokeExact(state, fd, ofd, arg);
                    if (rc == -1 && (int) ERRNO.get(state, 0L) == EINVAL) {
                        // A kernel before 3.15, or a file system without OFD locks.
                        FALLBACKS.increment();
                        rc = (int) REAL_FCNTL.invokeExact(state, fd, cmd, arg);
                    }
                } else {
                    rc = (int) REAL_FCNTL.invokeExact(state, fd, cmd, arg);
                }
                if (rc == -1) {
                    // SQLite reads errno next: EAGAIN or EACCES means busy, anything else an I/O error.
                    setErrno((int) ERRNO.get(state, 0L));
                }
                return rc;
            } catch (Throwable t) {
                try {
                    FAILURES.increment();
                    setErrno(EIO); // the lock fails (SQLITE_IOERR_LOCK) rather than the JVM
                } catch (Throwable ignored) {
                    // Nothing more can be done without throwing into native code.
                }
                return -1;
            }
        }

        private static void setErrno(int errno) throws Throwable {
            ((MemorySegment) ERRNO_LOCATION.invokeExact()).set(JAVA_INT, 0, errno);
        }
    }
}
