package dev.readinglist.ui;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;

/** Sets up each window the app opens from now on, once: a tooltip or a menu is added each time it shows. */
final class EveryWindow {

    private EveryWindow() {}

    static void setUp(Object key, Consumer<Window> setUp) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> {
                    if (window.getProperties().putIfAbsent(key, Boolean.TRUE) == null) {
                        setUp.accept(window);
                    }
                });
            }
        });
    }
}
