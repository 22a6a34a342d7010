package dev.readinglist.ui.theme;

import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Applies the light or dark style sheet, following the OS setting while the theme is SYSTEM. */
public final class ThemeSwitcher {

    private static final String BASE =
            ThemeSwitcher.class.getResource("app.css").toExternalForm();
    private static final String DARK =
            ThemeSwitcher.class.getResource("dark.css").toExternalForm();

    private final Scene scene;
    private Theme theme = Theme.SYSTEM;

    public ThemeSwitcher(Scene scene) {
        this.scene = scene;
        scene.getStylesheets().add(BASE);
        Platform.getPreferences().colorSchemeProperty().addListener((obs, old, now) -> apply());
    }

    public void use(Theme chosen) {
        theme = chosen;
        apply();
    }

    public Theme theme() {
        return theme;
    }

    /** Also used for dialogs and other windows, so they match the main window. */
    public void style(Scene other) {
        other.getStylesheets().setAll(scene.getStylesheets());
    }

    public boolean isDark() {
        return theme == Theme.DARK
                || theme == Theme.SYSTEM && Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
    }

    private void apply() {
        scene.getStylesheets().remove(DARK);
        if (isDark()) {
            scene.getStylesheets().add(DARK);
        }
    }
}
