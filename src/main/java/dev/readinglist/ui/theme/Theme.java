package dev.readinglist.ui.theme;

/** The window's look: follow the OS, or a fixed light or dark one. */
public enum Theme {
    SYSTEM,
    LIGHT,
    DARK
}
