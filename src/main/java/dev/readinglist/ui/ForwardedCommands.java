package dev.readinglist.ui;

import dev.readinglist.instance.CommandIo;
import dev.readinglist.instance.Request;
import dev.readinglist.library.LibraryHost;

/** Runs a command line's command on the window's library; Main hands the window the CLI's runner. */
@FunctionalInterface
public interface ForwardedCommands {

    int run(Request request, CommandIo io, LibraryHost host);
}
