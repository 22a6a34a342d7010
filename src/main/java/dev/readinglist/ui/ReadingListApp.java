package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.platform.DataFolder;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** A placeholder window until the desktop issue lands: it opens the library off the FX thread and counts it. */
public final class ReadingListApp extends Application {

    @Override
    public void start(Stage stage) {
        Label status = new Label("Opening your reading list…");
        status.setStyle("-fx-padding: 24; -fx-font-size: 14px;");
        stage.setTitle("Reading List");
        stage.setScene(new Scene(status, 480, 160));
        stage.show();

        String db = getParameters().getNamed().get("db");
        Path file = DataFolder.database(db == null ? null : Path.of(db));
        Task<String> open = new Task<>() {
            @Override
            protected String call() {
                try (Library library = Library.open(file)) {
                    int all = library.count("", ReadStatus.ALL);
                    int read = library.count("", ReadStatus.READ);
                    return read + " of " + all + " read. The full window is coming; use the CLI meanwhile.";
                }
            }
        };
        open.setOnSucceeded(e -> status.setText(open.getValue()));
        open.setOnFailed(e -> status.setText(open.getException().getMessage()));
        Thread worker = new Thread(open, "library-open");
        worker.setDaemon(true);
        worker.start();
    }
}
