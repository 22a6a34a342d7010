package dev.readinglist.ui;

import com.sun.glass.ui.Timer;
import com.sun.javafx.tk.Toolkit;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets JavaFX's pulse timer rest while nothing on screen moves. JavaFX asks its timer to pause a
 * quarter of a second after the last pulse it needed, but the GTK timer's pause does nothing
 * (JavaFX 26.0.2: {@code GtkTimer._pause} is empty; the headless platform's too), so an idle
 * window's FX thread still woke sixty times a second, all day: 0.4% of a core here, twice
 * issue 16's idle target, and a one-Label JavaFX window does the same. This timer takes the
 * toolkit's place and stops the platform's timer where JavaFX pauses it, and starts it again where
 * JavaFX resumes it (an animation, a changed node, a requested pulse).
 *
 * <p>It needs the toolkit's insides ({@code --add-opens javafx.graphics/com.sun.javafx.tk.quantum}
 * and two {@code --add-exports}, which the launchers pass). Where they are not reachable, or not
 * what this expects, or the platform's timer is one whose stop it has not been checked against, it
 * changes nothing and logs why: the window then only idles as JavaFX's own does.
 */
final class RestingPulse extends Timer {

    private static final Logger LOG = Logger.getLogger(RestingPulse.class.getName());

    /** Platform timers whose pause is a no-op and whose stop is safe from their own callback. */
    private static final Set<String> STANDS_IN_FOR =
            Set.of("com.sun.glass.ui.gtk.GtkTimer", "com.sun.glass.ui.headless.HeadlessTimer");

    private static volatile RestingPulse installed;

    private final Timer platform;
    private final int period;

    private RestingPulse(Timer platform, int period) {
        super(() -> {}); // never run: the platform's timer runs the toolkit's own
        this.platform = platform;
        this.period = period;
    }

    /** Once, on the FX thread, after the toolkit started its pulse timer. */
    static void install() {
        try {
            Toolkit toolkit = Toolkit.getToolkit();
            Field timerField = toolkit.getClass().getDeclaredField("pulseTimer");
            Field periodField = toolkit.getClass().getDeclaredField("PULSE_INTERVAL");
            timerField.setAccessible(true);
            periodField.setAccessible(true);
            // The toolkit pauses and resumes its timer holding its own lock: so does the swap.
            synchronized (toolkit) {
                Object current = timerField.get(toolkit);
                if (!(current instanceof Timer platform)
                        || !STANDS_IN_FOR.contains(current.getClass().getName())
                        || !platform.isRunning()) {
                    LOG.fine(() -> "pulse timer left as it is: " + current);
                    return;
                }
                RestingPulse resting = new RestingPulse(platform, periodField.getInt(toolkit));
                resting.start(resting.period);
                timerField.set(toolkit, resting);
                installed = resting;
            }
        } catch (ReflectiveOperationException | RuntimeException unreachable) {
            LOG.log(Level.FINE, "pulse timer left as it is", unreachable);
        }
    }

    /** Whether this stands in for the toolkit's timer and the platform's timer stands still. Any thread. */
    static boolean resting() {
        RestingPulse resting = installed;
        return resting != null && !resting.platform.isRunning();
    }

    @Override
    protected long _start(Runnable ignored) {
        throw new UnsupportedOperationException("vsync timer not supported");
    }

    @Override
    protected long _start(Runnable ignored, int ms) {
        if (!platform.isRunning()) {
            platform.start(ms);
        }
        return 1;
    }

    @Override
    protected void _stop(long ptr) {
        platform.stop();
    }

    @Override
    protected void _pause(long ptr) {
        platform.stop();
    }

    @Override
    protected void _resume(long ptr) {
        if (!platform.isRunning()) {
            platform.start(period);
        }
    }
}
