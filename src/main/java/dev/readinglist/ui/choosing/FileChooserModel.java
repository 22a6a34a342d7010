package dev.readinglist.ui.choosing;

import dev.readinglist.platform.FolderListing;
import dev.readinglist.platform.FolderListing.Entry;
import dev.readinglist.platform.LibraryFiles;
import dev.readinglist.platform.UserFolders;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.FileType;
import dev.readinglist.ui.common.Formats;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The app's own file chooser: which folder it shows, what is in it, and what a choice means.
 * Folders are listed on a worker (a network folder may take seconds), by name and attributes only:
 * no file is ever opened, so nothing here can drop the library's locks (see FolderListing).
 */
public final class FileChooserModel {

    /** Whether the user picks a file to read or names one to write. */
    public enum Mode {
        OPEN,
        SAVE,
        /** A folder, for exports that write many files. */
        FOLDER
    }

    /** What an attempt to choose came to. */
    public sealed interface Outcome {
        /** The chosen file. */
        record Chosen(Path file) implements Outcome {}

        /** The file exists: ask before writing over it. */
        record Replace(Path file) implements Outcome {}

        /** Choosing a folder, a name of none there: ask before one is made (what it is chosen for makes it). */
        record Make(Path folder) implements Outcome {}

        /** A folder was named: it is shown now, and nothing is chosen yet. */
        record Opened(Path folder) implements Outcome {}

        /** Nothing chosen: the problem says why. */
        record Problem(String message) implements Outcome {}
    }

    private final Mode mode;
    private final Background listing;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Entry> shown = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty showHidden = new SimpleBooleanProperty();
    private final ObjectProperty<FileType> filter = new SimpleObjectProperty<>(FileType.ALL);
    private final StringProperty name = new SimpleStringProperty("");
    /** The name the chooser offered at first, to save as. */
    private String suggested = "";

    private List<Entry> listed = List.of();
    private long listings;

    public FileChooserModel(Mode mode, Background listing) {
        this.mode = mode;
        this.listing = listing;
        showHidden.addListener((obs, old, now) -> refilter());
        filter.addListener((obs, old, now) -> refilter());
        name.addListener((obs, old, now) -> problem.set(""));
    }

    public Mode mode() {
        return mode;
    }

    /** Shows {@code target}'s content; a later call wins over a listing still under way. */
    public void open(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        long mine = ++listings;
        folder.set(absolute);
        problem.set("");
        status.set("Reading the folder…");
        shown.clear();
        listing.run(
                () -> FolderListing.of(absolute),
                entries -> {
                    if (mine == listings) {
                        listed = entries;
                        refilter();
                    }
                },
                failure -> {
                    if (mine == listings) {
                        listed = List.of();
                        shown.clear();
                        status.set(failure.getMessage());
                    }
                });
    }

    public void up() {
        Path parent = folder.get() == null ? null : folder.get().getParent();
        if (parent != null) {
            open(parent);
        }
    }

    /** The folder chosen: the one selected, or else the one shown. */
    public void chooseFolder(Entry selected, Consumer<Outcome> then) {
        Path chosen = selected != null && selected.folder() ? selected.path() : folder.get();
        report(new Outcome.Chosen(chosen), then);
    }

    /** A double-click or Enter on an entry: a folder opens; a file is the choice (or, to save, its name). */
    public void activate(Entry entry, Consumer<Outcome> then) {
        if (entry.folder()) {
            open(entry.path());
            then.accept(new Outcome.Opened(entry.path()));
            return;
        }
        if (mode == Mode.SAVE) {
            name.set(entry.name());
        }
        decide(entry.path(), then);
    }

    /**
     * What was typed in the location field (to open) or as the name (to save), relative to the
     * folder shown or absolute: a folder opens; a file is the choice. The file system is asked on
     * the worker, never on the FX thread; {@code then} hears the outcome on the FX thread.
     */
    public void accept(String typed, Consumer<Outcome> then) {
        choose(typed, true, then);
    }

