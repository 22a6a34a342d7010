package dev.readinglist.model;

/** The files Reading List can import. */
public enum ImportFormat {
    POCKET,
    POCKET_HTML,
    INSTAPAPER,
    RAINDROP,
    READINGLIST,
    CATALOG,
    BOOKMARKS,
    OMNIVORE,
    PINBOARD,
    WALLABAG,
    KARAKEEP,
    LINKWARDEN,
    JSON,
    /** Any other CSV file with a column of links (url, link, href, address…). */
    CSV;

    public String label() {
        return switch (this) {
            case POCKET -> "Pocket export";
            case POCKET_HTML -> "Pocket HTML export";
            case INSTAPAPER -> "Instapaper export";
            case RAINDROP -> "Raindrop export";
            case READINGLIST -> "Reading List export";
            case CATALOG -> "Catalog file";
            case BOOKMARKS -> "Bookmark file";
            case OMNIVORE -> "Omnivore export";
            case PINBOARD -> "Pinboard export";
            case WALLABAG -> "wallabag export";
            case KARAKEEP -> "Karakeep export";
            case LINKWARDEN -> "Linkwarden export";
            case JSON -> "Reading List JSON export";
            case CSV -> "CSV file";
        };
    }
}
