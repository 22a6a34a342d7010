package dev.readinglist.ui;

import dev.readinglist.ui.common.Command;
import dev.readinglist.ui.common.FxDialogs;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.UndoStack;
import dev.readinglist.ui.details.DetailViewModel;
import dev.readinglist.ui.help.HelpDialogs;
import dev.readinglist.ui.main.ArticleActions;
import dev.readinglist.ui.main.BackupActions;
import dev.readinglist.ui.main.LibrarySession;
import dev.readinglist.ui.main.ListFilters;
import dev.readinglist.ui.main.MainController;
import dev.readinglist.ui.main.MainViewModel;
import dev.readinglist.ui.main.SyncViewModel;
import dev.readinglist.ui.progress.ProgressWindow;
import dev.readinglist.ui.table.ArticleTableController;
import dev.readinglist.ui.theme.ThemeSwitcher;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;

/** What each command does: the menus, the context menu and F1 offer just the commands put here. */
final class CommandHandlers {

    /** The window's parts a command acts on. */
    record Parts(
            Stage stage,
            AppContext context,
            LibraryConnection connection,
            MainViewModel mainModel,
            DetailViewModel detailModel,
            ArticleTableController table,
            MainController main,
            FxDialogs dialogs,
            ThemeSwitcher theme,
            LibrarySession session,
            SyncViewModel sync) {}

    /**
     * What the commands on the selected articles say with none selected: their keys said nothing, their menu items
     * greyed out (the forty-sixth walk). {@link MainController} sends their keys here then.
     */
    static final Map<Command, String> SELECT_FIRST = Map.of(
            Command.MARK_READ, "Select the articles to mark read",
            Command.MARK_UNREAD, "Select the articles to mark unread",
            Command.FAVOURITE, "Select the articles to star",
            Command.ADD_TAG, "Select the articles to tag",
            Command.REMOVE_TAG, "Select the articles to take a tag from",
            Command.EDIT_ARTICLE, "Select the article to edit",
            Command.DELETE, "Select the articles to delete",
            Command.COPY_LINK, "Select the articles whose links to copy");

    private CommandHandlers() {}

    /** Puts them; returns the keys typed for a note as its article went, which the pane watches for. */
    static StrayKeys put(Map<Command, Runnable> handlers, Parts w, UndoStack undo, Runnable quit) {
        StrayKeys strays = new StrayKeys(w.mainModel().searchTextProperty());
        ArticleActions actions = new ArticleActions(
                w.context().background(),
                w.connection(),
                w.dialogs(),
                undo,
                w.mainModel()::tags,
                () -> ListFilters.of(w.mainModel()),
                w.mainModel()::refreshTags,
                w.mainModel()::reveal,
                w.mainModel()::tagRenamed,
                w.mainModel()::fail);
        WindowCommands commands = new WindowCommands(
                w.stage(),
                w.context(),
                w.connection(),
                w.mainModel(),
                w.table(),
                w.dialogs(),
                w.theme(),
                w.detailModel()::flush,
                undo);
        ArticleFormCommands forms = new ArticleFormCommands(
                w.stage(), w.context(), w.connection(), w.mainModel(), w.table(), w.dialogs(), w.theme(), undo);
        BackupActions backups = new BackupActions(
                w.context().background(),
                w.connection(),
                w.session(),
                w.dialogs(),
                w.context().folderOpener(),
                ZoneId.systemDefault(),
                () -> w.sync().folder().isPresent());
        w.session().onRestoredByCommandLine(backups::restoredByCommandLine);
        ProgressWindow progress =
                new ProgressWindow(w.stage(), w.theme()::style, w.context().background(), w.connection());
        HelpDialogs help = new HelpDialogs(w.stage(), w.theme()::style);
        ArticleTableController table = w.table();
        MainViewModel model = w.mainModel();
        SyncViewModel sync = w.sync();
        w.detailModel()
                .onDeletedWhileShown(
                        gone -> commands.tellDeletedWhileShown(gone, strays::take, w.detailModel()::writeOn));
        w.detailModel()
                .onOrphanedNote(orphan -> commands.keepOrphanedNote(
                        orphan.typedOn(strays.takeSoFar()), strays::take, w.detailModel()::writeOn));
        handlers.put(Command.IMPORT, commands::importFile);
        handlers.put(Command.ADD_ARTICLE, forms::addArticle);
        handlers.put(Command.EXPORT, commands::export);
        handlers.put(Command.BACKUP, backups::backUp);
        handlers.put(Command.RESTORE, backups::restore);
        handlers.put(
                Command.RESTORE_FILE,
                () -> w.context()
                        .opener()
                        .chooseBackup(
                                w.stage(),
                                "Restore the library from a file",
                                w.connection().get() == null
                                        ? null
                                        : w.connection().get().backupsFolder())
                        .ifPresent(backups::restoreFrom));
        handlers.put(Command.OPEN_DATA_FOLDER, commands::openDataFolder);
        handlers.put(
                Command.SYNC_FOLDER,
                () -> w.context()
                        .folders()
                        .chooseSyncFolder(
                                w.stage(),
                                "Sync through a folder your devices share",
                                sync.folder().orElse(null))
                        .ifPresent(sync::useFolder));
        handlers.put(Command.SYNC_NOW, sync::syncNow);
        handlers.put(Command.SYNC_OFF, sync::turnOff);
        handlers.put(Command.DEVICE_NAME, sync::nameDevice);
        sync.showArticlesWith(id -> model.revealAdded(List.of(id), "the merged note"));
        handlers.put(Command.FAVOURITE, () -> model.toggleFavourite(table.selectedRows()));
        handlers.put(Command.EDIT_ARTICLE, forms::editArticle);
        handlers.put(Command.QUIT, quit);
        handlers.put(Command.UNDO, model::undo);
        handlers.put(Command.REDO, model::redo);
        handlers.put(Command.MARK_READ, () -> model.setRead(table.selectedRows(), true));
        handlers.put(Command.MARK_UNREAD, () -> model.setRead(table.selectedRows(), false));
        handlers.put(Command.TOGGLE_READ, () -> model.toggleRead(table.selectedRows()));
        handlers.put(Command.NEXT_UNREAD, table::selectNextUnread);
        handlers.put(Command.ADD_TAG, () -> actions.addTag(table.selectedRows()));
        handlers.put(Command.REMOVE_TAG, () -> actions.removeTag(table.selectedRows()));
        handlers.put(Command.RENAME_TAG, actions::renameTag);
        handlers.put(Command.DELETE, () -> actions.delete(table.selectedRows()));
        handlers.put(Command.OPEN_LINK, commands::openLink);
        handlers.put(Command.COPY_LINK, commands::copyLinks);
        handlers.put(Command.FIND, w.main()::focusSearch);
        handlers.put(Command.FILTER_TAGS, w.main()::openTagFilter);
        handlers.put(Command.RESET_COLUMNS, table::resetColumns);
        handlers.put(Command.PROGRESS, progress::show);
        handlers.put(Command.SHORTCUTS, () -> help.showShortcuts(handlers.keySet()));
        handlers.put(Command.ABOUT, () -> commands.showAbout(help));
        handlers.put(Command.YOUR_DATA, () -> commands.showYourData(help));
        w.stage().setOnHidden(e -> progress.close());
        SELECT_FIRST.forEach((command, notice) -> {
            Runnable run = handlers.get(command);
            handlers.put(command, () -> {
                if (table.selectedCount() == 0) {
                    w.dialogs().notice(notice);
                } else {
                    run.run();
                }
            });
        });
        return strays;
    }
}
