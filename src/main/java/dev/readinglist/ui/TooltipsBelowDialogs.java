package dev.readinglist.ui;

import dev.readinglist.ui.common.EveryWindow;
import dev.readinglist.ui.common.FxBackground;
import javafx.scene.control.Tooltip;
import javafx.stage.Modality;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * A tooltip of a window that a dialog blocks never shows over the dialog. The pointer left resting
 * on a long title when a dialog opens kept the row's tooltip timer running, and the tooltip then
 * showed on top of the dialog (an earlier walk), covering what it asked. Nor does a tooltip take Esc.
 */
final class TooltipsBelowDialogs {

    private TooltipsBelowDialogs() {}

    /** From now on: a dialog hides the tooltips it blocks, and such a tooltip hides as it shows. */
    static void keepEveryTooltip() {
        EveryWindow.setUp(TooltipsBelowDialogs.class, window -> {
            if (window instanceof Tooltip tooltip) {
                // Esc is the note's, the search's and the list's: under a resting pointer a tooltip took the first Esc
                // to close itself, and the note kept the keyboard (the fifty-ninth walk). It goes as the pointer does.
                tooltip.setHideOnEscape(false);
            }
            window.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> showing(window));
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> shown(window));
        });
    }

    /** A blocked tooltip is not seen for the moment it is shown. */
    private static void showing(Window window) {
        if (window instanceof Tooltip tooltip) {
            tooltip.setOpacity(blocked(tooltip.getOwnerWindow()) ? 0 : 1);
        }
    }

    private static void shown(Window window) {
        if (window instanceof Tooltip tooltip && blocked(tooltip.getOwnerWindow())) {
            // Not within its own showing: the popup binds to its owner's focus after this handler.
            FxBackground.later(tooltip::hide);
        } else if (isDialog(window)) {
            Window.getWindows().stream()
                    .filter(each -> each instanceof Tooltip tooltip && blocked(tooltip.getOwnerWindow()))
                    .toList()
                    .forEach(Window::hide);
        }
    }

    /** Whether a dialog is open that is neither this window nor one of the windows it belongs to. */
    static boolean blocked(Window owner) {
        return owner != null && Window.getWindows().stream().anyMatch(each -> isDialog(each) && !isOrOwns(each, owner));
    }

    private static boolean isDialog(Window window) {
        return window instanceof Stage stage && stage.isShowing() && stage.getModality() != Modality.NONE;
    }

    private static boolean isOrOwns(Window dialog, Window owner) {
        for (Window each = owner; each != null; each = ownerOf(each)) {
            if (each == dialog) {
                return true;
            }
        }
        return false;
    }

    private static Window ownerOf(Window window) {
        return switch (window) {
            case Stage stage -> stage.getOwner();
            case PopupWindow popup -> popup.getOwnerWindow();
            default -> null;
        };
    }
}
