package dev.readinglist.platform.instance;

import dev.readinglist.platform.ErrorLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The window's end of the instance socket. A listener thread blocks in accept (no wake-ups while
 * nothing happens); each connection is served on a thread of its own: a second launch is brought
 * to the front, and a command line's command runs on the window's own connection to the library,
 * its output streamed back as it is written.
 */
public final class InstanceServer implements AutoCloseable {

    private final ServerSocketChannel server;
    private final Path socket;
    private final Handler handler;

    private InstanceServer(ServerSocketChannel server, Path socket, Handler handler) {
        this.server = server;
        this.socket = socket;
        this.handler = handler;
    }

    /** What the window does for a caller. */
    public interface Handler {

        /** A second launch asked for the window. */
        void activate();

        /** Runs a command line's command; returns its exit code. Runs on the connection's own thread. */
        int run(Request request, CommandIo io);
    }

    /** Listens on {@code socket}; the caller holds the window lock, so a socket file left there is stale. */
    public static InstanceServer start(Path socket, Handler handler) throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        InstanceServer instance = new InstanceServer(server, socket, handler);
        Thread.ofPlatform().daemon().name("instance-listener").start(instance::listen);
        return instance;
    }

    private void listen() {
        while (server.isOpen()) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            Thread.ofPlatform().daemon().name("instance-command").start(() -> serve(client));
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            Frames frames = new Frames(Channels.newInputStream(client), Channels.newOutputStream(client));
            String hello = frames.readLine(64);
            if ("show".equals(hello)) {
                handler.activate(); // a launcher from before RL/1
                return;
            }
            if (!Frames.HELLO.equals(hello)) {
                frames.writeLine("RL/1 unsupported");
                return;
            }
            frames.writeLine(Frames.ACK);
            Frames.Frame first = frames.read();
            if (first == null || first.type() != Frames.REQUEST) {
                return;
            }
            Request request = Request.decode(first.payload());
            if (request.kind() == Request.Kind.ACTIVATE) {
                handler.activate();
                frames.writeExit(0);
                return;
            }
            frames.writeExit(runCommand(request, frames));
        } catch (IOException e) {
            // The command line went away: its command was cancelled below, and nobody is left to tell.
        } catch (RuntimeException e) {
            ErrorLog.record("serving a command line", e);
        }
    }

    private int runCommand(Request request, Frames frames) throws IOException {
        AtomicBoolean cancelled = new AtomicBoolean();
        ForwardedInput input = new ForwardedInput(frames);
        // No thread here is ever interrupted: an interrupt closes the socket channel it touches, and the exit
        // code would not get through. A cancel is a flag the command checks, and the end of its input.
        Thread.ofPlatform().daemon().name("instance-input").start(() -> {
            try {
                for (Frames.Frame frame = frames.read(); frame != null; frame = frames.read()) {
                    switch (frame.type()) {
                        case Frames.STDIN -> input.offer(frame.payload());
                        case Frames.STDIN_END -> input.end();
                        case Frames.CANCEL -> {
                            cancelled.set(true);
                            input.end();
                        }
                        default -> {
                            /* unknown frames from a newer client are skipped */
                        }
                    }
                }
            } catch (IOException e) {
                // The socket broke: the same as the caller going away.
            }
            if (!input.finished()) {
                cancelled.set(true);
                input.end();
            }
        });
        try (OutputStream out = new FrameOutputStream(frames, Frames.STDOUT);
                OutputStream err = new FrameOutputStream(frames, Frames.STDERR)) {
            int code = handler.run(request, new CommandIo(input, out, err, cancelled::get));
            input.markFinished();
            return code;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // The socket goes with the process; a stale file is replaced by the next window.
        }
    }

    /** The command's standard output or error, sent in frames as it fills or is flushed. */
    private static final class FrameOutputStream extends OutputStream {
        private final Frames frames;
        private final byte type;
        private final byte[] buffer = new byte[16 * 1024];
        private int used;

        FrameOutputStream(Frames frames, byte type) {
            this.frames = frames;
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                flush();
            }
            if (length >= buffer.length) {
                frames.write(type, bytes, offset, length);
                return;
            }
            System.arraycopy(bytes, offset, buffer, used, length);
            used += length;
        }

        @Override
        public void flush() throws IOException {
            if (used > 0) {
                frames.write(type, buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Standard input, asked of the command line only when the command first reads it. */
    private static final class ForwardedInput extends InputStream {
        private final Frames frames;
        private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        private byte[] current = new byte[0];
        private int position;
        private boolean asked;
        private boolean ended;
        private volatile boolean finished;

        ForwardedInput(Frames frames) {
            this.frames = frames;
        }

        void offer(byte[] chunk) {
            chunks.add(chunk);
        }

        void end() {
            chunks.add(new byte[0]);
        }

        void markFinished() {
            finished = true;
        }

        boolean finished() {
            return finished;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (ended) {
                    return -1;
                }
                if (!asked) {
                    asked = true;
                    frames.write(Frames.WANT_STDIN, new byte[0]);
                }
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("cancelled");
                }
                position = 0;
                if (current.length == 0) {
                    ended = true;
                }
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, into, offset, n);
            position += n;
            return n;
        }
    }
}
