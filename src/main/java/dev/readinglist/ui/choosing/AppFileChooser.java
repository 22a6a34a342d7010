package dev.readinglist.ui.choosing;

import dev.readinglist.platform.UserFolders;
import dev.readinglist.ui.choosing.ChooserFolders.Purpose;
import dev.readinglist.ui.choosing.FileChooserController.Place;
import dev.readinglist.ui.choosing.FileChooserModel.Mode;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.FileType;
import dev.readinglist.ui.common.FolderChooser;
import dev.readinglist.ui.common.OpenFileChooser;
import dev.readinglist.ui.common.OverOwner;
import dev.readinglist.ui.common.SaveFileChooser;
import dev.readinglist.ui.common.Views;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Reading List's own open and save dialogs. GTK's chooser, which JavaFX shows in this process,
 * opens the files of a folder it lists to sniff their type, and each close drops this process's
 * locks on the library (see README, "Your notes are safe"); these dialogs only list and stat. They
 * start in the folder last used to bring a file in, or to export, in this session or an earlier one
 * (see {@link ChooserFolders}).
 */
public final class AppFileChooser implements SaveFileChooser, OpenFileChooser, FolderChooser {

    private final Background listing;
    private final List<FileType> openFilters;
    private final ChooserFolders folders;
    private final Supplier<Path> firstOpenFolder;
    private final Supplier<Path> firstExportFolder;

    /**
     * @param listing where folders are read: its own worker, so a library task never delays a listing
     * @param openFilters the file types offered when opening, the first shown first
     * @param settingsFolder where the folders last used are kept from one session to the next
     */
    public AppFileChooser(Background listing, List<FileType> openFilters, Path settingsFolder) {
        this(listing, openFilters, settingsFolder, UserFolders::downloads, UserFolders::documents);
    }

    /**
     * @param firstOpenFolder where a file is first brought in from, before any was (read on the listing worker; null:
     *     home): Downloads, where other apps' exports land. The seventy-sixth walk's first import began at home.
     * @param firstExportFolder where the first export goes, before any did (as above): Documents, where the
     *     desktop keeps a user's own files. The seventy-eighth walk's first export began at home.
     */
    public AppFileChooser(
            Background listing,
            List<FileType> openFilters,
            Path settingsFolder,
            Supplier<Path> firstOpenFolder,
            Supplier<Path> firstExportFolder) {
        this.listing = listing;
        this.openFilters = List.copyOf(openFilters);
        this.folders = ChooserFolders.in(settingsFolder, listing);
        this.firstOpenFolder = firstOpenFolder;
        this.firstExportFolder = firstExportFolder;
    }

    @Override
    public Optional<Path> choose(Window owner, String title, Path initialFolder, String initialName) {
        return show(owner, title, Mode.SAVE, saveFilters(initialName), Purpose.EXPORT, initialFolder, initialName);
    }

    @Override
    public Optional<Path> choose(Window owner, String title) {
        return choose(owner, title, openFilters);
    }

    @Override
    public Optional<Path> choose(Window owner, String title, List<FileType> types) {
        return show(owner, title, Mode.OPEN, types, Purpose.OPEN, null, "");
    }

    @Override
    public Optional<Path> chooseBackup(Window owner, String title, Path backupsFolder) {
        return show(owner, title, Mode.OPEN, FileType.BACKUPS, Purpose.RESTORE, backupsFolder, "");
    }

    @Override
    public Optional<Path> choose(Window owner, String title, Path initialFolder) {
        // Apart from the files' exports: the eighty-first walk's Markdown chooser opened where its notes CSV had gone,
        // and the next CSV export would have opened in the vault.
        return show(owner, title, Mode.FOLDER, List.of(FileType.ALL), Purpose.EXPORT_INTO, initialFolder, "");
    }

    @Override
    public Optional<Path> chooseSyncFolder(Window owner, String title, Path current) {
        return show(owner, title, Mode.FOLDER, List.of(FileType.ALL), Purpose.SYNC, current, "");
    }

