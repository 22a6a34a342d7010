package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.Debouncer;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.FxDebouncer;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.main.MainViewModel;
import dev.readinglist.ui.table.ArticleTableController;
import dev.readinglist.ui.theme.Theme;
import dev.readinglist.ui.theme.ThemeSwitcher;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.event.EventTarget;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.input.MouseEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * What the window remembers, saved a moment after it changes (and at quit), not only at quit: the
 * layout per user (size and place, divider, columns, sort, theme), and per library, keyed by its id,
 * the filters and the selected article. Both live in the config folder, never in the library file.
 */
final class WindowMemory {

    static final double MIN_WIDTH = 560;
    static final double MIN_HEIGHT = 360;

    private final Stage stage;
    private final SettingsFile layout;
    private final Path folder;
    private final Background background;
    private final Debouncer quiet;
    private final Dialogs notices;
    private final MainViewModel model;
    private final ArticleTableController table;
    private final SplitPane split;
    private SettingsFile shown;
    private boolean restoring;
    /** NaN until the user sets it: until then the pane takes a share of whatever width the window has. */
    private double detailWidth = Double.NaN;

    /** The mouse holds the divider: only then is a move of it the user's width for the pane. */
    private boolean dragging;

    WindowMemory(
            Stage stage,
            SettingsFile layout,
            Path folder,
            Background background,
            Dialogs notices,
            MainViewModel model,
            ArticleTableController table,
            SplitPane split) {
        this.stage = stage;
        this.layout = layout;
        this.folder = folder;
        this.background = background;
        this.quiet = new FxDebouncer(Duration.millis(800));
        this.notices = notices;
        this.model = model;
        this.table = table;
        this.split = split;
    }

