package dev.readinglist.ui.details;

import dev.readinglist.model.TextFolding;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The tag chips hold their places while the pointer stays on them after a × removed one: the next chip slid left,
 * its × under the pointer, and a second click removed that tag too (the thirty-second walk). The removed chip's
 * room stays, empty, until the pointer leaves the chips or another article shows. And a × comes under a still
 * pointer without taking its next click.
 */
final class HeldChipRoom {

    private final Pane chips;
    private String article;
    private String tag;
    private int at = -1;
    private double width;
    private double height;

    HeldChipRoom(Pane chips, Runnable refill) {
        this.chips = chips;
        chips.setOnMouseExited(exit -> {
            if (at >= 0) {
                at = -1;
                refill.run();
            }
        });
    }

    /**
     * Only a pointer that moved onto {@code remove} (a chip's ×) presses it: a tag added with Enter pushed the field
     * down, the new chip's × came under a pointer still where the field had been, and the next click, meant for the
     * field, removed the tag (the thirty-third walk).
     */
    static void clickedOnlyAfterAMove(Node remove) {
        boolean[] reached = {false};
        remove.addEventFilter(MouseEvent.MOUSE_MOVED, move -> reached[0] = true);
        remove.addEventFilter(MouseEvent.MOUSE_PRESSED, press -> {
            // A tap on a touch screen moves no pointer first: it is aimed, and counts.
            if (!reached[0] && !press.isSynthesized()) {
                press.consume();
            }
        });
    }

    /** The × of {@code chip}, the chip of {@code tag} on {@code article}, was clicked: its room is kept. */
    void removing(String article, String tag, Node chip) {
        if (!chip.isHover()) {
            return; // the keyboard's Delete: nothing is under a pointer
        }
        this.article = article;
        this.tag = TextFolding.tagKey(tag);
        at = chips.getChildren().indexOf(chip);
        width = chip.getLayoutBounds().getWidth();
        height = chip.getLayoutBounds().getHeight();
    }

    /** After the chips were made for {@code article}, with {@code userTags}: the room goes where the chip was. */
    void keep(String article, List<String> userTags) {
        if (at < 0
                || !article.equals(this.article)
                || userTags.stream().map(TextFolding::tagKey).anyMatch(key -> key.equals(tag))
                || !chips.isHover()) {
            at = -1;
            return;
        }
        Region room = new Region();
        room.setMinSize(width, height);
        room.setPrefSize(width, height);
        room.setMaxSize(width, height);
        room.setMouseTransparent(true);
        chips.getChildren().add(Math.min(at, chips.getChildren().size()), room);
    }
}
