package org.layerwright.app.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.core.Shape;
import org.layerwright.train.data.Dataset;
import org.layerwright.train.data.DatasetException;
import org.layerwright.train.data.Datasets;

/** The dashboard's data side: summaries, the check against the model, user files, chart decimation. */
class DashboardDataTest {
    @TempDir
    Path folder;

    @Test
    void digitsSummaryGivesItsShapeClassesAndImagePreview() {
        DataSummary summary = DataSummary.of(Datasets.digits());
        assertEquals(1797, summary.samples());
        assertEquals("(None, 8, 8)", summary.inputShape().toString());
        assertEquals(10, summary.classCount());
        assertEquals(1, summary.labelWidth());
        assertEquals(12, summary.images().size());
        assertEquals(8, summary.images().get(0).width());
        assertTrue(summary.rows().get(0).endsWith("→  0"), summary.rows().get(0));
    }

    @Test
    void irisPreviewIsRowsNotImages() {
        DataSummary summary = DataSummary.of(Datasets.iris());
        assertEquals("(None, 4)", summary.inputShape().toString());
        assertEquals(3, summary.classCount());
        assertTrue(summary.images().isEmpty());
        assertEquals(12, summary.rows().size());
    }

    @Test
    void aFlatModelOnImagesAsksForAFlattenAndCanReshape() {
        DataSummary mnistLike = summary(Shape.of(null, 28, 28), 10, 1);
        ShapeCheck check = ShapeCheck.of(Shape.of(null, 784), Shape.of(null, 10), mnistLike,
                "sparse_categorical_crossentropy");
        assertEquals("The model expects (None, 784); this data set gives (None, 28, 28): add a Flatten or reshape"
                + " the data.", check.problem());
        assertTrue(check.reshapeable());
    }

    @Test
    void anInputOfAnotherSizeSaysWhichShapeTheDataNeeds() {
        ShapeCheck check = ShapeCheck.of(Shape.of(null, 28, 28), Shape.of(null, 10), summary(Shape.of(null, 8, 8),
                10, 1), "sparse_categorical_crossentropy");
        assertEquals("The model expects (None, 28, 28); this data set gives (None, 8, 8): set the Input layer's"
                + " shape to (8, 8) or pick data that fits.", check.problem());
        assertFalse(check.reshapeable());
    }

    @Test
    void labelsAreCheckedAgainstTheOutputAndTheLoss() {
        DataSummary tenClasses = summary(Shape.of(null, 4), 10, 1);
        assertEquals("The model's output has 3 units; this data set has 10 classes: set the last layer's units to"
                + " 10.", ShapeCheck.of(Shape.of(null, 4), Shape.of(null, 3), tenClasses,
                        "sparse_categorical_crossentropy").problem());
        assertEquals("categorical_crossentropy needs one-hot labels; this data set has class indices: use"
                + " sparse_categorical_crossentropy.", ShapeCheck.of(Shape.of(null, 4), Shape.of(null, 10),
                        tenClasses, "categorical_crossentropy").problem());
        assertTrue(ShapeCheck.of(Shape.of(null, 4), Shape.of(null, 10), tenClasses,
                "sparse_categorical_crossentropy").fits());
        assertTrue(ShapeCheck.of(Shape.of(null, 4), Shape.of(null, 1), summary(Shape.of(null, 4), 0, 1), "mse")
                .fits());
    }

    @Test
    void csvTakesTheLastColumnAsLabelUnlessAnotherIsChosen() throws IOException {
        Path file = folder.resolve("table.csv");
        Files.writeString(file, "a,b,c\n1,2,0\n3,4,1\n5,6,1\n");
        Dataset last = DataFiles.read(file, DataFiles.LAST_COLUMN);
        assertEquals("[[1, 2], [3, 4], [5, 6]]", floats(last.x().toFloatMatrix()));
        assertEquals(2, DataSummary.of(last).classCount());
        Dataset first = DataFiles.read(file, 0);
        assertEquals("[[2, 0], [4, 1], [6, 1]]", floats(first.x().toFloatMatrix()));
        assertEquals(5f, first.y().getFloat(2));
        DatasetException wrong = assertThrows(DatasetException.class, () -> DataFiles.read(file, 7));
        assertEquals(file + ": there is no column 8; the file has 3 columns.", wrong.getMessage());
    }

    @Test
    void npySamplesAreReadWithTheLabelsBesideThem() throws IOException {
        Path x = folder.resolve("x_train.npy");
        Files.write(x, npy("(2, 2)", new float[] {1, 2, 3, 4}));
        DatasetException missing = assertThrows(DatasetException.class, () -> DataFiles.read(x, -1));
        assertTrue(missing.getMessage().contains("put the labels beside it as y_train.npy"), missing.getMessage());
        Files.write(folder.resolve("y_train.npy"), npy("(2,)", new float[] {0, 1}));
        Dataset data = DataFiles.read(x, DataFiles.LAST_COLUMN);
        assertEquals("(None, 2)", DataSummary.of(data).inputShape().toString());
        assertEquals(1f, data.y().getFloat(1));
    }

    @Test
    void longSeriesAreDecimatedEvenly() {
        DecimatedSeries series = new DecimatedSeries("loss (batch)", 100);
        for (int i = 0; i < 10_000; i++) {
            series.offer(i, 1.0 / (i + 1));
        }
        series.offer(10_000, Double.NaN);
        assertTrue(series.size() <= 100 && series.size() > 50, "points kept: " + series.size());
        double lastX = series.series().getData().get(series.size() - 1).getXValue().doubleValue();
        assertTrue(lastX > 9000, "the points still reach the end of the run: " + lastX);
    }

    @Test
    void settingsRefuseEarlyStoppingOnValidationWithoutAValidationSplit() {
        TrainingSettings settings = new TrainingSettings();
        assertNull(settings.problem());
        assertEquals("rmsprop", settings.optimizerProperty().get());
        assertEquals(32, settings.batchSizeProperty().get());
        settings.earlyStoppingProperty().set(true);
        assertEquals("Early stopping watches val_loss, but there is no validation data: set a validation split or"
                + " watch loss.", settings.problem());
        settings.validationSplitProperty().set(0.2);
        assertNull(settings.problem());
        settings.optimizerProperty().set("sgd");
        assertEquals(0.01, settings.learningRateProperty().get());
        assertEquals(1, settings.values().callbacks().size());
    }

    private static DataSummary summary(Shape shape, int classes, int labelWidth) {
        return new DataSummary("test", 10, shape, classes, labelWidth, List.of(), List.of());
    }

    private static String floats(float[][] rows) {
        StringBuilder s = new StringBuilder("[");
        for (int r = 0; r < rows.length; r++) {
            s.append(r > 0 ? ", " : "").append('[');
            for (int c = 0; c < rows[r].length; c++) {
                s.append(c > 0 ? ", " : "").append((int) rows[r][c]);
            }
            s.append(']');
        }
        return s.append(']').toString();
    }

    /** A little-endian float32 .npy file, as NumPy writes it. */
    private static byte[] npy(String shape, float[] values) {
        String header = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }";
        int total = 10 + header.length() + 1;
        header = header + " ".repeat((64 - total % 64) % 64) + "\n";
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(10 + header.length() + 4 * values.length)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        buffer.put((byte) 1).put((byte) 0).putShort((short) header.length());
        buffer.put(header.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (float v : values) {
            buffer.putFloat(v);
        }
        return buffer.array();
    }
}
