package org.layerwright.core.layers.reshaping;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.layers.ConvUtils;

/** The common part of UpSampling1D, 2D and 3D: each spatial axis is repeated {@code size} times. */
public abstract class UpSampling extends Layer {
    private final int rank;
    private final int[] size;
    private String dataFormat = "channels_last";

    protected UpSampling(int rank, int[] size) {
        this.rank = rank;
        this.size = ConvUtils.positiveTuple(className(), "size",
                size != null && size.length == 1 ? ConvUtils.repeat(size[0], rank) : size, rank);
    }

    public int[] size() {
        return size.clone();
    }

    public String dataFormat() {
        return dataFormat;
    }

    /** Sets the data format (2-D and 3-D only; the 1-D layer always works on {@code (batch, steps, features)}). */
    protected void setDataFormat(String format) {
        this.dataFormat = ConvUtils.dataFormat(className(), format);
    }

    private int firstSpatialAxis() {
        return "channels_first".equals(dataFormat) ? 2 : 1;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (input.rank() != rank + 2) {
            throw shapeError(input, "expected rank " + (rank + 2) + " (batch, "
                    + (rank == 1 ? "steps" : rank == 2 ? "height, width" : "depth, height, width") + ", channels),"
                    + " found rank " + input.rank(), input.rank() == rank + 1 ? "Add a channel axis first with a"
                            + " Reshape layer." : null);
        }
        Shape out = input;
        for (int i = 0; i < rank; i++) {
            int axis = firstSpatialAxis() + i;
            out = out.with(axis, input.dim(axis) == null ? null : input.dim(axis) * size[i]);
        }
        return out;
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        if (input == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rank; i++) {
            Integer n = input.dim(firstSpatialAxis() + i);
            parts.add(n == null ? "None stays None" : n + " × " + size[i] + " = " + n * size[i]);
        }
        return String.join("; ", parts) + "; channels unchanged";
    }
}