    /** What was typed in the location field: a folder opens (a name being typed stays); a file is the choice. */
    public void go(String typed, Consumer<Outcome> then) {
        choose(typed, false, then);
    }

    /**
     * Makes a folder named {@code typed} in the folder shown, on the worker, and shows it: {@code then} hears
     * {@link Outcome.Opened}, or the problem (a name taken, a folder one may not write in).
     */
    public void makeFolder(String typed, Consumer<Outcome> then) {
        String text = typed == null ? "" : typed.strip();
        Path here = folder.get();
        Path target;
        try {
            target = text.isEmpty() || text.equals(".") || text.equals("..") || here == null
                    ? null
                    : here.resolve(text).normalize();
        } catch (InvalidPathException e) {
            target = null;
        }
        if (target == null || !here.equals(target.getParent())) {
            // The reason said: "“md/export” cannot be a folder's name" left the walk to guess (the eighty-first).
            report(
                    new Outcome.Problem("“" + text + "” cannot be a folder's name here"
                            + (text.contains("/") || text.contains("\\") ? ": a name holds no / or \\." : ".")),
                    then);
            return;
        }
        Path made = target;
        listing.run(
                () -> madeNow(made),
                outcome -> {
                    if (outcome instanceof Outcome.Opened opened) {
                        open(opened.folder());
                    }
                    report(outcome, then);
                },
                failure -> report(new Outcome.Problem(failure.getMessage()), then));
    }

