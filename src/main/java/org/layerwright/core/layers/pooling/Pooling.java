package org.layerwright.core.layers.pooling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.layers.ConvUtils;

/**
 * The common part of max and average pooling in 1, 2 and 3 dimensions: a window of {@code pool_size} moved by
 * {@code strides} (the pool size when not given), with the convolution output-length arithmetic.
 */
public abstract class Pooling extends Layer {
    private final int rank;
    private final int[] poolSize;
    private int[] strides;
    private String padding = "valid";
    private String dataFormat = "channels_last";

    protected Pooling(int rank, int[] poolSize) {
        this.rank = rank;
        this.poolSize = ConvUtils.positiveTuple(className(), "pool_size",
                poolSize != null && poolSize.length == 1 ? ConvUtils.repeat(poolSize[0], rank) : poolSize, rank);
        this.strides = this.poolSize.clone();
    }

    public int[] poolSize() {
        return poolSize.clone();
    }

    public int[] strides() {
        return strides.clone();
    }

    public String padding() {
        return padding;
    }

    public String dataFormat() {
        return dataFormat;
    }

    /** Strides; null means the pool size, as in Keras. */
    public Pooling strides(int... strides) {
        if (strides == null) {
            this.strides = poolSize.clone();
        } else {
            this.strides = ConvUtils.positiveTuple(className(), "strides",
                    strides.length == 1 ? ConvUtils.repeat(strides[0], rank) : strides, rank);
        }
        return this;
    }

    public Pooling padding(String padding) {
        this.padding = ConvUtils.padding(className(), padding, List.of("valid", "same"));
        return this;
    }

    public Pooling dataFormat(String format) {
        this.dataFormat = ConvUtils.dataFormat(className(), format);
        return this;
    }

    private boolean channelsFirst() {
        return "channels_first".equals(dataFormat);
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (input.rank() != rank + 2) {
            throw shapeError(input, "expected rank " + (rank + 2) + " (batch, "
                    + (rank == 1 ? "steps" : rank == 2 ? "height, width" : "depth, height, width") + ", channels),"
                    + " found rank " + input.rank(), input.rank() == rank + 1 ? "Add a channel axis first with a"
                            + " Reshape layer." : null);
        }
        List<Integer> dims = new ArrayList<>();
        int first = channelsFirst() ? 2 : 1;
        dims.add(input.dim(0));
        if (channelsFirst()) {
            dims.add(input.dim(1));
        }
        for (int i = 0; i < rank; i++) {
            Integer n = input.dim(first + i);
            Integer out = ConvUtils.outputLength(n, poolSize[i], padding, strides[i], 1);
            if (out != null && out <= 0) {
                throw shapeError(input, "the pool (" + poolSize[i] + ") is larger than the input (" + n
                        + ") along spatial axis " + (i + 1), "Use padding=\"same\" or a smaller pool_size.");
            }
            dims.add(out);
        }
        if (!channelsFirst()) {
            dims.add(input.dim(-1));
        }
        return Shape.of(dims);
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        if (input == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        int first = channelsFirst() ? 2 : 1;
        for (int i = 0; i < rank; i++) {
            Integer n = input.dim(first + i);
            Integer out = ConvUtils.outputLength(n, poolSize[i], padding, strides[i], 1);
            if (n == null) {
                parts.add("None stays None");
            } else if ("valid".equals(padding)) {
                parts.add("⌊(" + n + " − " + poolSize[i] + ") / " + strides[i] + "⌋ + 1 = " + out);
            } else {
                parts.add("⌈" + n + " / " + strides[i] + "⌉ = " + out);
            }
        }
        return String.join("; ", parts) + "; channels unchanged";
    }

    /** tf.keras writes {@code padding} before {@code strides} in 2-D and 3-D, but {@code strides} first in 1-D. */
    @Override
    protected void addConfig(Map<String, Object> config) {
        if (rank == 1) {
            config.put("strides", PyTuple.ofInts(strides));
        }
        config.put("pool_size", PyTuple.ofInts(poolSize));
        config.put("padding", padding);
        if (rank != 1) {
            config.put("strides", PyTuple.ofInts(strides));
        }
        config.put("data_format", dataFormat);
    }

    /** Reads the keys every pooling layer shares. */
    protected static <T extends Pooling> T readPoolingConfig(T layer, ConfigReader r) {
        int rank = layer.poolSize().length;
        layer.strides(r.has("strides") ? r.intTuple("strides", rank, null) : null);
        layer.padding(r.string("padding", "valid"));
        layer.dataFormat(r.string("data_format", "channels_last"));
        layer.readBaseConfig(r);
        return layer;
    }

    /** The pool size from a config: {@code pool_size}, defaulting to 2 on every axis. */
    protected static int[] poolSizeOf(ConfigReader r, int rank) {
        return r.intTuple("pool_size", rank, ConvUtils.repeat(2, rank));
    }
}
