package dev.readinglist.ui.common;

import dev.readinglist.model.TextCut;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** How the window writes dates and durations. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofLocalizedPattern("MMMd");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private Formats() {}

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String date(Instant instant) {
        return instant == null
                ? ""
                : DATE.format(instant.atZone(ZoneId.systemDefault()).toLocalDate());
    }

    /**
     * When an article was read, as the pane says it beside Read and Star: "on Dec 2" in
     * {@code today}'s year, "in 2023" in another. "on Nov 14, …" and then "on Nov 2…" were cut there
     * at 800 px; the tooltip gives the whole time.
     */
    public static String readDate(Instant instant, LocalDate today) {
        if (instant == null) {
            return "";
        }
        LocalDate date = instant.atZone(ZoneId.systemDefault()).toLocalDate();
        return date.getYear() == today.getYear() ? "on " + DAY_OF_YEAR.format(date) : "in " + date.getYear();
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** "1 note", "2,031 notes": a count with its noun. */
    public static String count(long count, String noun) {
        return number(count) + " " + noun + (count == 1 ? "" : "s");
    }

    /** "2,031": a count with its thousands marked. */
    public static String number(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** 250 becomes "4 h 10 min"; 45 becomes "45 min". */
    public static String duration(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        int rest = minutes % 60;
        if (minutes >= 100 * 60) {
            return String.format("%,d h", minutes / 60); // minutes mean nothing beside a hundred hours
        }
        return minutes / 60 + " h" + (rest == 0 ? "" : " " + rest + " min");
    }

    /** A file size as people read it: 812 bytes, 14 KB, 3.2 MB. */
    public static String bytes(long size) {
        if (size < 1024) {
            return size + (size == 1 ? " byte" : " bytes");
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = size;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value < 10 ? String.format("%.1f", value) : String.format("%.0f", value)) + " " + units[unit];
    }

    /** A title or name in a sentence: within quotes, {@linkplain TextCut#shortened shortened} to {@code max}. */
    public static String quoted(String text, int max) {
        return "“" + TextCut.shortened(text, max) + "”";
    }

    /** Names in a sentence: "Tags", "Tags and Site", "Tags, Site and Note". */
    public static String listed(List<String> names) {
        return names.size() == 1
                ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /**
     * Which articles a notice speaks of: the one's title, or how many ("“Caching Strategies…”", "3 articles"). Short
     * enough for the notice to keep to one line of the status bar at 800x600, where it grew a line and moved the list
     * (the twenty-eighth walk).
     */
    public static String which(List<ArticleRow> rows) {
        return rows.size() == 1
                ? inNotice(rows.getFirst().titleProperty().get())
                : String.format("%,d articles", rows.size());
    }

    /**
     * A title in a notice, quoted and cut at 40 characters, for the notice to keep to one line: "Added" and "Saved" quoted
     * 80, wrapped to two lines at 800x600, and the status bar grew and moved the list (the twenty-ninth walk).
     */
    public static String inNotice(String title) {
        return quoted(title, 40);
    }

    /** The core's messages are written to follow "reading-list: " on a command line; shown alone they start a sentence. */
    public static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The first line of a note, for a one-line cell. */
    public static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        String line = end < 0 ? stripped : stripped.substring(0, end).strip();
        return end < 0 ? line : line + " …";
    }
}