    private Optional<Path> show(
            Window owner,
            String title,
            Mode mode,
            List<FileType> filters,
            Purpose purpose,
            Path initialFolder,
            String name) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        OverOwner.place(stage);
        FileChooserModel model = new FileChooserModel(mode, listing);
        model.filterProperty().set(filters.getFirst());
        model.suggestName(name);
        Path[] result = new Path[1];
        Views.Loaded<FileChooserController> view = Views.load(
                FileChooserController.class,
                "FileChooserView.fxml",
                () -> new FileChooserController(
                        model,
                        filters,
                        file -> {
                            result[0] = file;
                            stage.close();
                        },
                        stage::close,
                        outcome -> outcome instanceof FileChooserModel.Outcome.Replace replace
                                ? confirmReplace(stage, replace.file())
                                : outcome instanceof FileChooserModel.Outcome.Make make
                                        && confirmMake(stage, make.folder())));
        Scene scene = new Scene(view.root());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        listing.run(
                () -> {
                    Path start = purpose == Purpose.SYNC && initialFolder != null
                            ? startIn(initialFolder, null)
                            : startIn(
                                    folders.last(purpose),
                                    initialFolder != null
                                            ? initialFolder
                                            : purpose == Purpose.OPEN
                                                    ? firstOpenFolder.get()
                                                    : purpose == Purpose.EXPORT || purpose == Purpose.EXPORT_INTO
                                                            ? firstExportFolder.get()
                                                            : null);
                    // The backups folder is named by the library's id, which says nothing in the list of places.
                    return places(
                            start,
                            purpose == Purpose.RESTORE && start != null && start.equals(initialFolder)
                                    ? "Backups"
                                    : null);
                },
                found -> {
                    view.controller().showPlaces(found);
                    model.open(found.getFirst().folder());
                },
                failure -> model.open(UserFolders.home()));
        stage.setOnShown(e -> view.controller().focusFirst());
        stage.showAndWait();
        Optional<Path> chosen = Optional.ofNullable(result[0]);
        chosen.ifPresent(file -> folders.remember(
                purpose, mode == Mode.FOLDER ? file : file.toAbsolutePath().getParent()));
        return chosen;
    }

    /**
     * The folder used last, or the nearest folder above it that is still there (an export folder
     * deleted since: the folder it was in), else the caller's. On the listing worker.
     */
    private static Path startIn(Path usedLast, Path initialFolder) {
        for (Path folder = usedLast; folder != null && folder.getParent() != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        return initialFolder == null || Files.isDirectory(initialFolder) ? initialFolder : startIn(initialFolder, null);
    }

    /** On the listing worker: where to start, then the usual places that exist. */
    private static List<Place> places(Path start, String label) {
        Path home = UserFolders.home();
        List<Path> usual = UserFolders.usual();
        List<Place> places = new ArrayList<>();
        // The folder to start in heads the list, unless it is one of the usual places: the ninth walk saw
        // Documents twice.
        if (start != null && !start.equals(home) && !usual.contains(start) && Files.isDirectory(start)) {
            Path name = start.getFileName();
            places.add(new Place(label != null ? label : name == null ? start.toString() : name.toString(), start));
        }
        places.add(new Place("Home", home));
        for (Path folder : usual) {
            places.add(new Place(folder.getFileName().toString(), folder));
        }
        for (Path root : home.getFileSystem().getRootDirectories()) {
            places.add(new Place(root.toString().equals("/") ? "Computer" : root.toString(), root));
        }
        return places;
    }

    private static List<FileType> saveFilters(String initialName) {
        int dot = initialName == null ? -1 : initialName.lastIndexOf('.');
        if (dot < 0) {
            return List.of(FileType.ALL);
        }
        String extension = initialName.substring(dot + 1);
        return List.of(new FileType(extension.toUpperCase(Locale.ROOT) + " files", List.of(extension)), FileType.ALL);
    }

    /** A folder typed that is not there yet: made, once asked, so that a mistyped path makes none. */
    private static boolean confirmMake(Stage owner, Path folder) {
        ButtonType make = new ButtonType("Make folder", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", make, ButtonType.CANCEL);
        alert.setTitle("New folder");
        alert.setHeaderText("Make the folder “" + folder.getFileName() + "”?");
        alert.setContentText("There is no folder of that name in " + folder.getParent() + ".");
        return AskedOver.ask(owner, alert).filter(make::equals).isPresent();
    }

    private static boolean confirmReplace(Stage owner, Path file) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        alert.setTitle("Replace");
        alert.setHeaderText("Replace “" + file.getFileName() + "”?");
        alert.setContentText("A file with this name is already in " + file.getParent()
                + ". It is replaced only once the new one is written whole.");
        // Replacing a file is not undone: the safe answer is Enter's.
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return AskedOver.ask(owner, alert).filter(replace::equals).isPresent();
    }
}
