package dev.readinglist.model;

/** The files Reading List can export. */
public enum ExportFormat {
    /** The notes CSV (id,title,url,tags,status,read_at,note,note_updated_at,starred), as export-notes writes it. */
    CSV,
    /** A Netscape bookmark file, which every browser and read-later service imports. */
    BOOKMARKS,
    /** A folder of Markdown files with YAML front matter, one per article, for Obsidian and Logseq. */
    MARKDOWN,
    /** Everything, as JSON with a format_version; our own import reads it back losslessly. */
    JSON;

    /** What an export writes when not told otherwise: every article, except the notes CSV's noted ones. */
    public ExportScope defaultScope() {
        return this == CSV ? ExportScope.WITH_NOTES : ExportScope.ALL;
    }

    public String label() {
        return switch (this) {
            case CSV -> "notes CSV";
            case BOOKMARKS -> "bookmark file";
            case MARKDOWN -> "Markdown folder";
            case JSON -> "JSON";
        };
    }
}
