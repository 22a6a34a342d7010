package dev.readinglist.safety;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadStatus;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The child process of the kill harness: writes notes and read toggles as fast as it can and
 * prints "begin" before each write and "ack" once the write has returned, that is, committed.
 * Lines: "begin note ID N", "ack note ID N", "begin read ID true|false", "ack read ID true|false".
 */
public final class CrashWriter {

    private CrashWriter() {}

    /** args: the database, and the file the lines go to: one write() per line, so a kill cannot lose a printed line. */
    public static void main(String[] args) throws IOException {
        try (FileOutputStream log = new FileOutputStream(args[1], true);
                Library library = Library.open(Path.of(args[0]))) {
            Consumer<String> out = line -> {
                try {
                    log.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            List<String> ids = library.search("", ReadStatus.ALL).stream()
                    .map(Article::id)
                    .limit(12)
                    .toList();
            for (long n = 1; ; n++) {
                String id = ids.get((int) (n % ids.size()));
                if (n % 3 == 0) {
                    boolean read = n % 2 == 0;
                    out.accept("begin read " + id + " " + read);
                    if (read) {
                        library.markRead(List.of(id));
                    } else {
                        library.markUnread(List.of(id));
                    }
                    out.accept("ack read " + id + " " + read);
                } else {
                    out.accept("begin note " + id + " " + n);
                    library.setNote(id, "note " + n + " " + "x".repeat((int) (n % 500)));
                    out.accept("ack note " + id + " " + n);
                }
            }
        }
    }
}
