package org.layerwright.app.dashboard;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** The confusion matrix as a grid: rows are the true classes, columns the predicted ones, shaded by count. */
final class ConfusionMatrixView extends GridPane {
    ConfusionMatrixView(int[][] counts, List<String> classNames) {
        setId("train-confusion");
        getStyleClass().add("confusion-matrix");
        setHgap(1);
        setVgap(1);
        int k = counts.length;
        int rowMax = 1;
        for (int[] row : counts) {
            for (int count : row) {
                rowMax = Math.max(rowMax, count);
            }
        }
        Label corner = new Label("true ↓  predicted →");
        corner.getStyleClass().add("confusion-corner");
        corner.setMinWidth(Region.USE_PREF_SIZE);
        add(corner, 0, 0, k + 1, 1);
        for (int c = 0; c < k; c++) {
            add(header(name(classNames, c)), c + 1, 1);
            add(header(name(classNames, c)), 0, c + 2);
        }
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                add(cell(counts[t][p], rowMax, t == p), p + 1, t + 2);
            }
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("confusion-header");
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        return label;
    }

    private static Label cell(int count, int max, boolean diagonal) {
        Label label = new Label(String.valueOf(count));
        double strength = count == 0 ? 0 : 0.12 + 0.88 * count / max;
        // Colours set directly rather than as inline CSS: a hundred style strings to parse would hold up the UI.
        Color colour = diagonal ? Color.rgb(47, 111, 223, strength) : Color.rgb(217, 48, 37, strength);
        label.setBackground(new Background(new BackgroundFill(colour, null, null)));
        if (strength > 0.55) {
            label.setTextFill(Color.WHITE);
        }
        label.getStyleClass().add("confusion-cell");
        label.setMinWidth(34);
        label.setAlignment(Pos.CENTER);
        return label;
    }

    private static String name(List<String> classNames, int index) {
        return index < classNames.size() ? classNames.get(index) : String.valueOf(index);
    }
}
