package dev.readinglist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A file made so that this process cannot write it, as a disk mounted read-only makes it: without its write
 * permission, or, for root (whom permissions do not stop), immutable ({@code chattr +i}). Closing makes it writable
 * again, so that the test's folder can be deleted.
 */
public final class ReadOnlyFile implements AutoCloseable {

    private final Path file;
    private final boolean immutable;

    private ReadOnlyFile(Path file, boolean immutable) {
        this.file = file;
        this.immutable = immutable;
    }

    /** Empty where neither way works here (root on a file system without chattr): the test is then skipped. */
    public static Optional<ReadOnlyFile> of(Path file) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        if (!Files.isWritable(file)) {
            return Optional.of(new ReadOnlyFile(file, false));
        }
        if (chattr("+i", file) && !Files.isWritable(file)) {
            return Optional.of(new ReadOnlyFile(file, true));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return Optional.empty();
    }

    private static boolean chattr(String flag, Path file) throws IOException, InterruptedException {
        Process chattr;
        try {
            chattr = new ProcessBuilder("chattr", flag, file.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            return false; // no chattr here
        }
        chattr.getInputStream().readAllBytes();
        return chattr.waitFor(10, TimeUnit.SECONDS) && chattr.exitValue() == 0;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            chattr("-i", file);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
