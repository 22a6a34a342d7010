package dev.readinglist.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** How each export's columns become an article. Columns are matched by name, in lower case. */
final class ImportRowMappers {

    /**
     * The columns another CSV file may keep its links in, in the order looked for: the English names such lists use,
     * then those a spreadsheet saved in German, French, Spanish, Italian, Portuguese or Dutch has. A German one
     * ("Titel;Adresse;Schlagworte") was refused whole, its links in plain sight (the forty-fourth walk).
     */
    static final List<String> LINK_COLUMNS = List.of(
            "url",
            "link",
            "href",
            "uri",
            "address",
            "web address",
            "website",
            "adresse",
            "webadresse",
            "lien",
            "enlace",
            "dirección",
            "direccion",
            "indirizzo",
            "endereço",
            "endereco",
            "koppeling",
            "adres");

    // Another CSV file's other columns, each in the order looked for, in the same languages. "labels" went unread, and
    // with it every tag of a file (the fortieth walk).
    private static final List<String> TITLE_COLUMNS =
            List.of("title", "name", "titel", "titre", "título", "titulo", "titolo", "naam", "nom", "nombre", "nome");
    private static final List<String> TAG_COLUMNS = List.of(
            "tags",
            "tag",
            "labels",
            "label",
            "keywords",
            "categories",
            "schlagworte",
            "schlagwörter",
            "stichworte",
            "stichwörter",
            "étiquettes",
            "etiquettes",
            "mots-clés",
            "etiquetas",
            "etichette",
            "trefwoorden");
    private static final List<String> NOTE_COLUMNS =
            List.of("note", "notes", "notiz", "notizen", "anmerkung", "anmerkungen", "nota", "notas", "notitie");
    private static final List<String> SUMMARY_COLUMNS = List.of(
            "excerpt",
            "description",
            "summary",
            "beschreibung",
            "zusammenfassung",
            "résumé",
            "descripción",
            "descrizione",
            "descrição",
            "beschrijving");
    /** wallabag's CSV export's date saved, day first ("08/09/2016 11:55:58"). */
    private static final String WALLABAG_CREATED = "creation date";

    private static final List<String> STATUS_COLUMNS = List.of("status", "state", "statut", "estado", "stato");
    private static final List<String> ADDED_COLUMNS = List.of(
            "time_added",
            "added",
            "date_added",
            "created",
            "created_at",
            "date",
            "datum",
            "hinzugefügt",
            "fecha",
            WALLABAG_CREATED);
    private static final List<String> STAR_COLUMNS =
            List.of("favorite", "favourite", "starred", "star", "favorit", "favori", "favorito", "favoriet");

    /** The statuses of a read article, in the same languages. */
    private static final Set<String> READ_STATUSES =
            Set.of("read", "archive", "archived", "gelesen", "archiviert", "lu", "archivé", "leído", "leido", "letto");

    /** Every column another CSV file is read by (lower case): the rest are said to be left unread. */
    static final Set<String> CSV_COLUMNS = columns(
            LINK_COLUMNS,
            TITLE_COLUMNS,
            TAG_COLUMNS,
            NOTE_COLUMNS,
            SUMMARY_COLUMNS,
            STATUS_COLUMNS,
            ADDED_COLUMNS,
            STAR_COLUMNS);

    private ImportRowMappers() {}

    /** The columns a CSV export of this format must have; empty for a format that is not CSV. */
    static Set<String> required(ImportFormat format) {
        return switch (format) {
            case POCKET -> Set.of("title", "url", "time_added", "tags", "status");
            case INSTAPAPER -> Set.of("url", "title", "selection", "folder");
            // Raindrop's older header (title,note,excerpt,url,folder,tags,created,cover,highlights) has these too.
            case RAINDROP -> Set.of("title", "url", "note", "excerpt", "folder", "tags", "created");
            case READINGLIST -> Set.of("id", "title", "url", "tags", "status", "read_at", "note", "note_updated_at");
            default -> Set.of();
        };
    }

    /** The row's title as the file has it, under any name a title goes by; "" without one. */
    static String titleOf(ImportRow row) {
        return row.get(row.first(TITLE_COLUMNS));
    }

    /** The link column of another CSV file's header (lower case), if it has one. */
    static Optional<String> linkColumn(Set<String> header) {
        return LINK_COLUMNS.stream().filter(header::contains).findFirst();
    }

    static Function<ImportRow, ImportedArticle> mapper(ImportFormat format) {
        return switch (format) {
            case POCKET -> ImportRowMappers::pocket;
            case INSTAPAPER -> ImportRowMappers::instapaper;
            case RAINDROP -> ImportRowMappers::raindrop;
            case READINGLIST -> ImportRowMappers::readingList;
            case CSV -> ImportRowMappers::anyCsv;
            default -> throw new IllegalArgumentException("a " + format.label() + " is not CSV");
        };
    }

    private static ImportedArticle pocket(ImportRow row) {
        String url = row.url("url");
        Instant added = row.unixTime("time_added");
        String status = row.get("status").toLowerCase(Locale.ROOT);
        if (!status.isEmpty() && !status.equals("unread") && !status.equals("archive")) {
            row.warn("status", "'" + status + "' is neither unread nor archive; imported as unread");
        }
        return new ImportedArticle(
                null,
                title(row, "title", url),
                url,
                "",
                tags(row, ImportRow.split(row.get("tags"), "|")),
                status.equals("archive"),
                null,
                null,
                added);
    }

