package dev.readinglist.ui.main;

import dev.readinglist.library.Devices;
import dev.readinglist.library.Library;
import dev.readinglist.library.LibraryIndex;
import dev.readinglist.library.SyncScheduler;
import dev.readinglist.model.Device;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.SyncCondition;
import dev.readinglist.model.SyncNews;
import dev.readinglist.model.SyncReport;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LibraryConnection;
import dev.readinglist.ui.common.QuietTimer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Sync in the window: the library's sync folder (File > Sync folder…), a SyncScheduler that syncs
 * at start, a few seconds after each change, when the folder changes and every few minutes, and
 * what the status bar says ("Synced 2 min ago · 2 devices", or why not). Each sync runs on the
 * library's worker, as every other library task does.
 */
public final class SyncViewModel {

    private static final Duration AGING = Duration.ofSeconds(30);

    private final Background background;
    private final Clock clock;
    private final Dialogs dialogs;
    private final SyncScheduler.Timing timing;
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper();
    /** Any change the library commits (the window's, a command line's, an import) is shared a few seconds later. */
    private final LibraryIndex.Listener changed;

    /** A sync folder set through the library (here, or by a command line handed to the window) is followed. */
    private final Consumer<Optional<Path>> folderSet;

    private Library library;
    private volatile SyncScheduler scheduler;
    /** "Synced 2 min ago" ages by itself: ticks while sync is on, on a timer that lets an idle window sleep. */
    private ScheduledFuture<?> aging;

    private SyncCondition condition = SyncCondition.OFF;
    /** File > Sync now was chosen, and the sync it asked for has not ended yet: its end is said. */
    private boolean asked;
    /** Shows an article the window was told of (a merged note's), whatever the filters. */
    private Consumer<String> showArticle = id -> {};
    /** The name a namesake notice was given for: said once, not at each sync. */
    private String namesakeTold;

    public SyncViewModel(
            Background background,
            LibraryConnection connection,
            Clock clock,
            Dialogs dialogs,
            SyncScheduler.Timing timing) {
        this.background = background;
        this.clock = clock;
        this.dialogs = dialogs;
        this.timing = timing;
        this.changed = change -> {
            SyncScheduler running = scheduler;
            if (running != null) {
                running.changed();
            }
        };
        this.folderSet = folder -> background.onUiThread(() -> follow(folder));
        connection.libraryProperty().addListener((obs, old, now) -> opened(old, now));
        on.addListener((obs, was, now) -> aging(now));
    }

    private void aging(boolean syncing) {
        if (aging != null) {
            aging.cancel(false);
            aging = null;
        }
        if (syncing) {
            aging = QuietTimer.every(AGING, background, this::refreshText);
        }
    }

    private void opened(Library old, Library now) {
        close();
        if (old != null) {
            old.index().removeListener(changed);
            old.removeSyncFolderListener(folderSet);
        }
        library = now;
        if (now == null) {
            return;
        }
        background.run(
                () -> new Setting(now.syncFolder(), Devices.forUser()),
                setting -> {
                    if (library != now) {
                        return;
                    }
                    SyncScheduler made = new SyncScheduler(
                            folder -> syncOnWorker(now, folder),
                            news -> background.onUiThread(() -> show(news)),
                            clock,
                            timing,
                            setting.device());
                    scheduler = made;
                    now.index().addListener(changed);
                    now.addSyncFolderListener(folderSet);
                    setting.folder().ifPresent(made::start);
                },
                failure -> show(new SyncCondition(
                        SyncCondition.Kind.FAILED,
                        null,
                        null,
                        0,
                        0,
                        String.valueOf(failure.getMessage()),
                        SyncNews.NONE)));
    }

    private record Setting(Optional<Path> folder, Device device) {}

