package dev.readinglist.bench;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.readinglist.library.Library;
import dev.readinglist.model.ImportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Libraries that look real, made the way a user's would be: a Raindrop export (titles, summaries,
 * 1-5 tags from a few hundred, notes on one article in five) imported by the app itself. Dates,
 * reading times and read state (one in three read) are then set in SQL, as Raindrop has none.
 * Seeded, so every run measures the same library.
 */
final class SyntheticLibrary {

    static final String[] WORDS = ("raft paxos replication partition leader election log quorum "
                    + "cache caching redis memcached eviction ttl invalidation database index btree lsm compaction query planner "
                    + "postgres mysql sqlite transaction isolation snapshot lock latch deadlock queue kafka rabbitmq stream "
                    + "distributed consensus "
                    + "backpressure batch throughput latency tail percentile load balancer proxy gateway rate limiting token bucket "
                    + "sliding window circuit breaker retry timeout idempotency saga outbox event sourcing cqrs microservice monolith "
                    + "api rest grpc graphql schema migration versioning backward compatible protocol buffers json serialization "
                    + "kubernetes container docker pod scheduler autoscaling observability tracing metrics logging alerting slo "
                    + "incident postmortem chaos testing benchmark profiling memory garbage collector heap thread pool async "
                    + "reactive coroutine virtual threads java go rust python node concurrency parallelism lock-free atomic "
                    + "sharding hashing consistent vector clock crdt gossip membership failure detector heartbeat lease fencing "
                    + "storage disk ssd fsync durability write ahead checkpoint recovery backup restore encryption tls auth oauth "
                    + "jwt session cookie security injection validation search full-text ranking bm25 embedding ml feature "
                    + "pipeline etl warehouse columnar parquet analytics olap oltp cdc debezium webhook notification email "
                    + "billing payments ledger accounting double-entry audit compliance gdpr privacy multi-tenant isolation")
            .split(" ");
    static final int TAG_COUNT = 300;

    private static final String[] FILLER = ("the a of in for and to with how why what when at scale production guide "
                    + "lessons from building designing understanding deep dive practical patterns pitfalls")
            .split(" ");

    private SyntheticLibrary() {}

    /** Creates a library of {@code articles} articles (plus the bundled catalog) at {@code db}. */
    static void create(Path db, int articles, Path work) {
        create(db, articles, work, false);
    }

    /** A library where every one of {@code articles} articles has a note: the export benchmark's input. */
    static void createAllNoted(Path db, int articles, Path work) {
        create(db, articles, work, true);
    }

    private static void create(Path db, int articles, Path work, boolean allNoted) {
        Path csv = work.resolve((allNoted ? "noted-" : "raindrop-") + articles + ".csv");
        writeRaindrop(csv, articles, allNoted);
        try (Library library = Library.open(db)) {
            library.importFile(csv, ImportFormat.RAINDROP, false);
        }
        setDatesTimesAndReadState(db);
        delete(csv);
    }

