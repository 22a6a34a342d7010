package dev.readinglist.ui.progress;

import dev.readinglist.model.TagProgress;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.LibraryConnection;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;

/** View > Progress by tag: read and unread per tag, as stacked bars, largest tags at the top. */
public final class ProgressController {

    static final int TAGS_SHOWN = 20;

    private final Background background;
    private final LibraryConnection connection;

    @FXML
    private StackedBarChart<Number, String> chart;

    @FXML
    private CategoryAxis tagAxis;

    @FXML
    private Label summaryLabel;

    public ProgressController(Background background, LibraryConnection connection) {
        this.background = background;
        this.connection = connection;
    }

    /** A button to close it, as every other window of the app has (the eleventh walk looked for one). */
    @FXML
    private void close() {
        summaryLabel.getScene().getWindow().hide();
    }

    @FXML
    private void initialize() {
        summaryLabel.setText("Loading…");
        refresh();
    }

    public void refresh() {
        if (connection.isOpen()) {
            background.run(
                    () -> connection.get().tagProgress(TAGS_SHOWN),
                    this::show,
                    failure -> summaryLabel.setText(failure.getMessage()));
        }
    }

    private void show(List<TagProgress> tags) {
        XYChart.Series<Number, String> read = new XYChart.Series<>();
        read.setName("Read");
        XYChart.Series<Number, String> unread = new XYChart.Series<>();
        unread.setName("Unread");
        List<TagProgress> bottomUp = tags.reversed();
        tagAxis.getCategories().setAll(bottomUp.stream().map(TagProgress::tag).toList());
        for (TagProgress tag : bottomUp) {
            read.getData().add(new XYChart.Data<>(tag.read(), tag.tag()));
            unread.getData().add(new XYChart.Data<>(tag.unread(), tag.tag()));
        }
        chart.getData().setAll(List.of(read, unread));
        summaryLabel.setText(
                tags.isEmpty() ? "No tags yet." : "Read and unread articles in your " + tags.size() + " largest tags");
    }
}
