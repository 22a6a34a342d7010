package dev.readinglist.platform.instance;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A child process for {@link WindowClaimTest}: takes the window lock of a library, fails to listen
 * (its socket path lies in a folder that does not exist), prints "ready", and holds on until its
 * standard input closes.
 */
public final class UnreachableWindow {

    private UnreachableWindow() {}

    /** args: the database. */
    public static void main(String[] args) throws IOException {
        Path database = Path.of(args[0]);
        WindowClaim claim = WindowClaim.claim(InstanceFiles.of(database), database, 1_000);
        if (claim.outcome() != WindowClaim.Outcome.OPEN || claim.lock() == null) {
            System.out.println("not-open " + claim.outcome());
            return;
        }
        Path nowhere = database.resolveSibling("no-such-folder").resolve("window.sock");
        InstanceServer server = WindowClaim.listen(claim.lock(), nowhere, new InstanceServer.Handler() {
            @Override
            public void activate() {}

            @Override
            public int run(Request request, CommandIo io) {
                return 1;
            }
        });
        System.out.println(server == null ? "ready" : "listening");
        System.out.flush();
        while (System.in.read() >= 0) {
            // held until the test closes our input
        }
        claim.lock().close();
    }
}
