package dev.readinglist.safety;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadStatus;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process of the kill harness: writes notes and read toggles as fast as it can and
 * prints "begin" before each write and "ack" once the write has returned, that is, committed.
 * Lines: "begin note ID N", "ack note ID N", "begin read ID true|false", "ack read ID true|false".
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Library library = Library.open(Path.of(args[0]))) {
            List<String> ids = library.search("", ReadStatus.ALL).stream().map(Article::id).limit(12).toList();
            for (long n = 1; ; n++) {
                String id = ids.get((int) (n % ids.size()));
                if (n % 3 == 0) {
                    boolean read = n % 2 == 0;
                    out.println("begin read " + id + " " + read);
                    if (read) {
                        library.markRead(List.of(id));
                    } else {
                        library.markUnread(List.of(id));
                    }
                    out.println("ack read " + id + " " + read);
                } else {
                    out.println("begin note " + id + " " + n);
                    library.setNote(id, "note " + n + " " + "x".repeat((int) (n % 500)));
                    out.println("ack note " + id + " " + n);
                }
            }
        }
    }
}