    /**
     * On the worker: the folder made, or why not, as an outcome, not an exception: a name taken is the user's to
     * change, not an error for the log (the eighty-first walk found a stack trace there for each).
     */
    private static Outcome madeNow(Path made) {
        if (Files.exists(made, LinkOption.NOFOLLOW_LINKS)) {
            return new Outcome.Problem("There is already " + (Files.isDirectory(made) ? "a folder" : "a file")
                    + " named “" + made.getFileName() + "” here.");
        }
        try {
            Files.createDirectory(made);
            return new Outcome.Opened(made);
        } catch (AccessDeniedException e) {
            return new Outcome.Problem("You may not make folders in " + made.getParent() + ".");
        } catch (IOException e) {
            return new Outcome.Problem("The folder “" + made.getFileName() + "” was not made: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** True when {@code typed}, relative to the folder shown or absolute, is that folder. */
    public boolean shows(String typed) {
        String text = typed == null ? "" : typed.strip();
        try {
            return !text.isEmpty() && folder.get() != null && at(text).equals(folder.get());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Where typed text leads: relative to the folder shown, or absolute, "~" the home folder. */
    private Path at(String text) {
        return folder.get().resolve(expandHome(text)).normalize();
    }

    private void choose(String typed, boolean named, Consumer<Outcome> then) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            report(new Outcome.Problem(mode == Mode.SAVE ? "Type a name for the file." : "Choose a file."), then);
            return;
        }
        Path target;
        try {
            target = at(text);
        } catch (InvalidPathException e) {
            report(new Outcome.Problem("“" + text + "” cannot be a file name here."), then);
            return;
        }
        decide(target, named, then);
    }

    private void decide(Path target, Consumer<Outcome> then) {
        decide(target, false, then);
    }

    private void decide(Path target, boolean named, Consumer<Outcome> then) {
        FileType current = filter.get();
        listing.run(
                () -> decideNow(target, current),
                outcome -> {
                    if (outcome instanceof Outcome.Opened opened) {
                        open(opened.folder());
                        if (mode == Mode.SAVE && named) {
                            // The name typed was a folder's: the name offered comes back, where the eighty-third
                            // walk's field was left empty and "Type a name for the file." was all it was told.
                            name.set(suggested);
                        }
                    }
                    report(outcome, then);
                },
                failure -> report(new Outcome.Problem(failure.getMessage()), then));
    }

    private void report(Outcome outcome, Consumer<Outcome> then) {
        problem.set(outcome instanceof Outcome.Problem p ? p.message() : "");
        then.accept(outcome);
    }

    /** On the worker: what the file system says of the target. */
    private Outcome decideNow(Path named, FileType current) {
        if (Files.isDirectory(named)) {
            return new Outcome.Opened(named);
        }
        Path target = mode == Mode.SAVE ? withExtension(named, current) : named;
        if (LibraryFiles.isOpenLibraryFile(target)) {
            return new Outcome.Problem(target.getFileName() + " is one of your library's own files; choose another.");
        }
        if (mode == Mode.OPEN) {
            if (Files.isRegularFile(target)) {
                return new Outcome.Chosen(target);
            }
            return new Outcome.Problem(
                    target.getParent() == null || Files.isDirectory(target.getParent())
                            ? "There is no file " + target.getFileName() + " in " + target.getParent() + "."
                            : "There is no folder " + target.getParent() + ".");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            return new Outcome.Problem("There is no folder " + target.getParent() + ".");
        }
        if (mode == Mode.FOLDER) {
            // Chosen unasked, a mistyped path became a folder full of exported files (the seventy-seventh walk).
            return Files.exists(target)
                    ? new Outcome.Problem(target.getFileName() + " is a file, not a folder.")
                    : new Outcome.Make(target);
        }
        return Files.exists(target) ? new Outcome.Replace(target) : new Outcome.Chosen(target);
    }

    /** A name typed without an extension gets the filter's, when the filter has exactly one. */
    private static Path withExtension(Path target, FileType filter) {
        List<String> extensions = filter.extensions();
        String file = target.getFileName().toString();
        if (extensions.size() == 1 && !file.contains(".")) {
            return target.resolveSibling(file + "." + extensions.getFirst());
        }
        return target;
    }

    private static String expandHome(String typed) {
        if (typed.equals("~") || typed.startsWith("~/")) {
            return UserFolders.home() + typed.substring(1);
        }
        return typed;
    }

    private void refilter() {
        List<Entry> visible = new ArrayList<>();
        for (Entry entry : listed) {
            boolean wanted = mode == Mode.FOLDER
                    ? entry.folder()
                    : entry.folder() || filter.get().accepts(entry.name());
            if ((showHidden.get() || !entry.hidden()) && wanted) {
                visible.add(entry);
            }
        }
        shown.setAll(visible);
        int left = listed.size() - visible.size();
        // Choosing a folder, the forty-seventh walk read "No files here (3 hidden or of other types)".
        String kind = mode == Mode.FOLDER
                ? "folders"
                : filter.get().extensions().isEmpty()
                        ? "files"
                        : String.join(", ", filter.get().extensions()).toUpperCase(Locale.ROOT) + " files";
        // Counted as every other count is ("19,270"), where the eighty-fourth walk read "19270 files".
        String count = Formats.number(left);
        String rest = mode != Mode.FOLDER
                ? count + " hidden or of other types"
                : left == 1 ? "1 file or hidden folder" : count + " files or hidden folders";
        status.set(
                visible.isEmpty() && left == 0
                        ? "This folder is empty"
                        : visible.isEmpty() ? "No " + kind + " here (" + rest + ")" : "");
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ObservableList<Entry> shown() {
        return shown;
    }

    /** "Reading the folder…", why it cannot be read, or why nothing is shown; empty otherwise. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last attempt to choose did not choose; empty when nothing is wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanProperty showHiddenProperty() {
        return showHidden;
    }

    public ObjectProperty<FileType> filterProperty() {
        return filter;
    }

    /** The file name typed, when saving. */
    /** Offers {@code offered} as the name to save as, now and after a folder's name typed opened that folder. */
    public void suggestName(String offered) {
        suggested = offered == null ? "" : offered;
        name.set(suggested);
    }

    public StringProperty nameProperty() {
        return name;
    }
}
