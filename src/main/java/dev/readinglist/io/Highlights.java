package dev.readinglist.io;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Highlights as they join a note: each one a Markdown quote ("> " on every line), with its date
 * where the export has one. The store adds each such block to the note once.
 */
final class Highlights {

    private Highlights() {}

    /** One highlight: the quote, and "— 2024-05-01" when it is dated; null for an empty quote. */
    static String quote(String text, Instant created) {
        String quote = text == null ? "" : text.strip();
        if (quote.isEmpty()) {
            return null;
        }
        StringBuilder block = new StringBuilder();
        for (String line : quote.split("\r\n|\r|\n", -1)) {
            block.append(line.isBlank() ? ">" : "> " + line.strip()).append('\n');
        }
        if (created != null) {
            block.append("— ")
                    .append(created.atOffset(ZoneOffset.UTC).toLocalDate())
                    .append('\n');
        }
        return block.toString().strip();
    }

    /**
     * The blocks of a highlights Markdown file (Omnivore's {@code highlights/<slug>.md}): each
     * quote with the paragraphs after it (the reader's own words on it) until the next quote.
     * Text before the first quote is quoted itself.
     */
    static List<String> fromMarkdown(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : markdown.strip().split("\\R\\s*\\R")) {
            String text = paragraph.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith(">")) {
                if (!current.isEmpty()) {
                    blocks.add(current.toString().strip());
                }
                current.setLength(0);
                current.append(text);
            } else if (current.isEmpty()) {
                current.append(quote(text, null));
            } else {
                current.append("\n\n").append(text);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current.toString().strip());
        }
        return blocks;
    }
}
