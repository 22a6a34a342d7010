package dev.readinglist.library;

import java.util.concurrent.CountDownLatch;

/** For tests outside this package: keeps a library's index reading the whole library until released. */
public final class HeldIndex {

    private HeldIndex() {}

    /**
     * Once the index begins reading the whole library (it has no file to start from), it waits
     * there, searches unanswered, until the returned action lets it go on.
     */
    public static Runnable hold(Library library) {
        CountDownLatch release = new CountDownLatch(1);
        library.index().holdReadingUntil(release);
        return release::countDown;
    }
}
