package org.layerwright.core.layers.pooling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.layers.ConvUtils;

/** The common part of global max and average pooling: reduce every spatial axis, keep channels. */
public abstract class GlobalPooling extends Layer {
    private final int rank;
    private String dataFormat = "channels_last";
    private boolean keepdims;

    protected GlobalPooling(int rank) {
        this.rank = rank;
    }

    public GlobalPooling dataFormat(String format) {
        this.dataFormat = ConvUtils.dataFormat(className(), format);
        return this;
    }

    public GlobalPooling keepdims(boolean keepdims) {
        this.keepdims = keepdims;
        return this;
    }

    public boolean keepdims() {
        return keepdims;
    }

    public String dataFormat() {
        return dataFormat;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (input.rank() != rank + 2) {
            throw shapeError(input, "expected rank " + (rank + 2) + ", found rank " + input.rank(),
                    input.rank() == 2 ? "The input is already flat; remove this layer." : null);
        }
        boolean first = "channels_first".equals(dataFormat);
        Integer channels = first ? input.dim(1) : input.dim(-1);
        List<Integer> dims = new ArrayList<>();
        dims.add(input.dim(0));
        if (keepdims && first) {
            dims.add(channels);
        }
        if (keepdims) {
            for (int i = 0; i < rank; i++) {
                dims.add(1);
            }
        }
        if (!(keepdims && first)) {
            dims.add(channels);
        }
        return Shape.of(dims);
    }

    /** {@code 7 × 7 values per channel → 1; 512 channels kept}. */
    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        if (input == null || input.rank() != rank + 2) {
            return "every spatial axis reduced to one value per channel";
        }
        boolean first = "channels_first".equals(dataFormat);
        Shape spatial = first ? input.slice(2) : input.slice(1, input.rank() - 1);
        Integer channels = first ? input.dim(1) : input.dim(-1);
        return dimsProduct(spatial) + " values per channel → 1; " + (channels == null ? "None" : channels)
                + " channels kept";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("data_format", dataFormat);
        config.put("keepdims", keepdims);
    }

    protected static <T extends GlobalPooling> T readGlobalConfig(T layer, ConfigReader r) {
        layer.dataFormat(r.string("data_format", "channels_last"));
        layer.keepdims(r.bool("keepdims", false));
        layer.readBaseConfig(r);
        return layer;
    }
}