    private static void writeRaindrop(Path csv, int articles, boolean allNoted) {
        Random random = new Random(42);
        String[] tags = tagVocabulary();
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CsvWriter writer = CsvWriter.builder().build(out)) {
            writer.writeRecord(
                    "id",
                    "title",
                    "note",
                    "excerpt",
                    "url",
                    "folder",
                    "tags",
                    "created",
                    "cover",
                    "highlights",
                    "favorite");
            for (int i = 0; i < articles; i++) {
                String title = capitalised(sentence(random, 4 + random.nextInt(7)));
                String summary = capitalised(sentence(random, 20 + random.nextInt(21))) + ".";
                String note = allNoted || random.nextInt(5) == 0
                        ? capitalised(sentence(random, 8 + random.nextInt(33))) + "."
                        : "";
                Set<String> chosen = new LinkedHashSet<>();
                int tagCount = 1 + random.nextInt(5);
                while (chosen.size() < tagCount) {
                    chosen.add(tags[skewed(random, tags.length)]);
                }
                writer.writeRecord(
                        Integer.toString(i + 1),
                        title,
                        note,
                        summary,
                        "https://blog.example.com/" + (i % 997) + "/" + slug(title) + "-" + i,
                        "",
                        String.join(", ", chosen),
                        "2024-01-01T00:00:00Z",
                        "",
                        "",
                        "false");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pocket's export format: the import benchmark's input. */
    static void writePocket(Path csv, int articles) {
        Random random = new Random(7);
        String[] tags = tagVocabulary();
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CsvWriter writer = CsvWriter.builder().build(out)) {
            writer.writeRecord("title", "url", "time_added", "tags", "status");
            for (int i = 0; i < articles; i++) {
                String title = capitalised(sentence(random, 4 + random.nextInt(7)));
                List<String> chosen = new ArrayList<>();
                for (int t = random.nextInt(4); t > 0; t--) {
                    chosen.add(tags[skewed(random, tags.length)].replace(' ', '-'));
                }
                writer.writeRecord(
                        title,
                        "https://example.com/a/" + i + "?utm_source=pocket",
                        Long.toString(1_600_000_000L + i * 60L),
                        String.join("|", new LinkedHashSet<>(chosen)),
                        random.nextInt(3) == 0 ? "archive" : "unread");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A browser's bookmark file of {@code articles} links in a few nested folders, with TAGS,
     * ADD_DATE and TOREAD: the bookmark import benchmark's input. The same rows go to {@code csv}
     * for the sqlite3 shell's plain .import, the floor it is read against.
     */
    static void writeBookmarks(Path html, Path csv, int articles) {
        Random random = new Random(11);
        String[] tags = tagVocabulary();
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8);
                Writer plain = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CsvWriter rows = CsvWriter.builder().build(plain)) {
            out.write("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n"
                    + "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n"
                    + "<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n");
            rows.writeRecord("title", "url", "add_date", "tags", "toread", "folder");
            int perFolder = Math.max(1, articles / 20);
            for (int i = 0; i < articles; i++) {
                if (i % perFolder == 0) {
                    if (i > 0) {
                        out.write("    </DL><p>\n");
                    }
                    out.write("    <DT><H3 ADD_DATE=\"1600000000\">Folder " + i / perFolder + "</H3>\n    <DL><p>\n");
                }
                String title = capitalised(sentence(random, 4 + random.nextInt(7)));
                List<String> chosen = new ArrayList<>();
                for (int t = random.nextInt(4); t > 0; t--) {
                    chosen.add(tags[skewed(random, tags.length)].replace(' ', '-'));
                }
                String tagList = String.join(",", new LinkedHashSet<>(chosen));
                String url = "https://example.com/b/" + i + "?utm_source=bookmarks";
                String added = Long.toString(1_600_000_000L + i * 60L);
                String toRead = random.nextInt(3) == 0 ? "0" : "1";
                out.write("        <DT><A HREF=\"" + url.replace("&", "&amp;") + "\" ADD_DATE=\"" + added + "\" TAGS=\""
                        + tagList + "\" TOREAD=\"" + toRead + "\">" + title + "</A>\n");
                rows.writeRecord(title, url, added, tagList, toRead, "Folder " + i / perFolder);
            }
            out.write("    </DL><p>\n</DL><p>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] tagVocabulary() {
        String[] tags = new String[TAG_COUNT];
        for (int i = 0; i < TAG_COUNT; i++) {
            tags[i] = i < WORDS.length ? WORDS[i] : WORDS[i % WORDS.length] + " " + WORDS[(i * 7 + 3) % WORDS.length];
        }
        return new LinkedHashSet<>(List.of(tags)).toArray(String[]::new);
    }

    /** Word frequencies fall off like a real text's: a few words are everywhere, most are rare. */
    private static int skewed(Random random, int bound) {
        double r = random.nextDouble();
        return (int) (bound * r * r);
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            text.append(
                    random.nextInt(3) == 0
                            ? FILLER[random.nextInt(FILLER.length)]
                            : WORDS[skewed(random, WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** Columns search does not index, so the search index stays exactly as the app wrote it. */
    private static void setDatesTimesAndReadState(Path db) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    UPDATE article SET
                      published = date('2012-01-01', '+' || ((id * 7919) % 5000) || ' days'),
                      reading_minutes = 2 + (id * 31) % 28,
                      read_at = CASE WHEN (id * 13) % 3 = 0 THEN '2025-06-01T12:00:00Z' END
                    WHERE source LIKE 'Raindrop%'""");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
