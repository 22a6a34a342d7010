package dev.readinglist.platform.instance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command line hands the window: its arguments, its working directory (relative paths
 * resolve against it), the library it resolved and {@code READING_LIST_DB} as it saw it.
 */
public record Request(Kind kind, List<String> args, Path workingDirectory, Path database, String databaseVariable) {

    public enum Kind {
        /** Bring the window to the front. */
        ACTIVATE,
        /** Run a command on the window's library. */
        RUN
    }

    public static Request activate(Path database) {
        return new Request(Kind.ACTIVATE, List.of(), Path.of("").toAbsolutePath(), database, null);
    }

    byte[] encode() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        writeString(out, kind.name());
        writeString(out, workingDirectory.toString());
        writeString(out, database.toString());
        out.writeBoolean(databaseVariable != null);
        if (databaseVariable != null) {
            writeString(out, databaseVariable);
        }
        out.writeInt(args.size());
        for (String arg : args) {
            writeString(out, arg);
        }
        return bytes.toByteArray();
    }

    static Request decode(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        Kind kind = Kind.valueOf(readString(in));
        Path cwd = Path.of(readString(in));
        Path database = Path.of(readString(in));
        String variable = in.readBoolean() ? readString(in) : null;
        int count = in.readInt();
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(readString(in));
        }
        return new Request(kind, List.copyOf(args), cwd, database, variable);
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > Frames.MAX_PAYLOAD) {
            throw new IOException("a request field of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
