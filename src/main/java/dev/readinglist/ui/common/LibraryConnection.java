package dev.readinglist.ui.common;

import dev.readinglist.library.Library;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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

    /** True while a library is open and can be written. */
    public BooleanBinding writableProperty() {
        return library.isNotNull().and(readOnlyProperty().not());
    }

    /** True while the open library cannot be written (a disk mounted read-only): it is read, not edited. */
    public BooleanBinding readOnlyProperty() {
        return Bindings.createBooleanBinding(
                () -> library.get() != null && library.get().readOnly(), library);
    }
}