    Theme theme() {
        try {
            return Theme.valueOf(layout.get("theme", Theme.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            return Theme.SYSTEM;
        }
    }

    /** The theme chosen last time, used now and saved whenever the user picks another. */
    void followTheme(ObjectProperty<Theme> chosen, ThemeSwitcher switcher) {
        chosen.set(theme());
        switcher.use(chosen.get());
        chosen.addListener((obs, old, now) -> {
            switcher.use(now);
            theme(now);
        });
    }

    /** Each library opened brings back what its window showed. */
    void followLibrary(LibraryConnection connection) {
        connection.libraryProperty().addListener((obs, old, now) -> {
            if (now != null) {
                libraryOpened(now);
            }
        });
    }

    private void theme(Theme theme) {
        layout.put("theme", theme.name());
        saveSoon();
    }

    /** Before the window shows: its size and place (on a screen that is still there), and the columns. */
    void restoreLayout() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width =
                Math.min(layout.number("window.width", Math.min(1480, screen.getWidth() * 0.9)), screen.getWidth());
        double height =
                Math.min(layout.number("window.height", Math.min(900, screen.getHeight() * 0.88)), screen.getHeight());
        // Narrower, the toolbar's search, switch and filters no longer fit even with the progress and counts left out.
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setWidth(width);
        stage.setHeight(height);
        double x = layout.number("window.x", Double.NaN);
        double y = layout.number("window.y", Double.NaN);
        if (!Double.isNaN(x)
                && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height))
                        .isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(layout.get("window.maximized", "false")));
        table.restoreLayout(layout);
    }

    /**
     * Once shown, the divider: the detail pane keeps its width in pixels, whatever the window's
     * width (a fraction made it jump at every resize). Then every change is watched.
     */
    void restoreSplitAndWatch() {
        if (split.getWidth() > 0) {
            restoreSplit();
        } else {
            // Before the first layout the split has no width, and a fraction of a guess drifts at every start.
            InvalidationListener once = new InvalidationListener() {
                @Override
                public void invalidated(Observable obs) {
                    if (split.getWidth() > 0) {
                        split.widthProperty().removeListener(this);
                        restoreSplit();
                    }
                }
            };
            split.widthProperty().addListener(once);
        }
        InvalidationListener changed = obs -> saveSoon();
        for (Observable each : new Observable[] {
            stage.widthProperty(),
            stage.heightProperty(),
            stage.xProperty(),
            stage.yProperty(),
            stage.maximizedProperty(),
            split.getDividers().getFirst().positionProperty(),
            table.table().getSortOrder(),
            table.table().getColumns(),
            model.statusProperty(),
            model.selectedTags(),
            model.anyTagProperty(),
            table.table().getSelectionModel().selectedItemProperty()
        }) {
            each.addListener(changed);
        }
        for (TableColumn<?, ?> column : table.table().getColumns()) {
            column.widthProperty().addListener(changed);
            column.visibleProperty().addListener(changed);
        }
        table.table().getColumns().addListener((ListChangeListener<TableColumn<?, ?>>) change -> saveSoon());
    }

    /**
     * The detail pane's width in pixels, as it was. From then on it keeps that width when the window
     * is resized (a wider window widens the table, where columns that stepped aside come back), as
     * far as the table keeps three fifths of a narrow window, and takes the width the user drags it
     * to. Moves the split makes itself, to fit a narrower window, are not the user's.
     */
    private void restoreSplit() {
        detailWidth = layout.number("detail.width", Double.NaN);
        placeDivider();
        split.widthProperty().addListener((obs, old, now) -> placeDivider());
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, press -> dragging = onDivider(press.getTarget()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, release -> dragging = false);
        split.getDividers().getFirst().positionProperty().addListener((obs, old, now) -> {
            if (dragging && split.getWidth() > 0) {
                detailWidth = split.getWidth() * (1 - now.doubleValue()) - dividerHalf();
            }
        });
    }

    private void placeDivider() {
        double width = split.getWidth();
        if (width <= 0) {
            return;
        }
        // The first layouts see the window's preferred size, larger than a small screen allows.
        double pane = Double.isNaN(detailWidth) ? Math.clamp(width * 0.32, DetailSlot.MIN_WIDTH, 460) : detailWidth;
        // A pane widened in a wide window left a narrow one's table the title alone.
        pane = Math.min(pane, Math.max(DetailSlot.MIN_WIDTH, width * 0.4));
        split.setDividerPositions(Math.clamp((width - pane - dividerHalf()) / width, 0.3, 0.85));
    }

    private boolean onDivider(EventTarget target) {
        for (Node node = target instanceof Node n ? n : null; node != null && node != split; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** The divider sits half its own width beside the pane. */
    private double dividerHalf() {
        Node divider = split.lookup(".split-pane-divider");
        return divider == null ? 0 : divider.getLayoutBounds().getWidth() / 2;
    }

    /** A library opened: what its window showed last time comes back, read off the FX thread. */
    private void libraryOpened(Library library) {
        String id = library.id();
        background.run(
                () -> SettingsFile.forLibrary(folder, id),
                settings -> {
                    shown = settings;
                    restoring = true;
                    try {
                        model.restoreFilters(settings);
                    } finally {
                        restoring = false;
                    }
                    tellTagsKept();
                },
                Background.ignoreFailure("SettingsFile logs an unreadable file and gives defaults"));
    }

    /**
     * Tags chosen last time narrow the list again, said once: the fifty-second walk's window opened on 4 of 32
     * articles, "Tags (1)" its only clue. The read and starred filters show as pressed buttons.
     */
    private void tellTagsKept() {
        List<String> tags = List.copyOf(model.selectedTags());
        if (tags.isEmpty()) {
            return;
        }
        String which = tags.size() == 1
                ? "articles tagged " + Formats.inNotice(tags.getFirst())
                : "articles with the " + tags.size() + " tags you chose";
        notices.notice(
                "Only " + which + " are shown, as when you last closed the window",
                Optional.of(new Dialogs.Action(
                        "Show all", () -> model.selectedTags().clear())));
    }

    private void saveSoon() {
        if (!restoring) {
            quiet.restart(this::save);
        }
    }

    /** Captures now, on the FX thread; writes on the worker. */
    void save() {
        layout.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            layout.put("window.x", stage.getX());
            layout.put("window.y", stage.getY());
            layout.put("window.width", stage.getWidth());
            layout.put("window.height", stage.getHeight());
        }
        if (detailWidth > 0) {
            layout.put("detail.width", detailWidth);
        }
        table.saveLayout(layout);
        SettingsFile library = shown;
        if (library != null) {
            model.saveFilters(library, table.selectedRows());
        }
        background.run(
                () -> {
                    layout.save();
                    if (library != null) {
                        library.save();
                    }
                    return null;
                },
                done -> {},
                Background.ignoreFailure(
                        "the worker logged it; the window keeps working and tries at the next change"));
    }
}
