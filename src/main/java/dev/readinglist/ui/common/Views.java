package dev.readinglist.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an FXML view that sits beside its controller, with a controller the caller builds. */
public final class Views {

    private Views() {}

    public record Loaded<C>(Parent root, C controller) {}

    public static <C> Loaded<C> load(Class<C> controllerType, String fxml, Supplier<C> controller) {
        URL location = controllerType.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("missing view " + fxml + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(type -> {
            if (type != controllerType) {
                throw new IllegalStateException(fxml + " asks for " + type.getName());
            }
            return controller.get();
        });
        try {
            Parent root = loader.load();
            TextDirection.guard(loader.getNamespace().values());
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
