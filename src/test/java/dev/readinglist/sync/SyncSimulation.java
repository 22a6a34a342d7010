package dev.readinglist.sync;

import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.DeletedArticle;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.SyncReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * One run of the property test: three replicas of one library, each with its own copy of the sync
 * folder, and a network between the copies that delivers each device's files late, in any order,
 * twice (as a sync tool's conflicted copy), or first truncated and complete only later. The
 * replicas make random changes and sync at random. In the end everything is delivered, and every
 * replica must show the same library, with every saved note text in it unless a later save or a
 * delete had seen it.
 */
final class SyncSimulation {

    private static final String[] LINKS = {
        "https://raft.github.io/",
        "https://example.com/paxos",
        "https://example.com/crdt?utm_source=x",
        "https://example.com/crdt",
        "https://jepsen.io/consistency",
        "https://example.org/hlc",
        "https://example.org/lww/",
        "https://example.net/notes",
        "https://example.net/tags",
        "https://example.net/sync"
    };
    private static final String[] TITLES = {"Raft", "Paxos", "CRDTs", "Jepsen", "Clocks", "LWW", "Notes"};
    private static final String[] TAGS = {"papers", "to-try", "Distributed Systems", "later"};
    private static final String BUNDLED = "caching-strategies-production-guide";

    private final Path work;
    private final Coverage coverage;
    private final Random random;
    private final long seed;
    private final List<Replica> replicas = new ArrayList<>();
    private final List<Delivery> deliveries = new ArrayList<>();
    private final Set<String> offered = new HashSet<>();
    private final Map<String, Boolean> savedNotes = new LinkedHashMap<>();
    private final Map<String, String> addedBy = new LinkedHashMap<>();
    private final List<String> trace = new ArrayList<>();
    private int counter;

    SyncSimulation(Path work, Path template, long seed, Coverage coverage) throws IOException {
        this.work = work;
        this.coverage = coverage;
        this.seed = seed;
        this.random = new Random(seed);
        TickingClock clock =
                new TickingClock(Instant.parse("2026-12-01T00:00:00Z").plusSeconds(seed));
        for (String name : List.of("alpha", "beta", "gamma")) {
            Path db = work.resolve(name).resolve("reading-list.db");
            Files.createDirectories(db.getParent());
            Files.copy(template, db); // a copy of the library is the same library: one way to set up a device
            Path folder = Files.createDirectories(work.resolve(name + "-sync"));
            SplittableRandom ids = new SplittableRandom(seed * 31 + replicas.size());
            replicas.add(new Replica(name, Replicas.open(db, name, clock, ids), folder));
        }
    }

    private record Replica(String name, Library library, Path folder) {}

    /** What the runs did, added up: proof that the cases the test is for came up. */
    static final class Coverage {
        int runs;
        int operations;
        int syncs;
        int incompleteSeen;
        int conflictedCopies;
        int truncations;
        int sameLinkOnTwoDevices;
        int keptNotes;
        int deletes;
        int contended;

        @Override
        public String toString() {
            return runs + " runs, " + operations + " changes, " + syncs + " syncs; " + truncations + " files delivered"
                    + " truncated (" + incompleteSeen + " times a sync found a file incomplete), " + conflictedCopies
                    + " conflicted copies, " + sameLinkOnTwoDevices + " links added on two devices, " + deletes
                    + " deletes, " + contended + " contended changes (two devices, one article), " + keptNotes
                    + " merged notes keeping a concurrent edit";
        }
    }

    /** A file of one replica's device folder on its way to another replica's copy of the folder. */
    private static final class Delivery {
        final Path source;
        final Path target;
        boolean whole;

        Delivery(Path source, Path target) {
            this.source = source;
            this.target = target;
        }
    }

    /** Plays the run; returns what happened, for a failure's message. */
    void play() throws IOException {
        try {
            warmUp();
            int steps = 10 + random.nextInt(25);
            for (int step = 0; step < steps; step++) {
                act();
            }
            converge();
            check();
            coverage.runs++;
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(
                    "seed " + seed + " (-Dreadinglist.sync.seed=" + seed + " -Dreadinglist.sync.runs=1): "
                            + e.getMessage() + "\n  " + String.join("\n  ", trace) + "\n" + tables(),
                    e);
        } finally {
            for (Replica replica : replicas) {
                replica.library().close();
            }
        }
    }

    /** Most runs start from a few articles every device has, as a list in use would: the changes then meet. */
    private void warmUp() throws IOException {
        if (random.nextInt(8) == 0) {
            return;
        }
        Replica first = replicas.get(random.nextInt(replicas.size()));
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            try {
                add(first);
            } catch (ReadingListException refused) {
                trace.add(first.name() + " refused: " + refused.getMessage());
            }
        }
        if (random.nextBoolean()) {
            note(first);
        }
        converge();
    }

    private void act() throws IOException {
        Replica replica = replicas.get(random.nextInt(replicas.size()));
        int roll = random.nextInt(100);
        try {
            if (roll < 10) {
                add(replica);
            } else if (roll < 16) {
                read(replica);
            } else if (roll < 19) {
                star(replica);
            } else if (roll < 32) {
                note(replica);
            } else if (roll < 40) {
                tag(replica);
            } else if (roll < 45) {
                delete(replica);
            } else if (roll < 49) {
                edit(replica);
            } else if (roll < 60) {
                contend(replica);
            } else if (roll < 80) {
                sync(replica);
            } else {
                deliverSome();
            }
        } catch (ReadingListException refused) {
            trace.add(replica.name() + " refused: " + refused.getMessage()); // a link already there, say
        }
    }

    private void add(Replica replica) {
        String link = LINKS[random.nextInt(LINKS.length)];
        String title = TITLES[random.nextInt(TITLES.length)];
        List<String> tags = random.nextBoolean() ? List.of() : List.of(TAGS[random.nextInt(TAGS.length)]);
        String id = replica.library().addArticle(title, link, "About " + title + ".", tags);
        trace.add(replica.name() + " add " + id + " " + link);
        coverage.operations++;
        String first = addedBy.putIfAbsent(link, replica.name());
        if (first != null && !first.equals(replica.name())) {
            coverage.sameLinkOnTwoDevices++;
        }
    }

    private void read(Replica replica) {
        Article article = pick(replica);
        if (article.isRead()) {
            replica.library().markUnread(List.of(article.id()));
        } else {
            replica.library().markRead(List.of(article.id()));
        }
        trace.add(replica.name() + " toggle read " + article.id());
        coverage.operations++;
    }

    private void star(Replica replica) {
        Article article = pick(replica);
        replica.library().setFavourite(article.id(), !article.favourite());
        trace.add(replica.name() + " star " + article.id() + " " + !article.favourite());
        coverage.operations++;
    }

    /** A user edits the note as shown: a new text, an addition to it, or nothing left. */
    private void note(Replica replica) {
        Article article = pick(replica);
        String before = article.note() == null ? "" : article.note();
        String mine = "note-" + seed + "-" + ++counter;
        int how = random.nextInt(10);
        String text = how < 5 ? mine : how < 9 ? (before.isEmpty() ? mine : before + "\n" + mine) : "";
        replica.library().setNote(article.id(), text);
        supersede(before);
        if (!text.isEmpty()) {
            savedNotes.put(mine, true);
        }
        trace.add(replica.name() + " note " + article.id() + " = " + text.replace('\n', '|'));
        coverage.operations++;
    }

    /** Texts the replica showed when it saved over them, or deleted them: they may go. */
    private void supersede(String shown) {
        savedNotes.replaceAll((text, live) -> live && !shown.contains(text));
    }

    private void tag(Replica replica) {
        Article article = pick(replica);
        String tag = TAGS[random.nextInt(TAGS.length)];
        boolean has = article.userTags().stream().anyMatch(mine -> mine.equalsIgnoreCase(tag));
        if (has) {
            replica.library().editTags(article.id(), List.of(), List.of(tag));
        } else {
            replica.library().editTags(article.id(), List.of(tag), List.of());
        }
        trace.add(replica.name() + (has ? " untag " : " tag ") + article.id() + " " + tag);
        coverage.operations++;
    }

    private void delete(Replica replica) {
        List<Article> mine = replica.library().search("", ReadStatus.ALL).stream()
                .filter(article -> !Replicas.BUNDLED.contains(article.id()))
                .toList();
        if (mine.isEmpty()) {
            return;
        }
        Article article = mine.get(random.nextInt(mine.size()));
        DeletedArticle deleted = replica.library().deleteArticle(article.id());
        supersede(article.note() == null ? "" : article.note());
        trace.add(replica.name() + " delete " + article.id());
        coverage.operations++;
        coverage.deletes++;
        if (random.nextInt(4) == 0) {
            replica.library().undelete(deleted);
            trace.add(replica.name() + " undo delete " + article.id());
        }
    }

    private void edit(Replica replica) {
        List<Article> mine = replica.library().search("", ReadStatus.ALL).stream()
                .filter(article -> !Replicas.BUNDLED.contains(article.id()))
                .toList();
        if (mine.isEmpty()) {
            return;
        }
        Article article = mine.get(random.nextInt(mine.size()));
        String title = random.nextBoolean() ? TITLES[random.nextInt(TITLES.length)] + " (edited)" : article.title();
        String link = random.nextInt(4) == 0 ? LINKS[random.nextInt(LINKS.length)] : article.url();
        Integer minutes = random.nextBoolean() ? null : 1 + random.nextInt(30);
        replica.library().editArticle(article.id(), title, link, "Edited " + counter++, minutes);
        trace.add(replica.name() + " edit " + article.id() + " " + title + " " + link + " " + minutes);
        coverage.operations++;
    }

    /**
     * Two devices change one article they both have before either hears of the other's change: one
     * deletes it or edits its note or tags while the other edits its note or tags. The merge rules
     * are about exactly these.
     */
    private void contend(Replica replica) {
        Replica other = replicas.get((replicas.indexOf(replica) + 1 + random.nextInt(2)) % replicas.size());
        List<Article> both = replica.library().search("", ReadStatus.ALL).stream()
                .filter(article -> !Replicas.BUNDLED.contains(article.id()))
                .filter(article -> twin(other, article) != null)
                .toList();
        if (both.isEmpty()) {
            return;
        }
        Article mine = both.get(random.nextInt(both.size()));
        Article theirs = twin(other, mine);
        switch (random.nextInt(4)) {
            case 0 -> {
                DeletedArticle deleted = replica.library().deleteArticle(mine.id());
                supersede(mine.note() == null ? "" : mine.note());
                trace.add(replica.name() + " delete " + mine.id() + " (contended)");
                coverage.deletes++;
                if (deleted.syncIds().isEmpty()) {
                    trace.add("  (it was not shared yet)");
                }
            }
            case 1 -> noteOn(replica, mine);
            case 2 -> tagOn(replica, mine, "contended");
            default -> tagOn(replica, mine, "later");
        }
        if (random.nextBoolean()) {
            noteOn(other, theirs);
        } else {
            tagOn(other, theirs, random.nextBoolean() ? "contended" : "later");
        }
        coverage.operations += 2;
        coverage.contended++;
    }

    /** The article with the same link on another replica, as that replica shows it; null when it has none. */
    private static Article twin(Replica replica, Article article) {
        return replica.library().search("", ReadStatus.ALL).stream()
                .filter(other -> other.url().equals(article.url()))
                .findFirst()
                .orElse(null);
    }

    private void noteOn(Replica replica, Article article) {
        String before = article.note() == null ? "" : article.note();
        String mine = "note-" + seed + "-" + ++counter;
        String text = random.nextBoolean() || before.isEmpty() ? mine : before + "\n" + mine;
        replica.library().setNote(article.id(), text);
        supersede(before);
        savedNotes.put(mine, true);
        trace.add(replica.name() + " note " + article.id() + " = " + text.replace('\n', '|') + " (contended)");
    }

    private void tagOn(Replica replica, Article article, String tag) {
        boolean has = article.userTags().stream().anyMatch(mine -> mine.equalsIgnoreCase(tag));
        replica.library().editTags(article.id(), has ? List.of() : List.of(tag), has ? List.of(tag) : List.of());
        trace.add(replica.name() + (has ? " untag " : " tag ") + article.id() + " " + tag + " (contended)");
    }

    private void sync(Replica replica) throws IOException {
        SyncReport report = replica.library().sync(replica.folder());
        coverage.syncs++;
        coverage.incompleteSeen += report.incomplete().size();
        trace.add(replica.name() + " sync: sent " + report.sent() + ", received " + report.received() + ", incomplete "
                + report.incomplete().size());
        offer(replica);
    }

    /** Every file the replica's device wrote, on its way to each other replica. */
    private void offer(Replica from) throws IOException {
        try (Stream<Path> files = Files.walk(from.folder())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.folder().relativize(file);
                boolean own = relative.getNameCount() == 3
                        && relative.getName(1).toString().equals(deviceOf(from));
                if (!own || file.getFileName().toString().startsWith(".") || !offered.add(file.toString())) {
                    continue;
                }
                for (Replica to : replicas) {
                    if (to != from) {
                        deliveries.add(new Delivery(file, to.folder().resolve(relative)));
                    }
                }
            }
        }
    }

    private static String deviceOf(Replica replica) {
        return Replicas.device(replica.name()).id();
    }

    /** A few files arrive: each whole, cut short (to be completed later), or again as a conflicted copy. */
    private void deliverSome() throws IOException {
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            deliverOne();
        }
    }

    private void deliverOne() throws IOException {
        if (deliveries.isEmpty()) {
            return;
        }
        Delivery delivery = deliveries.get(random.nextInt(deliveries.size()));
        byte[] bytes = Files.readAllBytes(delivery.source);
        Files.createDirectories(delivery.target.getParent());
        int how = random.nextInt(10);
        if (!delivery.whole && how < 3 && bytes.length > 1) {
            Files.write(delivery.target, Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1)));
            coverage.truncations++;
            trace.add("truncated " + delivery.target.getFileName() + " to "
                    + delivery.target.getParent().getParent().getParent().getFileName());
            return;
        }
        if (delivery.whole
                && how < 6
                && delivery.target.getFileName().toString().endsWith(".jsonl")) {
            String name = delivery.target.getFileName().toString();
            String stem = name.substring(0, name.length() - ".jsonl".length());
            String copy = random.nextBoolean()
                    ? stem + ".sync-conflict-20261201-120000-ABCDEFG.jsonl"
                    : stem + " (beta's conflicted copy 2026-12-01).jsonl";
            Files.write(delivery.target.resolveSibling(copy), bytes);
            coverage.conflictedCopies++;
            trace.add("conflicted copy " + copy);
            return;
        }
        Files.write(delivery.target, bytes);
        delivery.whole = true;
        trace.add("delivered " + delivery.target.getFileName());
    }

    /** Everything arrives, and everyone syncs, until no replica writes anything new. */
    private void converge() throws IOException {
        for (int round = 0; round < 5; round++) {
            for (Delivery delivery : deliveries) {
                if (!delivery.whole) {
                    Files.createDirectories(delivery.target.getParent());
                    Files.write(delivery.target, Files.readAllBytes(delivery.source));
                    delivery.whole = true;
                }
            }
            int sent = 0;
            for (Replica replica : replicas) {
                SyncReport report = replica.library().sync(replica.folder());
                sent += report.sent() + (report.snapshot() ? 1 : 0);
                if (!report.incomplete().isEmpty()) {
                    throw new AssertionError(replica.name() + " still sees incomplete files: " + report.incomplete());
                }
                offer(replica);
            }
            if (sent == 0 && deliveries.stream().allMatch(delivery -> delivery.whole)) {
                return;
            }
        }
        throw new AssertionError("the replicas kept writing after everything was delivered");
    }

    private void check() {
        String first = Replicas.export(replicas.getFirst().library(), work);
        for (Replica replica : replicas.subList(1, replicas.size())) {
            String other = Replicas.export(replica.library(), work);
            if (!first.equals(other)) {
                throw new AssertionError("alpha and " + replica.name() + " differ:\n" + diff(first, other));
            }
        }
        StringBuilder notes = new StringBuilder();
        for (Article article : replicas.getFirst().library().search("", ReadStatus.ALL)) {
            if (article.note() != null) {
                notes.append(article.note()).append('\n');
                coverage.keptNotes += article.note().contains("\n--- kept from ") ? 1 : 0;
            }
        }
        savedNotes.forEach((text, live) -> {
            if (live && notes.indexOf(text) < 0) {
                throw new AssertionError("the saved note text " + text + " was lost; the notes are:\n" + notes);
            }
        });
        for (Replica replica : replicas) {
            if (!replica.library().check().sound()) {
                throw new AssertionError(replica.name() + " is damaged: "
                        + replica.library().check().problems());
            }
        }
        if (!replicas.getFirst().library().article(BUNDLED).id().equals(BUNDLED)) {
            throw new AssertionError("the bundled catalog's article lost its id");
        }
    }

    /** Each replica's shared rows and merge states, for a failure's message. */
    private String tables() {
        StringBuilder tables = new StringBuilder();
        for (Replica replica : replicas) {
            tables.append(replica.name()).append(":\n");
            try (Connection connection = DriverManager.getConnection(
                            "jdbc:sqlite:" + replica.library().file());
                    Statement statement = connection.createStatement()) {
                for (String query : List.of(
                        "SELECT 'row', slug, sync_id, url_key FROM article WHERE source NOT LIKE '%Backend%'",
                        "SELECT 'state', sync_id, slug, link_key || ' live=' || live FROM sync_state"
                                + " WHERE sync_id NOT LIKE 'c:%'")) {
                    try (ResultSet rs = statement.executeQuery(query)) {
                        while (rs.next()) {
                            tables.append("  ")
                                    .append(rs.getString(1))
                                    .append(' ')
                                    .append(rs.getString(2))
                                    .append(' ')
                                    .append(rs.getString(3))
                                    .append(' ')
                                    .append(rs.getString(4))
                                    .append('\n');
                        }
                    }
                }
            } catch (SQLException e) {
                tables.append("  (").append(e.getMessage()).append(")\n");
            }
        }
        return tables.toString();
    }

    private static String diff(String a, String b) {
        List<String> left = a.lines().toList();
        List<String> right = b.lines().toList();
        StringBuilder diff = new StringBuilder();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "<none>";
            String r = i < right.size() ? right.get(i) : "<none>";
            if (!l.equals(r)) {
                diff.append("- ").append(l).append("\n+ ").append(r).append('\n');
            }
        }
        return diff.toString();
    }

    private Article pick(Replica replica) {
        List<Article> articles = replica.library().search("", ReadStatus.ALL);
        // Mostly the articles this run added, so that the devices' changes meet on them.
        List<Article> added = articles.stream()
                .filter(article -> !Replicas.BUNDLED.contains(article.id()))
                .toList();
        if (!added.isEmpty() && random.nextInt(4) != 0) {
            return added.get(random.nextInt(added.size()));
        }
        return articles.get(random.nextInt(Math.min(4, articles.size())));
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path each :
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