    /** Called on the scheduler's thread: the sync itself runs on the library's worker, and this waits for it. */
    private SyncReport syncOnWorker(Library on, Path folder) throws Exception {
        CompletableFuture<SyncReport> done = new CompletableFuture<>();
        background.run(() -> on.sync(folder), done::complete, done::completeExceptionally);
        try {
            return done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception failure) {
                throw failure;
            }
            throw new ReadingListException(String.valueOf(e.getCause()));
        }
    }

    /** Syncs through {@code folder} from now on; a folder that holds the library is refused, with why. */
    public void useFolder(Path folder) {
        Library open = library;
        if (open == null || scheduler == null) {
            return;
        }
        background.run(
                () -> {
                    open.setSyncFolder(folder);
                    return null;
                },
                done -> {},
                // Syncing through another folder already, it goes on there: "not set up" alarmed the fifty-third walk.
                failure -> dialogs.error(
                        folder().isPresent() ? "The sync folder was not changed" : "Sync was not set up",
                        failure.getMessage()));
    }

    public void syncNow() {
        if (scheduler != null) {
            asked = true;
            scheduler.syncNow();
        }
    }

    /** Stops syncing; the folder keeps its files, and choosing it again picks up where it left off. */
    public void turnOff() {
        Library open = library;
        if (open == null || scheduler == null) {
            return;
        }
        background.run(
                () -> {
                    open.setSyncFolder(null);
                    return null;
                },
                done -> {},
                failure -> dialogs.error("Sync was not turned off", failure.getMessage()));
    }

    /**
     * Asks for the name other devices know this one by, as 'sync --name' sets it: two computers with one host name
     * both merged notes "kept from vm (…)", and the fifty-eighth walk found no way to name them in the window.
     */
    public void nameDevice() {
        background.run(
                Devices::forUser,
                device -> dialogs.ask(
                                "Name this device",
                                "Your other devices show this name above the text of a note kept from this one:",
                                device.name(),
                                List.of(),
                                Devices::nameProblem)
                        .map(String::strip)
                        .filter(name -> !name.equals(device.name()))
                        .ifPresent(name -> background.run(
                                () -> Devices.rename(name),
                                named -> {
                                    // One line at 800 pixels: "…; your other devices show that name after its next
                                    // sync" took two.
                                    dialogs.notice("Your other devices will call this one “" + named.name() + "”");
                                    SyncScheduler running = scheduler;
                                    if (running != null && on.get()) {
                                        running.changed(); // that sync, in a few seconds
                                    }
                                },
                                failure -> dialogs.error("The device was not renamed", failure.getMessage()))),
                failure -> dialogs.error("The device's name could not be read", failure.getMessage()));
    }

    /** Syncs through the folder set, or stops: the window's File > Sync folder… and a command line's alike. */
    private void follow(Optional<Path> folder) {
        SyncScheduler running = scheduler;
        if (running == null || running.folder().equals(folder)) {
            return;
        }
        if (folder.isPresent()) {
            running.start(folder.get());
            dialogs.notice("Syncing through " + folder.get());
        } else {
            running.stop();
            dialogs.notice("Sync is off for this library");
        }
    }

    /** How a notice's Show shows the article it names. */
    public void showArticlesWith(Consumer<String> show) {
        showArticle = show;
    }

    /** The folder synced through now, if any: where File > Sync folder… starts. */
    public Optional<Path> folder() {
        return Optional.ofNullable(condition.folder());
    }

    private void show(SyncCondition changed) {
        condition = changed;
        SyncNews news = changed.news();
        // One notice at a time: an article back in the list is the more surprising, and a merged note shows its
        // other text in the note itself.
        if (news.cameBack() > 0) {
            dialogs.notice(cameBack(news));
        } else if (news.mergedNotes() > 0) {
            // With a way to it: the sixtieth walk was told of a note out of sight, and had to find it.
            String id = news.mergedNoteId();
            dialogs.notice(
                    mergedNotes(news.mergedNotes(), news.mergedNoteTitle()),
                    Optional.ofNullable(id).map(shown -> new Dialogs.Action("Show", () -> showArticle.accept(shown))));
        } else if (news.namesake() != null && !news.namesake().equals(namesakeTold)) {
            namesakeTold = news.namesake();
            // One line at 800 pixels, with the way to a new name: "…: File › Device name… tells them apart" took two.
            dialogs.notice(
                    namesake(news.namesake()), Optional.of(new Dialogs.Action("Rename this one…", this::nameDevice)));
        } else if (asked && changed.kind() == SyncCondition.Kind.SYNCED) {
            // Asked for, a sync that brought nothing looked as if it had not run (the fifty-second walk).
            dialogs.notice(synced(changed.changed()));
        } else if (asked && changed.kind() == SyncCondition.Kind.FAILED) {
            dialogs.notice("Not synced: " + changed.problem());
        }
        if (changed.kind() == SyncCondition.Kind.SYNCED || changed.kind() == SyncCondition.Kind.FAILED) {
            asked = false;
        }
        on.set(changed.kind() != SyncCondition.Kind.OFF && changed.folder() != null);
        refreshText();
    }

    /**
     * Said once a window per name, when nothing else is: another device syncing here has this one's name, and a note
     * merged from it says "kept from" that name (the sixtieth walk could not tell which device was its own).
     */
    public static String namesake(String name) {
        return "Another device here is also called " + Formats.quoted(name, 20);
    }

    /** What a sync asked for says once it has run. */
    public static String synced(int changed) {
        return changed == 0
                ? "Synced: nothing new here"
                : "Synced: " + changed + (changed == 1 ? " article" : " articles") + " changed here";
    }

    /**
     * What a sync says that brought back articles deleted here: the forty-ninth walk deleted one on a device that had
     * not seen another's edit of its note, and the next sync brought it back, said only as "1 article changed here".
     */
    public static String cameBack(SyncNews news) {
        String which = Formats.inNotice(news.cameBackTitle());
        if (news.cameBack() == 1) {
            return which + " came back: " + (news.putBack() ? "it was put back" : "its note was edited")
                    + " on another device";
        }
        int others = news.cameBack() - 1;
        return news.cameBack() + " deleted articles came back from other devices: " + which + " and " + others
                + (others == 1 ? " other" : " others");
    }

    /**
     * What a sync that merged notes edited on several devices at once says: the user finds both texts in them, and
     * which article's note it is (the forty-seventh walk was not told).
     */
    public static String mergedNotes(int notes, String title) {
        // Short: at 800x600 the longer words took three lines, over the sync status beside them, and at 1440 two
        // (the forty-ninth walk); beside Show, a title of 40 characters took two again. The note itself names the
        // other device, on the line above its text.
        String which = Formats.quoted(title, 20);
        return notes == 1
                ? "The note of " + which + " keeps both devices' texts"
                : notes + " notes now keep both devices' texts: " + which + " and " + (notes - 1)
                        + (notes == 2 ? " other" : " others");
    }

    /** "2 min ago" grows older by itself: the window calls this now and then. */
    public void refreshText() {
        String full = condition.kind() == SyncCondition.Kind.OFF ? "" : condition.describe(clock.instant());
        detailText.set(full);
        // A reason can be a long path: the status bar keeps room for the counts, and the tooltip has it all.
        statusText.set(condition.kind() == SyncCondition.Kind.FAILED ? "Not synced (hover for why)" : full);
    }

    /** Stops the scheduler: at quit, before the library closes, and when another library opens. */
    public void close() {
        SyncScheduler running = scheduler;
        scheduler = null;
        if (running != null) {
            running.close();
        }
        condition = SyncCondition.OFF;
        on.set(false);
        statusText.set("");
        detailText.set("");
    }

    /** The whole of it, with a failure's reason and when it last synced: the status text's tooltip. */
    public ReadOnlyStringProperty detailTextProperty() {
        return detailText.getReadOnlyProperty();
    }

    /** "Synced 2 min ago · 2 devices", "Not synced (…)", or empty while sync is off. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** True while this library syncs through a folder. */
    public ReadOnlyBooleanProperty onProperty() {
        return on.getReadOnlyProperty();
    }
}
