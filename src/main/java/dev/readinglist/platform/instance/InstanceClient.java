package dev.readinglist.platform.instance;

import dev.readinglist.model.ReadingListException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The command line's end of the instance socket: hands a command to the window and relays its streams. */
public final class InstanceClient {

    /** The one line a user sees when an older window, which cannot run commands, has the library. */
    static final String OLDER_WINDOW = "the open Reading List window cannot run commands (it is an older version);"
            + " close the open Reading List window and retry";

    private InstanceClient() {}

    /** Thrown when nothing answers on the socket: no window, or one still starting. */
    public static final class NotListening extends IOException {
        NotListening(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Thrown when the window hung up on the version line without a word: an older window, which
     * cannot run commands, or one that ended as it was asked; only its lock tells which. Nothing was
     * sent to it. The message is the older window's.
     */
    public static final class HungUp extends IOException {
        HungUp(IOException cause) {
            super(OLDER_WINDOW, cause);
        }
    }

    /**
     * Asks the window to come to the front; false when no window answered. Throws when it hung up on
     * the version line, which an older window does as it comes to the front.
     */
    public static boolean activate(Path socket, Path database) throws HungUp {
        try (Connection connection = Connection.open(socket)) {
            connection.frames.write(Frames.REQUEST, Request.activate(database).encode());
            Frames.Frame answer = connection.frames.read();
            return answer != null && answer.type() == Frames.EXIT;
        } catch (HungUp e) {
            throw e;
        } catch (IOException | ReadingListException e) {
            return false;
        }
    }

    /**
     * Runs {@code request} in the window and copies its output here as it comes; returns the
     * command's exit code. Ctrl-C (the JVM's shutdown) cancels it in the window.
     */
    public static int run(Path socket, Request request, InputStream stdin, OutputStream stdout, OutputStream stderr)
            throws IOException {
        try (Connection connection = Connection.open(socket)) {
            Frames frames = connection.frames;
            CountDownLatch done = new CountDownLatch(1);
            Thread cancelOnExit = new Thread(() -> cancel(frames, done), "cancel-forwarded-command");
            Runtime.getRuntime().addShutdownHook(cancelOnExit);
            try {
                frames.write(Frames.REQUEST, request.encode());
                return relay(frames, stdin, stdout, stderr);
            } finally {
                done.countDown();
                removeHook(cancelOnExit);
            }
        }
    }

    private static int relay(Frames frames, InputStream stdin, OutputStream stdout, OutputStream stderr)
            throws IOException {
        for (Frames.Frame frame = frames.read(); frame != null; frame = frames.read()) {
            switch (frame.type()) {
                case Frames.STDOUT -> {
                    stdout.write(frame.payload());
                    stdout.flush();
                }
                case Frames.STDERR -> {
                    stderr.write(frame.payload());
                    stderr.flush();
                }
                case Frames.WANT_STDIN -> pumpInput(frames, stdin);
                case Frames.EXIT -> {
                    return Frames.exitCode(frame.payload());
                }
                default -> {
                    /* unknown frames from a newer window are skipped */
                }
            }
        }
        throw new ReadingListException("the Reading List window closed before the command finished;"
                + " it may or may not have run: check, then retry");
    }

    /** Standard input goes to the window only once the command reads it, so a terminal is not read by mistake. */
    private static void pumpInput(Frames frames, InputStream stdin) {
        Thread.ofPlatform().daemon().name("forward-stdin").start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try {
                for (int n = stdin.read(buffer); n >= 0; n = stdin.read(buffer)) {
                    frames.write(Frames.STDIN, buffer, 0, n);
                }
                frames.write(Frames.STDIN_END, new byte[0]);
            } catch (IOException e) {
                // The command ended first, or the window went away; either way its exit says what happened.
            }
        });
    }

    private static void cancel(Frames frames, CountDownLatch done) {
        try {
            frames.write(Frames.CANCEL, new byte[0]);
            done.await(5, TimeUnit.SECONDS); // the window rolls back, then sends the exit
        } catch (IOException | InterruptedException e) {
            // Gone already.
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C arrived: the hook is running and ends when the exit arrives.
        }
    }

    /** A connected socket that has passed the version handshake. */
    private record Connection(SocketChannel channel, Frames frames) implements AutoCloseable {

        static Connection open(Path socket) throws IOException {
            SocketChannel channel;
            try {
                channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
            } catch (IOException e) {
                throw new NotListening(e);
            }
            Frames frames = new Frames(Channels.newInputStream(channel), Channels.newOutputStream(channel));
            String answer;
            try {
                frames.writeLine(Frames.HELLO);
                answer = frames.readLine(64);
            } catch (IOException e) {
                channel.close();
                throw new HungUp(e);
            }
            if (answer == null) {
                channel.close();
                throw new HungUp(null);
            }
            if (!Frames.ACK.equals(answer)) {
                channel.close();
                throw new ReadingListException(OLDER_WINDOW);
            }
            return new Connection(channel, frames);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
