/** Reading List: the core (model, store, search, io, cli) and the desktop window (ui). */
module dev.readinglist {
    requires java.sql;
    requires java.logging;
    requires java.management;
    requires org.xerial.sqlitejdbc;
    requires com.google.gson;
    requires de.siegmar.fastcsv;
    requires info.picocli;
    requires org.jsoup;
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;

    opens dev.readinglist.cli to
            info.picocli;

    exports dev.readinglist.ui to
            javafx.graphics;

    opens dev.readinglist.ui.main to
            javafx.fxml;
    opens dev.readinglist.ui.table to
            javafx.fxml;
    opens dev.readinglist.ui.details to
            javafx.fxml;
    opens dev.readinglist.ui.export to
            javafx.fxml;
    opens dev.readinglist.ui.progress to
            javafx.fxml;
    opens dev.readinglist.ui.importing to
            javafx.fxml;
    opens dev.readinglist.ui.adding to
            javafx.fxml;
    opens dev.readinglist.ui.choosing to
            javafx.fxml;
    opens dev.readinglist.ui.tagfilter to
            javafx.fxml;
}
