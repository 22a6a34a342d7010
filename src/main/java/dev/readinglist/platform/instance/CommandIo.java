package dev.readinglist.platform.instance;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;

/** A forwarded command's standard streams, and whether its caller pressed Ctrl-C or went away. */
public record CommandIo(InputStream in, OutputStream out, OutputStream err, BooleanSupplier cancelled) {}
