package dev.readinglist.ui;

import dev.readinglist.library.LibraryHost;
import dev.readinglist.platform.instance.CommandIo;
import dev.readinglist.platform.instance.Request;

/** Runs a command line's command on the window's library; Main hands the window the CLI's runner. */
@FunctionalInterface
public interface ForwardedCommands {

    int run(Request request, CommandIo io, LibraryHost host);
}
