package dev.readinglist.platform;

import dev.readinglist.model.ReadingListException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hands a link or a folder to the desktop (the browser, the file manager) and says when that
 * failed. JavaFX's HostServices.showDocument reports nothing when no browser is registered; this
 * runs the system's own opener and reads its exit status, so the user hears why nothing opened.
 * Blocks for up to a few seconds: never on the FX thread.
 */
public final class DesktopOpener {

    private static final long WAIT_SECONDS = 10;

    private final List<String> command;

    DesktopOpener(List<String> command) {
        this.command = command;
    }

    /** The opener of this system: xdg-open on Linux and BSD, open on macOS, the URL handler on Windows. */
    public static DesktopOpener forThisSystem() {
        String os = OperatingSystem.name();
        if (OperatingSystem.isWindows(os)) {
            return new DesktopOpener(List.of("rundll32", "url.dll,FileProtocolHandler"));
        }
        if (OperatingSystem.isMac(os)) {
            return new DesktopOpener(List.of("open"));
        }
        return new DesktopOpener(List.of("xdg-open"));
    }

    /** Opens a web link or a file: URI; throws, with a one-line reason, when nothing could open it. */
    public void open(String target) {
        List<String> full = new ArrayList<>(command);
        full.add(target);
        Process process;
        try {
            process = new ProcessBuilder(full)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            ErrorLog.record("cannot run " + command.getFirst(), e);
            throw new ReadingListException(
                    "no program on this system opens it (" + command.getFirst() + " is missing)");
        }
        try {
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                // A slow opener is still opening: the browser may take its time to come up.
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (process.exitValue() != 0) {
            ErrorLog.record(String.join(" ", full) + " exited with " + process.exitValue(), null);
            throw new ReadingListException("no browser or file manager is set up for it (" + command.getFirst()
                    + " exited with " + process.exitValue() + ")");
        }
    }
}
