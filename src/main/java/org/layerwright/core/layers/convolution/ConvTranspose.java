package org.layerwright.core.layers.convolution;

import java.util.List;
import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.layers.ConvUtils;

/**
 * The common part of Conv1DTranspose, Conv2DTranspose and Conv3DTranspose: a convolution run backwards, which
 * grows the spatial axes. Its kernel is {@code (k..., filters, in)} (output and input channels swapped compared
 * with a convolution) and {@code output_padding} fixes the output length when strides leave it ambiguous.
 */
public abstract class ConvTranspose extends Conv {
    private int[] outputPadding;

    protected ConvTranspose(int rank, int filters, int[] kernelSize) {
        super(rank, filters, kernelSize);
    }

    /** The extra length added on one side of each spatial axis, or null to let Keras infer it. */
    public int[] outputPadding() {
        return outputPadding == null ? null : outputPadding.clone();
    }

    /** Sets the strides; a set {@code output_padding} must stay below them. */
    @Override
    public ConvTranspose strides(int... strides) {
        super.strides(strides);
        if (outputPadding != null) {
            outputPadding(outputPadding);
        }
        return this;
    }

    @Override
    public ConvTranspose padding(String padding) {
        super.padding(padding);
        return this;
    }

    /** Sets {@code output_padding} (one value for every axis, or one per axis); each must be below its stride. */
    public ConvTranspose outputPadding(int... padding) {
        if (padding == null) {
            this.outputPadding = null;
            return this;
        }
        int[] values = padding.length == 1 ? ConvUtils.repeat(padding[0], rank()) : padding.clone();
        if (values.length != rank()) {
            throw argumentError("output_padding", rank() + " integer(s)", java.util.Arrays.toString(padding),
                    "Give one value per spatial axis.");
        }
        int[] strides = strides();
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] >= strides[i]) {
                throw argumentError("output_padding", "non-negative values smaller than the strides "
                        + PyTuple.ofInts(strides), PyTuple.ofInts(values),
                        "Stride " + PyTuple.ofInts(strides) + " must be greater than output padding "
                                + PyTuple.ofInts(values) + "; use a smaller output_padding or larger strides.");
            }
        }
        this.outputPadding = values;
        return this;
    }

    @Override
    protected List<String> allowedPaddings() {
        return List.of("valid", "same");
    }

    @Override
    protected Integer spatialOutputLength(int axis, Integer n) {
        return ConvUtils.deconvOutputLength(n, kernelSize()[axis], padding(),
                outputPadding == null ? null : outputPadding[axis], strides()[axis], dilationRate()[axis]);
    }

    @Override
    protected void declareWeights(int in) {
        addWeight("kernel", kernelShape(filters(), in), kernelInitializerObject(), true);
        if (useBias()) {
            addWeight("bias", Shape.of(filters()), biasInitializerObject(), true);
        }
    }

    /**
     * {@code 14 × 2 + max(3 − 2, 0) = 29} (valid), {@code 14 × 2 = 28} (same), or with output padding
     * {@code (14 − 1) × 2 + 3 − 2 × 0 + 1 = 30}.
     */
    @Override
    protected String explainLength(int axis, Integer n) {
        if (n == null) {
            return "None stays None";
        }
        int k = ConvUtils.dilatedKernel(kernelSize()[axis], dilationRate()[axis]);
        int s = strides()[axis];
        Integer out = spatialOutputLength(axis, n);
        if (outputPadding != null) {
            int pad = "same".equals(padding()) ? k / 2 : 0;
            return "(" + n + " − 1) × " + s + " + " + k + " − 2 × " + pad + " + " + outputPadding[axis] + " = "
                    + out;
        }
        if ("valid".equals(padding())) {
            return n + " × " + s + " + max(" + k + " − " + s + ", 0) = " + out;
        }
        return n + " × " + s + " = " + out;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        super.addConfig(config);
        config.put("output_padding", outputPadding == null ? null : PyTuple.ofInts(outputPadding));
    }

    /** Reads the convolution keys, then {@code output_padding} (after strides, which it is checked against). */
    protected final <T extends ConvTranspose> T readTransposeConfig(T layer, ConfigReader r) {
        readConvConfig(layer, r);
        layer.outputPadding(r.intTuple("output_padding", rank(), null));
        return layer;
    }
}
