package dev.readinglist.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ImportUndo;
import dev.readinglist.model.ImportUndone;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.sync.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking an import back: what it added goes, what it merged is as it was, and no note written since is lost. */
class ImportUndoTest {

    static final String CACHING = "caching-strategies-production-guide";
    static final String KAFKA = "event-driven-architecture-kafka-cqrs-guide";

    @TempDir
    Path dir;

    Library library;
    Path file;

    @BeforeEach
    void open() throws Exception {
        // A minute a reading: the undo is later than the note it gives back, which keeps its own time.
        library = Library.open(
                dir.resolve("rl.db"), new TickingClock(Instant.parse("2026-12-02T09:00:00Z"), Duration.ofMinutes(1)));
        library.setNote(CACHING, "My own note");
        library.setFavourite(KAFKA, true);
        file = dir.resolve("list.csv");
        Files.writeString(file, """
                url,title,status,tags,note,starred
                https://coderssecret.com/blog/caching-strategies-production-guide,Caching,read,from-file,Their thought,yes
                https://coderssecret.com/blog/event-driven-architecture-kafka-cqrs-guide,Kafka,read,from-file,,yes
                https://example.com/one,One,read,from-file,A note that came with it,
                https://example.com/two,Two,,,,
                """);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void undoingAnImportPutsTheLibraryBackAsItWas() {
        Map<String, Article> before = articles();
        ImportUndo undo = importIt();
        assertEquals(33, articles().size());
        assertTrue(library.article(CACHING).isRead());

        ImportUndone undone = library.undoImport(undo);

        assertEquals(new ImportUndone(2, 2, 0), undone);
        assertEquals(before, articles(), "every article as it was, and the two new ones gone");
        assertEquals(Optional.of("My own note"), library.note(CACHING));
        assertTrue(library.article(KAFKA).favourite(), "a star the article had before stays");
        assertEquals(List.of(), library.search("thought", ReadStatus.ALL), "the search forgot the imported note");
        assertEquals(List.of(), library.search("from-file", ReadStatus.ALL), "and the imported tag");
        assertEquals(List.of(), library.search("came", ReadStatus.ALL), "and the added article's note");
        importIt(); // and imported again, the file's note is given again
        assertTrue(
                library.note(CACHING).orElseThrow().startsWith("My own note\n\n---\n"),
                library.note(CACHING).get());
    }

    @Test
    void aNoteWrittenAfterTheImportIsKeptWithItsArticle() {
        ImportUndo undo = importIt();
        String one = byUrl("https://example.com/one").id();
        String two = byUrl("https://example.com/two").id();
        library.setNote(one, "A note that came with it, and mine");
        library.setNote(two, "Written on the new article");
        library.setNote(CACHING, library.note(CACHING).orElseThrow() + "\nand more of mine");

        ImportUndone undone = library.undoImport(undo);

        assertEquals(new ImportUndone(0, 2, 3), undone);
        assertEquals(Optional.of("A note that came with it, and mine"), library.note(one));
        assertEquals(Optional.of("Written on the new article"), library.note(two));
        assertTrue(library.note(CACHING).orElseThrow().endsWith("and more of mine"), "never rolled back");
        assertFalse(library.article(CACHING).isRead(), "what else the import did is taken back");
        assertEquals(List.of(), library.article(CACHING).userTags());
    }

    @Test
    void anArticleAddedAfterTheImportAndOneDeletedSinceAreLeftAlone() throws Exception {
        ImportUndo undo = importIt();
        library.deleteArticle(byUrl("https://example.com/two").id());
        String mine = library.addArticle("Added by hand", "https://example.com/mine", "", List.of());

        assertEquals(new ImportUndone(1, 2, 0), library.undoImport(undo));
        assertNotNull(library.article(mine));
        assertNull(byUrl("https://example.com/one"));
        assertEquals(32, articles().size());
    }

    @Test
    void aDryRunGivesNothingToUndo() {
        AtomicReference<ImportUndo> undo = new AtomicReference<>();
        library.importFile(file, null, true);
        assertNull(undo.get());
        library.importFile(file, done -> {}, () -> false, undo::set);
        library.importFile(file, done -> {}, () -> false, undo::set);
        assertEquals(List.of(), undo.get().merged(), "a second import of the same file changed nothing");
        assertEquals(new ImportUndone(0, 0, 0), library.undoImport(undo.get()));
    }

    private ImportUndo importIt() {
        AtomicReference<ImportUndo> undo = new AtomicReference<>();
        library.importFile(file, done -> {}, () -> false, undo::set);
        assertNotNull(undo.get(), "an import that commits can be taken back");
        return undo.get();
    }

    private Article byUrl(String url) {
        return library.search("", ReadStatus.ALL).stream()
                .filter(a -> a.url().equals(url))
                .findFirst()
                .orElse(null);
    }

    private Map<String, Article> articles() {
        return library.search("", ReadStatus.ALL).stream().collect(Collectors.toMap(Article::id, Function.identity()));
    }
}
