package org.layerwright.core.layers.reshaping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.errors.InvalidConfigException;
import org.layerwright.core.layers.ConvUtils;

/**
 * The common part of the Cropping and ZeroPadding layers: an amount removed or added at the start and at the end
 * of each spatial axis ({@code ((top, bottom), (left, right))} for images).
 */
public abstract class Borders extends Layer {
    private final int rank;
    private final int[][] amounts;
    private String dataFormat = "channels_last";

    protected Borders(int rank, int[][] amounts) {
        this.rank = rank;
        if (amounts == null || amounts.length != rank) {
            throw argumentError(key(), rank + " pair(s) of (start, end) amounts", describe(amounts), null);
        }
        this.amounts = new int[rank][];
        for (int i = 0; i < rank; i++) {
            if (amounts[i] == null || amounts[i].length != 2 || amounts[i][0] < 0 || amounts[i][1] < 0) {
                throw argumentError(key(), "non-negative (start, end) pairs", describe(amounts),
                        "Use for example " + example() + ".");
            }
            this.amounts[i] = amounts[i].clone();
        }
    }

    /** {@code (n, n)} on every axis. */
    protected static int[][] symmetric(int... perAxis) {
        int[][] out = new int[perAxis.length][];
        for (int i = 0; i < perAxis.length; i++) {
            out[i] = new int[] {perAxis[i], perAxis[i]};
        }
        return out;
    }

    /** The config key: {@code cropping} or {@code padding}. Called by the constructor, so it must return a constant. */
    protected abstract String key();

    /** +1 when the layer adds to each axis, -1 when it removes. */
    protected abstract int sign();

    private String example() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rank; i++) {
            sb.append(i == 0 ? "" : ", ").append("(1, 1)");
        }
        return rank == 1 ? "(1, 1)" : "(" + sb + ")";
    }

    private static String describe(int[][] amounts) {
        return amounts == null ? "None" : java.util.Arrays.deepToString(amounts);
    }

    /** The (start, end) amounts of each spatial axis. */
    public int[][] amounts() {
        int[][] copy = new int[rank][];
        for (int i = 0; i < rank; i++) {
            copy[i] = amounts[i].clone();
        }
        return copy;
    }

    public String dataFormat() {
        return dataFormat;
    }

    public Borders dataFormat(String format) {
        this.dataFormat = ConvUtils.dataFormat(className(), format);
        return this;
    }

    private int firstSpatialAxis() {
        return "channels_first".equals(dataFormat) ? 2 : 1;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (input.rank() != rank + 2) {
            throw shapeError(input, "expected rank " + (rank + 2) + " (batch, " + spatialWords() + ", channels),"
                    + " found rank " + input.rank(), input.rank() == rank + 1 ? "Add a channel axis first with a"
                            + " Reshape layer." : null);
        }
        Shape out = input;
        for (int i = 0; i < rank; i++) {
            int axis = firstSpatialAxis() + i;
            Integer n = input.dim(axis);
            if (n == null) {
                continue;
            }
            int length = n + sign() * (amounts[i][0] + amounts[i][1]);
            if (length <= 0) {
                throw shapeError(input, "cropping " + amounts[i][0] + " + " + amounts[i][1] + " leaves nothing of the "
                        + n + " entries along spatial axis " + (i + 1), "Crop less than " + n + " in total on that"
                                + " axis.");
            }
            out = out.with(axis, length);
        }
        return out;
    }

    private String spatialWords() {
        return rank == 1 ? "steps" : rank == 2 ? "height, width" : "depth, height, width";
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        if (input == null) {
            return "";
        }
        String op = sign() > 0 ? " + " : " − ";
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rank; i++) {
            Integer n = input.dim(firstSpatialAxis() + i);
            parts.add(n == null ? "None stays None" : n + op + amounts[i][0] + op + amounts[i][1] + " = "
                    + (n + sign() * (amounts[i][0] + amounts[i][1])));
        }
        return String.join("; ", parts) + "; channels unchanged";
    }

    /** 1-D layers write a flat {@code (start, end)} and no data format; 2-D and 3-D write nested pairs. */
    @Override
    protected void addConfig(Map<String, Object> config) {
        if (rank == 1) {
            config.put(key(), PyTuple.ofInts(amounts[0]));
            return;
        }
        Object[] pairs = new Object[rank];
        for (int i = 0; i < rank; i++) {
            pairs[i] = PyTuple.ofInts(amounts[i]);
        }
        config.put(key(), PyTuple.of(pairs));
        config.put("data_format", dataFormat);
    }

    /**
     * The amounts from a config value, as Keras accepts them: one int for everything, one int per axis, or one
     * {@code (start, end)} pair per axis.
     */
    protected static int[][] amountsOf(ConfigReader r, String key, int rank, int[][] defaultValue) {
        Object value = r.raw(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number) {
            int n = r.requireInt(key);
            int[][] out = new int[rank][];
            for (int i = 0; i < rank; i++) {
                out[i] = new int[] {n, n};
            }
            return out;
        }
        if (rank == 1) {
            return new int[][] {r.intTuple(key, 2, null)};
        }
        if (!(value instanceof List) || ((List<?>) value).size() != rank) {
            throw invalid(r, key, rank);
        }
        int[][] out = new int[rank][];
        for (int i = 0; i < rank; i++) {
            Object item = ((List<?>) value).get(i);
            if (item instanceof Number) {
                int n = ((Number) item).intValue();
                out[i] = new int[] {n, n};
            } else if (item instanceof List && ((List<?>) item).size() == 2
                    && ((List<?>) item).get(0) instanceof Number && ((List<?>) item).get(1) instanceof Number) {
                out[i] = new int[] {((Number) ((List<?>) item).get(0)).intValue(),
                        ((Number) ((List<?>) item).get(1)).intValue()};
            } else {
                throw invalid(r, key, rank);
            }
        }
        return out;
    }

    private static InvalidConfigException invalid(ConfigReader r, String key, int rank) {
        return new InvalidConfigException("Layer '" + r.raw("name") + "': config key \"" + key + "\" is "
                + r.raw(key) + ", expected an integer, " + rank + " integers, or " + rank + " pairs of integers.");
    }

    /** Reads the data format (2-D and 3-D) and the base keys. */
    protected static <T extends Borders> T readBordersConfig(T layer, ConfigReader r) {
        if (((Borders) layer).rank > 1) {
            layer.dataFormat(r.string("data_format", "channels_last"));
        }
        layer.readBaseConfig(r);
        return layer;
    }
}
