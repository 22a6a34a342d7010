package dev.readinglist.io;

import dev.readinglist.model.ReadingListException;

/**
 * A CSV file whose quoting breaks somewhere: a quote that is never closed swallows the rows after it. Thrown, with the
 * refusal's own message, by an import that may be tried again with the lines {@link BrokenQuotes} finds left out.
 */
public final class BrokenQuoting extends ReadingListException {

    BrokenQuoting(String message, Throwable cause) {
        super(message, cause);
    }
}