    private static ImportedArticle instapaper(ImportRow row) {
        String url = row.url("url");
        Instant added = row.unixTime("timestamp");
        List<String> tags = new ArrayList<>(jsonTags(row));
        String folder = row.get("folder");
        boolean read = folder.equalsIgnoreCase("Archive");
        boolean starred = folder.equalsIgnoreCase("Starred");
        if (!read && !starred && !folder.isEmpty() && !folder.equalsIgnoreCase("Unread")) {
            tags.add(folder);
        }
        return new ImportedArticle(
                null,
                title(row, "title", url),
                url,
                ImportText.summary(row.get("selection")),
                tags(row, tags),
                read,
                null,
                null,
                added,
                null,
                null,
                List.of(),
                starred);
    }

    private static List<String> jsonTags(ImportRow row) {
        String json = row.get("tags");
        if (json.isEmpty()) {
            return List.of();
        }
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonArray()) {
                row.warn("tags", "tags must be a JSON array, like [\"a\",\"b\"]; imported without them");
                return List.of();
            }
            List<String> tags = new ArrayList<>();
            JsonArray array = parsed.getAsJsonArray();
            for (JsonElement tag : array) {
                String name = tag.isJsonObject() && tag.getAsJsonObject().has("name")
                        ? tag.getAsJsonObject().get("name").getAsString()
                        : tag.getAsString();
                if (!name.isBlank()) {
                    tags.add(name.strip());
                }
            }
            return tags;
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            row.warn("tags", "tags must be a JSON array, like [\"a\",\"b\"]; imported without them");
            return List.of();
        }
    }

    private static ImportedArticle raindrop(ImportRow row) {
        String url = row.url("url");
        Instant added = row.isoTime("created");
        List<String> tags = new ArrayList<>(ImportRow.split(row.get("tags"), ","));
        String folder = row.get("folder");
        // "Unsorted" is Raindrop's inbox, where everything saved lands: as a tag it was noise (the forty-first walk).
        if (!folder.isEmpty() && !folder.equalsIgnoreCase("Unsorted")) {
            tags.add(folder);
        }
        String note = row.raw("note");
        return new ImportedArticle(
                null,
                title(row, "title", url),
                url,
                ImportText.summary(row.get("excerpt")),
                tags(row, tags),
                false,
                null,
                note.isBlank() ? null : note,
                added,
                null,
                null,
                List.of(),
                yes(row.get("favorite")));
    }

    private static ImportedArticle readingList(ImportRow row) {
        String id = unguard(row.get("id"));
        String url = unguard(row.get("url"));
        if (!url.isEmpty()) {
            url = ImportLinks.read(url);
        }
        String status = row.get("status");
        if (!status.equals("read") && !status.equals("unread")) {
            row.warn("status", "'" + status + "' is neither read nor unread; imported as unread");
        }
        String note = unguard(row.raw("note"));
        return new ImportedArticle(
                id.isEmpty() ? null : id,
                unguard(row.get("title")),
                url,
                "",
                ImportRow.split(unguard(row.get("tags")), "|"),
                status.equals("read"),
                row.isoTime("read_at"),
                note.isEmpty() ? null : note,
                null,
                null,
                null,
                List.of(),
                yes(row.get("starred")));
    }

    /**
     * Another CSV file, read by the names such lists use: the link (url, link, href, address…), and if
     * there, title or name, tags (split at "|" when it has one, else at ",", else at ";"), note or notes,
     * excerpt, description or summary, status ("read" or "archive" is read) and a date added.
     */
    private static ImportedArticle anyCsv(ImportRow row) {
        String url = row.url(row.first(LINK_COLUMNS));
        String tags = row.get(row.first(TAG_COLUMNS));
        String status = row.get(row.first(STATUS_COLUMNS)).toLowerCase(Locale.ROOT);
        String note = row.raw(row.first(NOTE_COLUMNS));
        String added = row.first(ADDED_COLUMNS);
        return new ImportedArticle(
                null,
                title(row, row.first(TITLE_COLUMNS), url),
                url,
                ImportText.summary(row.get(row.first(SUMMARY_COLUMNS))),
                tags(row, ImportRow.split(tags, tagSeparator(tags))),
                READ_STATUSES.contains(status),
                null,
                note.isBlank() ? null : note,
                added.equals(WALLABAG_CREATED) ? row.dayFirstTime(added) : row.anyTime(added),
                null,
                null,
                List.of(),
                yes(row.get(row.first(STAR_COLUMNS))));
    }

    @SafeVarargs
    private static Set<String> columns(List<String>... lists) {
        Set<String> all = new HashSet<>();
        for (List<String> names : lists) {
            all.addAll(names);
        }
        return Set.copyOf(all);
    }

    /** A yes in the words such files use: "true", "1", "yes" (Raindrop writes "true" and "false"). */
    private static boolean yes(String value) {
        // Excel writes its own language's TRUE: WAHR, VRAI, VERDADERO, VERO, WAAR.
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y", "wahr", "ja", "vrai", "oui", "verdadero", "sí", "si", "vero", "sim", "waar" ->
                true;
            default -> false;
        };
    }

    /** "|" when the tags hold one, else ",", else ";": "postgres;database" came in as one tag (the fifty-fifth walk). */
    private static String tagSeparator(String tags) {
        return tags.contains("|") ? "|" : tags.contains(",") ? "," : ";";
    }

    /** The row's tags as tags can be here; a split one is said, as a warning. */
    private static List<String> tags(ImportRow row, List<String> tags) {
        return ImportText.tags(tags, split -> row.warn("tags", split));
    }

    /** The row's title; a row without one takes its link, and says so, as a warning. */
    private static String title(ImportRow row, String column, String url) {
        return ImportText.title(row.get(column), url, untitled -> row.warn(column, untitled));
    }

    /** Undoes the export's formula guard: "'=x" was "=x". */
    static String unguard(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
