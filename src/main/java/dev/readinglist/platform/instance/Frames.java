package dev.readinglist.platform.instance;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The wire format between a command line and the window, over the instance socket. Both sides
 * open with a version line ({@value #HELLO}, answered by {@value #ACK}); then each message is a
 * frame: a type byte, a length, and that many bytes.
 */
final class Frames {

    static final String HELLO = "RL/1";
    static final String ACK = "RL/1 ok";
    static final int MAX_PAYLOAD = 64 * 1024 * 1024;

    /** Command line to window. */
    static final byte REQUEST = 'Q';

    static final byte STDIN = 'I';
    static final byte STDIN_END = 'E';
    static final byte CANCEL = 'C';
    /** Window to command line. */
    static final byte STDOUT = 'O';

    static final byte STDERR = 'R';
    static final byte WANT_STDIN = 'W';
    static final byte EXIT = 'X';

    private final DataInputStream in;
    private final DataOutputStream out;

    Frames(InputStream in, OutputStream out) {
        this.in = new DataInputStream(in);
        this.out = new DataOutputStream(out);
    }

    /** A frame: its type and bytes. */
    record Frame(byte type, byte[] payload) {}

    synchronized void write(byte type, byte[] payload, int offset, int length) throws IOException {
        out.writeByte(type);
        out.writeInt(length);
        out.write(payload, offset, length);
        out.flush();
    }

    void write(byte type, byte[] payload) throws IOException {
        write(type, payload, 0, payload.length);
    }

    void writeExit(int code) throws IOException {
        write(EXIT, new byte[] {(byte) (code >>> 24), (byte) (code >>> 16), (byte) (code >>> 8), (byte) code});
    }

    /** The next frame, or null at a clean end of the stream. */
    Frame read() throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_PAYLOAD) {
            throw new IOException("a frame of " + length + " bytes");
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new Frame((byte) type, payload);
    }

    static int exitCode(byte[] payload) throws IOException {
        if (payload.length != 4) {
            throw new EOFException("a short exit frame");
        }
        return ((payload[0] & 0xff) << 24)
                | ((payload[1] & 0xff) << 16)
                | ((payload[2] & 0xff) << 8)
                | (payload[3] & 0xff);
    }

    synchronized void writeLine(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads one short line byte by byte, so nothing after it is consumed; null at end of stream. */
    String readLine(int max) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < max; i++) {
            int b = in.read();
            if (b < 0) {
                return line.isEmpty() ? null : line.toString();
            }
            if (b == '\n') {
                return line.toString();
            }
            line.append((char) b);
        }
        return line.toString();
    }
}
