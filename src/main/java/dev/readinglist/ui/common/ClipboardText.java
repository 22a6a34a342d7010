package dev.readinglist.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Plain text put on the system clipboard: links, ids, a note kept there. */
public final class ClipboardText {

    private ClipboardText() {}

    public static void put(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
