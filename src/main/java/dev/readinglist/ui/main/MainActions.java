package dev.readinglist.ui.main;

import dev.readinglist.ui.theme.Theme;

/** What the main window's menus ask of the window around them. */
public interface MainActions {

    void exportNotes();

    void importFile();

    void addArticle();

    void deleteArticles();

    void showProgress();

    void showShortcuts();

    void showAbout();

    void quit();

    void useTheme(Theme theme);
}
