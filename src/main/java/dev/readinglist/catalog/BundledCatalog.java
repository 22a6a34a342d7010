package dev.readinglist.catalog;

import dev.readinglist.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The catalog that ships inside the app: CodersSecret's Backend Articles. */
public final class BundledCatalog {

    static final String RESOURCE = "coderssecret-backend.json";

    private BundledCatalog() {}

    public static Catalog load() {
        try (InputStream in = BundledCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled catalog " + RESOURCE + " is missing from the build");
            }
            return CatalogReader.read(in.readAllBytes(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled catalog", e);
        }
    }
}
