package dev.readinglist.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.readinglist.model.Article;
import dev.readinglist.model.ExportResult;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.Sha256;
import dev.readinglist.platform.UserFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder of Markdown files, one per article, for Obsidian and Logseq: YAML front matter (title,
 * url, tags, status, favourite, read_at, published, added_at, reading_minutes, and reading_list_id, which marks
 * the file as ours), then
 * the summary and the note. The files are written beside their places and moved in at the end, all or none.
 *
 * <p>Exporting again into the same folder finds each article's file by its reading_list_id and
 * updates it in place when its article changed. Each file carries a hash of what the export wrote
 * (reading_list_hash), so a file edited where it is, in Obsidian say, is told apart: it is never
 * replaced, and the export names it. A file the export did not write is never replaced either: an
 * article whose name is taken gets "-2". Nothing is deleted, not even the file of an article since
 * removed from the list.
 */
public final class MarkdownExporter {

    static final String ID_KEY = "reading_list_id";
    static final String HASH_KEY = "reading_list_hash";
    private static final Pattern HASH_LINE = Pattern.compile("(?m)^" + HASH_KEY + ": \"([0-9a-f]{16})\"\n");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^" + ID_KEY + ": (\".*\")\\s*$");
    private static final int HEAD = 4096;
    private static final int MAX_NAME = 100;
    private static final Set<String> WINDOWS_RESERVED = new HashSet<>(Arrays.asList(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
            "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9"));
    /** YAML double-quoted scalars accept JSON's string escapes, so JSON strings are written as YAML. */
    private static final Gson STRINGS = new GsonBuilder().disableHtmlEscaping().create();

    private MarkdownExporter() {}

    /** Writes one file per article into {@code folder} (made if missing). */
    public static ExportResult export(Path folder, ArticleSource source) {
        Path absolute = folder.toAbsolutePath().normalize();
        Folder existing = Folder.read(absolute);
        int[] count = {0, 0};
        List<String> leftAlone = new ArrayList<>();
        try (AtomicFileWriter.Batch files = new AtomicFileWriter.Batch(absolute)) {
            source.forEach(article -> {
                String name = existing.nameFor(article.id());
                String markdown = markdown(article);
                String hash = hash(markdown);
                switch (existing.update(name, markdown, hash)) {
                    case WRITE -> {
                        byte[] content = signed(markdown, hash).getBytes(StandardCharsets.UTF_8);
                        files.write(absolute.resolve(name), out -> out.write(content));
                    }
                    case KEEP -> count[1]++; // as the article is now, or edited there while the article stayed the same
                    case EDITED -> leftAlone.add(name);
                }
                count[0]++;
            });
            files.commit();
        }
        return new ExportResult(count[0], count[1], leftAlone);
    }

    /**
     * How many files in {@code folder} an earlier export wrote (by their reading_list_id): a new
     * export updates those whose article changed, unless they were edited there. 0 for a folder
     * that is missing or holds none.
     */
    public static int earlierExport(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return Files.isDirectory(absolute) ? Folder.scan(absolute).oursFound : 0;
    }

    static String markdown(Article article) {
        StringBuilder md = new StringBuilder(512).append("---\n");
        md.append("title: ").append(STRINGS.toJson(article.title())).append('\n');
        md.append("url: ").append(STRINGS.toJson(article.url())).append('\n');
        md.append("tags: ").append(STRINGS.toJson(vaultTags(article.allTags()))).append('\n');
        md.append("status: ").append(article.isRead() ? "read" : "unread").append('\n');
        md.append("favourite: ").append(article.favourite()).append('\n');
        md.append("read_at: ").append(time(article.readAt())).append('\n');
        md.append("published: ")
                .append(
                        article.published() == null
                                ? "null"
                                : STRINGS.toJson(article.published().toString()))
                .append('\n');
        // The day it was saved, Pocket's time_added for an import, is an Obsidian user's sort key (the eightieth
        // walk); the reading time set in the window went nowhere (the seventy-ninth): both as in JSON.
        md.append("added_at: ").append(time(article.addedAt())).append('\n');
        md.append("reading_minutes: ")
                .append(
                        article.readingMinutes() == null
                                ? "null"
                                : article.readingMinutes().toString())
                .append('\n');
        md.append(ID_KEY).append(": ").append(STRINGS.toJson(article.id())).append('\n');
        md.append("---\n");
        if (article.summary() != null && !article.summary().isBlank()) {
            md.append('\n').append(article.summary().strip()).append('\n');
        }
        if (article.hasNote()) {
            md.append("\n## Note\n\n").append(article.note().strip()).append('\n');
        }
        return md.toString();
    }

    /** A time as the JSON export writes it, quoted, or YAML's null. */
    private static String time(Instant instant) {
        return instant == null ? "null" : STRINGS.toJson(JsonExporter.time(instant));
    }

    /**
     * Tags as Obsidian and Logseq take them, a space in one a hyphen: "Distributed Systems" was no tag in the eighty-third
     * walk's vault. Two that become one are written once.
     */
    static List<String> vaultTags(List<String> tags) {
        return tags.stream()
                .map(tag -> tag.strip().replaceAll("\\s+", "-"))
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
    }

    /** The file as written: the article's Markdown, with its {@code hash} as the last line of its front matter. */
    private static String signed(String markdown, String hash) {
        int closing = markdown.indexOf("\n---\n", 3) + 1;
        return markdown.substring(0, closing) + HASH_KEY + ": \"" + hash + "\"\n" + markdown.substring(closing);
    }

