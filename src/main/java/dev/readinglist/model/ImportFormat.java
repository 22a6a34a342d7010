package dev.readinglist.model;

/** The files Reading List can import. */
public enum ImportFormat {
    POCKET,
    INSTAPAPER,
    RAINDROP,
    READINGLIST,
    CATALOG;

    public String label() {
        return switch (this) {
            case POCKET -> "Pocket export";
            case INSTAPAPER -> "Instapaper export";
            case RAINDROP -> "Raindrop export";
            case READINGLIST -> "Reading List export";
            case CATALOG -> "catalog file";
        };
    }
}
