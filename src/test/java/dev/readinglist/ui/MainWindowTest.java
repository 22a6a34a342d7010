package dev.readinglist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.readinglist.io.CsvNotesExporter;
import dev.readinglist.library.Devices;
import dev.readinglist.library.Library;
import dev.readinglist.library.SettingsFile;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.TagCount;
import dev.readinglist.ui.common.AfterFrames;
import dev.readinglist.ui.common.ArticleRow;
import dev.readinglist.ui.common.Command;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.FxBackground;
import dev.readinglist.ui.details.DetailViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on JavaFX's headless platform, driven by keyboard and mouse, checked against the database file. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    static final String CACHING = "caching-strategies-production-guide";
    /** The table's mark on a row shown only because it was just changed. */
    private static final PseudoClass KEPT = PseudoClass.getPseudoClass("kept");

    @TempDir
    Path dir;

    Path db;
    Path exportTarget;
    Path importSource;
    FxBackground background;
    MainWindow window;
    final List<String> opened = new ArrayList<>();
    int exits;
    volatile boolean noBrowser;

    Stage stage;
    AppContext context;

    @Start
    void start(Stage stage) {
        RestingPulse.install(); // as the app runs: the window must wake for all it does
        this.stage = stage;
        db = dir.resolve("rl.db");
        exportTarget = dir.resolve("exported.csv");
        background = new FxBackground();
        context = new AppContext(
                db,
                dir.resolve("settings"),
                background,
                background,
                (owner, title, folder, name) -> Optional.of(exportTarget),
                (owner, title) -> Optional.ofNullable(importSource),
                (owner, title, folder) -> Optional.of(dir.resolve("vault")),
                url -> {
                    if (noBrowser) {
                        throw new ReadingListException("no browser is set up (xdg-open exited with 3)");
                    }
                    opened.add(url);
                },
                folder -> {},
                Clock.systemUTC(),
                () -> exits++);
        window = MainWindow.open(stage, context, SettingsFile.forUser(context.settingsFolder()), null);
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.release(new KeyCode[0]); // no modifier may leak into the next test
        WaitForAsyncUtils.asyncFx(() -> window.quit()).get(10, TimeUnit.SECONDS);
        background.close();
    }

    @Test
    void typingFiltersTheTable(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").write("cach");
        waitFor(() -> table(robot).getItems().size() == 2);
        assertEquals(
                List.of("caching-strategies-production-guide", "cpu-cache-layers-l1-l2-l3-practical-guide"),
                table(robot).getItems().stream().map(ArticleRow::id).sorted().toList());
    }

    /**
     * The fifty-eighth walk pasted a link copied from the list into the search to see whether it had it, and searched
     * "coderssecret": "No articles match" both times. A link finds its article, site: the site's.
     */
    @Test
    void aPastedLinkFindsItsArticleAndSiteFindsTheSites(FxRobot robot) {
        loaded();
        TextField search = robot.lookup(".app-toolbar .text-field").queryAs(TextField.class);
        robot.clickOn(search);
        robot.interact(() -> search.setText(
                "https://coderssecret.com/blog/caching-strategies-production-guide?utm_source=newsletter"));
        waitFor(() -> table(robot).getItems().size() == 1);
        assertEquals("caching-strategies-production-guide", row(robot, 0).id());

        robot.interact(search::clear);
        robot.write("site:coderssecret cach");
        waitFor(() -> table(robot).getItems().size() == 2);
    }

    /** The ninth walk went back to the search with Ctrl+F and down again: it lost its place, on row 65. */
    @Test
    void downFromTheSearchKeepsThePlaceUnlessTheSearchChanged(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.DOWN, 5);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 5);
        ArticleRow sixth = row(robot, 5);

        robot.push(KeyCode.CONTROL, KeyCode.F).type(KeyCode.DOWN);
        waitFor(() -> table(robot).isFocused());
        assertEquals(
                List.of(sixth), List.copyOf(table(robot).getSelectionModel().getSelectedItems()));

        robot.push(KeyCode.CONTROL, KeyCode.F).write("cach");
        waitFor(() -> table(robot).getItems().size() == 2);
        robot.type(KeyCode.DOWN);
        waitFor(() -> table(robot).isFocused());
        assertEquals(0, table(robot).getSelectionModel().getSelectedIndex(), "a new search: its first match");
    }

    /** Enter in the search did nothing (the thirty-ninth walk): it goes to the results, as Down does, and opens none. */
    @Test
    void enterInTheSearchGoesToItsFirstMatch(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").write("cach");
        waitFor(() -> table(robot).getItems().size() == 2);
        robot.type(KeyCode.ENTER);
        waitFor(() -> table(robot).isFocused());
        assertEquals(0, table(robot).getSelectionModel().getSelectedIndex());
        assertEquals(List.of(), opened, "no link opened");
    }

    @Test
    void sortingByAColumnSortsInTheModelAndTheSelectionFollowsTheArticle(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        ArticleRow selected = row(robot, 0);

        // What a click on the Title header does: the table's sort order changes, and its sort policy asks the model.
        robot.interact(() -> table(robot)
                .getSortOrder()
                .setAll(table(robot).getColumns().stream()
                        .filter(column -> "title".equals(column.getId()))
                        .toList()));
        waitFor(() -> isSortedByTitle(robot));
        assertEquals(selected, table(robot).getSelectionModel().getSelectedItem(), "the same article stays selected");
        int at = table(robot).getItems().indexOf(selected);
        assertEquals(at, table(robot).getSelectionModel().getSelectedIndex());

        robot.clickOn(".text-field").write("zzzznothing");
        waitFor(() -> table(robot).getItems().isEmpty());
        assertTrue(table(robot).getSelectionModel().isEmpty(), "a result without the article selects nothing");
    }

    /** The fifty-eighth walk rested on a note's cell: its tooltip said "B-tree note draft …", the cell's own text. */
    @Test
    void aNoteShowsWholeInTheTooltipOfItsFirstLine(FxRobot robot) {
        loaded();
        String note = "B-tree note draft\nsecond line: page splits\nthird line";
        window.connection().get().setNote(CACHING, note);
        robot.interact(() -> {
            stage.setWidth(1900);
            column(robot, "note").setVisible(true);
        });
        waitFor(() -> robot.lookup(".table-cell")
                .match((TableCell<?, ?> c) -> "B-tree note draft …".equals(c.getText()))
                .tryQuery()
                .isPresent());
        TableCell<?, ?> cell = robot.lookup(".table-cell")
                .match((TableCell<?, ?> c) -> "B-tree note draft …".equals(c.getText()))
                .query();
        robot.moveTo(cell);
        robot.moveBy(3, 1);
        waitFor(() -> Window.getWindows().stream()
                .anyMatch(shown -> shown instanceof Tooltip tip && tip.isShowing() && note.equals(tip.getText())));
    }

    /**
     * An article without a date of publication shows the day it was saved under Published, faded, as newest first
     * sorts it: the sixtieth walk found two undated imports first and last, and nothing in the column said why.
     */
    @Test
    void anUndatedArticleShowsTheDayItWasSavedUnderPublished(FxRobot robot) {
        loaded();
        String id = window.connection()
                .get()
                .addArticle("Saved without a date", "https://example.com/undated", "", List.of());
        waitFor(() -> table(robot).getItems().size() == 32);
        String saved = Formats.date(window.connection().get().article(id).addedAt());
        PseudoClass faded = PseudoClass.getPseudoClass("saved");
        waitFor(() -> robot.lookup(".table-cell")
                .match((TableCell<?, ?> c) -> published(c, id))
                .tryQuery()
                .isPresent());
        TableCell<?, ?> cell = robot.lookup(".table-cell")
                .match((TableCell<?, ?> c) -> published(c, id))
                .query();
        assertEquals(saved, cell.getText());
        assertTrue(cell.getPseudoClassStates().contains(faded));
        robot.moveTo(cell);
        robot.moveBy(3, 1); // the pointer rests in the cell
        waitFor(() -> Window.getWindows().stream()
                .anyMatch(shown -> shown instanceof Tooltip tip
                        && tip.isShowing()
                        && tip.getText().startsWith("No date of publication: saved to your list on " + saved)));
        String catalog = row(robot, 1).id(); // below it: saved today, it sorts first
        TableCell<?, ?> dated = robot.lookup(".table-cell")
                .match((TableCell<?, ?> c) -> published(c, catalog))
                .query();
        assertEquals(Formats.date(window.connection().get().article(catalog).published()), dated.getText());
        assertFalse(dated.getPseudoClassStates().contains(faded));
        assertNull(dated.getTooltip());
    }

    private static boolean published(TableCell<?, ?> cell, String id) {
        return cell.getTableColumn() != null
                && "published".equals(cell.getTableColumn().getId())
                && cell.getTableRow() != null
                && cell.getTableRow().getItem() instanceof ArticleRow row
                && id.equals(row.id());
    }

    @Test
    void aTitleShowsInFullInATooltipOnceThePointerRestsOnIt(FxRobot robot) {
        loaded();
        TableCell<?, ?> cell = robot.lookup(".table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() != null
                        && "title".equals(c.getTableColumn().getId())
                        && c.getText() != null)
                .query();
        String title = cell.getText();
        robot.moveTo(cell);
        robot.moveBy(3, 1); // the pointer rests in the cell
        waitFor(() -> Window.getWindows().stream()
                .anyMatch(shown -> shown instanceof Tooltip tip && tip.isShowing() && title.equals(tip.getText())));
    }

    @Test
    void theSortMenuMarksTheOrderTheTableShows(FxRobot robot) {
        loaded();
        Menu sort = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> "_View".equals(menu.getText()))
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "_Sort".equals(item.getText()))
                .map(Menu.class::cast)
                .findFirst()
                .orElseThrow();
        assertEquals("Newest _published or added first", marked(sort));

        robot.interact(() -> item(sort, "_Title A–Z").fire());
        waitFor(() -> isSortedByTitle(robot));
        assertEquals("_Title A–Z", marked(sort));
        TableColumn<ArticleRow, ?> title = table(robot).getColumns().stream()
                .filter(column -> "title".equals(column.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(title), table(robot).getSortOrder(), "the header shows it too");

        robot.interact(() -> title.setSortType(TableColumn.SortType.DESCENDING)); // a second click on Title
        assertEquals("", marked(sort), "Z–A is no order the menu names");
        robot.interact(() -> table(robot)
                .getSortOrder()
                .setAll(table(robot).getColumns().stream()
                        .filter(column -> "minutes".equals(column.getId()))
                        .toList()));
        assertEquals("_Shortest read first", marked(sort));
        robot.interact(() -> {
            TableColumn<ArticleRow, ?> published = table(robot).getColumns().stream()
                    .filter(column -> "published".equals(column.getId()))
                    .findFirst()
                    .orElseThrow();
            published.setSortType(TableColumn.SortType.DESCENDING); // the Published header clicked twice
            table(robot).getSortOrder().setAll(List.of(published));
        });
        // It puts an article with no date last, where the menu's first order places it by the day it was added.
        assertEquals("", marked(sort), "the Published header is no order the menu names");
        robot.interact(() -> item(sort, "Newest _published or added first").fire());
        assertTrue(table(robot).getSortOrder().isEmpty());
        assertEquals("Newest _published or added first", marked(sort));
    }

    /** The fifty-ninth walk turned Note off while the list was sorted by it: the order stayed, with no arrow to say so. */
    @Test
    void turningOffTheSortedColumnTakesItsSortWithIt(FxRobot robot) {
        loaded();
        robot.interact(() -> stage.setWidth(1400));
        robot.interact(() -> table(robot) // its header clicked
                .getSortOrder()
                .setAll(table(robot).getColumns().stream()
                        .filter(column -> "note".equals(column.getId()))
                        .toList()));
        assertTrue(column(robot, "note").isVisible());
        robot.interact(() -> column(robot, "note").setVisible(false)); // View › Columns › Note
        assertTrue(table(robot).getSortOrder().isEmpty(), "newest first again");
        waitFor(() -> robot.lookup((Label label) ->
                        "Newest first again: Note, which sorted the list, is hidden".equals(label.getText()))
                .tryQuery()
                .isPresent());
    }

    /**
     * The headers were mouse-only and View › Sort named six one-way orders: Tags or Note, or any order turned around,
     * could not be had from the keyboard. By column › sorts by any column, and Reverse the order turns it around.
     */
    @Test
    void theSortMenuSortsByAnyColumnAndTurnsAnyOrderAround(FxRobot robot) {
        loaded();
        Menu sort = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> "_View".equals(menu.getText()))
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "_Sort".equals(item.getText()))
                .map(Menu.class::cast)
                .findFirst()
                .orElseThrow();
        Menu byColumn = (Menu) item(sort, "By _column");
        TableColumn<?, ?> tags = column(robot, "tags");
        robot.interact(() -> item(byColumn, "Tags").fire());
        assertEquals(List.of(tags), table(robot).getSortOrder());
        assertEquals(TableColumn.SortType.ASCENDING, tags.getSortType());
        assertEquals("Tags", marked(byColumn));

        robot.interact(() -> item(sort, "_Reverse the order").fire());
        assertEquals(List.of(tags), table(robot).getSortOrder());
        assertEquals(TableColumn.SortType.DESCENDING, tags.getSortType(), "turned around");
        assertEquals("Tags", marked(byColumn), "still by Tags");

        robot.interact(() -> item(sort, "Newest _published or added first").fire());
        assertEquals("", marked(byColumn), "the default order follows no column");
        robot.interact(() -> item(sort, "_Reverse the order").fire());
        TableColumn<?, ?> published = column(robot, "published");
        assertEquals(List.of(published), table(robot).getSortOrder(), "newest first, turned around: oldest first");
        assertEquals(TableColumn.SortType.ASCENDING, published.getSortType());
        waitFor(() -> row(robot, 0).article().published() != null
                && !row(robot, 0)
                        .article()
                        .published()
                        .isAfter(row(robot, 1).article().published()));
    }

    private static Menu editMenu(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> "_Edit".equals(menu.getText()))
                .findFirst()
                .orElseThrow();
    }

    private static MenuItem item(Menu menu, String text) {
        return menu.getItems().stream()
                .filter(item -> text.equals(item.getText()))
                .findFirst()
                .orElseThrow();
    }

    /** The text of the menu's selected item, or "" when none is. */
    private static String marked(Menu menu) {
        return menu.getItems().stream()
                .filter(item -> item instanceof RadioMenuItem radio && radio.isSelected())
                .map(MenuItem::getText)
                .findFirst()
                .orElse("");
    }

    private boolean isSortedByTitle(FxRobot robot) {
        List<String> titles = table(robot).getItems().stream()
                .map(r -> r.titleProperty().get())
                .toList();
        return titles.equals(
                titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    @Test
    void theStatusSwitchAndTagFilterNarrowTheTable(FxRobot robot) {
        loaded();
        robot.interact(() -> window.mainModel().setRead(List.of(row(robot, 0)), true));
        waitFor(() -> button(robot, "Read 1") != null);
        robot.clickOn(button(robot, "Read 1"));
        waitFor(() -> table(robot).getItems().size() == 1);
        robot.clickOn(button(robot, "Unread 30"));
        waitFor(() -> table(robot).getItems().size() == 30);
        robot.clickOn(button(robot, "All 31"));

        // The tag filter, by keyboard only: open, type to find, Enter checks, Esc closes.
        robot.clickOn(".table-view");
        robot.push(KeyCode.CONTROL, KeyCode.G);
        waitFor(() -> robot.lookup("Find a tag").tryQuery().isPresent() || findTag(robot) != null);
        waitFor(() -> findTag(robot).isFocused());
        robot.write("redi");
        robot.type(KeyCode.ENTER);
        waitFor(() -> table(robot).getItems().size() == 4);
        robot.type(KeyCode.ESCAPE);
        waitFor(() ->
                findTag(robot) == null || !findTag(robot).getScene().getWindow().isShowing());
        assertEquals(
                "Tags (1) ▾", robot.lookup("#tagButton").queryAs(Button.class).getText());
        assertEquals(
                "Only articles tagged “Redis”",
                robot.lookup("#tagButton").queryAs(Button.class).getTooltip().getText());
        // Back where Ctrl+G was pressed: on the Tags button, the forty-seventh walk's Down went nowhere.
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(table(robot), stage.getScene().getFocusOwner());

        robot.push(KeyCode.CONTROL, KeyCode.G);
        waitFor(() -> findTag(robot) != null && findTag(robot).isFocused());
        robot.write("python");
        // The tag checked stays in sight above what is found, and what is found has the keys (the thirty-seventh
        // walk: typed away, "Tags (2)" showed one checked tag of two).
        ListView<?> tags = robot.lookup(".tag-filter .list-view").queryAs(ListView.class);
        waitFor(() -> tags.getItems().size() == 2);
        assertEquals("Redis", ((TagCount) tags.getItems().getFirst()).tag());
        assertEquals("Python", ((TagCount) tags.getSelectionModel().getSelectedItem()).tag());
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
        waitFor(() -> table(robot).getItems().size() == 2); // Redis and Python: both tags
        robot.clickOn("any");
        waitFor(() -> table(robot).getItems().size() > 4); // either tag
        robot.clickOn("Clear");
        waitFor(() -> table(robot).getItems().size() == 31);
        robot.type(KeyCode.ESCAPE);
    }

    /**
     * The thirty-fourth walk checked a tag with Space from the search field, and the space went into the search too:
     * it showed no prompt and an × that cleared nothing anyone could see.
     */
    @Test
    void keysTypedInTheTagsListStayThere(FxRobot robot) {
        loaded();
        TextField search = robot.lookup(".app-toolbar .text-field").queryAs(TextField.class);
        robot.clickOn(search);
        robot.push(KeyCode.CONTROL, KeyCode.G);
        waitFor(() -> findTag(robot) != null && findTag(robot).isFocused());
        robot.write("redis").type(KeyCode.DOWN).type(KeyCode.SPACE);
        waitFor(() -> table(robot).getItems().size() == 4);
        robot.type(KeyCode.ESCAPE);
        waitFor(() ->
                findTag(robot) == null || !findTag(robot).getScene().getWindow().isShowing());
        assertEquals("", search.getText());
    }

    /** The seventy-fourth walk typed "ubersicht" into the tags list and read "No tag matches" beside Übersicht. */
    @Test
    void theTagsListFindsATagAsTagsAreMatchedWithoutAccentsOrWidths(FxRobot robot) {
        loaded();
        window.connection().get().addArticle("Tagged abroad", "https://example.de/t", "", List.of("Übersicht", "ＴＡＧ"));
        waitFor(() -> table(robot).getItems().size() == 32);
        robot.push(KeyCode.CONTROL, KeyCode.G);
        waitFor(() -> findTag(robot) != null && findTag(robot).isFocused());
        ListView<?> tags = robot.lookup(".tag-filter .list-view").queryAs(ListView.class);
        robot.write("ubersicht");
        waitFor(() -> tags.getItems().size() == 1);
        assertEquals("Übersicht", ((TagCount) tags.getItems().getFirst()).tag());
        robot.interact(() -> findTag(robot).setText("tag"));
        waitFor(() ->
                tags.getItems().stream().anyMatch(tag -> ((TagCount) tag).tag().equals("ＴＡＧ")));
        robot.type(KeyCode.ESCAPE);
    }

    /** The seventeenth walk's long tag widened the Tags list past its edge, and every count went out of sight. */
    @Test
    void aLongTagLeavesEveryCountInTheTagsListInSight(FxRobot robot) {
        String id = firstRowShown(robot);
        window.connection()
                .get()
                .tagArticles(List.of(id), "a-very-long-tag-name-that-goes-on-and-on-and-on-and-on", true);
        robot.push(KeyCode.CONTROL, KeyCode.G);
        waitFor(() -> findTag(robot) != null && findTag(robot).isFocused());
        Node list = robot.lookup(".tag-filter .list-view").query();
        waitFor(() -> robot.lookup(".tag-filter .tag-count").queryAll().size() > 3);
        Bounds shown = list.localToScene(list.getLayoutBounds());
        for (Node count : robot.lookup(".tag-filter .tag-count").queryAll()) {
            if (count.isVisible()
                    && count.getScene() != null
                    && ((Label) count).getText() != null
                    && !((Label) count).getText().isEmpty()) {
                Bounds at = count.localToScene(count.getLayoutBounds());
                assertTrue(at.getMaxX() <= shown.getMaxX(), () -> "a count at " + at + " beyond the list " + shown);
            }
        }
        // Cut with "…", it shows whole on hover (the eighteenth walk).
        assertTrue(
                robot.lookup(".tag-filter .list-cell").queryAll().stream()
                        .anyMatch(cell -> cell instanceof ListCell<?> c
                                && c.getTooltip() != null
                                && c.getTooltip()
                                        .getText()
                                        .equals("a-very-long-tag-name-that-goes-on-and-on-and-on-and-on")),
                "the long tag's row has its whole name as a tooltip");
        robot.type(KeyCode.ESCAPE);
    }

    private static TextField findTag(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof TextField t && "Find a tag".equals(t.getPromptText()))
                .tryQueryAs(TextField.class)
                .orElse(null);
    }

    @Test
    void spaceAndCheckboxClicksPersist(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        String first = row(robot, 0).id();
        robot.type(KeyCode.SPACE);
        waitFor(() -> readInStore(first));

        String second = row(robot, 1).id();
        CheckBox box =
                robot.lookup(".table-row-cell").nth(1).lookup(".check-box").queryAs(CheckBox.class);
        robot.clickOn(box);
        waitFor(() -> readInStore(second));
        assertTrue(readInStore(first));
    }

    /**
     * Ctrl+Down moves the keyboard's ring, not the selection, as Ctrl+End did: Space then marked the selected row, out
     * of sight, and not the one the ring showed (the thirtieth walk). Space acts on the row with the ring; Ctrl+End
     * and Ctrl+Home select, as End and Home do (the thirty-first).
     */
    @Test
    void spaceActsOnTheRowWithTheFocusRingAndCtrlEndSelects(FxRobot robot) {
        String first = firstRowShown(robot);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        int last = table(robot).getItems().size() - 1;
        String lastId = row(robot, last).id();
        robot.press(KeyCode.CONTROL).type(KeyCode.DOWN).release(KeyCode.CONTROL); // the ring alone moves
        waitFor(() -> table(robot).getFocusModel().getFocusedIndex() == 1);
        String second = row(robot, 1).id();
        robot.type(KeyCode.SPACE);
        waitFor(() -> readInStore(second));
        assertEquals(List.of(1), List.copyOf(table(robot).getSelectionModel().getSelectedIndices()));
        assertFalse(readInStore(first), "the row selected before keeps its mark");
        // Ctrl+End selects the last row, as End does (the thirty-first walk), and Space marks it.
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == last);
        assertEquals(lastId, window.detailModel().articleProperty().get().id(), "the pane shows it");
        robot.type(KeyCode.SPACE);
        waitFor(() -> readInStore(lastId));
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        // A capital N is N: F1 says N, and Shift+N did nothing.
        robot.press(KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 2);
    }

    /**
     * Under Unread a row ticked stays, faded as on its way out, and is the selection, so the pane shows what the click
     * changed: it looked like any other row, and the pane went on showing another article (the twenty-sixth and
     * twenty-seventh walks).
     */
    @Test
    void aRowTickedUnderUnreadIsSelectedAndMarkedKeptUntilTheListChanges(FxRobot robot) {
        loaded();
        robot.clickOn(button(robot, "Unread 31"));
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        ArticleRow second = row(robot, 1);
        robot.clickOn(
                robot.lookup(".table-row-cell").nth(1).lookup(".check-box").queryAs(CheckBox.class));
        waitFor(() -> readInStore(second.id()));
        assertEquals(List.of(second), table(robot).getSelectionModel().getSelectedItems());
        assertTrue(table(robot).isFocused(), "Space goes on from the row clicked");
        waitFor(() -> isKept(robot, second));
        assertEquals(31, table(robot).getItems().size());
        assertFalse(isKept(robot, row(robot, 0)), "the others are as they were");

        robot.type(KeyCode.SPACE); // unread again: Unread lets it through as it is
        waitFor(() -> !readInStore(second.id()));
        waitFor(() -> !isKept(robot, second));
        robot.type(KeyCode.SPACE);
        waitFor(() -> isKept(robot, second));
        robot.clickOn(button(robot, "Unread 30"));
        waitFor(() -> table(robot).getItems().size() == 30);
        assertTrue(robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .noneMatch(cell -> cell.getPseudoClassStates().contains(KEPT)));
    }

    /**
     * The thirty-fourth walk, at 800x600: beside counts as long as these, notices took two and three lines, and the
     * status bar grew and moved the window's every part up, and back when the notice went.
     */
    @Test
    void aNoticeBesideLongCountsKeepsToOneLine(FxRobot robot) {
        loaded();
        robot.interact(() -> stage.setWidth(800));
        robot.clickOn(button(robot, "Unread 31"));
        robot.clickOn(".text-field").type(KeyCode.DOWN, KeyCode.DOWN);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 1);
        robot.type(KeyCode.SPACE);
        waitFor(() -> robot.lookup(".toast-text").tryQuery().isPresent());
        waitFor(() -> robot.lookup((Label label) -> label.getText() != null
                        && label.getText().endsWith("kept until the list changes) · 31 articles"))
                .tryQuery()
                .isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.T); // a notice shown beside the long counts
        waitFor(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").write("consensus-and-replication");
        waitFor(() -> !robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.isDefaultButton())
                .queryAs(Button.class)
                .isDisabled());
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup(".toast-text").queryAs(Label.class).getText().startsWith("Added “consensus"));
        Label notice = robot.lookup(".toast-text").queryAs(Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(notice.prefHeight(-1), notice.getHeight(), 0.5, "one line: " + notice.getText());
    }

    private static boolean isKept(FxRobot robot, ArticleRow article) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .anyMatch(cell ->
                        cell.getItem() == article && cell.getPseudoClassStates().contains(KEPT));
    }

    @Test
    void undoPutsTheLastReadChangeBack(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN).type(KeyCode.SPACE);
        String first = row(robot, 0).id();
        waitFor(() -> readInStore(first));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> !readInStore(first));
    }

    /** The fifteenth walk: a change made during a search, the search cleared with Esc, then Ctrl+Z in the field. */
    @Test
    void ctrlZInTheSearchFieldUndoesTheWindowsChangeOnceItsTypingIsGone(FxRobot robot) {
        loaded();
        TextField search = robot.lookup(".text-field").queryAs(TextField.class);
        robot.clickOn(search).write("caching").type(KeyCode.DOWN).type(KeyCode.SPACE);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        String first = row(robot, 0).id();
        waitFor(() -> readInStore(first));
        robot.clickOn(search).type(KeyCode.ESCAPE);
        waitFor(() -> search.getText().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> !readInStore(first));
        assertTrue(search.getText().isEmpty(), "the search stays cleared");

        robot.write("kafka");
        robot.push(KeyCode.CONTROL, KeyCode.Z); // typing there is the field's own to undo first
        waitFor(() -> search.getText().isEmpty());
    }

    /**
     * The twenty-fourth walk cleared a note under "has:note": the article left the list under the typing, the next
     * keys replaced the search, and the note's own undo went with the article. The list holds still while the note
     * has the keyboard.
     */
    @Test
    void theListHoldsStillWhileANoteIsTyped(FxRobot robot) {
        loaded();
        window.connection().get().setNote(CACHING, "Read twice");
        window.connection().get().setNote(MainViewModelTest.CELERY, "Another");
        TextField search = robot.lookup(".text-field").queryAs(TextField.class);
        robot.clickOn(search).write("has:note");
        waitFor(() -> table(robot).getItems().size() == 2);
        select(robot, CACHING);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        waitFor(() -> "Read twice".equals(note.getText()));
        robot.clickOn(note);
        robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        waitFor(() -> window.connection().get().note(CACHING).orElse("").isEmpty());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the list's answer to the saved note, had it asked
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table(robot).getItems().size(), "the article stays while its note is typed");
        assertTrue(note.isFocused());
        window.connection().get().markRead(List.of(CACHING)); // as a command line would, meanwhile
        waitFor(() -> table(robot).getItems().stream().anyMatch(row -> row.id().equals(CACHING) && row.isRead()));
        robot.write("x");
        assertEquals("has:note", search.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z); // the "x"
        robot.push(KeyCode.CONTROL, KeyCode.Z); // the note's own undo has the cleared text still
        waitFor(() -> note.getText().equals("Read twice"));

        // The twenty-fifth walk: cleared, saved, new text typed and Esc at once, before its save; the list asked
        // before the save and left the article out, and the selection moved on.
        robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        waitFor(() -> window.connection().get().note(CACHING).orElse("").isEmpty());
        robot.write("Zebra").type(KeyCode.ESCAPE);
        waitFor(() -> window.connection().get().note(CACHING).equals(Optional.of("Zebra")));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table(robot).getItems().size());
        assertEquals(CACHING, table(robot).getSelectionModel().getSelectedItem().id(), "still the one chosen");

        robot.interact(() -> stage.setWidth(800)); // the notice keeps to one line there (the thirty-third walk)
        robot.clickOn(note);
        robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        robot.type(KeyCode.ESCAPE); // back to the list: it answers the search again
        waitFor(() -> table(robot).getItems().size() == 1);
        // The twenty-fifth walk: it left with nothing said.
        waitFor(() -> robot.lookup((Label label) -> label.getText().startsWith("“Caching Strategies")
                        && label.getText().endsWith("” is no longer found by the search"))
                .tryQuery()
                .isPresent());
        Label notice = robot.lookup(".toast-text").queryAs(Label.class);
        assertEquals(notice.prefHeight(-1), notice.getMinHeight(), 0.5, "one line");
        assertEquals(Optional.of(""), window.connection().get().note(CACHING).or(() -> Optional.of("")));
        // The thirty-second walk: the next row was selected in its place, for the next Space, Ctrl+D or note to
        // change. Nothing is, and the list keeps the keyboard.
        assertTrue(table(robot).getSelectionModel().isEmpty(), "no other article is chosen for the user");
        assertTrue(table(robot).isFocused());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.connection().get().article(MainViewModelTest.CELERY).isRead());
        // Back with the search cleared, it is selected again, as a search's hidden selection is.
        robot.interact(() -> search.setText(""));
        waitFor(() -> table(robot).getSelectionModel().getSelectedItem() != null
                && table(robot).getSelectionModel().getSelectedItem().id().equals(CACHING));
    }

    @Test
    void ctrlZInTheNoteEditorUndoesTypingNotReadState(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN).type(KeyCode.SPACE);
        String first = row(robot, 0).id();
        waitFor(() -> readInStore(first));
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("abc");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> note.getText().isEmpty());
        assertTrue(row(robot, 0).isRead(), "the read change stays");
        assertTrue(readInStore(first));
    }

    @Test
    void aNoteAndATagTypedAndTheWindowClosedAtOnceAreSaved(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        String id = row(robot, 0).id();
        robot.clickOn(".text-area").write("Written just before quitting");
        robot.clickOn(tagField(robot)).write("weekend"); // and a tag typed, not added
        WaitForAsyncUtils.asyncFx(() -> window.quit()).get(10, TimeUnit.SECONDS);
        assertEquals(1, exits);
        try (Library library = Library.open(db)) {
            assertEquals(Optional.of("Written just before quitting"), library.note(id));
            assertEquals(List.of("weekend"), library.article(id).userTags());
        }
    }

    /**
     * The sixty-eighth walk typed a note on a full disk, saw only a grey "Not saved", pressed Ctrl+Q and lost it: the
     * window now asks, and keeping it open keeps the text, which Quit saves once the library can be written.
     */
    @Test
    void quittingWithANoteThatCouldNotBeSavedAsksFirst(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        String id = row(robot, 0).id();
        String title = row(robot, 0).titleProperty().get();
        // RAISE(ROLLBACK) fails every note write as a full disk does, which a test cannot cause.
        sql("CREATE TRIGGER no_room BEFORE INSERT ON note BEGIN SELECT RAISE(ROLLBACK, 'no room'); END");
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("Typed on a full disk");

        Platform.runLater(window::quit);
        waitFor(() -> quitAnyway(robot).isPresent());
        String said = robot.lookup((Node node) -> node instanceof Label label
                        && label.getText() != null
                        && label.getText().startsWith("This note could not be saved"))
                .queryAs(Label.class)
                .getText();
        assertTrue(said.contains("“" + title.substring(0, 40)) && said.contains("(no room)"), said);
        robot.type(KeyCode.ENTER); // keeps the window: the safe answer is the default
        waitFor(() -> quitAnyway(robot).isEmpty());
        assertEquals(0, exits);
        assertTrue(stage.isShowing());
        assertEquals("Typed on a full disk", note.getText());

        sql("DROP TRIGGER no_room");
        WaitForAsyncUtils.asyncFx(() -> window.quit()).get(10, TimeUnit.SECONDS);
        assertEquals(1, exits);
        try (Library library = Library.open(db)) {
            assertEquals(Optional.of("Typed on a full disk"), library.note(id));
        }
        robot.interact(stage::show); // for the quit after each test
    }

    private static Optional<Node> quitAnyway(FxRobot robot) {
        return robot.lookup((Node node) -> node instanceof Button button && "Quit anyway".equals(button.getText()))
                .tryQuery();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void theExportDialogWritesTheFile(FxRobot robot) throws Exception {
        loaded();
        window.connection()
                .get()
                .setNote(CACHING, "exported note, with a comma"); // off the FX thread, as the window does
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Export…").tryQuery().isPresent());
        // What the guard does is said: a note beginning "=" came out with a ' before it, unexplained (a walk).
        Label guardHint = robot.lookup("#guardHint").queryAs(Label.class);
        assertTrue(guardHint.isVisible() && !guardHint.isDisabled());
        assertTrue(guardHint.getText().startsWith("A ' goes before a cell that begins with ="), guardHint.getText());
        // Each choice says how many it writes (the forty-fifth walk did not see Markdown change to all of them).
        assertEquals(
                "All articles (31)",
                robot.lookup("#allArticles").queryAs(RadioButton.class).getText());
        assertEquals(
                "The rows shown now (31)",
                robot.lookup("#shownRows").queryAs(RadioButton.class).getText());
        robot.clickOn("#allArticles");
        robot.clickOn("Export…");
        waitFor(() -> Files.exists(exportTarget));
        String notice = "31 articles written to " + exportTarget.getFileName() + " in "
                + exportTarget.getParent().getFileName();
        waitFor(() -> robot.lookup(notice).tryQuery().isPresent());
        try (CsvReader<NamedCsvRecord> reader =
                CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(exportTarget)) {
            List<NamedCsvRecord> rows = reader.stream().toList();
            assertEquals(31, rows.size());
            assertEquals(
                    "exported note, with a comma",
                    rows.stream()
                            .filter(r -> r.getField("id").equals(CACHING))
                            .findFirst()
                            .orElseThrow()
                            .getField("note"));
        }
    }

    /** The tenth walk met "Articles with notes" as the default with no note in the list, and an empty export. */
    @Test
    void withNoNoteTheExportIsOfAllArticlesAndSaysWhy(FxRobot robot) {
        loaded();
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Articles with notes (none yet)").tryQuery().isPresent());
        assertTrue(robot.lookup("Articles with notes (none yet)")
                .queryAs(RadioButton.class)
                .isDisabled());
        assertTrue(robot.lookup("#allArticles").queryAs(RadioButton.class).isSelected(), "the default, with no note");
        robot.clickOn("Cancel");
        window.connection().get().setNote(CACHING, "a first note");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Articles with notes (1)").tryQuery().isPresent());
        assertTrue(robot.lookup("#allArticles").queryAs(RadioButton.class).isSelected(), "the last choice kept");
        robot.clickOn("Cancel");
    }

    @Test
    void enterInTheExportDialogExportsWhereverTheKeyboardIs(FxRobot robot) throws Exception {
        loaded();
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Export…").tryQuery().isPresent());
        robot.clickOn("#allArticles");
        robot.type(KeyCode.DOWN).type(KeyCode.UP);
        waitFor(() -> robot.lookup("#allArticles").queryAs(RadioButton.class).isSelected());
        robot.type(KeyCode.ENTER);
        waitFor(() -> Files.exists(exportTarget));
        try (CsvReader<NamedCsvRecord> reader =
                CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(exportTarget)) {
            assertEquals(31, reader.stream().count(), "the arrows chose All articles; Enter exported them");
        }
    }

    /**
     * The dialog opens with the keyboard on the format chosen, so that the arrows choose another: the forty-first walk
     * found it on the Export… button, where Down did nothing, five Shift+Tabs from the formats.
     */
    @Test
    void theExportDialogOpensWithTheKeyboardOnTheFormatChosen(FxRobot robot) throws Exception {
        loaded();
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Export…").tryQuery().isPresent());
        RadioButton csv = robot.lookup("Notes CSV for spreadsheets").queryAs(RadioButton.class);
        waitFor(csv::isFocused);
        // The hint names the file's own columns: it left out note_updated_at (the fifty-fifth walk).
        assertTrue(robot.lookup("Its columns: " + String.join(", ", CsvNotesExporter.HEADER))
                .tryQuery()
                .isPresent());
        // Every choice and hint is read whole: the CSV's columns were cut to "read status a…" (the fifty-fourth walk).
        for (Labeled words : robot.from(csv.getParent())
                .lookup((Node n) -> n instanceof Labeled)
                .queryAllAs(Labeled.class)) {
            Text shown = (Text) words.lookup(".text");
            assertEquals(words.getText(), shown.getText().replace("\n", " "), "shown whole");
        }
        robot.type(KeyCode.DOWN);
        waitFor(() -> robot.lookup("Bookmark file (browsers and read-later services)")
                .queryAs(RadioButton.class)
                .isSelected());
        robot.clickOn("Cancel");
    }

    /** Exporting a few rows picked by hand took a search that showed only them (the forty-second walk). */
    @Test
    void theExportDialogExportsTheSelectedRowsInTheTablesOrder(FxRobot robot) throws Exception {
        loaded();
        List<String> ids = new ArrayList<>();
        robot.interact(() -> {
            TableView<ArticleRow> table = table(robot);
            table.getSelectionModel().clearAndSelect(2);
            table.getSelectionModel().select(0); // picked last, but first in the table
            ids.add(table.getItems().get(0).id());
            ids.add(table.getItems().get(2).id());
        });
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("The 2 selected rows").tryQuery().isPresent());
        robot.clickOn("The 2 selected rows");
        robot.clickOn("Export…");
        waitFor(() -> Files.exists(exportTarget));
        try (CsvReader<NamedCsvRecord> reader =
                CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(exportTarget)) {
            assertEquals(ids, reader.stream().map(r -> r.getField("id")).toList());
        }
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() ->
                robot.lookup("The selected rows (none selected)").tryQuery().isPresent());
        assertTrue(robot.lookup("The selected rows (none selected)")
                .queryAs(RadioButton.class)
                .isDisabled());
        assertTrue(robot.lookup("#allArticles").queryAs(RadioButton.class).isSelected(), "no note: all articles");
        robot.clickOn("Cancel");
    }

    @Test
    void theExportDialogKeepsTheUsersPicksAcrossFormatsAndOpenings(FxRobot robot) {
        loaded();
        window.connection().get().setNote(CACHING, "a note");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Articles with notes (1)").tryQuery().isPresent());
        robot.clickOn("Articles with notes (1)"); // already selected: a pick all the same
        robot.clickOn("Bookmark file (browsers and read-later services)");
        assertTrue(robot.lookup("Articles with notes (1)")
                .queryAs(RadioButton.class)
                .isSelected());
        robot.clickOn("Cancel");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Articles with notes (1)").tryQuery().isPresent());
        assertTrue(robot.lookup("Bookmark file (browsers and read-later services)")
                .queryAs(RadioButton.class)
                .isSelected());
        assertTrue(robot.lookup("Articles with notes (1)")
                .queryAs(RadioButton.class)
                .isSelected());
        robot.clickOn("Cancel");
    }

    /**
     * The ninth walk had to open Export again after "Nothing to export … Choose All articles"; the tenth
     * found the message, when the dialog came back, opened behind it.
     */
    @Test
    void nothingToExportLeadsBackToTheChoicesAndSaysWhyThere(FxRobot robot) {
        loaded();
        window.connection().get().setNote(CACHING, "a note");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Articles with notes (1)").tryQuery().isPresent());
        robot.clickOn("Notes CSV for spreadsheets");
        robot.clickOn("Articles with notes (1)");
        window.connection().get().setNote(CACHING, ""); // cleared elsewhere while the dialog is open
        robot.clickOn("Export…");
        waitFor(() -> robot.lookup((Label l) -> l.isVisible() && l.getText().startsWith("No article has a note yet"))
                .tryQuery()
                .isPresent());
        assertTrue(robot.lookup("Export…").tryQuery().isPresent(), "the choices are back");
        assertTrue(robot.lookup("Nothing to export").tryQuery().isEmpty(), "no message of its own, behind them");
        robot.clickOn("#allArticles");
        robot.clickOn("Cancel");
        waitFor(() -> robot.lookup("Export…").tryQuery().isEmpty());
    }

    /** The eleventh walk chose Documents: 94 files came to lie among its own. */
    @Test
    void aMarkdownExportIntoAFolderWithFilesOfItsOwnOffersANewFolderThere(FxRobot robot) throws Exception {
        loaded();
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("mine.md"), "my own page\n");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Export…").tryQuery().isPresent());
        robot.clickOn("Markdown files in a folder (Obsidian, Logseq)");
        robot.clickOn("Export…");
        waitFor(() -> robot.lookup("“vault” has 1 file or folder of its own")
                .tryQuery()
                .isPresent());
        robot.clickOn("New folder");
        Path file = vault.resolve("Reading List").resolve(CACHING + ".md");
        waitFor(() -> Files.exists(file));
        try (Stream<Path> inVault = Files.list(vault)) {
            assertEquals(
                    List.of("Reading List", "mine.md"),
                    inVault.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("my own page\n", Files.readString(vault.resolve("mine.md")));
    }

    @Test
    void aMarkdownExportAsksBeforeUpdatingAnEarlierOneAndKeepsAFileEditedThere(FxRobot robot) throws Exception {
        loaded();
        Path vault = dir.resolve("vault");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Export…").tryQuery().isPresent());
        robot.clickOn("Markdown files in a folder (Obsidian, Logseq)");
        robot.clickOn("Export…");
        Path file = vault.resolve(CACHING + ".md");
        waitFor(() -> Files.exists(file));
        String edited = Files.readString(file) + "\nMy own thoughts, written in Obsidian.\n";
        Files.writeString(file, edited);

        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Export…").tryQuery().isPresent());
        robot.clickOn("Export…");
        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("Update the earlier export in “vault”?"))
                .tryQuery()
                .isPresent());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(edited, Files.readString(file), "nothing replaced without a yes");

        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> robot.lookup("Export…").tryQuery().isPresent());
        robot.clickOn("Export…");
        waitFor(() -> robot.lookup("Update").tryQuery().isPresent());
        robot.clickOn("Update");
        // Nothing changed in the list: the walk's "94 articles written" overstated an update that wrote none.
        waitFor(() -> robot.lookup(
                        (Label l) -> l.getText().startsWith("31 articles (all as they were) exported to vault"))
                .tryQuery()
                .isPresent());
        assertEquals(edited, Files.readString(file), "its article is as it was: the file edited there stays");
    }

    /** With every row Ctrl+clicked off, the pane still showed the last article (the forty-fourth walk). */
    @Test
    void thePaneEmptiesWhenNoRowIsSelected(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        waitFor(() -> window.detailModel().articleProperty().get() != null);
        Node title = robot.lookup(".table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 0)
                .lookup(".table-cell")
                .nth(2)
                .queryAs(Node.class);
        // What a Ctrl+click on the one row selected does (the headless robot's click carries no Ctrl).
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        waitFor(() -> window.detailModel().articleProperty().get() == null);
        assertTrue(robot.lookup(".placeholder-text")
                .match((Label l) -> l.getText().startsWith("Select an article"))
                .queryAs(Label.class)
                .isVisible());
        robot.clickOn(title);
        waitFor(() -> window.detailModel().articleProperty().get() != null);
    }

    @Test
    void anEmptyResultSaysSoOffersToClearTheFiltersAndEmptiesTheDetailPane(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").write("cach").type(KeyCode.DOWN);
        waitFor(() ->
                robot.lookup(".detail-title").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn(".text-field").write("xyzzy");
        waitFor(() -> table(robot).getItems().isEmpty());
        Label message = robot.lookup(".placeholder-text")
                .match((Label l) -> l.getText().startsWith("No articles"))
                .queryAs(Label.class);
        assertEquals("No articles match “cachxyzzy”.", message.getText());
        // The detail pane shows no article that the list does not show.
        waitFor(() -> robot.lookup(".placeholder-text")
                .match((Label l) -> l.getText().startsWith("Select an article"))
                .queryAs(Label.class)
                .isVisible());
        assertFalse(robot.lookup(".detail-body").queryAs(Node.class).isVisible());
        robot.clickOn("Clear filters");
        waitFor(() -> table(robot).getItems().size() == 31);
        // The twenty-third walk: the button gone, the keyboard went on to the article pane's title link.
        waitFor(() -> table(robot).isFocused());
    }

    /** The fifty-sixth walk reached the empty list's Clear filters by Tab, and Space and Enter did nothing. */
    @ParameterizedTest
    @EnumSource(
            value = KeyCode.class,
            names = {"SPACE", "ENTER"})
    void theEmptyListsClearFiltersIsPressedFromTheKeyboard(KeyCode key, FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").write("xyzzy");
        waitFor(() -> table(robot).getItems().isEmpty());
        Button clear = robot.lookup(".button")
                .match((Button b) -> "Clear filters".equals(b.getText()))
                .queryAs(Button.class);
        waitFor(clear::isVisible);
        robot.interact(clear::requestFocus);
        waitFor(clear::isFocused);
        robot.type(key);
        waitFor(() -> table(robot).getItems().size() == 31);
        waitFor(() -> table(robot).isFocused());
    }

    /**
     * Edit > Next unread showed no key (the twenty-first walk), nor did Open link, nor the table's context menu any.
     * The table's own keys are shown, and typed in the search field they are still text there.
     */
    @Test
    void theMenusShowTheTablesKeysWhichStillTypeInTheSearch(FxRobot robot) {
        loaded();
        Menu edit = editMenu(robot);
        assertEquals("N", item(edit, "Ne_xt unread").getAccelerator().getDisplayText());
        assertEquals("Enter", item(edit, "_Open link").getAccelerator().getDisplayText());
        assertEquals(
                item(edit, "_Mark read").getAccelerator().getDisplayText(),
                contextItem(robot, "_Mark read").getAccelerator().getDisplayText());
        assertEquals("Enter", contextItem(robot, "_Open link").getAccelerator().getDisplayText());

        select(robot, CACHING);
        TextField search = robot.lookup(".text-field").queryAs(TextField.class);
        robot.interact(search::requestFocus);
        robot.write("n");
        waitFor(() -> "n".equals(search.getText()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("n", search.getText());
        // Enter in the search goes to its results, as Down does (the thirty-ninth walk), and opens no link there.
        waitFor(() -> table(robot).isFocused());
        assertEquals(List.of(), opened, "Enter in the search opens no link");

        robot.interact(() -> search.setText(""));
        waitFor(() -> table(robot).getItems().size() == 31);
        select(robot, CACHING);
        robot.interact(() -> table(robot).requestFocus());
        robot.type(KeyCode.N);
        waitFor(() -> table(robot).getSelectionModel().getSelectedItem() != null
                && !CACHING.equals(
                        table(robot).getSelectionModel().getSelectedItem().id()));
    }

    /**
     * The forty-first walk's Edit menu read "Undo import (“part__000000.csv”)": JavaFX reads a label's letter at its
     * first "_" only and shows the rest as written, so a name's own "_" is shown as it is, not doubled.
     */
    @Test
    void anUnderscoreInANameIsShownOnceInTheEditMenu(FxRobot robot) {
        loaded();
        String id = addedAndSelected(robot, "snake_case", "https://example.com/snake");
        robot.push(KeyCode.CONTROL, KeyCode.R);
        waitFor(() -> window.connection().get().article(id).isRead());
        robot.clickOn("Edit");
        waitFor(() -> robot.lookup((Text t) -> t.getText().equals("Undo mark read (“snake_case”)"))
                .tryQuery()
                .isPresent());
        robot.push(KeyCode.ESCAPE);
    }

    /** Edit > Redo, and Ctrl+Shift+Z from the search field, which takes the key even with nothing of its own to redo. */
    @Test
    void redoDoesAgainWhatUndoTookBackFromTheMenuOrTheSearchField(FxRobot robot) {
        loaded();
        Menu edit = editMenu(robot);
        MenuItem redo = edit.getItems().get(1);
        assertTrue(redo.isDisable());
        select(robot, CACHING);
        robot.interact(() -> table(robot).requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.R);
        waitFor(() -> window.connection().get().article(CACHING).isRead());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> !window.connection().get().article(CACHING).isRead());
        // Named: the menu's Undo changed an article out of sight, and said only what (the twenty-seventh walk).
        assertEquals("_Redo mark read (“Caching Strategies: Cache-Aside,…”)", redo.getText());
        assertFalse(redo.isDisable());

        TextField search = robot.lookup(".text-field").queryAs(TextField.class);
        robot.interact(search::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> window.connection().get().article(CACHING).isRead());
        assertTrue(redo.isDisable(), "nothing more to redo");
        assertTrue(search.isFocused());
    }

    /** The twenty-fourth walk: Redo in a field did its own undone typing again before the window's later undo. */
    @Test
    void redoInAFieldTakesTheUndosBackNewestFirst(FxRobot robot) {
        loaded();
        select(robot, CACHING);
        robot.interact(() -> table(robot).requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.D);
        waitFor(() -> window.connection().get().article(CACHING).favourite());
        TextField search = robot.lookup(".text-field").queryAs(TextField.class);
        robot.interact(search::requestFocus);
        robot.write("a");
        robot.push(KeyCode.CONTROL, KeyCode.Z); // the field's own typing
        waitFor(() -> search.getText().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.Z); // then the window's star
        waitFor(() -> !window.connection().get().article(CACHING).favourite());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> window.connection().get().article(CACHING).favourite());
        assertEquals("", search.getText(), "the star first, undone last");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> "a".equals(search.getText()));
    }

    @Test
    void keyboardShortcuts(FxRobot robot) {
        loaded();
        TextField search = robot.lookup(".text-field").queryAs(TextField.class);
        robot.clickOn(".table-view");
        int clicked = table(robot).getSelectionModel().getSelectedIndex();
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitFor(search::isFocused);
        robot.write("raft");
        waitFor(() -> table(robot).getItems().size() == 1);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> search.getText().isEmpty() && table(robot).getItems().size() == 31);
        robot.type(KeyCode.DOWN); // back to the article the search had hidden
        waitFor(() ->
                table(robot).isFocused() && table(robot).getSelectionModel().getSelectedIndex() == clicked);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        robot.interact(() -> table(robot).getFocusModel().focus(0));
        robot.type(KeyCode.UP); // on the first row: back to the search
        waitFor(search::isFocused);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ESCAPE);
        waitFor(search::isFocused);
        robot.type(KeyCode.DOWN);
        waitFor(table(robot)::isFocused);

        robot.type(KeyCode.F1);
        waitFor(() -> robot.lookup("Toggle read on the selected articles (in the table)")
                .tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Label undo = robot.lookup("Undo the last change: read, star, note, tag, add, delete, edit or import")
                .queryAs(Label.class);
        Label add = robot.lookup("Add an article by hand").queryAs(Label.class);
        // The seventy-eighth walk found Ctrl+Enter in the forms, and not in this list.
        assertTrue(robot.lookup("Add or save the article form from any field, the summary too")
                .tryQuery()
                .isPresent());
        assertTrue(robot.lookup("Ctrl+Enter").tryQuery().isPresent());
        // A new-user walk saw descriptions wrap at two thirds of the dialog's width.
        assertEquals(add.getHeight(), undo.getHeight(), 1, "a description that fits the dialog stays on one line");
        // The forty-third walk could not scroll it from the keyboard: Close had the keys, and kept them.
        ScrollPane list = robot.lookup(".dialog-pane .scroll-pane").queryAs(ScrollPane.class);
        waitFor(list::isFocused);
        assertTrue(
                list.getContent().getBoundsInLocal().getHeight()
                        > list.getViewportBounds().getHeight(),
                "taller than the dialog here too");
        robot.type(KeyCode.PAGE_DOWN);
        waitFor(() -> list.getVvalue() > 0);
        double hidden = list.getContent().getBoundsInLocal().getHeight()
                - list.getViewportBounds().getHeight();
        assertTrue(
                list.getVvalue() == 1
                        || list.getVvalue() * hidden > list.getViewportBounds().getHeight() / 2,
                "a page, not a few rows: " + list.getVvalue() * hidden);
        robot.type(KeyCode.END);
        waitFor(() -> list.getVvalue() == 1);
        robot.type(KeyCode.ENTER); // as on Close, which had the keys
        waitFor(() -> robot.lookup(".dialog-pane .scroll-pane").tryQuery().isEmpty());

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        waitFor(() -> exits == 1);
        assertFalse(stage.isShowing());
        // The window closed between Ctrl's press and release; the headless platform would keep Ctrl down for later
        // tests.
        robot.interact(stage::show);
        robot.press(KeyCode.CONTROL).release(KeyCode.CONTROL);
    }

    /** The fourteenth walk cleared a search with Esc and found the article it had been on no longer selected. */
    @Test
    void aSelectionASearchHidComesBackWhenTheSearchIsCleared(FxRobot robot) {
        loaded();
        ArticleRow rate = row(robot, 2);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(2));
        robot.clickOn(".text-field").write("database");
        waitFor(() -> table(robot).getItems().size() < 31
                && table(robot).getSelectionModel().isEmpty());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> table(robot).getItems().size() == 31);
        waitFor(() -> table(robot).getSelectionModel().getSelectedItem() == rate);
        waitFor(() -> window.detailModel().articleProperty().get() == rate);

        // The fifteenth walk got back a selection out of sight, the table at its top.
        ArticleRow last = row(robot, 30);
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(30);
            table(robot).scrollTo(30);
        });
        robot.clickOn(".text-field").write("database");
        waitFor(() -> table(robot).getSelectionModel().isEmpty());
        robot.type(KeyCode.ESCAPE);
        VirtualFlow<?> flow = robot.lookup(".virtual-flow").queryAs(VirtualFlow.class);
        waitFor(() -> table(robot).getSelectionModel().getSelectedItem() == last
                && flow.getLastVisibleCell().getIndex() >= 30);

        robot.clickOn(".text-field").write("database");
        waitFor(() -> table(robot).getSelectionModel().isEmpty());
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        ArticleRow chosen = table(robot).getSelectionModel().getSelectedItem();
        robot.clickOn(".text-field").type(KeyCode.ESCAPE);
        waitFor(() -> table(robot).getItems().size() == 31);
        assertEquals(chosen, table(robot).getSelectionModel().getSelectedItem(), "the one chosen since stays");
        assertEquals(1, table(robot).getSelectionModel().getSelectedItems().size());
    }

    /** A row the user chose and scrolled away from stays out of sight when the list changes: nothing was hidden. */
    @Test
    void aNewResultLeavesTheTableWhereTheUserScrolledIt(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> stage.setHeight(420));
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        robot.interact(() -> table(robot).scrollTo(20));
        VirtualFlow<?> flow = robot.lookup(".virtual-flow").queryAs(VirtualFlow.class);
        waitFor(() ->
                flow.getFirstVisibleCell() != null && flow.getFirstVisibleCell().getIndex() > 5);
        window.connection().get().addArticle("Added elsewhere", "https://example.com/elsewhere", "", List.of());
        waitFor(() -> table(robot).getItems().size() == 32);
        framesPass(3); // RowInView looks two frames after the new list
        assertTrue(flow.getFirstVisibleCell().getIndex() > 5, "the table stayed where it was scrolled");
    }

    /** Sorted, the selected article went wherever the new order put it, out of sight while the pane showed it. */
    @Test
    void aSortKeepsTheSelectedArticleInSight(FxRobot robot) {
        loaded();
        robot.interact(() -> stage.setHeight(420));
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        ArticleRow chosen = row(robot, 0);
        robot.interact(() -> {
            TableView<ArticleRow> table = table(robot);
            TableColumn<ArticleRow, ?> title = column(robot, "title");
            title.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(title));
        });
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() > 15
                && table(robot).getSelectionModel().getSelectedItem() == chosen);
        VirtualFlow<?> flow = robot.lookup(".virtual-flow").queryAs(VirtualFlow.class);
        int at = table(robot).getSelectionModel().getSelectedIndex();
        waitFor(() -> flow.getFirstVisibleCell().getIndex() < at
                && flow.getLastVisibleCell().getIndex() > at);
    }

    /**
     * The sixty-second walk: with nothing selected, a search, a filter or a sort opened where the last list was
     * scrolled, the best matches above it, out of sight.
     */
    @Test
    void aNewSearchFilterOrSortWithNothingSelectedShowsItsFirstRows(FxRobot robot) {
        loaded();
        robot.interact(() -> stage.setHeight(420));
        VirtualFlow<?> flow = robot.lookup(".virtual-flow").queryAs(VirtualFlow.class);
        Runnable scrolledDown = () -> {
            robot.interact(() -> table(robot).scrollTo(table(robot).getItems().size() - 1));
            waitFor(() -> flow.getFirstVisibleCell() != null
                    && flow.getFirstVisibleCell().getIndex() > 3);
        };
        scrolledDown.run();
        robot.interact(() -> table(robot).getSortOrder().setAll(List.of(column(robot, "title"))));
        waitFor(() -> table(robot).getSortOrder().size() == 1
                && flow.getFirstVisibleCell() != null
                && flow.getFirstVisibleCell().getIndex() == 0);
        assertTrue(table(robot).getSelectionModel().isEmpty());

        int all = table(robot).getItems().size();
        ArticleRow first = row(robot, 0);
        window.connection().get().markRead(List.of(first.id()));
        waitFor(first::isRead);
        scrolledDown.run();
        robot.clickOn("#unreadButton");
        waitFor(() -> table(robot).getItems().size() == all - 1
                && flow.getFirstVisibleCell() != null
                && flow.getFirstVisibleCell().getIndex() == 0);
        assertTrue(flow.getLastVisibleCell().getIndex() < all - 2, "more rows than the table shows");
    }

    /** The fifteenth walk: with several rows selected, a search that hid some gave back only those it had kept. */
    @Test
    void aSelectionASearchHidInPartComesBackWhole(FxRobot robot) {
        loaded();
        int database = indexOfTitleStarting(robot, "Database Connection Pooling");
        int caching = indexOfTitleStarting(robot, "Caching Strategies");
        List<String> both =
                List.of(row(robot, caching).id(), row(robot, database).id());
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().selectIndices(caching, database);
        });
        robot.clickOn(".text-field").write("database");
        waitFor(() -> table(robot).getItems().size() < 31 && selectedIds(robot).equals(Set.of(both.get(1))));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> table(robot).getItems().size() == 31);
        waitFor(() -> selectedIds(robot).equals(Set.copyOf(both)));

        // Rows added during the search (Ctrl+click) join the selection, the hidden part too (the sixteenth walk).
        robot.clickOn(".text-field").write("database");
        waitFor(() -> selectedIds(robot).equals(Set.of(both.get(1))));
        int added = table(robot).getItems().get(0).id().equals(both.get(1)) ? 1 : 0;
        String third = table(robot).getItems().get(added).id();
        robot.interact(() -> table(robot).getSelectionModel().select(added));
        robot.clickOn(".text-field").type(KeyCode.ESCAPE);
        waitFor(() -> table(robot).getItems().size() == 31);
        waitFor(() -> selectedIds(robot).equals(Set.of(both.get(0), both.get(1), third)));
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().selectIndices(caching, database);
        });

        // Chosen anew during the search, the new selection is the one kept.
        robot.clickOn(".text-field").write("database");
        waitFor(() -> selectedIds(robot).equals(Set.of(both.get(1))));
        int other = table(robot).getItems().get(0).id().equals(both.get(1)) ? 1 : 0;
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(other));
        String chosen = table(robot).getSelectionModel().getSelectedItem().id();
        robot.clickOn(".text-field").type(KeyCode.ESCAPE);
        waitFor(() -> table(robot).getItems().size() == 31);
        assertEquals(Set.of(chosen), selectedIds(robot));
    }

    private static Set<String> selectedIds(FxRobot robot) {
        return table(robot).getSelectionModel().getSelectedItems().stream()
                .map(ArticleRow::id)
                .collect(Collectors.toSet());
    }

    private static int indexOfTitleStarting(FxRobot robot, String start) {
        List<ArticleRow> rows = table(robot).getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).article().title().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no row titled " + start);
    }

    /**
     * The thirty-first walk selected three rows, clicked where the note is when one article shows, and typed: the
     * spaces marked the three read and unread, and the N moved the selection. A click in the pane takes the keyboard
     * from the list.
     */
    @Test
    void keysTypedAfterAClickInThePaneDoNothingToTheList(FxRobot robot) {
        threeRowsSelected(robot);
        List<String> selected = table(robot).getSelectionModel().getSelectedItems().stream()
                .map(ArticleRow::id)
                .toList();
        robot.clickOn(robot.lookup(".detail-pane").queryAs(Node.class));
        robot.type(KeyCode.S, KeyCode.E, KeyCode.SPACE, KeyCode.N, KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                selected,
                table(robot).getSelectionModel().getSelectedItems().stream()
                        .map(ArticleRow::id)
                        .toList());
        for (String id : selected) {
            assertFalse(readInStore(id), id);
        }
    }

    /** The first three rows selected from the keyboard, and the pane saying so. */
    private void threeRowsSelected(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        waitFor(() ->
                robot.lookup(".detail-title").tryQuery().map(Node::isVisible).orElse(false));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN, 2).release(KeyCode.SHIFT);
        waitFor(() -> robot.lookup((Label l) -> l.isVisible() && l.getText().startsWith("3 articles selected."))
                .tryQuery()
                .isPresent());
    }

    /** The ninth walk selected three rows, saw one article in the pane, and its Read marked that one alone. */
    @Test
    void severalRowsSelectedSayHowManyInsteadOfOneArticle(FxRobot robot) {
        threeRowsSelected(robot);
        assertFalse(robot.lookup(".detail-body").query().isVisible(), "no one article's pane for three");
        robot.type(KeyCode.DOWN);
        waitFor(() -> robot.lookup(".detail-body").query().isVisible());
    }

    /**
     * The forty-sixth walk pressed Shift+Up after its list changed under the selected row, and got five rows selected
     * from where that row had been: the table's anchor stayed at the old place.
     */
    @Test
    void shiftUpExtendsFromTheSelectedArticleAfterTheListMovedUnderIt(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.DOWN, 3);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 3);
        String chosen = row(robot, 3).id();
        window.connection().get().addArticle("Added above", "https://example.com/above", "", List.of());
        waitFor(() -> table(robot).getItems().size() == 32);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 4);
        robot.press(KeyCode.SHIFT).type(KeyCode.UP, 2).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(row(robot, 2).id(), row(robot, 3).id(), chosen), selectedIds(robot));
    }

    @Test
    void theDetailPaneShowsTheArticleAndOpensOnlyWebLinks(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").write("cach").type(KeyCode.DOWN);
        waitFor(() ->
                robot.lookup(".detail-title").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn(".detail-title");
        waitFor(() -> opened.size() == 1);
        assertTrue(opened.getFirst().startsWith("https://coderssecret.com/blog/"), opened.getFirst());
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        assertTrue(note.isEditable());
    }

    /** The pane moved 2 px as Tab reached the title and its focus ring was drawn (the twenty-ninth walk). */
    @Test
    void theTitlesFocusRingMovesNothingInThePane(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").write("cach").type(KeyCode.DOWN);
        waitFor(() ->
                robot.lookup(".detail-title").tryQuery().map(Node::isVisible).orElse(false));
        Node title = robot.lookup(".detail-title").query();
        Node meta = robot.lookup(".detail-meta").query();
        Bounds titleBefore = title.localToScene(title.getLayoutBounds());
        Bounds metaBefore = meta.localToScene(meta.getLayoutBounds());
        robot.interact(title::requestFocus);
        waitFor(title::isFocused);
        assertEquals(titleBefore, title.localToScene(title.getLayoutBounds()));
        assertEquals(metaBefore, meta.localToScene(meta.getLayoutBounds()));
    }

    /** The sixteenth walk added a 300-character tag: its chip ran past the pane, and its × could not be reached. */
    @Test
    void aLongTagsChipEndsInAnEllipsisInsideThePane(FxRobot robot) {
        String id = firstRowShown(robot);
        String tag = "long ".repeat(60).strip();
        TextField tagField = tagField(robot);
        robot.interact(() -> tagField.setText(tag));
        robot.clickOn(tagField).type(KeyCode.ENTER);
        waitFor(() -> userTags(id).equals(List.of(tag)));
        waitFor(() -> robot.lookup(".chip-remove").tryQuery().isPresent());
        Node pane = robot.lookup(".detail-pane").query();
        Node remove = robot.lookup(".chip-remove").query();
        double paneRight = pane.localToScene(pane.getLayoutBounds()).getMaxX();
        assertTrue(remove.localToScene(remove.getLayoutBounds()).getMaxX() <= paneRight, "the × is inside the pane");
    }

    /**
     * A link with letters of its own is shown in them, as a browser's address bar does: the fortieth walk's
     * Japanese link came to the pane as %E4%BE%8B…, which no one can read. Copy link still copies the link itself.
     */
    @Test
    void thePaneShowsALinkInItsOwnLetters(FxRobot robot) {
        loaded();
        String id = window.connection()
                .get()
                .addArticle("Über uns", "https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9/%C3%9Cber?q=a%20b", "", List.of());
        waitFor(() -> table(robot).getItems().size() == 32);
        select(robot, id);
        waitFor(() -> robot.lookup((Label l) ->
                        l.getStyleClass().contains("detail-url") && l.getText().equals("https://例え.jp/パス/Über?q=a%20b"))
                .tryQuery()
                .isPresent());
        robot.clickOn("Copy link");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals("https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9/%C3%9Cber?q=a%20b", copied[0]);
    }

    /** With several rows selected, Enter opens the first one's link and says which (the forty-second walk). */
    @Test
    void openingTheLinkOfSeveralSelectedSaysWhichOne(FxRobot robot) {
        firstRowShown(robot);
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().selectIndices(0, 1);
            table(robot).requestFocus();
        });
        String first = table(robot).getItems().getFirst().titleProperty().get();
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup((Label l) -> l.getText() != null
                        && l.getText()
                                .startsWith("Opened the link of the first of 2 selected: “" + first.substring(0, 20)))
                .tryQuery()
                .isPresent());
    }

    /**
     * Edit and Delete were on for the bundled catalog's articles, and then said that they cannot be
     * changed; the walks met that notice again and again. They are greyed out now, in the menu and the
     * context menu; the Delete key still says why.
     */
    @Test
    void editAndDeleteAreGreyedOutForTheBundledCatalogsArticles(FxRobot robot) {
        loaded();
        String mine =
                window.connection().get().addArticle("Mine to edit", "https://example.com/mine-to-edit", "", List.of());
        waitFor(() -> table(robot).getItems().size() == 32);
        Menu edit = editMenu(robot);
        List<MenuItem> editArticle = List.of(item(edit, "_Edit article…"), contextItem(robot, "_Edit article…"));
        List<MenuItem> delete = List.of(item(edit, "_Delete…"), contextItem(robot, "_Delete…"));
        List<MenuItem> markRead = List.of(item(edit, "_Mark read"), contextItem(robot, "_Mark read"));

        select(robot, CACHING);
        assertTrue(editArticle.stream().allMatch(MenuItem::isDisable), "a catalog article cannot be edited");
        assertTrue(delete.stream().allMatch(MenuItem::isDisable), "nor deleted");
        assertTrue(markRead.stream().noneMatch(MenuItem::isDisable), "but it can be marked read");

        select(robot, mine);
        assertTrue(editArticle.stream().noneMatch(MenuItem::isDisable), "an added article can be edited");
        assertTrue(delete.stream().noneMatch(MenuItem::isDisable), "and deleted");

        select(robot, CACHING, mine);
        assertTrue(
                editArticle.stream().noneMatch(MenuItem::isDisable),
                "Edit acts on the topmost selected row: the one added today, above the catalog's");
        assertTrue(delete.stream().noneMatch(MenuItem::isDisable), "Delete takes the added one and leaves the other");

        select(robot, CACHING);
        robot.interact(() -> table(robot).requestFocus());
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup(
                        (Label l) -> l.getText().endsWith("” belongs to the bundled catalog, which cannot be deleted"))
                .tryQuery()
                .isPresent());
    }

    /**
     * The menus' Alt keys. The thirty-second walk's Alt+V highlighted File and opened nothing: its tool let Alt go
     * before V, as quick hands do, and JavaFX's menu bar closed the menu the key had opened.
     */
    @Test
    void altAndAMenusLetterOpensIt(FxRobot robot) {
        firstRowShown(robot);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream()
                .filter(m -> m.getText().equals("_View"))
                .findFirst()
                .orElseThrow();
        robot.push(KeyCode.ALT, KeyCode.V);
        waitFor(view::isShowing);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !view.isShowing());

        // Alt let go first, as quick hands do: the menu stays open.
        robot.press(KeyCode.ALT).press(KeyCode.V).release(KeyCode.ALT).release(KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.isShowing(), "Alt let go before V");
        robot.push(KeyCode.ALT); // Alt alone, with a menu open, closes it as before
        waitFor(() -> !view.isShowing());
    }

    /**
     * A menu opened from the keyboard starts on its first item that can be taken, so that Enter takes it: Alt+E then
     * Enter only closed the menu (the forty-first walk). Edit's Undo and Redo are greyed here: it starts on Mark read.
     */
    @Test
    void aMenuOpenedFromTheKeyboardStartsOnItsFirstItem(FxRobot robot) {
        firstRowShown(robot);
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(0);
            table(robot).requestFocus();
        });
        String first = table(robot).getItems().getFirst().id();
        Menu edit = editMenu(robot);
        robot.push(KeyCode.ALT, KeyCode.E);
        waitFor(edit::isShowing);
        robot.type(KeyCode.ENTER);
        waitFor(() -> window.connection().get().article(first).isRead());
        waitFor(() -> !edit.isShowing());
    }

    /**
     * Alt and a menu's letter opens it even where JavaFX's menu bar has let its letters go: under GTK, after Alt+F,
     * Right, Enter, the forty-second walk's Alt+V did nothing (and the fortieth's Alt+F, unreproduced then). The
     * headless platform keeps the letters, so the test takes them from the scene, as the menu bar lost them there.
     */
    @Test
    void altAndAMenusLetterOpensItWhereTheMenuBarLetItsLettersGo(FxRobot robot) {
        firstRowShown(robot);
        Menu view = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(2);
        robot.interact(() -> table(robot).getScene().getMnemonics().clear());
        robot.push(KeyCode.ALT, KeyCode.V);
        waitFor(view::isShowing);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !view.isShowing());
    }

    /**
     * Down goes on past greyed items, as GTK's and Windows' menus do: the forty-second walk's Down stopped on Edit's
     * greyed Redo, where Enter did nothing. Here Undo can be taken and Redo cannot: Down, Down is Mark unread.
     */
    @Test
    void downInAMenuGoesOnPastGreyedItems(FxRobot robot) {
        firstRowShown(robot);
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(0);
            table(robot).requestFocus();
        });
        String first = table(robot).getItems().getFirst().id();
        robot.push(KeyCode.CONTROL, KeyCode.R);
        waitFor(() -> window.connection().get().article(first).isRead());
        Menu edit = editMenu(robot);
        robot.push(KeyCode.ALT, KeyCode.E);
        waitFor(edit::isShowing);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> !window.connection().get().article(first).isRead());
    }

    /**
     * Every item of the menus and the list's context menu has a letter, and no two in one menu share it: Edit's R
     * took Redo where Mark read underlined it too, and eight items had none (the thirty-eighth walk). The Columns
     * and Sort › By column submenus list the columns by their headers, as they are, and are let be.
     */
    @Test
    void everyMenuItemHasALetterOfItsOwn(FxRobot robot) {
        firstRowShown(robot);
        List<Menu> menus =
                new ArrayList<>(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus());
        List<List<MenuItem>> lists = new ArrayList<>();
        lists.add(table(robot).getContextMenu().getItems());
        for (int i = 0; i < menus.size(); i++) {
            lists.add(menus.get(i).getItems());
            menus.get(i).getItems().stream()
                    .filter(Menu.class::isInstance)
                    .map(Menu.class::cast)
                    .filter(sub ->
                            !sub.getText().equals("_Columns") && !sub.getText().equals("By _column"))
                    .forEach(menus::add);
        }
        for (List<MenuItem> items : lists) {
            Set<Character> letters = new HashSet<>();
            for (MenuItem item : items) {
                if (item instanceof SeparatorMenuItem) {
                    continue;
                }
                int mark = item.getText().indexOf('_');
                assertTrue(mark >= 0 && mark + 1 < item.getText().length(), item.getText() + " has no letter");
                char letter = Character.toLowerCase(item.getText().charAt(mark + 1));
                assertTrue(letters.add(letter), item.getText() + " shares its letter " + letter);
            }
        }
    }

    /**
     * In an open menu a letter takes the item it underlines, as native menus do: Alt+V then S typed "s" into the
     * search behind the menu, and the list showed only what it found.
     */
    @Test
    void aLetterInAnOpenMenuTakesTheItemItUnderlines(FxRobot robot) {
        firstRowShown(robot);
        TextField search = robot.lookup(".app-toolbar .text-field").queryAs(TextField.class);
        Menu view = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("_View"))
                .findFirst()
                .orElseThrow();
        robot.push(KeyCode.ALT, KeyCode.V);
        waitFor(view::isShowing);
        typeBehindTheMenu(robot, search, "r"); // View › _Reset columns: taken, the menus close
        waitFor(() -> !view.isShowing());
        assertEquals("", search.getText(), "nothing typed behind the menu");
        // Said, as a reset may change nothing to see (the fifty-eighth walk looked for a sign it had worked).
        waitFor(() -> robot.lookup(
                        (Label label) -> "Every column has its first width and place again".equals(label.getText()))
                .tryQuery()
                .isPresent());

        robot.push(KeyCode.ALT, KeyCode.V);
        waitFor(view::isShowing);
        typeBehindTheMenu(robot, search, "q"); // no item of View underlines it: it goes nowhere
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", search.getText());
        assertTrue(view.isShowing());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !view.isShowing());

        // Nor is a letter a shortcut of the window behind: N, Next unread, moved the selection (the thirty-eighth
        // walk).
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(0);
            table(robot).requestFocus();
        });
        robot.push(KeyCode.ALT, KeyCode.V);
        waitFor(view::isShowing);
        robot.interact(() -> table(robot)
                .fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.N, false, false, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table(robot).getSelectionModel().getSelectedIndex());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !view.isShowing());
    }

    /**
     * A letter as the window's keyboard has it while a menu is open: under GTK the menu does not take the keyboard, and
     * the letter went to the field behind it (seen under Xvfb). The headless platform gives it to the menu instead.
     */
    private static void typeBehindTheMenu(FxRobot robot, TextField field, String letter) {
        robot.interact(() -> field.fireEvent(
                new KeyEvent(KeyEvent.KEY_TYPED, letter, letter, KeyCode.UNDEFINED, false, false, false, false)));
    }

    /** The walks found Mark read offered on read articles, and Mark unread on unread ones. */
    @Test
    void theContextMenuOffersTheReadMarkThatChangesSomething(FxRobot robot) {
        loaded();
        MenuItem markRead = contextItem(robot, "_Mark read");
        MenuItem markUnread = contextItem(robot, "Mark u_nread");
        String other = table(robot).getItems().stream()
                .map(ArticleRow::id)
                .filter(id -> !id.equals(CACHING))
                .findFirst()
                .orElseThrow();

        select(robot, CACHING);
        showContextMenu(robot);
        assertTrue(markRead.isVisible(), "an unread article can be marked read");
        assertFalse(markUnread.isVisible(), "it is unread already");

        robot.interact(() -> window.mainModel()
                .setRead(List.copyOf(table(robot).getSelectionModel().getSelectedItems()), true));
        showContextMenu(robot);
        assertFalse(markRead.isVisible(), "it is read already");
        assertTrue(markUnread.isVisible());

        select(robot, CACHING, other);
        showContextMenu(robot);
        assertTrue(markRead.isVisible() && markUnread.isVisible(), "one of each: both change something");
    }

    /** The nineteenth walk: "Star or unstar" did not say which it would do. */
    @Test
    void theContextMenuSaysWhetherItStarsOrUnstars(FxRobot robot) {
        loaded();
        MenuItem star = table(robot).getContextMenu().getItems().stream()
                .filter(item -> item.getUserData() == Command.FAVOURITE)
                .findFirst()
                .orElseThrow();
        select(robot, CACHING);
        showContextMenu(robot);
        assertEquals("_Star", star.getText());

        robot.interact(() -> window.mainModel()
                .setFavourite(List.copyOf(table(robot).getSelectionModel().getSelectedItems()), true));
        showContextMenu(robot);
        assertEquals("_Unstar", star.getText());

        String other = table(robot).getItems().stream()
                .map(ArticleRow::id)
                .filter(id -> !id.equals(CACHING))
                .findFirst()
                .orElseThrow();
        select(robot, CACHING, other);
        showContextMenu(robot);
        assertEquals("_Star", star.getText(), "one unstarred: the command stars both");
    }

    private static void showContextMenu(FxRobot robot) {
        robot.interact(() -> {
            table(robot).getContextMenu().hide();
            table(robot).getContextMenu().show(table(robot), Side.BOTTOM, 0, 0);
        });
    }

    private static MenuItem contextItem(FxRobot robot, String text) {
        return table(robot).getContextMenu().getItems().stream()
                .filter(item -> text.equals(item.getText()))
                .findFirst()
                .orElseThrow();
    }

    /** Selects the rows of these articles. */
    private static void select(FxRobot robot, String... ids) {
        robot.interact(() -> {
            List<String> shown =
                    table(robot).getItems().stream().map(ArticleRow::id).toList();
            table(robot).getSelectionModel().clearSelection();
            for (String id : ids) {
                table(robot).getSelectionModel().select(shown.indexOf(id));
            }
        });
    }

    /** The sixteenth walk undid a delete and found the article back out of sight, another row selected. */
    @Test
    void anUndoneDeleteSelectsTheArticleItBringsBack(FxRobot robot) {
        String id = addedAndDeleted(robot, "Mine to delete and keep");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> table(robot).getItems().size() == 32);
        waitFor(() -> table(robot).getSelectionModel().getSelectedItem() != null
                && table(robot).getSelectionModel().getSelectedItem().id().equals(id));
    }

    /**
     * The twenty-fourth walk pressed Ctrl+Z in another article's note, and the delete it undid took the keyboard to
     * the search field, where the next keys replaced the search; the twenty-sixth clicked Edit > Undo there, with the
     * same end. A note's Ctrl+Z stops at its own article's changes; Edit > Undo goes on, and the keyboard goes to the
     * list, at the article brought back.
     */
    @Test
    void aDeleteUndoneFromANoteLeavesTheKeyboardInTheList(FxRobot robot) {
        String id = addedAndDeleted(robot, "Mine to delete from a note");
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.interact(note::requestFocus);
        waitFor(note::isFocused);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() ->
                shownNow(robot, "Nothing more to undo in this article; Edit › Undo delete is about another article"));
        assertEquals(31, table(robot).getItems().size(), "not undone from the note");
        assertTrue(note.isFocused());
        MenuItem undoItem = editMenu(robot).getItems().stream()
                .filter(item -> item.getText().startsWith("_Undo delete"))
                .findFirst()
                .orElseThrow();
        robot.interact(undoItem::fire);
        waitFor(() -> table(robot).getItems().size() == 32
                && id.equals(table(robot).getSelectionModel().getSelectedItem().id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(table(robot), stage.getScene().getFocusOwner(), "the keyboard goes to the list");
    }

    /**
     * An article whose note was typed and saved, deleted from the list: the notice said it "left the list: it no longer
     * matches the search and filters", in place of the delete's own notice and its Undo (the thirty-first walk).
     */
    @Test
    void anArticleDeletedRightAfterItsNoteIsSaidDeletedWithItsUndo(FxRobot robot) {
        loaded();
        String id = window.connection()
                .get()
                .addArticle("Mine with a note to delete", "https://example.com/noted", "", List.of());
        waitFor(() -> table(robot).getItems().size() == 32);
        select(robot, id);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        waitFor(() -> robot.lookup(".detail-body").query().isVisible());
        robot.clickOn(note).write("to go");
        waitFor(() -> noteInStore(id).equals(Optional.of("to go")));
        robot.interact(() -> table(robot).requestFocus());
        deletedByKey(robot);
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(shownNow(robot, "Deleted “Mine with a note to delete”"), "the delete's own notice stays");
        }
        assertTrue(robot.lookup("Undo").tryQuery().isPresent(), "with its Undo");
    }

    /** An article added, then deleted with the Delete key and its dialog; the first row is selected after. */
    private String addedAndDeleted(FxRobot robot, String title) {
        loaded();
        String id = window.connection().get().addArticle(title, "https://example.com/" + title.length(), "", List.of());
        waitFor(() -> table(robot).getItems().size() == 32);
        robot.interact(() -> {
            int at = table(robot).getItems().stream()
                    .map(ArticleRow::id)
                    .toList()
                    .indexOf(id);
            table(robot).getSelectionModel().clearAndSelect(at);
            table(robot).requestFocus();
        });
        deletedByKey(robot);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        return id;
    }

    /** The Delete key and its dialog's Delete, on the selected article of 32. */
    private static void deletedByKey(FxRobot robot) {
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup((Button b) -> "Delete".equals(b.getText()))
                .tryQuery()
                .isPresent());
        robot.clickOn((Button b) -> "Delete".equals(b.getText()));
        waitFor(() -> table(robot).getItems().size() == 31);
    }

    /** The twenty-second walk, at 800x600: each tag added pushed the field it typed in under the pane's lower edge. */
    @Test
    void theTagFieldStaysInSightAsTagsAreAdded(FxRobot robot) {
        String id = firstRowShown(robot);
        robot.interact(() -> stage.setHeight(460));
        TextField tagField = tagField(robot);
        robot.interact(() -> tagField.requestFocus());
        for (String tag : List.of("first", "second", "third", "fourth", "fifth")) {
            robot.interact(() -> {
                tagField.setText(tag);
                tagField.fireEvent(new ActionEvent());
            });
            waitFor(() -> userTags(id).contains(tag));
        }
        Node scroller = robot.lookup(".detail-scroll").query();
        waitFor(() -> scroller.localToScene(scroller.getLayoutBounds())
                .contains(tagField.localToScene(tagField.getLayoutBounds())));
    }

    /**
     * The keyboard-only seventy-ninth walk, at 800x600, went along an article's seven tags with Right: the tag with the
     * keyboard went below the pane's lower edge, and Delete took one it could not see.
     */
    @Test
    void theTagWithTheKeyboardIsInSight(FxRobot robot) {
        String id = firstRowShown(robot);
        List<String> tags = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh");
        robot.interact(() -> stage.setHeight(460));
        TextField tagField = tagField(robot);
        robot.interact(() -> {
            tagField.setText(String.join(", ", tags));
            tagField.fireEvent(new ActionEvent());
        });
        waitFor(() -> userTags(id).size() == tags.size());
        ScrollPane scroller = robot.lookup(".detail-scroll").queryAs(ScrollPane.class);
        Button last = robot.lookup((Button b) -> "seventh".equals(b.getText())).queryAs(Button.class);
        robot.interact(() -> {
            table(robot).requestFocus();
            scroller.setVvalue(0);
        });
        waitFor(() ->
                !scroller.localToScene(scroller.getLayoutBounds()).contains(last.localToScene(last.getLayoutBounds())));
        robot.interact(last::requestFocus);
        waitFor(() ->
                scroller.localToScene(scroller.getLayoutBounds()).contains(last.localToScene(last.getLayoutBounds())));
    }

    /** The twenty-second walk: "“later” is already one of this article's tags" stayed while it went on elsewhere. */
    @Test
    void whatIsSaidOfATagNoLongerTypedGoesWithTheKeyboard(FxRobot robot) {
        String id = firstRowShown(robot);
        TextField tagField = tagField(robot);
        robot.clickOn(tagField).write("later").type(KeyCode.ENTER);
        waitFor(() -> userTags(id).equals(List.of("later")));
        robot.write("later").type(KeyCode.ENTER);
        Label said = robot.lookup(".detail-pane .error-text").queryAs(Label.class);
        waitFor(() -> said.getText().endsWith("is already one of this article's tags"));
        robot.interact(() -> table(robot).requestFocus());
        waitFor(() -> said.getText().isEmpty());
    }

    /**
     * The thirty-fourth walk typed "a, b" and Enter: with suggestions for "b" shown and none chosen, Enter only closed
     * them; the next tag typed joined the old text.
     */
    @Test
    void enterAddsWhatIsTypedWhileSuggestionsShowAndNoneIsChosen(FxRobot robot) {
        String id = firstRowShown(robot);
        TextField tagField = tagField(robot);
        robot.clickOn(tagField).write("later, b");
        waitFor(() -> robot.listWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing()));
        robot.type(KeyCode.ENTER);
        waitFor(() -> Set.copyOf(userTags(id)).equals(Set.of("b", "later")));
        waitFor(() -> tagField.getText().isEmpty());
    }

    /** The thirty-second and thirty-third walks: a reason said under the tag field pushed the note down a line. */
    @Test
    void whatIsSaidOfATagMovesNothing(FxRobot robot) {
        robot.interact(() -> stage.setWidth(1400)); // room for the reason on one line: the stage keeps earlier widths
        firstRowShown(robot);
        TextField tagField = tagField(robot);
        Node note = robot.lookup(".detail-note").query();
        robot.clickOn(tagField);
        double top = note.localToScene(note.getLayoutBounds()).getMinY();
        robot.write("x|y").type(KeyCode.ENTER);
        Label said = robot.lookup(".detail-pane .error-text").queryAs(Label.class);
        waitFor(() -> !said.getText().isEmpty());
        robot.sleep(500); // a few pulses: the pane's part is laid out again a frame after it grows
        assertEquals(top, note.localToScene(note.getLayoutBounds()).getMinY(), "the note stays where it was");
    }

    /** The sixteenth walk: "x|y" in the pane's tag field was emptied, and its reason stayed under every article. */
    @Test
    void aTagThePaneCannotTakeStaysTypedAndItsReasonGoesWithTheArticle(FxRobot robot) {
        String id = firstRowShown(robot);
        TextField tagField = tagField(robot);
        robot.clickOn(tagField).write("later, x|y").type(KeyCode.ENTER);
        waitFor(() -> userTags(id).equals(List.of("later")));
        assertEquals("x|y", tagField.getText(), "the tag that cannot be stays to be mended");
        Label said = robot.lookup(".detail-pane .error-text").queryAs(Label.class);
        assertTrue(said.getText().startsWith("A tag cannot contain '|'"), said.getText());

        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(1));
        waitFor(() -> said.getText().isEmpty());
        // The eighteenth walk: a tag typed and not added went on to the next article, where Enter would add it.
        assertEquals("", tagField.getText(), "the tag typed was for the article it was typed beside");
        waitFor(() -> robot.lookup(".toast-text")
                .tryQueryAs(Label.class)
                .filter(notice -> notice.getText().startsWith("“x|y” was not added as a tag of"))
                .isPresent());
        String next = table(robot).getItems().get(1).id();
        robot.clickOn(tagField).write("weekend");
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        // Let go unsaid, it was lost: it is added to the article it was typed beside, as it is left.
        waitFor(() -> userTags(next).equals(List.of("weekend")));
        assertEquals(List.of("later"), userTags(id));

        // In a low window the reason is under the part's lower edge: the part scrolls to show it.
        robot.interact(() -> stage.setHeight(420));
        robot.interact(
                () -> robot.lookup(".detail-scroll").queryAs(ScrollPane.class).setVvalue(0));
        robot.interact(() -> {
            tagField.setText("a|b");
            tagField.fireEvent(new ActionEvent());
        });
        waitFor(() -> !said.getText().isEmpty());
        Node scroller = robot.lookup(".detail-scroll").query();
        waitFor(() ->
                scroller.localToScene(scroller.getLayoutBounds()).contains(said.localToScene(said.getLayoutBounds())));
        // Mended by the user, the reason goes with what it was said about (the eighteenth walk).
        robot.interact(() -> tagField.setText("a"));
        waitFor(() -> said.getText().isEmpty());
        robot.interact(() -> {
            tagField.setText("a|b");
            tagField.fireEvent(new ActionEvent());
        });
        waitFor(() -> !said.getText().isEmpty());

        // The seventeenth walk typed spaces over it and pressed Enter: the spaces and the old reason stayed.
        robot.interact(() -> {
            tagField.setText("   ");
            tagField.fireEvent(new ActionEvent());
        });
        waitFor(() -> said.getText().isEmpty() && tagField.getText().isEmpty());
    }

    /**
     * The fifty-eighth walk's two devices, both called "vm" after their host, merged a note "kept from vm (32876…)",
     * and only the command line could name them. File › Device name… does, as 'sync --name' does.
     */
    @Test
    void fileDeviceNameNamesThisDeviceForTheOthers(FxRobot robot) throws Exception {
        loaded();
        String before = Devices.forUser().name(); // the tests' own config folder: put back after
        try {
            MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().getFirst().getItems().stream()
                    .filter(each -> "Device na_me…".equals(each.getText()))
                    .findFirst()
                    .orElseThrow();
            robot.interact(item::fire);
            waitFor(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
            TextField field = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
            assertEquals(before, field.getText(), "the name it has now, to change");
            Button ok = robot.lookup(".dialog-pane .button")
                    .match((Button b) -> b.isDefaultButton())
                    .queryAs(Button.class);
            robot.interact(() -> field.setText("  "));
            waitFor(ok::isDisabled);
            robot.interact(() -> field.setText("laptop A"));
            waitFor(() -> !ok.isDisabled());
            robot.clickOn(ok);
            waitFor(() -> Devices.forUser().name().equals("laptop A"));
            waitFor(() -> robot.lookup((Label label) -> label.getText() != null
                            && label.getText().equals("Your other devices will call this one “laptop A”"))
                    .tryQuery()
                    .isPresent());
        } finally {
            Devices.rename(before);
        }
    }

    /**
     * The fifteenth walk: Add a tag with a name that cannot be a tag closed the dialog, lost the text and said why in
     * a notice. The thirty-first: "a, b" was refused here, where the pane's tag field and the Add form take it.
     */
    @Test
    void addATagTakesSeveralAndKeepsTheDialogWhileOneCannotBeATag(FxRobot robot) {
        String id = firstRowShown(robot);
        robot.push(KeyCode.CONTROL, KeyCode.T);
        waitFor(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField field = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        Button ok = robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.isDefaultButton())
                .queryAs(Button.class);
        assertTrue(ok.isDisabled(), "nothing typed, nothing to add");

        robot.clickOn(field).write("deep|dive, later").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field.getScene().getWindow().isShowing(), "the dialog stays, with the text");
        assertEquals("deep|dive, later", field.getText());
        assertTrue(ok.isDisabled());
        assertTrue(
                robot.lookup(".dialog-pane .error-text")
                        .queryAs(Label.class)
                        .getText()
                        .startsWith("“deep|dive”: a tag cannot contain '|'"),
                "it says which and why under the field");

        // The tags in use are suggested for the last one typed, and taken in its place.
        robot.interact(() -> field.setText(""));
        robot.write("later, redi");
        robot.type(KeyCode.DOWN, KeyCode.ENTER);
        waitFor(() -> field.getText().equals("later, Redis"));
        assertTrue(field.getScene().getWindow().isShowing(), "a suggestion taken, the dialog stays for more");

        robot.interact(() -> field.setText("deep dive, later, Later, "));
        waitFor(() -> !ok.isDisabled());
        assertEquals(
                "",
                robot.lookup(".dialog-pane .error-text").queryAs(Label.class).getText());
        robot.type(KeyCode.ENTER);
        waitFor(() -> userTags(id).equals(List.of("deep dive", "later")));
        waitFor(() -> robot.lookup((Label label) -> label.getText().startsWith("Added “deep dive” and “later” to “"))
                .tryQuery()
                .isPresent());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> userTags(id).isEmpty());
    }

    /**
     * The thirty-second walk clicked the × of one of two tags: the other slid left, its × under the pointer, and a
     * second click removed it too. The chips hold their places until the pointer leaves them.
     */
    @Test
    void aTagsXLeavesTheNextChipWhereItWasWhileThePointerStays(FxRobot robot) {
        cachingShownWithOwnTags(robot, "to-review", "security-later");
        Button first = robot.lookup(".chip-remove").nth(0).queryAs(Button.class);
        Button second = robot.lookup(".chip-remove").nth(1).queryAs(Button.class);
        Bounds secondBefore = second.localToScene(second.getLayoutBounds());
        robot.clickOn(first);
        waitFor(() -> userTags(CACHING).equals(List.of("security-later")));
        waitFor(() -> robot.lookup(".chip-remove").queryAll().size() == 1);
        Button left = robot.lookup(".chip-remove").queryAs(Button.class);
        assertEquals(secondBefore, left.localToScene(left.getLayoutBounds()), "the other chip stays where it was");
        robot.clickOn(robot.lookup(".table-view").queryAs(Node.class)); // the pointer leaves the chips
        waitFor(() -> left.localToScene(left.getLayoutBounds()).getMinX() < secondBefore.getMinX());

        // The thirty-third walk: a tag added with Enter pushed the field down, and the new chip's × came under the
        // pointer still where the field had been; the next click removed the tag. A × takes a click only once the
        // pointer has moved onto it.
        select(robot, CACHING); // the click in the list chose another
        waitFor(() -> robot.lookup(".chip-remove").tryQuery().isPresent());
        Button remove = robot.lookup(".chip-remove").queryAs(Button.class);
        robot.interact(() -> pressAndRelease(remove, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("security-later"), userTags(CACHING), "a click with no move onto the × removes nothing");
        robot.clickOn(remove);
        waitFor(() -> userTags(CACHING).isEmpty());
        // A tap on a touch screen moves no pointer first, and removes the tag.
        window.connection().get().tagArticles(List.of(CACHING), "tapped", true);
        robot.interact(() -> window.mainModel().refreshTags());
        select(robot, MainViewModelTest.CELERY);
        select(robot, CACHING);
        waitFor(() -> robot.lookup(".chip-remove").tryQuery().isPresent());
        Button tapped = robot.lookup(".chip-remove").queryAs(Button.class);
        robot.interact(() -> pressAndRelease(tapped, true));
        waitFor(() -> userTags(CACHING).isEmpty());
    }

    /** The forty-third walk pressed F2 on the Tags button, a catalog article selected, and nothing happened. */
    @Test
    void f2AndDeleteAwayFromTheTableSayWhyACatalogArticleCannotBeEditedOrDeleted(FxRobot robot) {
        loaded();
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        Button tags = robot.lookup((Button b) -> b.getText().startsWith("Tags")).queryAs(Button.class);
        robot.interact(tags::requestFocus);
        waitFor(tags::isFocused);
        robot.type(KeyCode.F2);
        waitFor(() -> shownNow(robot, "Articles of the bundled catalog cannot be edited"));
        // Delete there was silent too (the forty-third walk's list).
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup(".toast-text")
                .tryQueryAs(Label.class)
                .map(notice -> notice.getText().endsWith("belongs to the bundled catalog, which cannot be deleted"))
                .orElse(false));
    }

    /** Ctrl+Shift+N with no article selected said nothing; the forty-sixth walk's note went into the search. */
    @Test
    void writeInTheNoteWithNoArticleSelectedSaysToSelectOne(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").write("cach");
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitFor(() -> shownNow(robot, "Select one article to write its note"));
    }

    /** With nothing selected, Delete, F2 and Ctrl+R said nothing, their menu items greyed (the forty-sixth walk). */
    @Test
    void keysOnTheSelectedArticlesWithNoneSelectedSayWhatToSelect(FxRobot robot) {
        loaded();
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).requestFocus();
        });
        robot.push(KeyCode.CONTROL, KeyCode.R);
        waitFor(() -> shownNow(robot, "Select the articles to mark read"));
        robot.type(KeyCode.F2);
        waitFor(() -> shownNow(robot, "Select the article to edit"));
        robot.type(KeyCode.DELETE);
        waitFor(() -> shownNow(robot, "Select the articles to delete"));
        assertEquals(31, table(robot).getItems().size());
    }

    /** F2 with two rows selected edited the first of them, and the forty-sixth walk was not told which. */
    @Test
    void f2WithSeveralSelectedSaysItEditsTheFirst(FxRobot robot) {
        loaded();
        Library library = window.connection().get();
        library.addArticle("Notes on Paxos", "https://example.com/paxos", "", List.of());
        library.addArticle("Notes on Raft", "https://example.com/raft", "", List.of());
        robot.clickOn(".text-field").write("notes on");
        waitFor(() -> table(robot).getItems().size() == 2);
        robot.interact(() -> {
            table(robot).getSelectionModel().selectAll();
            table(robot).requestFocus();
        });
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#titleField").tryQuery().isPresent());
        DialogPane form = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Edit the first of the 2 selected articles", form.getHeaderText());
        assertEquals(
                row(robot, 0).article().title(),
                robot.lookup("#titleField").queryAs(TextField.class).getText());
        robot.type(KeyCode.ESCAPE);
    }

    /** The thirty-third walk removed tags with Delete and had to come back from the tag field for each. */
    @Test
    void deleteOnATagChipLeavesTheKeyboardOnTheNextChip(FxRobot robot) {
        cachingShownWithOwnTags(robot, "first-mine", "second-mine");
        Button first = robot.lookup(".chip-name").nth(0).queryAs(Button.class);
        robot.interact(first::requestFocus);
        robot.type(KeyCode.DELETE);
        waitFor(() -> userTags(CACHING).equals(List.of("second-mine")));
        waitFor(() -> robot.lookup(".chip-name").queryAll().size() == 1
                && robot.lookup(".chip-name").queryAs(Button.class).isFocused());
        robot.type(KeyCode.DELETE);
        waitFor(() -> userTags(CACHING).isEmpty());
        waitFor(() -> robot.lookup(".catalog-chip").queryAll().stream().anyMatch(Node::isFocused));
    }

    /** The fifty-eighth walk removed an added article's only tag with Delete: the keyboard went to the search. */
    @Test
    void deleteOnTheLastTagChipLeavesTheKeyboardOnTheTagField(FxRobot robot) {
        loaded();
        String id =
                window.connection().get().addArticle("Tagged once", "https://example.com/once", "", List.of("tech"));
        waitFor(() -> table(robot).getItems().size() == 32);
        select(robot, id);
        waitFor(() -> robot.lookup(".chip-name").queryAll().size() == 1);
        robot.interact(() -> robot.lookup(".chip-name").queryAs(Button.class).requestFocus());
        robot.type(KeyCode.DELETE);
        waitFor(() -> userTags(id).isEmpty());
        waitFor(() -> robot.lookup(".chip-name").queryAll().isEmpty());
        waitFor(() -> tagField(robot).isFocused());
    }

    /**
     * The thirty-third walk pressed Esc in the tag field, as in the note, and nothing happened. The thirty-fifth, with
     * the list given the keyboard and its tag still typed, typed on, and its Space marked an article unread unseen: a
     * first Esc lets the tag typed go, a second goes back to the list.
     */
    @Test
    void escInTheTagFieldLetsTheTagTypedGoThenGoesBackToTheList(FxRobot robot) {
        String id = firstRowShown(robot);
        robot.clickOn(tagField(robot)).write("draft");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> tagField(robot).getText().isEmpty());
        assertTrue(tagField(robot).isFocused());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> table(robot).isFocused());
        assertEquals(List.of(), userTags(id));
    }

    /** The thirty-third walk: "Added … and “database” to 3 articles", where one had the catalog's Database already. */
    @Test
    void addingSeveralTagsSaysWhichWentOnHowMany(FxRobot robot) {
        loaded();
        select(robot, CACHING, MainViewModelTest.CELERY);
        robot.push(KeyCode.CONTROL, KeyCode.T);
        waitFor(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .text-field").queryAs(TextField.class))
                .write("review-later, caching")
                .type(KeyCode.ENTER);
        waitFor(() -> robot.lookup((Label label) ->
                        label.getText().equals("Added “review-later” to 2 articles and “caching” to 1 article"))
                .tryQuery()
                .isPresent());
        // One both had already is said apart: the forty-ninth walk read "and “redis” to none, each had it".
        robot.push(KeyCode.CONTROL, KeyCode.T);
        waitFor(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .text-field").queryAs(TextField.class))
                .write("weekend, review-later")
                .type(KeyCode.ENTER);
        waitFor(() -> robot.lookup((Label label) ->
                        label.getText().equals("Added “weekend” to 2 articles; both had “review-later” already"))
                .tryQuery()
                .isPresent());
    }

    /** A tag's × under a Tags filter of it: the article left the list, and the notice did not say why. */
    @Test
    void aTagTakenInThePaneUnderAFilterOfItSaysTheFilterHidesTheArticle(FxRobot robot) {
        loaded();
        Library library = window.connection().get();
        library.tagArticles(List.of(CACHING, MainViewModelTest.CELERY), "queue", true);
        robot.interact(() -> window.mainModel().refreshTags());
        waitFor(() -> window.mainModel().tagNames().contains("queue"));
        robot.interact(() -> window.mainModel().selectedTags().setAll("queue"));
        waitFor(() -> table(robot).getItems().size() == 2);
        select(robot, CACHING);
        waitFor(() -> robot.lookup(".chip-remove").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".chip-remove").queryAs(Button.class));
        waitFor(() -> robot.lookup((Label label) -> label.getText().startsWith("Removed “queue” from “Caching")
                        && label.getText().endsWith("”; the Tags filter hides it now"))
                .tryQuery()
                .isPresent());
        waitFor(() -> table(robot).getItems().size() == 1);
        // The twenty-fourth walk: undone, it came back into the list but not selected.
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> table(robot).getItems().size() == 2);
        waitFor(() -> table(robot).getSelectionModel().getSelectedItem() != null
                && CACHING.equals(
                        table(robot).getSelectionModel().getSelectedItem().id()));
    }

    @Test
    void ownTagsAreAddedFromSuggestionsAndRemovedWithTheirChip(FxRobot robot) throws Exception {
        loaded();
        robot.clickOn(".text-field").write("cpu cache").type(KeyCode.DOWN);
        String id = row(robot, 0).id();
        TextField tagField = tagField(robot);
        robot.clickOn(tagField).write("Redi").type(KeyCode.DOWN);
        waitFor(() -> tagField.getText().equals("Redis"));
        robot.type(KeyCode.ENTER);
        waitFor(() -> userTags(id).equals(List.of("Redis")));
        robot.clickOn(robot.lookup(".chip-remove").queryAs(Button.class));
        waitFor(() -> userTags(id).isEmpty());
        assertTrue(tagField.isFocused(), "the keyboard stays in the pane, not sent back to the search");

        robot.write("Queues").type(KeyCode.ENTER);
        waitFor(() -> userTags(id).equals(List.of("Queues")));
        robot.interact(() -> robot.lookup(".chip-name").queryAs(Button.class).requestFocus());
        robot.type(KeyCode.DELETE);
        waitFor(() -> userTags(id).isEmpty());

        // The ninth walk pressed Right, then Delete, to remove its second tag, and the first went: Right had
        // stopped on the first tag's ×.
        robot.clickOn(tagField).write("first").type(KeyCode.ENTER);
        waitFor(() -> userTags(id).equals(List.of("first")));
        robot.write("second").type(KeyCode.ENTER);
        waitFor(() -> userTags(id).equals(List.of("first", "second")));
        robot.interact(() -> robot.lookup(".chip-name").queryAs(Button.class).requestFocus());
        robot.type(KeyCode.RIGHT).type(KeyCode.DELETE);
        waitFor(() -> userTags(id).equals(List.of("first")));
        // The keyboard is on the chip before it now, for the next Delete (the thirty-third walk); Ctrl+Z is the
        // window's Undo there, as in the empty tag field (the tenth walk's did nothing).
        waitFor(() -> robot.lookup(".chip-name").queryAs(Button.class).isFocused());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> userTags(id).size() == 2 && userTags(id).containsAll(List.of("first", "second")));
    }

    /** The thirty-second walk, at 800x600: "Tags ▾" becoming "Tags (1) ▾" moved the progress beside it. */
    @Test
    void aTagFilterChosenMovesNothingInTheToolbar(FxRobot robot) {
        loaded();
        robot.interact(() -> stage.setWidth(800));
        Label progress = robot.lookup(".progress-label").queryAs(Label.class);
        Button tags = robot.lookup("#tagButton").queryAs(Button.class);
        waitFor(() -> progress.isVisible() && !progress.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Bounds before = progress.localToScene(progress.getLayoutBounds());
        robot.interact(() -> window.mainModel().selectedTags().setAll("Redis"));
        waitFor(() -> tags.getText().equals("Tags (1) ▾"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, progress.localToScene(progress.getLayoutBounds()));

        // A new window on an 800x600 screen: the room is not taken where it would cost the progress.
        robot.interact(() -> window.mainModel().selectedTags().clear());
        robot.interact(() -> stage.setWidth(720));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(progress.isVisible());
    }

    /** The twentieth walk: at 800x600 the pane's text for a selection of many ran to its edges. */
    @Test
    void thePanesTextForManySelectedKeepsAMargin(FxRobot robot) {
        loaded();
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        Label said = robot.lookup(
                        (Label l) -> l.getText() != null && l.getText().contains(" articles selected."))
                .queryAs(Label.class);
        waitFor(said::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = robot.lookup(".detail-pane").query();
        Node text = said.lookup(".text");
        Bounds paneBounds = pane.localToScene(pane.getLayoutBounds());
        Bounds textBounds = text.localToScene(text.getLayoutBounds());
        assertTrue(
                textBounds.getMinX() - paneBounds.getMinX() >= 16 && paneBounds.getMaxX() - textBounds.getMaxX() >= 16,
                () -> "the text " + textBounds + " in the pane " + paneBounds);
    }

    /** The twentieth walk read "Site steps aside to make room for Note; widen the window to see both" as odd. */
    @Test
    void aColumnTurnedOnInANarrowWindowSaysWhatItHid(FxRobot robot) {
        loaded();
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<?, ?> note = table(robot).getColumns().stream()
                .filter(column -> "note".equals(column.getId()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> note.setVisible(true));
        waitFor(() -> robot.lookup((Label label) -> label.getText() != null
                        && label.getText().startsWith("To make room for Note, ")
                        && label.getText().endsWith(" hidden until the window is wider"))
                .tryQuery()
                .isPresent());
    }

    /**
     * View › Columns showed a column hidden for want of room unchecked, as one turned off: the walks could not
     * tell which they had turned off. The menu says which are hidden for room, and choosing one shows it.
     */
    @Test
    void theColumnsMenuSaysWhichColumnsAreHiddenForRoom(FxRobot robot) {
        loaded();
        robot.interact(() -> stage.setWidth(1400));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(column(robot, "site").isVisible());
        robot.interact(() -> column(robot, "site").setVisible(false)); // View › Columns › Site, turned off
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(column(robot, "minutes").isVisible(), "no room for Reading time at 800 pixels");
        Menu view = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("_View"))
                .findFirst()
                .orElseThrow();
        Menu columns = (Menu) item(view, "_Columns");
        robot.push(KeyCode.ALT, KeyCode.V);
        waitFor(view::isShowing);
        robot.type(KeyCode.C);
        waitFor(columns::isShowing);
        List<String> items = columns.getItems().stream().map(MenuItem::getText).toList();
        assertTrue(items.contains("Reading time (no room at this width)"), items.toString());
        assertTrue(items.contains("Title"), items.toString());
        assertTrue(items.contains("Site"), "turned off, not hidden for room: " + items);
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        waitFor(() -> !view.isShowing());
        // A header's right-click menu says the same (the table's "+" menu did not: the fifty-ninth walk).
        assertFalse(table(robot).isTableMenuButtonVisible());
        robot.rightClickOn(robot.lookup(".column-header")
                .match((Node header) ->
                        header.lookup(".label") instanceof Label label && "Title".equals(label.getText()))
                .queryAs(Node.class));
        ContextMenu headers = column(robot, "title").getContextMenu();
        waitFor(headers::isShowing);
        assertEquals(
                items, headers.getItems().stream().map(MenuItem::getText).toList(), "the same items, the same words");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !headers.isShowing());

        robot.interact(() -> stage.setWidth(1400));
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ALT, KeyCode.V);
        waitFor(view::isShowing);
        robot.type(KeyCode.C);
        waitFor(columns::isShowing);
        assertTrue(
                columns.getItems().stream().anyMatch(item -> item.getText().equals("Reading time")),
                "shown again, the menu says nothing more");
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
    }

    /**
     * The twenty-first walk turned on Note, then Added, at 800x600; after a restart, in a wider window,
     * Published and Site were back and Added, its last choice, was not.
     */
    @Test
    void theColumnLastTurnedOnStaysShownAfterARestart(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> column(robot, "note").setVisible(true));
        robot.interact(() -> column(robot, "added").setVisible(true));
        assertFalse(column(robot, "note").isVisible(), "at 800 pixels only one chosen column fits");

        WaitForAsyncUtils.asyncFx(() -> window.quit()).get(10, TimeUnit.SECONDS);
        background.drain(); // the layout is written on the worker
        robot.interact(
                () -> window = MainWindow.open(stage, context, SettingsFile.forUser(context.settingsFolder()), null));
        loaded();
        robot.interact(() -> stage.setWidth(1300));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(column(robot, "added").isVisible(), "the column chosen last");
        assertTrue(column(robot, "published").isVisible(), "shown by default, and there is room");
    }

    /** The twentieth walk: a click on a chip, meant for the tag field below it, filtered the list with nothing said. */
    @Test
    void aTagChipFiltersTheListAndSaysSoWithTheWayBack(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").write("caching strategies").type(KeyCode.DOWN);
        waitFor(() -> robot.lookup(".catalog-chip").queryAll().size() >= 3);
        Button chip = robot.lookup(".catalog-chip").queryAs(Button.class);
        String tag = chip.getText();
        robot.push(KeyCode.CONTROL, KeyCode.F); // back in the search, as after typing it
        robot.interact(chip::fire);
        waitFor(() -> robot.lookup(
                        (Label label) -> ("Showing the articles tagged “" + tag + "”").equals(label.getText()))
                .tryQuery()
                .isPresent());
        assertEquals(List.of(tag), window.mainModel().selectedTags());
        assertEquals("", window.mainModel().searchTextProperty().get(), "every article with the tag shows");
        waitFor(() -> table(robot).isFocused()); // the keyboard in the list, not in the search (the twenty-second walk)
        Button back = robot.lookup(".toast-action").queryAs(Button.class);
        assertEquals("Back", back.getText(), "to the search");
        robot.interact(back::fire);
        waitFor(() -> window.mainModel().selectedTags().isEmpty());
        assertEquals(
                "caching strategies", window.mainModel().searchTextProperty().get());
    }

    /** The thirty-third walk: after Alt+Left the list showed its top, the selected article below its foot. */
    @Test
    void backKeepsTheSelectedArticleInSight(FxRobot robot) {
        loaded();
        robot.interact(() -> stage.setHeight(420));
        int last = table(robot).getItems().size() - 1;
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(last);
            table(robot).scrollTo(last);
        });
        String id = row(robot, last).id();
        waitFor(() -> robot.lookup(".catalog-chip").tryQuery().isPresent());
        Button chip = robot.lookup(".catalog-chip").queryAs(Button.class);
        robot.interact(chip::fire);
        waitFor(() -> !window.mainModel().selectedTags().isEmpty());
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        waitFor(() -> window.mainModel().selectedTags().isEmpty());
        VirtualFlow<?> flow = robot.lookup(".virtual-flow").queryAs(VirtualFlow.class);
        waitFor(() -> {
            ArticleRow selected = table(robot).getSelectionModel().getSelectedItem();
            int at = table(robot).getSelectionModel().getSelectedIndex();
            return selected != null
                    && selected.id().equals(id)
                    && flow.getFirstVisibleCell() != null
                    && flow.getFirstVisibleCell().getIndex() <= at
                    && at <= flow.getLastVisibleCell().getIndex();
        });
    }

    /**
     * The twenty-second walk: Back went only one step, and went with its notice after 10 s. Alt+Left (Edit > Back)
     * goes back step by step while the list is the one a chip showed.
     */
    @Test
    void backGoesBackThroughEveryChipClickedAndOutlivesItsNotice(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").write("caching strategies").type(KeyCode.DOWN);
        waitFor(() -> robot.lookup(".catalog-chip").queryAll().size() >= 3);
        Menu edit = editMenu(robot);
        MenuItem back = item(edit, "_Back");
        assertTrue(back.isDisable(), "no chip clicked yet");
        List<Button> chips =
                robot.lookup(".catalog-chip").queryAllAs(Button.class).stream().toList();
        String first = chips.getFirst().getText();
        String second = chips.get(1).getText();
        robot.interact(chips.getFirst()::fire);
        waitFor(() -> window.mainModel().selectedTags().equals(List.of(first)));
        assertFalse(back.isDisable());
        robot.interact(() -> chips.get(1).fire()); // the same article's next chip, still in the pane
        waitFor(() -> window.mainModel().selectedTags().equals(List.of(second)));

        robot.interact(() -> table(robot).requestFocus());
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        waitFor(() -> window.mainModel().selectedTags().equals(List.of(first)));
        waitFor(() -> robot.lookup(
                        (Label label) -> ("Showing the articles tagged “" + first + "”").equals(label.getText()))
                .tryQuery()
                .isPresent());
        assertFalse(back.isDisable(), "one step more to go");
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        waitFor(() -> window.mainModel().selectedTags().isEmpty());
        assertEquals(
                "caching strategies", window.mainModel().searchTextProperty().get());
        assertTrue(back.isDisable(), "back where the chips began");
        // The twenty-fourth walk: the notice of the list left stayed, with its Back.
        waitFor(() -> robot.lookup((Label label) -> ("Back to the list before “" + first + "”").equals(label.getText()))
                .tryQuery()
                .isPresent());

        robot.interact(chips.getFirst()::fire);
        waitFor(() -> window.mainModel().selectedTags().equals(List.of(first)));
        robot.interact(() -> window.mainModel().statusProperty().set(ReadStatus.UNREAD));
        assertTrue(back.isDisable(), "filters changed by hand: the list is no longer the chip's");
    }

    /** The twenty-first walk, with ★ on: the chip showed only the starred article, and Show all left ★ on. */
    @Test
    void aTagChipShowsEveryArticleWithTheTagWhateverElseNarrowedTheList(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").write("caching strategies").type(KeyCode.DOWN);
        waitFor(() -> robot.lookup(".catalog-chip").queryAll().size() >= 3);
        robot.push(KeyCode.CONTROL, KeyCode.D); // starred
        robot.push(KeyCode.CONTROL, KeyCode.F).eraseText(1); // the search cleared
        waitFor(() -> window.mainModel().searchTextProperty().get().isEmpty());
        robot.clickOn("#starredButton");
        waitFor(() -> table(robot).getItems().size() == 1);
        Map<String, Integer> counts =
                window.mainModel().tags().stream().collect(Collectors.toMap(TagCount::tag, TagCount::articles));
        Button chip = robot.lookup(".catalog-chip").queryAllAs(Button.class).stream()
                .max(Comparator.comparing(each -> counts.getOrDefault(each.getText(), 0)))
                .orElseThrow();
        String tag = chip.getText();
        int tagged = counts.get(tag);
        assertTrue(tagged > 1, "a tag of more than the starred article");

        robot.interact(chip::fire);
        waitFor(() -> table(robot).getItems().size() == tagged);
        assertFalse(window.mainModel().favouritesOnlyProperty().get());
        Button back = robot.lookup(".toast-action").queryAs(Button.class);
        assertEquals("Back", back.getText(), "to the starred");
        robot.interact(back::fire);
        waitFor(() -> table(robot).getItems().size() == 1);
        assertTrue(window.mainModel().favouritesOnlyProperty().get());
        assertEquals(List.of(), window.mainModel().selectedTags());
    }

    @Test
    void theTagChipsAreOneTabStopAndTheArrowsMoveAlongThem(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").write("caching strategies").type(KeyCode.DOWN);
        waitFor(() -> robot.lookup(".catalog-chip").queryAll().size() >= 3);
        List<Button> chips =
                robot.lookup(".catalog-chip").queryAllAs(Button.class).stream().toList();
        assertEquals(1, chips.stream().filter(Node::isFocusTraversable).count(), "one Tab stop");
        robot.interact(() -> chips.getFirst().requestFocus());
        robot.type(KeyCode.RIGHT);
        assertTrue(chips.get(1).isFocused(), "Right moves to the next chip");
        robot.type(KeyCode.LEFT);
        assertTrue(chips.getFirst().isFocused(), "Left moves back");
        robot.type(KeyCode.END);
        assertTrue(chips.getLast().isFocused(), "End goes to the last");
        robot.type(KeyCode.HOME);
        assertTrue(chips.getFirst().isFocused(), "Home to the first");
        robot.type(KeyCode.DELETE);
        String first = chips.getFirst().getText();
        waitFor(() -> robot.lookup((Label label) ->
                        label.getText() != null && label.getText().startsWith("“" + first + "” comes with the catalog"))
                .tryQuery()
                .isPresent());
        robot.type(KeyCode.RIGHT).type(KeyCode.TAB);
        Node focused = stage.getScene().getFocusOwner();
        assertTrue(
                focused instanceof TextField field && "Add your own tag…".equals(field.getPromptText()),
                "Tab leaves the chips for the tag field, not the next chip: " + focused);
        // The fourteenth walk came back with Shift+Tab to the first chip, not the one it had left, and Enter there
        // filtered by a tag it had not meant.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chips.get(1).isFocused(), "Shift+Tab comes back to the chip it left");
        assertEquals(1, chips.stream().filter(Node::isFocusTraversable).count(), "still one Tab stop");
    }

    @Test
    void anotherArticleShowsFromTheTopOfThePane(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        ScrollPane pane = robot.lookup(".detail-scroll").queryAs(ScrollPane.class);
        waitFor(pane::isVisible);
        robot.interact(() -> pane.setVvalue(1)); // down at the Read box and the star
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(1));
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 1);
        assertEquals(0, pane.getVvalue(), "the new article's title shows");
    }

    /**
     * The sixteenth walk went from an article with many tags to one with few and found a gap above the note:
     * the article's part kept the taller one's height. Its content shrinks while the pane is laid out, and the
     * layout that asks for went with that pass. Seen at 1000x740 in the app, every time.
     */
    @Test
    void aShorterArticleLeavesNoGapAboveTheNote(FxRobot robot) {
        loaded();
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(740);
        });
        ScrollPane article = robot.lookup(".detail-scroll").queryAs(ScrollPane.class);
        select(robot, "distributed-systems-algorithms-production-guide");
        waitFor(() -> robot.lookup(".detail-body").query().isVisible());
        // The first article's part scrolls: the window is small enough to show the gap.
        waitFor(() -> article.getContent().getLayoutBounds().getHeight()
                > article.getViewportBounds().getHeight() + 20);

        select(robot, "celery-task-queues-django-workflows-guide");
        framesPass(3); // the pane's layout, and the one it asks for again a frame on
        double content = article.getContent().getLayoutBounds().getHeight();
        double viewport = article.getViewportBounds().getHeight();
        assertTrue(
                content <= viewport + 0.5 && viewport <= content + 0.5,
                () -> "the part is as tall as the shorter article: " + viewport + " px for " + content + " px");
    }

    /** The sixty-second walk: sorted by Read, its header read "R…▲". */
    @Test
    void theReadHeaderIsWholeBesideItsSortArrow(FxRobot robot) {
        loaded();
        robot.interact(() -> table(robot).getSortOrder().setAll(List.of(column(robot, "read"))));
        WaitForAsyncUtils.waitForFxEvents();
        Label header = (Label) robot.lookup(".column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(each -> each.getTableColumn() != null
                        && "read".equals(each.getTableColumn().getId()))
                .findFirst()
                .orElseThrow()
                .lookup(".label");
        assertEquals("Read", header.getText());
        assertTrue(
                header.getWidth() >= header.prefWidth(-1),
                "the header's " + header.getWidth() + " px hold its " + header.prefWidth(-1));
    }

    /**
     * The sixty-fifth walk clicked the ★ header twice and nothing changed: it sorts the starred first, then the rest
     * newest first; again, the starred last; its arrow beside the star.
     */
    @Test
    void theStarHeaderSortsTheStarredFirstAndThenLast(FxRobot robot) {
        loaded();
        List<String> starred = List.of("grpc-high-performance-rpc-tutorial", "caching-strategies-production-guide");
        window.connection().get().setFavourites(starred, true);
        waitFor(() ->
                table(robot).getItems().stream().filter(ArticleRow::isFavourite).count() == 2);
        TableColumnHeader header = robot.lookup(".column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(each -> each.getTableColumn() != null
                        && "star".equals(each.getTableColumn().getId()))
                .findFirst()
                .orElseThrow();
        // As a click on the header does (the headless robot's click there sorts nothing; looked at under Xvfb).
        robot.interact(() -> table(robot).getSortOrder().setAll(List.of(column(robot, "star"))));
        waitFor(() -> row(robot, 0).isFavourite() && row(robot, 1).isFavourite());
        assertEquals(
                List.of("caching-strategies-production-guide", "grpc-high-performance-rpc-tutorial"),
                List.of(row(robot, 0).id(), row(robot, 1).id()),
                "newest first among them");
        Label label = (Label) header.lookup(".label");
        assertTrue(
                label.getWidth() >= label.prefWidth(-1),
                "the header's " + label.getWidth() + " px hold its " + label.prefWidth(-1));
        robot.interact(() -> column(robot, "star").setSortType(TableColumn.SortType.DESCENDING));
        waitFor(() -> row(robot, 29).isFavourite() && row(robot, 30).isFavourite());
        assertTrue(!row(robot, 0).isFavourite());
    }

    /**
     * The sixty-fourth walk pressed Space under a sort by Read: the row went to the read ones, out of sight, while the
     * pane showed it, and the next row slid under the pointer. Marked read or unstarred under a sort by what changed, a
     * row keeps its place, as under Unread, until the list is asked anew.
     */
    @Test
    void aRowMarkedUnderASortByWhatChangedKeepsItsPlaceUntilTheListIsAskedAnew(FxRobot robot) {
        loaded();
        robot.interact(() -> table(robot).getSortOrder().setAll(List.of(column(robot, "read"))));
        waitFor(() -> !table(robot).getSortOrder().isEmpty());
        String first = row(robot, 0).id();
        String second = row(robot, 1).id();
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class))
                .type(KeyCode.SPACE);
        waitFor(() -> window.connection().get().article(first).isRead());
        waitFor(() -> row(robot, 0).isRead());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // the library's change heard, and searched again
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                List.of(first, second),
                List.of(row(robot, 0).id(), row(robot, 1).id()),
                "in its place");
        waitFor(() -> robot.lookup((Label label) -> label.getText() != null
                        && label.getText()
                                .equals("31 shown (1 kept in place until the list is sorted again) · 31 articles"))
                .tryQuery()
                .isPresent()); // said: the sixty-seventh walk could not tell why a read row stood among the unread

        robot.interact(() -> column(robot, "read").setSortType(TableColumn.SortType.DESCENDING));
        robot.interact(() -> column(robot, "read").setSortType(TableColumn.SortType.ASCENDING));
        waitFor(() -> row(robot, 30).id().equals(first));
        assertEquals(second, row(robot, 0).id(), "asked anew, the read one goes to the read ones");

        window.connection().get().setFavourites(List.of(second), true);
        robot.interact(() -> table(robot).getSortOrder().setAll(List.of(column(robot, "star"))));
        waitFor(() -> row(robot, 0).id().equals(second));
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        robot.push(KeyCode.CONTROL, KeyCode.D);
        waitFor(() -> !row(robot, 0).isFavourite());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second, row(robot, 0).id(), "unstarred under a sort by ★, in its place too");
    }

    /**
     * The sixty-sixth walk dragged Title's edge wider: Published went off the screen, and at the next start Title was
     * back to its width. Title is the room the others leave, so its edge narrows the columns after it, whose widths the
     * window keeps.
     */
    @Test
    void draggingTitlesEdgeWiderNarrowsTheColumnsAfterIt(FxRobot robot) {
        loaded();
        robot.interact(() -> stage.setWidth(1400)); // Site shown, after Title
        waitFor(() -> column(robot, "site").isVisible());
        TableColumn<ArticleRow, ?> title = column(robot, "title");
        TableColumn<ArticleRow, ?> site = column(robot, "site");
        double titleBefore = title.getWidth();
        double siteBefore = site.getWidth();
        robot.interact(() -> table(robot).resizeColumn(title, 50)); // as a drag of its edge does
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(titleBefore + 50, title.getWidth(), 1);
        assertEquals(siteBefore - 50, site.getWidth(), 1);
        double shown = table(robot).getColumns().stream()
                .filter(TableColumn::isVisible)
                .mapToDouble(TableColumn::getWidth)
                .sum();
        assertTrue(
                shown <= table(robot).getWidth(),
                shown + " px of columns in a table of " + table(robot).getWidth());
        robot.interact(() -> table(robot).resizeColumn(title, -30));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(siteBefore - 20, site.getWidth(), 1, "narrower, the room goes back where it came from");
        robot.interact(() -> table(robot).resizeColumn(title, 200));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(site.getMinWidth(), site.getWidth(), 1);
        assertTrue(column(robot, "tags").getWidth() < 140, "Tags gave the rest");
        double taken =
                siteBefore - site.getWidth() + 140 - column(robot, "tags").getWidth();
        robot.interact(() -> table(robot).resizeColumn(title, -taken));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(siteBefore, site.getWidth(), 1, "each back to its first width, in turn");
        assertEquals(140, column(robot, "tags").getWidth(), 1);
    }

    /** The sixty-second walk: an imported title of 495 characters took eight lines of the pane, the note below them. */
    @Test
    void aLongTitleIsCutInThePaneAndWholeInItsTooltip(FxRobot robot) {
        loaded();
        String title =
                "Consensus in practice: replicas, logs and leases ".repeat(5).strip();
        window.connection().get().addArticle(title, "https://example.com/long-title", "", List.of());
        waitFor(() -> table(robot).getItems().size() == 32);
        int at = indexOfTitleStarting(robot, "Consensus in practice");
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(at));
        Hyperlink shown = robot.lookup(".detail-title").queryAs(Hyperlink.class);
        waitFor(() -> shown.getText() != null && shown.getText().startsWith("Consensus in practice"));
        assertTrue(shown.getText().length() <= 160 && shown.getText().endsWith("…"), shown.getText());
        assertEquals(title, shown.getTooltip().getText());
    }

    /**
     * The seventy-sixth walk's title of 180 characters took eight lines of the pane at 800x600, and the note box was
     * left three: a title takes three lines at most, whole in its tooltip when it needs more.
     */
    @Test
    void aTitleTakesThreeLinesOfThePaneAtMost(FxRobot robot) {
        loaded();
        String title = "Designing idempotent payment APIs with retries, outbox tables and sagas that hold together"
                + " in production at scale";
        String id = window.connection().get().addArticle(title, "https://example.com/idempotent", "", List.of());
        waitFor(() -> table(robot).getItems().size() == 32);
        select(robot, id);
        Hyperlink shown = robot.lookup(".detail-title").queryAs(Hyperlink.class);
        waitFor(() -> title.equals(shown.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        double line = shown.prefHeight(-1);
        assertTrue(shown.prefHeight(shown.getWidth()) > 3.5 * line, "more than three lines at this width");
        assertTrue(shown.getHeight() < 3.5 * line, shown.getHeight() + " tall, lines of " + line);
        waitFor(() -> shown.getTooltip() != null);
        assertEquals(title, shown.getTooltip().getText());
        // No date of publication: the day it was saved, which the Published column shows faded, said for what it is.
        Label meta = robot.lookup("#metaLabel").queryAs(Label.class);
        assertEquals(
                "example.com · saved "
                        + Formats.date(window.connection().get().article(id).addedAt()),
                meta.getText());

        String other = window.connection().get().addArticle("Raft", "https://example.com/raft", "", List.of());
        waitFor(() -> table(robot).getItems().size() == 33);
        select(robot, other);
        waitFor(() -> "Raft".equals(shown.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.getHeight() < 3.5 * line);
        assertTrue(shown.getTooltip() == null, "a title shown whole has none");
    }

    /**
     * A Hebrew title, wrapped at 800x600, threw inside JavaFX's text layout and left the window half drawn until it was
     * restarted (the seventy-fourth walk): right-to-left text is shown on one line, whole in its tooltip, in lines.
     */
    @Test
    void aRightToLeftTitleAndSummaryAreNotWrappedAndWholeInTheirTooltips(FxRobot robot) {
        loaded();
        String title = "מדריך PostgreSQL 16 למתחילים: אינדקסים ושאילתות";
        String summary = "دليل عملي لعام 2024 ".repeat(8).strip();
        String id = window.connection().get().addArticle(title, "https://مثال.إختبار/postgres", summary, List.of());
        waitFor(() -> table(robot).getItems().size() == 32);
        select(robot, id);
        Hyperlink shown = robot.lookup(".detail-title").queryAs(Hyperlink.class);
        waitFor(() -> title.equals(shown.getText()));
        assertFalse(shown.isWrapText());
        assertEquals(title, shown.getTooltip().getText());
        Label summaryShown = robot.lookup(".detail-summary").queryAs(Label.class);
        assertFalse(summaryShown.isWrapText());
        assertEquals(summary, summaryShown.getTooltip().getText().replace('\n', ' '));
        assertTrue(summaryShown.getTooltip().getText().lines().allMatch(line -> line.length() <= 81));
        Label link = robot.lookup(".detail-url").queryAs(Label.class);
        assertTrue(link.getText().contains("مثال"), link.getText());
        assertFalse(link.isWrapText(), "every wrapping label of a view, the link too");
        // Marked left to right around the site, which otherwise made "15 min read" read "min read 15".
        Label meta = robot.lookup("#metaLabel").queryAs(Label.class);
        assertTrue(meta.getText().startsWith("\u200Eمثال.إختبار\u200E"), meta.getText());

        select(robot, row(robot, row(robot, 0).id().equals(id) ? 1 : 0).id());
        waitFor(() -> !title.equals(shown.getText()));
        assertTrue(shown.isWrapText(), "a left-to-right title wraps again");
        assertTrue(summaryShown.isWrapText());
        assertTrue(link.isWrapText());
    }

    /**
     * At 800x600 an Arabic line pasted into a note threw inside JavaFX's text layout at every pulse: the window drew no
     * more, and the seventy-fifth walk's next keys replaced the note unseen. The note does not wrap while it holds
     * right-to-left text.
     */
    @Test
    void aNoteWithRightToLeftTextIsNotWrapped(FxRobot robot) {
        String id = firstRowShown(robot);
        select(robot, id);
        TextArea note = robot.lookup("#noteArea").queryAs(TextArea.class);
        assertTrue(note.isWrapText());
        robot.interact(() -> note.setText("ملاحظتي: يجب قراءة الفصل الثالث عن خوارزمية Raft مرة أخرى قبل المقابلة"));
        assertFalse(note.isWrapText());
        robot.interact(() -> note.setText("Back to English, which wraps"));
        assertTrue(note.isWrapText());
    }

    /** At 800x600 a long summary pushed the note below the fold, and a click meant for it landed on the summary. */
    @Test
    void theNoteStaysInSightBelowALongSummaryInASmallWindow(FxRobot robot) {
        loaded();
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        robot.clickOn(".text-field").write("pgbouncer").type(KeyCode.DOWN);
        ScrollPane article = robot.lookup(".detail-scroll").queryAs(ScrollPane.class);
        waitFor(() -> robot.lookup(".detail-body").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = robot.lookup(".detail-pane").query();
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        Bounds shown = pane.localToScene(pane.getLayoutBounds());
        Bounds noteBounds = note.localToScene(note.getLayoutBounds());
        assertTrue(
                shown.contains(noteBounds) && noteBounds.getHeight() >= 90,
                () -> "the note " + noteBounds + " within the pane " + shown);
        assertTrue(
                article.getContent().getLayoutBounds().getHeight()
                        > article.getViewportBounds().getHeight(),
                "the article's part scrolls instead");
        // The seventeenth walk found Read and Star below the part's fold at this size: they come before the summary.
        Bounds part = article.localToScene(article.getLayoutBounds());
        Node star = robot.lookup(".detail-star").query();
        Node read = robot.lookup(".detail-pane .check-box").query();
        for (Node control : List.of(star, read)) {
            assertTrue(
                    part.contains(control.localToScene(control.getLayoutBounds())),
                    () -> control + " shows without scrolling, in " + part);
        }
        robot.clickOn(note).write("in sight");
        waitFor(() -> note.getText().equals("in sight"));
    }

    @Test
    void everyTabStopIsAControlTheUserCanSee(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        waitFor(() -> table(robot).isFocused());
        List<Node> stops = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = stage.getScene().getFocusOwner();
            assertTrue(
                    focused != null
                            && focused.isVisible()
                            && !focused.getStyleClass().contains("status-bar"),
                    () -> "Tab went to " + focused + " after " + stops);
            stops.add(focused);
        }
        assertTrue(stops.contains(robot.lookup(".text-field").query()), "round to the search again: " + stops);
    }

    /**
     * Edit › Undo and Redo act on the note with the keyboard first, as its keys do: Edit › Redo was greyed out while
     * Ctrl+Shift+Z still did the note's words again, and Edit › Undo took back the whole stretch, ending the note's own
     * redo (the twenty-eighth walk).
     */
    @Test
    void theEditMenuUndoesAndRedoesTheNotesTypingAsItsKeysDo(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("typed here");
        waitFor(() -> noteInStore(id).equals(Optional.of("typed here")));
        Menu edit = editMenu(robot);
        robot.interact(edit::show);
        MenuItem undoItem = edit.getItems().get(0);
        MenuItem redoItem = edit.getItems().get(1);
        assertEquals("_Undo typing", undoItem.getText());
        robot.interact(edit::hide);
        robot.interact(undoItem::fire);
        assertTrue(note.getText().length() < "typed here".length(), note.getText());
        assertTrue(note.isRedoable(), "the note's own redo is still there");
        robot.interact(edit::show);
        assertEquals("_Redo typing", redoItem.getText());
        assertFalse(redoItem.isDisable());
        robot.interact(edit::hide);
        robot.interact(redoItem::fire);
        assertEquals("typed here", note.getText());
        robot.interact(() -> table(robot).requestFocus());
        robot.interact(edit::show);
        assertTrue(undoItem.getText().startsWith("_Undo note edit"), undoItem.getText());
        robot.interact(edit::hide);
    }

    /**
     * A note's words taken back to nothing, and Ctrl+Z once more: the window's Redo had then nothing to do, yet the
     * first Ctrl+Shift+Z went to it, and Edit › Redo was greyed out while the note could still redo (the thirty-first
     * walk). The first Ctrl+Shift+Z, and Edit › Redo, bring the words back.
     */
    @Test
    void aNoteUndoneToNothingIsRedoneByTheFirstRedo(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("Use");
        waitFor(() -> noteInStore(id).equals(Optional.of("Use")));
        while (!note.getText().isEmpty()) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
        }
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        Menu edit = editMenu(robot);
        robot.interact(edit::show);
        assertFalse(edit.getItems().get(1).isDisable(), edit.getItems().get(1).getText());
        robot.interact(edit::hide);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> note.getText().equals("Use"));
        waitFor(() -> noteInStore(id).equals(Optional.of("Use")));
    }

    /**
     * The fifty-ninth walk's pointer rested on the table while it wrote a note: a title's tooltip came up under it, and
     * the first Esc went to the tooltip, which closed, where it was meant to leave the note.
     */
    @Test
    void escInTheNoteLeavesItThoughATooltipShowsUnderThePointer(FxRobot robot) {
        firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.interact(() -> table(robot).requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitFor(note::isFocused);
        TableCell<?, ?> cell = robot.lookup(".table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() != null
                        && "title".equals(c.getTableColumn().getId())
                        && c.getText() != null)
                .query();
        robot.moveTo(cell);
        robot.moveBy(3, 1);
        waitFor(() -> Window.getWindows().stream().anyMatch(shown -> shown instanceof Tooltip tip && tip.isShowing()));
        assertTrue(note.isFocused());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> table(robot).isFocused());
    }

    /** The note was six Tabs from the list, with no key of its own that anyone could find (the thirty-first walk). */
    @Test
    void ctrlShiftNTakesTheKeyboardToTheNoteAndEscBack(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.interact(() -> table(robot).requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitFor(note::isFocused);
        robot.write("from the keys");
        waitFor(() -> noteInStore(id).equals(Optional.of("from the keys")));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> table(robot).isFocused());
    }

    @Test
    void tabLeavesTheNoteAndCtrlTabTypesATab(FxRobot robot) throws Exception {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("first");
        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        robot.write("second");
        waitFor(() -> note.getText().equals("first\tsecond"));
        robot.type(KeyCode.TAB);
        waitFor(() -> !note.isFocused());
        assertEquals("first\tsecond", note.getText(), "Tab moved on and typed nothing");
        waitFor(() -> noteInStore(id).equals(Optional.of("first\tsecond")));
    }

    @Test
    void enterAndDoubleClickOpenTheLinkAndNGoesToTheNextUnread(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        String first = row(robot, 0).url();
        robot.type(KeyCode.ENTER);
        waitFor(() -> opened.equals(List.of(first)));
        robot.doubleClickOn(robot.lookup(".table-row-cell")
                .nth(1)
                .lookup(".table-cell")
                .nth(2) // the title: Read and the star are buttons of their own
                .queryAs(Node.class));
        waitFor(() -> opened.size() == 2);
        assertEquals(row(robot, 1).url(), opened.get(1));

        robot.interact(() -> window.mainModel().setRead(List.of(row(robot, 2), row(robot, 3)), true));
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(1));
        robot.interact(() -> table(robot).getFocusModel().focus(1));
        robot.type(KeyCode.N);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 4);
        waitFor(() -> window.detailModel().articleProperty().get() == row(robot, 4));
        VirtualFlow<?> flow = robot.lookup(".virtual-flow").queryAs(VirtualFlow.class);
        assertEquals(0, flow.getFirstVisibleCell().getIndex(), "the next row was in view: the table stays still");

        robot.interact(() -> window.mainModel()
                .setRead(IntStream.range(5, 30).mapToObj(i -> row(robot, i)).toList(), true));
        robot.type(KeyCode.N);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 30);
        waitFor(() -> flow.getLastVisibleCell().getIndex() >= 30); // out of view, it is scrolled to

        // None below: back to the first at the top, and said (the fifty-eighth walk's jumped there unsaid).
        robot.type(KeyCode.N);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        waitFor(() -> robot.lookup((Label label) ->
                        "No unread article below; back to the first, at the top".equals(label.getText()))
                .tryQuery()
                .isPresent());
    }

    @Test
    void theDetailPanesReadBoxFollowsSpaceAndUndo(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        waitFor(() -> detailReadBox(robot) != null && detailReadBox(robot).isVisible());
        robot.type(KeyCode.SPACE);
        waitFor(() -> detailReadBox(robot).isSelected());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> !detailReadBox(robot).isSelected());
        robot.clickOn(detailReadBox(robot));
        waitFor(() -> row(robot, 0).isRead());
        waitFor(() -> readInStore(row(robot, 0).id()));
    }

    /**
     * The nineteenth walk pressed Space twice in the Read view, as if to take the first back, and unmarked two
     * articles: the first had left the list and the next had taken its place. It stays, shown unread, until the
     * filters change, and the second Space takes it back.
     */
    @Test
    void unmarkingInTheReadViewKeepsTheRowUntilTheFiltersChange(FxRobot robot) {
        loaded();
        robot.interact(() -> window.mainModel().setRead(List.of(row(robot, 0), row(robot, 1), row(robot, 2)), true));
        waitFor(() -> button(robot, "Read 3") != null);
        robot.clickOn(button(robot, "Read 3"));
        waitFor(() -> table(robot).getItems().size() == 3);
        ArticleRow first = row(robot, 0);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        robot.interact(() -> table(robot).getFocusModel().focus(0));
        robot.clickOn(".table-view").type(KeyCode.HOME).type(KeyCode.SPACE);
        waitFor(() -> button(robot, "Read 2") != null && !readInStore(first.id()));
        assertEquals(3, table(robot).getItems().size(), "still in sight");
        assertSame(first, table(robot).getSelectionModel().getSelectedItem());
        robot.type(KeyCode.SPACE); // taken back: the same article, not the next
        waitFor(() -> readInStore(first.id()) && button(robot, "Read 3") != null);
        robot.type(KeyCode.SPACE).type(KeyCode.DOWN).type(KeyCode.SPACE);
        waitFor(() -> button(robot, "Read 1") != null);
        assertEquals(3, table(robot).getItems().size());
        robot.clickOn(button(robot, "All 31")).clickOn(button(robot, "Read 1"));
        waitFor(() -> table(robot).getItems().size() == 1);
    }

    @Test
    void aFilterThatHidesTheSelectedArticleLeavesNothingSelectedRatherThanItsNeighbour(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.SPACE); // read, and still shown: this is the All view
        waitFor(() -> button(robot, "Read 1") != null);
        robot.clickOn(button(robot, "Unread 30"));
        waitFor(() -> table(robot).getItems().size() == 30);
        assertTrue(
                table(robot).getSelectionModel().isEmpty(),
                () -> "selected: " + table(robot).getSelectionModel().getSelectedItem());
        assertTrue(
                robot.lookup("#emptyLabel").tryQuery().map(Node::isVisible).orElse(false),
                "the pane says to select one");
    }

    @Test
    void aFilterThatStillShowsTheSelectedArticleKeepsItInThePane(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        ArticleRow first = row(robot, 0);
        robot.type(KeyCode.SPACE);
        waitFor(() -> button(robot, "Read 1") != null);
        robot.clickOn(button(robot, "Read 1"));
        waitFor(() -> table(robot).getItems().size() == 1);
        assertEquals(first, table(robot).getSelectionModel().getSelectedItem());
        assertFalse(robot.lookup("#emptyLabel").query().isVisible(), "the pane still shows the article");
    }

    @Test
    void withoutABrowserTheLinkIsCopiedAndTheUserTold(FxRobot robot) {
        loaded();
        noBrowser = true;
        robot.clickOn(".text-field").type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup((Label l) -> l.getText().startsWith("The link did not open"))
                .tryQuery()
                .isPresent());
        String url = row(robot, 0).url();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(url, copied[0]);
    }

    /** The thirty-third walk changed a summary with F2: the pane kept the old one until the app was restarted. */
    @Test
    void f2sSummaryShowsInThePaneAndItsUndoAndRedoToo(FxRobot robot) {
        loaded();
        window.connection().get().addArticle("Notes on Paxos", "https://example.com/paxos", "Old summary", List.of());
        robot.clickOn(".text-field").write("notes paxos");
        waitFor(() -> table(robot).getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        Label summary = robot.lookup(".detail-summary").queryAs(Label.class);
        waitFor(() -> "Old summary".equals(summary.getText()));
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#titleField").tryQuery().isPresent()
                && robot.lookup("#titleField").query().isFocused());
        // Tab to the summary takes the caret to its end: at its start, what the thirty-third walk typed went first.
        robot.type(KeyCode.TAB);
        TextArea area = robot.lookup("#summaryArea").queryAs(TextArea.class);
        waitFor(area::isFocused);
        assertEquals("Old summary".length(), area.getCaretPosition());
        assertEquals("", area.getSelectedText());
        robot.interact(() -> area.insertText(area.getCaretPosition(), ", and more"));
        robot.clickOn("Save");
        waitFor(() -> "Old summary, and more".equals(summary.getText()));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> "Old summary".equals(summary.getText()));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> "Old summary, and more".equals(summary.getText()));
    }

    /**
     * The seventy-seventh walk added a link with Title left empty, then pressed F2: Title held the whole link. It is
     * empty, as Add left it, and a link changed there is the article's title too.
     */
    @Test
    void anArticleAddedWithoutATitleIsEditedWithTitleEmpty(FxRobot robot) {
        loaded();
        String link = "https://example.org/posts/hidpi-testing";
        String id = addedAndSelected(robot, link, link);
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#titleField").tryQuery().isPresent());
        assertEquals("", robot.lookup("#titleField").queryAs(TextField.class).getText());
        assertEquals(link, robot.lookup("#urlField").queryAs(TextField.class).getText());
        robot.clickOn("#urlField").type(KeyCode.END).write("-2");
        robot.clickOn("Save");
        waitFor(() -> robot.lookup("#titleField").tryQuery().isEmpty());
        waitFor(() -> (link + "-2").equals(window.connection().get().article(id).title()));
        assertEquals(link + "-2", window.connection().get().article(id).url());
    }

    /**
     * The eightieth walk renamed an article, under a search, to a title the search no longer found: it left the list,
     * and the selection went to another article, where the next note would have gone. It stays shown and selected,
     * the search cleared, as for an article added; its undo, too.
     */
    @Test
    void anArticleEditedOutOfTheSearchStaysShownAndSelected(FxRobot robot) {
        String id = renamedOutOfTheSearch(robot);
        TextField search = robot.lookup(".text-field").queryAs(TextField.class);
        waitFor(() -> search.getText().isEmpty());
        waitFor(() -> table(robot).getSelectionModel().getSelectedItems().size() == 1
                && table(robot).getSelectionModel().getSelectedItem().id().equals(id));
        waitFor(() -> robot.lookup((Label l) -> "Saved “Consensus notes”; search cleared".equals(l.getText()))
                .tryQuery()
                .isPresent());

        robot.clickOn(search).write("consensus notes");
        waitFor(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).requestFocus()); // in the search field, Ctrl+Z is the field's own
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> search.getText().isEmpty());
        waitFor(() -> table(robot).getSelectionModel().getSelectedItems().size() == 1
                && table(robot).getSelectionModel().getSelectedItem().id().equals(id));
        assertEquals("Notes on Zanzibar", window.connection().get().article(id).title());
    }

    /** "Notes on Zanzibar", found by the search "zanzibar", renamed with F2 to a title the search does not find. */
    private String renamedOutOfTheSearch(FxRobot robot) {
        loaded();
        String id = window.connection().get().addArticle("Notes on Zanzibar", "https://example.com/a1", "", List.of());
        window.connection().get().addArticle("Zanzibar made simple", "https://example.com/a2", "", List.of());
        TextField search = robot.lookup(".text-field").queryAs(TextField.class);
        robot.clickOn(search).write("zanzibar");
        waitFor(() -> table(robot).getItems().size() == 2);
        select(robot, id);
        robot.type(KeyCode.F2);
        waitFor(() ->
                robot.lookup("#titleField").tryQuery().map(Node::isFocused).orElse(false));
        robot.clickOn("#titleField").push(KeyCode.CONTROL, KeyCode.A).write("Consensus notes");
        robot.clickOn("Save");
        return id;
    }

    /** The eighty-first walk undid a rename that had cleared its search: the title came back, the search did not. */
    @Test
    void theUndoOfAnEditThatClearedTheSearchBringsTheSearchBack(FxRobot robot) {
        String id = renamedOutOfTheSearch(robot);
        TextField search = robot.lookup(".text-field").queryAs(TextField.class);
        waitFor(() -> robot.lookup((Label l) -> "Saved “Consensus notes”; search cleared".equals(l.getText()))
                .tryQuery()
                .isPresent());

        robot.interact(() -> table(robot).requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> robot.lookup(
                        (Label l) -> "Undid the edit of “Notes on Zanzibar”; search restored".equals(l.getText()))
                .tryQuery()
                .isPresent());
        assertEquals("zanzibar", search.getText());
        waitFor(() -> table(robot).getItems().size() == 2
                && table(robot).getSelectionModel().getSelectedItems().size() == 1
                && table(robot).getSelectionModel().getSelectedItem().id().equals(id));
        assertEquals("Notes on Zanzibar", window.connection().get().article(id).title());
    }

    /** The seventy-eighth walk edited its article's link to a catalog article's over http with "www.": saved unasked. */
    @Test
    void anEditToALinkAnotherArticleHasOverHttpIsAskedAboutOnce(FxRobot robot) {
        loaded();
        String id = addedAndSelected(robot, "My own article", "https://example.com/mine");
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#urlField").tryQuery().isPresent());
        String twin = "http://www.coderssecret.com/blog/" + CACHING;
        TextField link = robot.lookup("#urlField").queryAs(TextField.class);
        robot.interact(() -> link.setText(twin));
        robot.clickOn("Save");
        waitFor(() -> robot.lookup(
                        (Label l) -> l.getText() != null && l.getText().startsWith("Perhaps in your list already"))
                .tryQuery()
                .isPresent());
        assertEquals(
                "https://example.com/mine",
                window.connection().get().article(id).url(),
                "not saved unasked");
        robot.clickOn("Save anyway");
        waitFor(() -> robot.lookup("#urlField").tryQuery().isEmpty());
        waitFor(() -> window.connection().get().article(id).url().contains("www.coderssecret.com"));
    }

    /** The forty-sixth walk's edit went when a command line deleted its article while the form was open. */
    @Test
    void anEditWhoseArticleWasDeletedElsewhereCanBePutBackWithIt(FxRobot robot) {
        loaded();
        Library library = window.connection().get();
        String id = library.addArticle("Notes on Paxos", "https://example.com/paxos", "", List.of("consensus"));
        library.setNote(id, "my paxos note");
        robot.clickOn(".text-field").write("notes paxos");
        waitFor(() -> table(robot).getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.F2);
        waitFor(() -> robot.lookup("#titleField").tryQuery().isPresent());
        robot.interact(
                () -> robot.lookup("#titleField").queryAs(TextField.class).setText("Notes on Paxos, edited"));
        library.deleteArticles(List.of(id)); // a command line's delete, while the form is open
        robot.clickOn("#minutesField").write("9").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("Put it back").tryQuery().isPresent());
        robot.clickOn("Put it back");
        waitFor(() -> robot.lookup("All 32").tryQuery().isPresent());
        Article back = window.connection().get().article(id);
        assertEquals("Notes on Paxos, edited", back.title());
        assertEquals(9, back.readingMinutes());
        assertEquals("my paxos note", back.note());
        assertEquals(List.of("consensus"), back.userTags());
    }

    @Test
    void f2EditsAnAddedArticleAndALinkAnotherArticleHasIsRefusedByName(FxRobot robot) {
        loaded();
        String[] id = {window.connection().get().addArticle("Notes on Raft", "https://example.com/raft", "", List.of())
        };
        robot.clickOn(".text-field").write("notes raft");
        waitFor(() -> table(robot).getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.F2);
        waitFor(() -> robot.lookup("#titleField").tryQuery().isPresent());
        TextField title = robot.lookup("#titleField").queryAs(TextField.class);
        waitFor(title::isFocused);
        robot.interact(() -> title.setText("Notes on Raft, read twice"));
        robot.clickOn("#minutesField").write("14").type(KeyCode.ENTER);
        waitFor(() -> titleInStore(id[0]).equals("Notes on Raft, read twice"));
        robot.push(KeyCode.CONTROL, KeyCode.Z); // an edit is undone like any other change
        waitFor(() -> titleInStore(id[0]).equals("Notes on Raft"));
        // and done again: an undone edit had no redo (the thirty-first walk)
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> titleInStore(id[0]).equals("Notes on Raft, read twice"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> titleInStore(id[0]).equals("Notes on Raft"));
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#titleField").tryQuery().isPresent());
        robot.interact(
                () -> robot.lookup("#titleField").queryAs(TextField.class).setText("Notes on Raft, read twice"));
        robot.clickOn("#minutesField").write("14").type(KeyCode.ENTER);
        waitFor(() -> titleInStore(id[0]).equals("Notes on Raft, read twice"));

        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#urlField").tryQuery().isPresent());
        TextField link = robot.lookup("#urlField").queryAs(TextField.class);
        robot.interact(() -> link.setText("https://coderssecret.com/blog/caching-strategies-production-guide"));
        robot.clickOn("#titleField").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup((Label l) -> l.getText().contains("Caching Strategies"))
                .tryQuery()
                .isPresent());
        assertEquals("https://example.com/raft", urlInStore(id[0]), "nothing changed");
        // The tenth walk lost its edit here: the form is back with it, and says why it cannot be saved.
        assertEquals(
                "Notes on Raft, read twice",
                robot.lookup("#titleField").queryAs(TextField.class).getText());
        assertTrue(robot.lookup((Button b) -> "Save".equals(b.getText()))
                .queryAs(Button.class)
                .isDisabled());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#titleField").tryQuery().isEmpty());

        robot.clickOn(".table-view").type(KeyCode.F2);
        waitFor(() -> robot.lookup("#minutesField").tryQuery().isPresent());
        robot.clickOn("#minutesField").type(KeyCode.ESCAPE); // a field with a formatter, which keeps Esc for itself
        waitFor(() -> robot.lookup("#minutesField").tryQuery().isEmpty());
    }

    /**
     * The seventy-first walk's Edit showed "https://example.org/%C3%BCber-caching" where the pane shows "über": the
     * link is shown as the pane shows it, kept escaped as before, and closing the form unchanged asks nothing.
     */
    @Test
    void f2ShowsALinkInItsOwnLettersAndKeepsItAsItWas(FxRobot robot) {
        loaded();
        String id =
                window.connection().get().addArticle("Über caching", "https://example.org/über-caching", "", List.of());
        assertEquals("https://example.org/%C3%BCber-caching", urlInStore(id));
        robot.clickOn(".text-field").write("über caching");
        waitFor(() -> table(robot).getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.F2);
        waitFor(() -> robot.lookup("#urlField").tryQuery().isPresent());
        assertEquals(
                "https://example.org/über-caching",
                robot.lookup("#urlField").queryAs(TextField.class).getText());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#urlField").tryQuery().isEmpty());
        assertTrue(
                robot.lookup("Discard your changes to this article?").tryQuery().isEmpty(), "nothing was changed");

        robot.clickOn(".table-view").type(KeyCode.F2);
        waitFor(() -> robot.lookup("#minutesField").tryQuery().isPresent());
        robot.clickOn("#minutesField").write("9").type(KeyCode.ENTER);
        waitFor(() ->
                Integer.valueOf(9).equals(window.connection().get().article(id).readingMinutes()));
        assertEquals("https://example.org/%C3%BCber-caching", urlInStore(id), "kept as it was");
    }

    @Test
    void theStarColumnAndCtrlDStarAndTheToolbarShowsOnlyStarred(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        String first = row(robot, 0).id();
        robot.push(KeyCode.CONTROL, KeyCode.D);
        waitFor(() -> favouriteInStore(first));
        robot.clickOn(
                robot.lookup(".table-row-cell").nth(1).lookup(".star-button").queryAs(Button.class));
        String second = row(robot, 1).id();
        waitFor(() -> favouriteInStore(second));
        assertEquals(1, table(robot).getSelectionModel().getSelectedIndex(), "the row starred is the selection");
        robot.clickOn("#starredButton");
        waitFor(() -> table(robot).getItems().size() == 2);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> !favouriteInStore(second));
        // Unstarred by the undo, it stays in sight until the filters change (the twenty-sixth walk).
        waitFor(() -> window.mainModel().resultProperty().get().generation()
                == window.connection().get().index().generation());
        assertEquals(2, table(robot).getItems().size());
        robot.clickOn("#starredButton").clickOn("#starredButton");
        waitFor(() -> table(robot).getItems().size() == 1);
    }

    private String titleInStore(String id) {
        try (Library library = Library.open(db)) {
            return library.article(id).title();
        }
    }

    private String urlInStore(String id) {
        try (Library library = Library.open(db)) {
            return library.article(id).url();
        }
    }

    private boolean favouriteInStore(String id) {
        try (Library library = Library.open(db)) {
            return library.article(id).favourite();
        }
    }

    private static CheckBox detailReadBox(FxRobot robot) {
        return robot.lookup(".check-box")
                .match((CheckBox box) -> "Read".equals(box.getText()))
                .tryQueryAs(CheckBox.class)
                .orElse(null);
    }

    private Optional<String> noteInStore(String id) {
        try (Library library = Library.open(db)) {
            return library.note(id);
        }
    }

    private List<String> userTags(String id) {
        try (Library library = Library.open(db)) {
            return library.article(id).userTags();
        }
    }

    @Test
    void aNewWindowMadeSmallGivesTheTableMostOfItsWidthAndADraggedPaneKeepsItsPixels(FxRobot robot) {
        loaded();
        SplitPane split = resize(robot, 720);
        waitFor(() -> split.getDividerPositions()[0] > 0.55);

        double before = paneWidth(split);
        dragPaneTo(robot, split, before + 40);
        double pane = paneWidth(split);
        assertTrue(pane > before + 20, () -> "the drag moved the pane from " + before + " to " + pane);
        resize(robot, 1000);
        waitFor(() -> Math.abs(paneWidth(split) - pane) < 12);
    }

    @Test
    void aPaneWidenedInAWideWindowGivesWayInANarrowOneAndGetsItsWidthBack(FxRobot robot) {
        loaded();
        SplitPane split = resize(robot, 1200);
        dragPaneTo(robot, split, 420);
        double pane = paneWidth(split);
        assertTrue(Math.abs(pane - 420) < 12, () -> "dragged to " + pane);

        resize(robot, 720);
        waitFor(() -> paneWidth(split) < 0.4 * split.getWidth() + 12);
        resize(robot, 1200);
        waitFor(() -> Math.abs(paneWidth(split) - pane) < 12);
    }

    /** Sets the window's width and waits until the split between table and pane has followed it. */
    private SplitPane resize(FxRobot robot, double width) {
        robot.interact(() -> stage.setWidth(width));
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        waitFor(() -> Math.abs(split.getWidth() - stage.getScene().getWidth()) < 1);
        return split;
    }

    /**
     * The user holds the divider and it moves until the detail pane is {@code pane} pixels wide (the
     * robot's drag moves in steps the split does not all follow on the headless platform).
     */
    private static void dragPaneTo(FxRobot robot, SplitPane split, double pane) {
        robot.moveTo(split.lookup(".split-pane-divider")).press(MouseButton.PRIMARY);
        robot.interact(() -> split.setDividerPositions(1 - pane / split.getWidth()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double paneWidth(SplitPane split) {
        return split.getWidth() * (1 - split.getDividerPositions()[0]);
    }

    /** Types {@code text} in the note of the article {@code id} shown, saved, then Esc, and selects the fourth row. */
    private TextArea noteTypedAndLeftForRow3(FxRobot robot, String id, String text) {
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write(text);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of(text)));
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(3));
        return note;
    }

    /**
     * The twenty-fourth walk left a note it had typed in and found Ctrl+Z in the list could not take the typing back:
     * a note's edit, once let go, is one step of the window's Undo and Redo, and its undo selects its article.
     */
    @Test
    void aNoteEditLetGoIsUndoneAndRedoneFromTheList(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = noteTypedAndLeftForRow3(robot, id, "Kept thought");
        assertTrue(table(robot).isFocused());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> window.connection().get().note(id).isEmpty());
        waitFor(() ->
                id.equals(table(robot).getSelectionModel().getSelectedItem().id())
                        && note.getText().isEmpty());
        waitFor(() -> robot.lookup(
                        (Label l) -> l.getText() != null && l.getText().endsWith("as it was before your edit"))
                .tryQuery()
                .isPresent());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("Kept thought")));
        waitFor(() -> note.getText().equals("Kept thought"));
        // Typed on after a redo, the note's own undo takes back only the new typing.
        robot.clickOn(note).type(KeyCode.END).write("!");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Kept thought", note.getText());
    }

    /**
     * The thirty-second walk took a note's second stretch of typing back with Ctrl+Z, and the next Ctrl+Z, for the
     * first stretch, said "Not undone: the note … has changed again since" and was gone: the typing taken back was
     * not saved yet when that undo read the note.
     */
    @Test
    void theStretchBeforeOneTakenBackIsUndoneAtOnce(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = noteTypedAndLeftForRow3(robot, id, "first");
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        waitFor(() -> note.getText().equals("first"));
        robot.clickOn(note).type(KeyCode.END).write(" second");
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("first second")));

        for (int i = 0; i < 5 && !note.getText().equals("first"); i++) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals("first", note.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() ->
                window.connection().get().note(id).isEmpty() && note.getText().isEmpty());
        assertFalse(robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("Not undone"))
                .tryQuery()
                .isPresent());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("first")));
        // The thirty-fourth walk: Redo brought back the first stretch and never the second, taken back by the note's
        // own undo.
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("first second")));
        assertEquals("first second", note.getText());
    }

    /**
     * The thirty-fifth walk wrote a note, typed over all of it, left and came back: Ctrl+Z took the note back to empty,
     * and the text first written could not be had again. Typing over a selection begins a step of its own.
     */
    @Test
    void typingOverTheWholeNoteIsUndoneOnItsOwnAfterLeaving(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("Keep this text.");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("oops");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("oops")));
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(3));
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        waitFor(() -> note.getText().equals("oops"));
        robot.clickOn(note).push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("Keep this text.")));
        assertEquals("Keep this text.", note.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> window.connection().get().note(id).isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("oops")));
    }

    /**
     * The thirty-sixth walk wrote a note, chose another article, clicked into its empty note and pressed Ctrl+Z: the
     * first article's note was emptied, and typing on ended the Redo that would have brought it back.
     */
    @Test
    void ctrlZInAnUntouchedNoteLeavesAnotherArticlesNoteAlone(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = noteTypedAndLeftForRow3(robot, id, "Pool sizing");
        waitFor(() -> note.getText().isEmpty());
        robot.clickOn(note).push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> robot.lookup(
                        (Label l) -> l.getText() != null && l.getText().startsWith("Nothing more to undo"))
                .tryQuery()
                .isPresent());
        assertEquals(Optional.of("Pool sizing"), window.connection().get().note(id));
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        robot.push(KeyCode.CONTROL, KeyCode.Z); // from the list, Edit › Undo's key: the note's own article
        waitFor(() -> window.connection().get().note(id).isEmpty());
    }

    /** The note's label says Alt+N ("_Note"), and Alt+N did nothing (the thirty-second walk). */
    @Test
    void altNTakesTheKeyboardToTheNote(FxRobot robot) {
        firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(".table-view");
        robot.push(KeyCode.ALT, KeyCode.N);
        waitFor(note::isFocused);
    }

    /** The thirty-fourth walk pressed Ctrl+Y, Redo on Windows and in many editors, and nothing happened. */
    @Test
    void ctrlYRedoesAsCtrlShiftZDoes(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("kept");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> note.getText().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitFor(() -> note.getText().equals("kept"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("kept")));
        robot.push(KeyCode.CONTROL, KeyCode.Z); // from the list: the window's Undo, then its Redo
        waitFor(() -> window.connection().get().note(id).isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("kept")));
    }

    @Test
    void aNoteChangedElsewhereWhileTheEditorHasTheCaretKeepsTheCaretWhereItWas(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("first line");
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("first line")));
        robot.interact(() -> note.positionCaret(5));

        // What a sync or a command line does: the note changes in the library while the editor has focus.
        window.connection().get().setNote(id, "first line\n--- kept from laptop ---\nsecond");
        waitFor(() -> note.getText().endsWith("second"));
        assertTrue(note.isFocused());
        assertEquals(5, note.getCaretPosition());
        robot.write("X");
        waitFor(() -> note.getText().startsWith("firstX line"));

        // A sync's merge where the other device's edit was the newer: its text comes above.
        String above = "the laptop's newer text\n\n--- kept from laptop ---\n";
        waitFor(() -> window.connection().get().note(id).orElse("").startsWith("firstX line"));
        String shown = note.getText();
        robot.interact(() -> note.positionCaret(6));
        window.connection().get().setNote(id, above + shown);
        waitFor(() -> note.getText().equals(above + shown));
        assertEquals(above.length() + 6, note.getCaretPosition(), "the caret moved along with its text");
        robot.write("Y");
        waitFor(() -> note.getText().equals(above + shown.replace("firstX", "firstXY")));
    }

    @Test
    void aNoteReplacedElsewhereTakesTheNextKeysAtItsEndAndSaysSo(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("Window text part 1.");
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("Window text part 1.")));
        robot.interact(() -> note.positionCaret(6));

        // The seventh walk: a command line's note --set while the editor had the caret, then more keys.
        window.connection().get().setNote(id, "CLI wrote this while the window was open");
        waitFor(() -> note.getText().equals("CLI wrote this while the window was open"));
        assertTrue(robot.lookup((Label label) -> DetailViewModel.CHANGED_ELSEWHERE.equals(label.getText()))
                .tryQuery()
                .isPresent());
        robot.write(" part 2.");
        waitFor(() -> window.connection()
                .get()
                .note(id)
                .equals(Optional.of("CLI wrote this while the window was open part 2.")));
    }

    /** The seventh walk's note, replaced by a command line after "Saved": Ctrl+Z in the note brings it back. */
    @Test
    void ctrlZInTheNoteBringsBackANoteReplacedElsewhere(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("My own careful thoughts");
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("My own careful thoughts")));
        window.connection().get().setNote(id, "a command line's text");
        waitFor(() -> note.getText().equals("a command line's text"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> note.getText().equals("My own careful thoughts"));
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("My own careful thoughts")));
    }

    /**
     * The forty-seventh walk's note was merged by a sync with another device's, both kept; it typed on, and its second
     * Ctrl+Z took the other device's text out, on both devices, as an undo of a note "replaced" elsewhere.
     */
    @Test
    void ctrlZInTheNoteKeepsAnotherDevicesTextMergedIntoIt(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("Mine");
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("Mine")));
        String merged = "B's text\n\n--- kept from laptop, 2026-12-06T01:03:05Z ---\nMine";
        window.connection().get().setNote(id, merged);
        waitFor(() -> note.getText().equals(merged));
        robot.interact(() -> note.positionCaret(note.getLength()));
        robot.write(" more");
        waitFor(() -> window.connection().get().note(id).equals(Optional.of(merged + " more")));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> note.getText().equals(merged));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(merged, note.getText());
        assertEquals(Optional.of(merged), window.connection().get().note(id), "the other device's text stays");
    }

    /**
     * The forty-eighth walk's note kept a command line's text below its typing; one Ctrl+Z put back the empty note from
     * before the typing, and the command line's text went too, on every device.
     */
    @Test
    void ctrlZKeepsATextKeptFromElsewhereBesideTheTyping(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("Token bucket");
        window.connection().get().setNote(id, "set from the command line");
        waitFor(() -> window.connection().get().note(id).orElse("").endsWith(" ---\nset from the command line"));
        String kept = window.connection().get().note(id).orElseThrow();
        waitFor(() -> note.getText().equals(kept));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> robot.lookup((Label l) -> l.getText() != null
                        && l.getText()
                                .endsWith("now also holds a text from elsewhere, under its dated line, which an"
                                        + " undo would delete; change the note by hand"))
                .tryQuery()
                .isPresent());
        assertEquals(Optional.of(kept), window.connection().get().note(id));
        assertEquals(kept, note.getText());
    }

    /**
     * The fifty-fourth walk's note, merged by a sync while it was not being written, was left scrolled to where the
     * caret had been moved along to, its first line half hidden, at 800x600.
     */
    @Test
    void aNoteMergedWhileNotBeingWrittenShowsFromItsStart(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        String mine = "Mine\n" + "a line of my own\n".repeat(20) + "the end";
        window.connection().get().setNote(id, mine);
        waitFor(() -> note.getText().equals(mine));
        robot.clickOn(note).push(KeyCode.CONTROL, KeyCode.END);
        robot.clickOn("#searchField");
        assertEquals(mine.length(), note.getCaretPosition(), "left at its end");
        String merged = "B's text\n\n--- kept from laptop, 2026-12-06 10:03 ---\n" + mine;
        window.connection().get().setNote(id, merged);
        waitFor(() -> note.getText().equals(merged));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, note.getCaretPosition());
        assertEquals(0, note.getScrollTop(), 0.5, "from its first line");
    }

    /**
     * The fifty-fourth walk tidied a merged note by hand, typing one text over both, undid that, and Redo refused: "keeps
     * a text from elsewhere since", where the kept text was the one its own edit took out.
     */
    @Test
    void redoBringsBackANoteTidiedByHandAfterAMerge(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        String merged = "B's text\n\n--- kept from laptop, 2026-12-06 10:03 ---\nMine";
        window.connection().get().setNote(id, merged);
        waitFor(() -> note.getText().equals(merged));
        robot.clickOn(note).push(KeyCode.CONTROL, KeyCode.A).write("Both, tidied");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("Both, tidied")));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of(merged)));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("Both, tidied")));
        waitFor(() -> note.getText().equals("Both, tidied"));
    }

    /**
     * The forty-third walk typed on after a command line's note --set, took its typing back with Ctrl+Z, and the next
     * Ctrl+Z did nothing: its own text, replaced, could not be had back.
     */
    @Test
    void ctrlZInTheNoteBringsBackANoteReplacedElsewhereAfterTypingOnItIsTakenBack(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("My own careful thoughts");
        robot.clickOn("#searchField");
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("My own careful thoughts")));
        window.connection().get().setNote(id, "CLI wins?");
        waitFor(() -> note.getText().equals("CLI wins?"));
        robot.clickOn(note).write(" more typing");
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("CLI wins? more typing")));
        for (int i = 0; i < 6 && !note.getText().equals("My own careful thoughts"); i++) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
            WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        }
        waitFor(() -> note.getText().equals("My own careful thoughts"));
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("My own careful thoughts")));

        // The forty-fourth walk's Redo stopped at the change made elsewhere: both it and the typing after it were lost.
        for (int i = 0; i < 6 && !note.getText().equals("CLI wins? more typing"); i++) {
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
            WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        }
        waitFor(() -> note.getText().equals("CLI wins? more typing"));
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("CLI wins? more typing")));
    }

    /** The eleventh walk typed a note while a command line deleted its article: the text went, unseen. */
    @Test
    void aNoteTypedForAnArticleDeletedElsewhereCanBePutBackWithIt(FxRobot robot) {
        loaded();
        String id = window.connection()
                .get()
                .addArticle("Mine to delete", "https://example.com/mine", "", List.of("later"));
        robot.clickOn(".text-field").write("mine to delete").type(KeyCode.DOWN);
        waitFor(() -> row(robot, 0).id().equals(id));
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.interact(() -> note.appendText("Thoughts typed here"));
        window.connection().get().deleteArticle(id); // a command line handed to the window, before the autosave
        waitFor(() -> shownNow(robot, "Deleted elsewhere while you wrote its note"));
        assertTrue(robot.lookup((Label l) -> l.getText().startsWith("“Mine to delete” was deleted by another"))
                .tryQuery()
                .isPresent());
        // Typing goes on in the dialog's note, the first keys too, and is kept: the forty-fourth walk's last words were
        // dropped. Esc, the key that leaves the note, puts it back (the twelfth walk's let the article go).
        TextArea held = robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class);
        robot.targetWindow(held.getScene().getWindow()).write(", typed on");
        waitFor(() -> held.getText().equals("Thoughts typed here, typed on") && held.isFocused());
        robot.type(KeyCode.TAB); // to the buttons: the forty-ninth walk's Tab typed a tab into the note it kept
        waitFor(() -> !held.isFocused());
        assertEquals("Thoughts typed here, typed on", held.getText());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> window.connection().get().search("mine to delete", ReadStatus.ALL).stream()
                .anyMatch(back -> "Thoughts typed here, typed on".equals(back.note())
                        && back.userTags().equals(List.of("later"))));
        // Back, the keyboard is at the end of its note: the twelfth walk's went to the search.
        try {
            waitFor(() -> note.isFocused() && note.getText().equals("Thoughts typed here, typed on"));
        } catch (AssertionError e) {
            throw new AssertionError(
                    "focus=" + stage.getScene().getFocusOwner() + " text=" + note.getText() + " sel="
                            + table(robot).getSelectionModel().getSelectedItem(),
                    e);
        }
        robot.write(", and more");
        waitFor(() -> window.connection().get().search("mine to delete", ReadStatus.ALL).stream()
                .anyMatch(back -> "Thoughts typed here, typed on, and more".equals(back.note())));
    }

    /**
     * The forty-ninth walk typed on as another program deleted the article: the pane sent the keys to the search, and
     * Put it back cleared it, with the one or two characters typed before the dialog took the keyboard.
     */
    @Test
    void keysTypedBeforeTheDeletedElsewhereDialogOpensGoIntoItsNote(FxRobot robot) throws Exception {
        loaded();
        String id = window.connection().get().addArticle("Mine to delete", "https://example.com/mine", "", List.of());
        robot.clickOn(".text-field").write("mine to delete").type(KeyCode.DOWN);
        waitFor(() -> row(robot, 0).id().equals(id));
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        try (Library other = Library.open(db);
                Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            robot.clickOn(note).write("Thoughts"); // and no pause: saved, the note would go with its article unasked
            other.deleteArticle(id); // another program deletes it, then keeps writing: the note's save waits
            try (Statement hold = writer.createStatement()) {
                hold.execute("BEGIN IMMEDIATE");
            }
            robot.interact(() -> window.session().reloadIfChangedOutside());
            TextField search = robot.lookup("#searchField").queryAs(TextField.class);
            waitFor(search::isFocused);
            assertFalse(shownNow(robot, "Deleted elsewhere while you wrote its note"), "the save has not failed yet");
            robot.write(" typed on");
            waitFor(() -> search.getText().equals(" typed on"));
            try (Statement release = writer.createStatement()) {
                release.execute("ROLLBACK");
            }
            waitFor(() -> shownNow(robot, "Deleted elsewhere while you wrote its note"));
            TextArea held = robot.lookup(".dialog-pane .text-area").queryAs(TextArea.class);
            assertEquals("Thoughts typed on", held.getText());
            waitFor(() -> search.getText().equals("mine to delete")); // the search as it was
        }
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("Thoughts typed on")));
    }

    /**
     * The fiftieth walk's note was saved when a command line deleted its article: it went with its note, unsaid, and
     * the next keys filled the search ("No articles match"). Said now, with the way back.
     */
    @Test
    void anArticleDeletedElsewhereWhileItsSavedNoteIsWrittenInIsSaidAndCanBePutBack(FxRobot robot) {
        String id = savedNoteOnAnAddedArticle(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        try (Library other = Library.open(db)) {
            other.deleteArticle(id);
        }
        robot.interact(() -> window.session().reloadIfChangedOutside());
        waitFor(() -> shownNow(robot, "“Mine to delete” was deleted elsewhere, with its note"));
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        waitFor(search::isFocused);
        robot.write(" and more"); // typed on, into the search
        waitFor(() -> search.getText().equals(" and more"));
        robot.clickOn("Put it back");
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("Saved thoughts and more")));
        waitFor(() -> note.isFocused() && note.getText().equals("Saved thoughts and more"));
        assertFalse(search.getText().contains("and more"), "taken from the search: " + search.getText());
    }

    /** "Mine to delete", added, selected, with "Saved thoughts" typed in its note and saved; its id. */
    private String savedNoteOnAnAddedArticle(FxRobot robot) {
        loaded();
        String id = window.connection().get().addArticle("Mine to delete", "https://example.com/mine", "", List.of());
        robot.clickOn(".text-field").write("mine to delete").type(KeyCode.DOWN);
        waitFor(() -> row(robot, 0).id().equals(id));
        robot.clickOn(robot.lookup(".text-area").queryAs(TextArea.class)).write("Saved thoughts");
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("Saved thoughts")));
        return id;
    }

    /** The fifty-first walk clicked the search, typed "celery" there, and Put it back added it to the note. */
    @Test
    void aSearchTypedAfterAClickIsNotPutBackIntoTheNote(FxRobot robot) {
        String id = savedNoteOnAnAddedArticle(robot);
        try (Library other = Library.open(db)) {
            other.deleteArticle(id);
        }
        robot.interact(() -> window.session().reloadIfChangedOutside());
        waitFor(() -> shownNow(robot, "“Mine to delete” was deleted elsewhere, with its note"));
        robot.clickOn("#searchField").write("celery");
        robot.clickOn("Put it back");
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("Saved thoughts")));
    }

    /** The window's own delete, chosen from the menu while the note has the keyboard, is said as its own. */
    @Test
    void theWindowsOwnDeleteFromTheNoteIsNotSaidToBeMadeElsewhere(FxRobot robot) {
        savedNoteOnAnAddedArticle(robot);
        robot.clickOn("Edit").clickOn("Delete…");
        waitFor(() -> robot.lookup((Button b) -> "Delete".equals(b.getText()))
                .tryQuery()
                .isPresent());
        robot.clickOn((Button b) -> "Delete".equals(b.getText()));
        waitFor(() -> shownNow(robot, "Deleted “Mine to delete”"));
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        assertTrue(shownNow(robot, "Deleted “Mine to delete”"), "the window's own notice, with its Undo");
        assertFalse(shownNow(robot, "“Mine to delete” was deleted elsewhere, with its note"));
    }

    @Test
    void tabbedIntoTheNoteTheKeysGoAtItsEnd(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        window.connection().get().setNote(id, "An older note.");
        waitFor(() -> note.getText().equals("An older note."));
        assertEquals(0, note.getCaretPosition(), "not focused, a note shows from its start");
        robot.interact(() -> tagField(robot).requestFocus());
        robot.type(KeyCode.TAB);
        waitFor(note::isFocused);
        robot.write(" And a newer line.");
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("An older note. And a newer line.")));
    }

    /** The eleventh walk's Shift+Enter joined two lines, and it found no key back to the table. */
    @Test
    void shiftEnterInTheNoteStartsALineAndEscGoesBackToTheTable(FxRobot robot) {
        String id = firstRowShown(robot);
        TextArea note = robot.lookup(".text-area").queryAs(TextArea.class);
        robot.clickOn(note).write("first line");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.write("second line");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> table(robot).isFocused());
        waitFor(() -> window.connection().get().note(id).equals(Optional.of("first line\nsecond line")));
    }

    /** Tabbed into with nothing selected, the eleventh walk's table showed no row with the keyboard. */
    @Test
    void theTableTakingTheKeyboardWithNothingSelectedShowsItsFirstRowHasIt(FxRobot robot) {
        loaded();
        assertTrue(table(robot).getSelectionModel().isEmpty(), "nothing selected at the start");
        robot.interact(() -> table(robot).requestFocus());
        waitFor(() -> table(robot).getFocusModel().getFocusedIndex() == 0);
        assertTrue(table(robot).getSelectionModel().isEmpty(), "shown, not chosen");
        robot.type(KeyCode.DOWN);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        assertEquals(0, table(robot).getFocusModel().getFocusedIndex(), "the first Down chooses the row shown");
        robot.type(KeyCode.DOWN);
        waitFor(() -> table(robot).getSelectionModel().getSelectedIndex() == 1);
    }

    /** The eleventh walk found no button to close Progress by tag (Esc and its window's × closed it). */
    @Test
    void progressByTagHasACloseButton(FxRobot robot) {
        loaded();
        robot.clickOn("View").clickOn("Progress by tag…");
        waitFor(() -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Progress by tag".equals(s.getTitle()) && s.isShowing()));
        robot.clickOn("Close");
        waitFor(() -> robot.listWindows().stream()
                .noneMatch(w -> w instanceof Stage s && "Progress by tag".equals(s.getTitle()) && s.isShowing()));
    }

    /** Help said nothing of saving, backups or sync (the sixty-second to sixty-fourth walks): Help › Your data does. */
    @Test
    void helpSaysHowTheListIsKeptAndWhereItIs(FxRobot robot) {
        loaded();
        robot.clickOn("Help").clickOn("Your data: saving, backups and sync");
        waitFor(() -> robot.lookup(
                        (Label l) -> l.getText() != null && l.getText().startsWith("Saving. "))
                .tryQuery()
                .isPresent());
        String said = robot.lookup(
                        (Label l) -> l.getText() != null && l.getText().startsWith("Saving. "))
                .queryAs(Label.class)
                .getText();
        assertTrue(said.contains("Back up now (File menu) takes one at once"), said);
        assertTrue(said.contains("Sync folder (File menu)"), said);
        assertTrue(said.endsWith("Your list: " + db.toAbsolutePath()), said);
        waitFor(() -> robot.lookup((Button b) -> "Close".equals(b.getText()) && b.isFocused())
                .tryQuery()
                .isPresent());
        robot.clickOn("Copy");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(
                "Your data: saving, backups and sync\n\n" + said,
                copied[0],
                "paths a label cannot select are copied, under the header, and the dialog stays");
        robot.clickOn("Close");
        waitFor(() -> robot.lookup(
                        (Label l) -> l.getText() != null && l.getText().startsWith("Saving. "))
                .tryQuery()
                .isEmpty());
    }

    /** An article added, with no summary or tags, then selected with the table's keyboard; its id. */
    private String addedAndSelected(FxRobot robot, String title, String link) {
        String id = window.connection().get().addArticle(title, link, "", List.of());
        waitFor(() -> table(robot).getItems().size() == 32);
        select(robot, id);
        robot.interact(() -> table(robot).requestFocus());
        return id;
    }

    /** The first row, selected from the search field as a user does, its article in the pane. */
    private String firstRowShown(FxRobot robot) {
        loaded();
        robot.clickOn(".text-field").type(KeyCode.DOWN);
        return row(robot, 0).id();
    }

    /** A click on {@code node} with no move of the pointer before it; {@code touch}: one a touch screen's tap made. */
    private static void pressAndRelease(Node node, boolean touch) {
        Bounds at = node.localToScreen(node.getLayoutBounds());
        for (EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED)) {
            node.fireEvent(new MouseEvent(
                    type,
                    5,
                    5,
                    at.getMinX() + 5,
                    at.getMinY() + 5,
                    MouseButton.PRIMARY,
                    1,
                    false,
                    false,
                    false,
                    false,
                    type == MouseEvent.MOUSE_PRESSED,
                    false,
                    false,
                    touch,
                    false,
                    true,
                    null));
        }
    }

    /** Caching Strategies with two tags of the user's, selected, its pane showing their chips. */
    private void cachingShownWithOwnTags(FxRobot robot, String first, String second) {
        loaded();
        window.connection().get().tagArticles(List.of(CACHING), first, true);
        window.connection().get().tagArticles(List.of(CACHING), second, true);
        robot.interact(() -> window.mainModel().refreshTags());
        select(robot, CACHING);
        waitFor(() -> robot.lookup(".chip-remove").queryAll().size() == 2);
    }

    /** The article pane's field for the user's own tags. */
    private static TextField tagField(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof TextField t && "Add your own tag…".equals(t.getPromptText()))
                .queryAs(TextField.class);
    }

    private static TableColumn<ArticleRow, ?> column(FxRobot robot, String id) {
        return table(robot).getColumns().stream()
                .filter(column -> id.equals(column.getId()))
                .findFirst()
                .orElseThrow();
    }

    private void loaded() {
        waitFor(() -> window.mainModel().loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents(); // TestFX reads bounds off the FX thread: not while a layout runs
    }

    private boolean readInStore(String id) {
        try (Library library = Library.open(db)) {
            return library.article(id).isRead();
        }
    }

    @SuppressWarnings("unchecked")
    /** Looked up on the FX thread: walked from the test's, the scene graph changed under it (an index out of bounds). */
    private static TableView<ArticleRow> table(FxRobot robot) {
        Callable<TableView<ArticleRow>> lookup =
                () -> robot.lookup(".table-view").queryAs(TableView.class);
        try {
            return Platform.isFxApplicationThread()
                    ? lookup.call()
                    : WaitForAsyncUtils.asyncFx(lookup).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArticleRow row(FxRobot robot, int index) {
        return table(robot).getItems().get(index);
    }

    private static ToggleButton button(FxRobot robot, String text) {
        return robot.lookup(".toggle-button")
                .match((ToggleButton b) -> b.getText().equals(text))
                .tryQueryAs(ToggleButton.class)
                .orElse(null);
    }

    /**
     * A node with this text, looked up on the FX thread: looked up off it while the dialog was being built, TestFX
     * threw (1 run in 8 of the deleted-elsewhere test).
     */
    private static boolean shownNow(FxRobot robot, String text) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(text).tryQuery().isPresent())
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until this many frames have passed on the FX thread: counted in pulses, not in time. */
    private static void framesPass(int frames) {
        CountDownLatch passed = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> AfterFrames.run(frames, passed::countDown));
        try {
            assertTrue(passed.await(10, TimeUnit.SECONDS), frames + " frames within 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
            WaitForAsyncUtils.waitForFxEvents(); // TestFX reads bounds off the FX thread: not while a layout runs
        } catch (Exception e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }
}