    private static String hash(String markdown) {
        return Sha256.hex(markdown, 8);
    }

    /** What an export does with an article's file. */
    private enum Update {
        WRITE,
        KEEP,
        /** Its article changed, and so did the file, where it is: left alone, and named. */
        EDITED
    }

    /**
     * A name that is safe on Windows, macOS and Linux: lower case (two names that differ only in
     * case are one file on two of them), letters, digits, '.', '-' and '_' only, no leading or
     * trailing dot, none of Windows' device names, at most 100 characters before ".md".
     */
    static String safeName(String id) {
        StringBuilder name = new StringBuilder();
        String lower = id == null ? "" : id.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length() && name.length() < MAX_NAME; i++) {
            char c = lower.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
            if (safe) {
                name.append(c);
            } else if (!name.isEmpty() && name.charAt(name.length() - 1) != '-') {
                name.append('-');
            }
        }
        String cleaned = name.toString().replaceAll("^[.-]+|[.-]+$", "");
        if (cleaned.isEmpty()) {
            cleaned = "article";
        }
        String stem = cleaned.contains(".") ? cleaned.substring(0, cleaned.indexOf('.')) : cleaned;
        if (WINDOWS_RESERVED.contains(stem)) {
            cleaned = "article-" + cleaned;
        }
        return cleaned;
    }

    /** The export folder as found: which files are ours (by id), and which names are taken. */
    private static final class Folder {
        private final Map<String, String> ours = new HashMap<>();
        private final Set<String> taken = new HashSet<>();
        private final Map<String, Path> files = new HashMap<>();
        /** The files an earlier export wrote (two of one article count twice). */
        private int oursFound;

        /** The folder as an export finds it, made first if missing. */
        static Folder read(Path folder) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new ReadingListException(
                        "cannot export to " + folder + ": it is a file; a Markdown export needs a folder");
            }
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                Path parent = folder.toAbsolutePath().getParent();
                String why = parent == null ? AtomicFileWriter.reason(e) : AtomicFileWriter.reasonIn(parent, e);
                throw new ReadingListException("cannot export to " + folder + ": " + why, e);
            }
            return scan(folder);
        }

        /** Which files of the folder are ours, and which names are taken; the folder must exist. */
        static Folder scan(Path folder) {
            Folder found = new Folder();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    found.taken.add(name.toLowerCase(Locale.ROOT));
                    if (name.endsWith(".md") && Files.isRegularFile(entry)) {
                        found.files.put(name.toLowerCase(Locale.ROOT), entry);
                        String id = idIn(entry);
                        if (id != null) {
                            found.oursFound++;
                            found.ours.putIfAbsent(id, name);
                        }
                    }
                }
            } catch (IOException e) {
                throw new ReadingListException("cannot export to " + folder + ": " + AtomicFileWriter.reason(e), e);
            }
            return found;
        }

        /** The article's file: the one an earlier export wrote for it, else a free safe name. */
        String nameFor(String id) {
            String known = ours.get(id);
            if (known != null) {
                return known;
            }
            String base = safeName(id);
            String name = base + ".md";
            for (int n = 2; taken.contains(name); n++) {
                name = base + "-" + n + ".md";
            }
            taken.add(name);
            ours.put(id, name);
            return name;
        }

        /**
         * What becomes of the file named {@code name} for an article whose Markdown is now
         * {@code markdown}, whose hash is {@code hash}. A file from before the hash that is not exactly the article's Markdown
         * cannot be told from one edited there, and is left alone too.
         */
        Update update(String name, String markdown, String hash) {
            Path file = files.get(name.toLowerCase(Locale.ROOT));
            if (file == null) {
                return Update.WRITE;
            }
            String text;
            try {
                text = new String(UserFiles.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return Update.EDITED;
            }
            Matcher line = HASH_LINE.matcher(text);
            if (!line.find()) {
                return text.equals(markdown) ? Update.WRITE : Update.EDITED;
            }
            String written = line.group(1);
            if (written.equals(hash)) {
                return Update.KEEP;
            }
            String unsigned = text.substring(0, line.start()) + text.substring(line.end());
            return hash(unsigned).equals(written) ? Update.WRITE : Update.EDITED;
        }

        /**
         * The reading_list_id in a file's front matter, or null for a file we did not write. The head
         * is enough for most; a front matter longer than it (an imported title of thousands of
         * characters) is read whole, or its file was not known for ours, and each export wrote a copy.
         */
        private static String idIn(Path file) {
            try (InputStream in = UserFiles.read(file)) {
                byte[] first = in.readNBytes(HEAD);
                String head = new String(first, StandardCharsets.UTF_8);
                if (!head.startsWith("---\n")) {
                    return null;
                }
                int end = head.indexOf("\n---\n", 3);
                if (end < 0 && first.length == HEAD) {
                    byte[] rest = in.readAllBytes();
                    byte[] whole = Arrays.copyOf(first, first.length + rest.length);
                    System.arraycopy(rest, 0, whole, first.length, rest.length);
                    head = new String(whole, StandardCharsets.UTF_8);
                    end = head.indexOf("\n---\n", 3);
                }
                Matcher id = ID_LINE.matcher(end < 0 ? head : head.substring(0, end + 1));
                return id.find() ? STRINGS.fromJson(id.group(1), String.class) : null;
            } catch (IOException | RuntimeException e) {
                return null; // unreadable or not ours: either way it is left alone
            }
        }
    }
}
