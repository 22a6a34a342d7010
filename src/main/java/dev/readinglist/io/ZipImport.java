package dev.readinglist.io;

import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.UrlKey;
import dev.readinglist.platform.UserFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The zips exports come in. Pocket's: {@code part_NNNNNN.csv} files, and its highlights in
 * {@code annotations/part_NNNNNN.json}, which join the notes of the articles with their links.
 * Omnivore's: {@code metadata_N_to_M.json} files, and {@code highlights/<slug>.md}. A part is
 * named {@code zip!part} in every message.
 */
final class ZipImport {

    private static final Pattern POCKET_PART = Pattern.compile("(?:.*/)?part_\\d+\\.csv");
    private static final Pattern POCKET_ANNOTATIONS = Pattern.compile("(?:.*/)?annotations/[^/]+\\.json");
    private static final Pattern OMNIVORE_PART = Pattern.compile("(?:.*/)?metadata_[^/]*\\.json");
    private static final Pattern OMNIVORE_HIGHLIGHTS = Pattern.compile("(?:.*/)?highlights/([^/]+)\\.md");

    private ZipImport() {}

    static ImportFormat detect(Path file) {
        try (ZipFile zip = UserFiles.zip(file)) {
            if (!entries(zip, POCKET_PART).isEmpty()) {
                return ImportFormat.POCKET;
            }
            if (!entries(zip, OMNIVORE_PART).isEmpty()) {
                return ImportFormat.OMNIVORE;
            }
            throw new ReadingListException(file + " holds neither Pocket's part_NNNNNN.csv files nor Omnivore's"
                    + " metadata_N_to_M.json files; nothing was imported");
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + file + " as a zip: " + e.getMessage(), e);
        }
    }

    static void read(Path file, ImportFormat format, Consumer<ImportedArticle> sink, ImportProblems problems) {
        try (ZipFile zip = UserFiles.zip(file)) {
            switch (format) {
                case POCKET -> pocket(file, zip, sink, problems);
                case OMNIVORE -> omnivore(file, zip, sink, problems);
                default ->
                    throw new ReadingListException(
                            file + " is a zip; a zip can hold a Pocket or an Omnivore export, not a " + format.label());
            }
        } catch (IOException e) {
            throw new ReadingListException("cannot read " + file + " as a zip: " + e.getMessage(), e);
        }
    }

    private static void pocket(Path file, ZipFile zip, Consumer<ImportedArticle> sink, ImportProblems problems)
            throws IOException {
        List<? extends ZipEntry> parts = entries(zip, POCKET_PART);
        if (parts.isEmpty()) {
            throw new ReadingListException(file + " holds no part_NNNNNN.csv files; it is not a Pocket export");
        }
        Map<String, ImportedArticle> highlighted = new LinkedHashMap<>();
        for (ZipEntry part : entries(zip, POCKET_ANNOTATIONS)) {
            String origin = file + "!" + part.getName();
            try (InputStream in = zip.getInputStream(part)) {
                ImportProblems linkProblems = new ImportProblems(false);
                JsonImport.readArray(
                        origin,
                        new ExportText(origin, in, problems),
                        "url",
                        JsonMappers::pocketAnnotation,
                        article -> highlighted.merge(
                                UrlKey.of(article.url()),
                                article,
                                (first, more) -> first.withHighlights(more.highlights())),
                        linkProblems);
                // Their articles are rows of the CSV parts, which count them; a highlight without a web link is lost.
                linkProblems
                        .list()
                        .forEach(p -> problems.warnEntry(
                                p.file(), p.line(), "its highlights were left out: " + p.reason(), p.link()));
            }
        }
        Consumer<ImportedArticle> withHighlights = article -> {
            ImportedArticle annotated = highlighted.remove(UrlKey.of(article.url()));
            sink.accept(annotated == null ? article : article.withHighlights(annotated.highlights()));
        };
        for (ZipEntry part : parts) {
            String origin = file + "!" + part.getName();
            try (InputStream in = zip.getInputStream(part)) {
                CsvImport.read(
                        origin, new ExportText(origin, in, problems), ImportFormat.POCKET, withHighlights, problems);
            }
        }
        highlighted.values().forEach(sink); // highlights of links no part lists: kept as articles of their own
    }

    private static void omnivore(Path file, ZipFile zip, Consumer<ImportedArticle> sink, ImportProblems problems)
            throws IOException {
        List<? extends ZipEntry> parts = entries(zip, OMNIVORE_PART);
        if (parts.isEmpty()) {
            throw new ReadingListException(file + " holds no metadata_N_to_M.json files; it is not an Omnivore export");
        }
        Map<String, List<String>> highlights = new HashMap<>();
        for (ZipEntry entry : entries(zip, OMNIVORE_HIGHLIGHTS)) {
            var matcher = OMNIVORE_HIGHLIGHTS.matcher(entry.getName());
            if (matcher.matches()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    List<String> blocks =
                            Highlights.fromMarkdown(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    if (!blocks.isEmpty()) {
                        highlights.put(matcher.group(1), blocks);
                    }
                }
            }
        }
        for (ZipEntry part : parts) {
            String origin = file + "!" + part.getName();
            try (InputStream in = zip.getInputStream(part)) {
                JsonImport.readArray(
                        origin,
                        new ExportText(origin, in, problems),
                        "url",
                        JsonMappers.omnivore(highlights),
                        sink,
                        problems);
            }
        }
    }

    private static List<? extends ZipEntry> entries(ZipFile zip, Pattern name) {
        return zip.stream()
                .filter(e -> !e.isDirectory() && name.matcher(e.getName()).matches())
                .sorted(Comparator.comparing(ZipEntry::getName))
                .toList();
    }
}
