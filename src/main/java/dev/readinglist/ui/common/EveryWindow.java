package dev.readinglist.ui.common;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;

/** Sets up each window the app opens from now on, once: a tooltip or a menu is added each time it shows. */
public final class EveryWindow {

    private EveryWindow() {}

    public static void setUp(Object key, Consumer<Window> setUp) {
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
