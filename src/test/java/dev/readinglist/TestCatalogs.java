package dev.readinglist;

import dev.readinglist.catalog.CatalogReader;
import dev.readinglist.model.Catalog;
import java.nio.charset.StandardCharsets;

/** Small catalogs written in the bundled catalog's own JSON format. */
public final class TestCatalogs {

    private TestCatalogs() {}

    public static Catalog of(String json) {
        return CatalogReader.read(json.getBytes(StandardCharsets.UTF_8), "test-catalog.json");
    }
}
