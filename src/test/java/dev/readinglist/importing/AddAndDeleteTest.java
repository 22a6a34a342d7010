package dev.readinglist.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.DeletedArticle;
import dev.readinglist.model.ImportCancelledException;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.UnknownArticleException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddAndDeleteTest {

    @TempDir
    Path dir;

    Library library;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("rl.db"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void anAddedArticleIsSearchableDeletableAndComesBackOnUndo() {
        String id = library.addArticle(
                "  Raft, the Paper ", "https://raft.github.io/raft.pdf", "The original paper.", List.of("papers"));
        assertEquals("raft-the-paper", id);
        assertEquals(
                List.of(id),
                library.search("original paper", ReadStatus.ALL).stream()
                        .map(Article::id)
                        .toList());
        library.setNote(id, "read section 5 twice");
        library.markRead(List.of(id));
        Article before = library.article(id);

        assertTrue(library.canDelete(id));
        DeletedArticle deleted = library.deleteArticle(id);
        assertThrows(UnknownArticleException.class, () -> library.article(id));
        assertEquals(List.of(), library.search("original paper", ReadStatus.ALL));

        library.undelete(deleted);
        assertEquals(before, library.article(id));
        assertEquals(
                List.of(id),
                library.search("section", ReadStatus.ALL).stream()
                        .map(Article::id)
                        .toList());
    }

    /** Undo of Add article: only an article as it was added goes; one with a note or tags of the user's since stays. */
    @Test
    void anAddedArticleIsTakenBackOnlyWhileItIsAsAdded() {
        String noted = library.addArticle("Noted", "https://example.com/noted", "", List.of("papers"));
        library.setNote(noted, "read twice");
        assertTrue(library.takeBackAdded(noted, List.of("papers")).isEmpty());
        assertEquals("read twice", library.article(noted).note());

        String tagged = library.addArticle("Tagged", "https://example.com/tagged", "", List.of("papers"));
        library.tagArticles(List.of(tagged), "later", true);
        assertTrue(library.takeBackAdded(tagged, List.of("papers")).isEmpty());
        assertEquals(
                List.of("later", "papers"),
                library.article(tagged).userTags().stream().sorted().toList());

        String plain = library.addArticle("Plain", "https://example.com/plain", "", List.of("papers"));
        library.markRead(List.of(plain));
        Article before = library.article(plain);
        var taken = library.takeBackAdded(plain, List.of("papers")).orElseThrow();
        assertThrows(UnknownArticleException.class, () -> library.article(plain));
        library.undelete(taken);
        assertEquals(before, library.article(plain), "Redo puts it back as it was");
    }

    /**
     * The forty-eighth walk deleted three selected rows while a command line deleted one of them: the other two went,
     * an error was said, and no undo could bring them back.
     */
    @Test
    void aDeleteOfSeveralSkipsOneDeletedElsewhereAndCanBeUndone() {
        String first = library.addArticle("First", "https://example.com/first", "", List.of());
        String second = library.addArticle("Second", "https://example.com/second", "", List.of());
        String gone = library.addArticle("Gone", "https://example.com/gone", "", List.of());
        library.deleteArticle(gone);
        var deletion = library.deleteArticles(List.of(first, second, gone));
        assertEquals(2, deletion.deleted().size());
        assertEquals("Deleted 2 articles; 1 was deleted elsewhere already", deletion.describe());
        library.undelete(deletion);
        assertEquals("First", library.article(first).title());
        assertEquals("Second", library.article(second).title());
    }

    /**
     * The sixty-sixth walk's Delete of 549 articles at 19,000 took one transaction each: for a second or more another
     * program saw some gone and some not, and a crash would have left the delete half done.
     */
    @Test
    void aDeleteOfSeveralIsOneWriteAndSoIsItsUndo() {
        List<String> ids = IntStream.range(0, 40)
                .mapToObj(i -> library.addArticle("Article " + i, "https://example.com/" + i, "", List.of()))
                .toList();
        library.setNote(ids.get(7), "kept through the undo");
        long commits = library.commits();
        var deletion = library.deleteArticles(ids);
        assertEquals(commits + 1, library.commits(), "one delete is one write: all of them, or none");
        assertEquals(40, deletion.deleted().size());
        assertEquals(31, library.search("", ReadStatus.ALL).size());
        library.undelete(deletion);
        assertEquals(commits + 2, library.commits(), "its undo is one write too");
        assertEquals(71, library.search("", ReadStatus.ALL).size());
        assertEquals("kept through the undo", library.article(ids.get(7)).note());
    }

    /** The forty-eighth walk tagged six selected rows, one deleted by a sync meanwhile, and none got the tag. */
    @Test
    void taggingSeveralPassesOverOneDeletedElsewhere() {
        String kept = library.addArticle("Kept", "https://example.com/kept", "", List.of());
        String gone = library.addArticle("Gone", "https://example.com/gone", "", List.of());
        library.deleteArticle(gone);
        var change = library.addTags(List.of(kept, gone), List.of("weekend"));
        assertEquals(List.of(kept), change.ids());
        assertEquals(List.of("weekend"), library.article(kept).userTags());
    }

    @Test
    void bundledCatalogArticlesCannotBeDeleted() {
        String id = "caching-strategies-production-guide";
        assertFalse(library.canDelete(id));
        ReadingListException e = assertThrows(ReadingListException.class, () -> library.deleteArticle(id));
        assertTrue(e.getMessage().contains("bundled catalog"), e.getMessage());
        assertEquals(31, library.search("", ReadStatus.ALL).size());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''    | https://example.com/x | needs a title
            !!!   | https://example.com/x | needs a title
            Title | ftp://example.com/x   | must start with http
            Title | javascript:alert(1)   | must start with http
            Title | example.com           | must start with http
            Title | https://coderssecret.com/blog/caching-strategies-production-guide/?utm_source=x | already in your list""")
    void badArticlesAreRefusedWithAReason(String title, String url, String reason) {
        ReadingListException e =
                assertThrows(ReadingListException.class, () -> library.addArticle(title, url, "", List.of()));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertEquals(31, library.search("", ReadStatus.ALL).size());
    }

    @Test
    void aCancelledImportChangesNothing() throws Exception {
        StringBuilder csv = new StringBuilder("title,url,time_added,tags,status\n");
        for (int i = 0; i < 2_000; i++) {
            csv.append("Article ")
                    .append(i)
                    .append(",https://example.com/")
                    .append(i)
                    .append(",1700000000,,archive\n");
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, csv);
        AtomicInteger progress = new AtomicInteger();
        assertThrows(
                ImportCancelledException.class,
                () -> library.importFile(file, null, false, progress::set, () -> progress.get() >= 1_000));
        assertEquals(1_000, progress.get());
        assertEquals(31, library.search("", ReadStatus.ALL).size());
        assertEquals(2_000, library.importFile(file, null, false).added());
    }
}
