package dev.readinglist.ui.common;

import dev.readinglist.library.Library;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The open library, once it is open: the window appears before the database is ready. */
public final class LibraryConnection {

    private final ReadOnlyObjectWrapper<Library> library = new ReadOnlyObjectWrapper<>();

    public Library get() {
        return library.get();
    }

    public boolean isOpen() {
        return library.get() != null;
    }

    public void open(Library opened) {
        library.set(opened);
    }

    public ReadOnlyObjectProperty<Library> libraryProperty() {
        return library.getReadOnlyProperty();
    }
}
