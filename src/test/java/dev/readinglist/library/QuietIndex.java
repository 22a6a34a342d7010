package dev.readinglist.library;

/** For tests outside this package: waits until a library's index has read every change it was told of. */
public final class QuietIndex {

    private QuietIndex() {}

    /**
     * Returns once the index's threads are idle. A test that writes behind the index's back must
     * wait first: a catch-up still queued would read that write too, before the test says so.
     */
    public static void await(Library library) {
        try {
            library.index().awaitQuiet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
