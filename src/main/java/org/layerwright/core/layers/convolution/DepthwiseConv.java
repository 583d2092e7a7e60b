package org.layerwright.core.layers.convolution;

import java.util.List;
import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;

/**
 * The common part of DepthwiseConv1D and DepthwiseConv2D: each input channel is convolved with its own
 * {@code depth_multiplier} filters, so the output has {@code in × depth_multiplier} channels. The kernel is
 * {@code depthwise_kernel (k..., in, depth_multiplier)}; the bias has {@code in × depth_multiplier} entries.
 */
public abstract class DepthwiseConv extends Conv {
    private int depthMultiplier = 1;
    private KerasObject depthwiseInitializer = KerasObjects.byName(Kind.INITIALIZER, "glorot_uniform");
    private KerasObject depthwiseRegularizer;
    private KerasObject depthwiseConstraint;

    protected DepthwiseConv(int rank, int[] kernelSize) {
        super(rank, kernelSize);
    }

    public int depthMultiplier() {
        return depthMultiplier;
    }

    /** How many output channels each input channel gets. */
    public DepthwiseConv depthMultiplier(int multiplier) {
        this.depthMultiplier = requirePositive("depth_multiplier", multiplier);
        return this;
    }

    public DepthwiseConv depthwiseInitializer(Object value) {
        this.depthwiseInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public DepthwiseConv depthwiseRegularizer(Object value) {
        this.depthwiseRegularizer = KerasObjects.resolve(Kind.REGULARIZER, value);
        return this;
    }

    public DepthwiseConv depthwiseConstraint(Object value) {
        this.depthwiseConstraint = KerasObjects.resolve(Kind.CONSTRAINT, value);
        return this;
    }

    /** Keras accepts causal padding only for Conv1D and SeparableConv1D. */
    @Override
    protected List<String> allowedPaddings() {
        return List.of("valid", "same");
    }

    @Override
    protected int outputChannels(int in) {
        return in * depthMultiplier;
    }

    @Override
    protected void declareWeights(int in) {
        addWeight("depthwise_kernel", kernelShape(in, depthMultiplier), depthwiseInitializer, true);
        if (useBias()) {
            addWeight("bias", Shape.of(in * depthMultiplier), biasInitializerObject(), true);
        }
    }

    /** {@code 32 × (3 × 3 × 1 + 1) = 320}: per output channel, one kernel window and a bias. */
    @Override
    public String explainParams() {
        int in = builtInputChannels();
        if (in < 0) {
            return super.explainParams();
        }
        return in + " × " + depthMultiplier + " × (" + kernelProduct() + (useBias() ? " + 1" : "") + ") = "
                + group(countParams());
    }

    @Override
    protected String explainChannels(int in) {
        return "channels → " + in + " × " + depthMultiplier + " = " + in * depthMultiplier;
    }

    /** The convolution keys without filters and kernel_*, then the depthwise ones, as tf.keras writes them. */
    @Override
    protected void addConfig(Map<String, Object> config) {
        super.addConfig(config);
        config.remove("filters");
        config.remove("kernel_initializer");
        config.remove("kernel_regularizer");
        config.remove("kernel_constraint");
        config.put("depth_multiplier", depthMultiplier);
        config.put("depthwise_initializer", KerasObjects.serialize(depthwiseInitializer));
        config.put("depthwise_regularizer", KerasObjects.serialize(depthwiseRegularizer));
        config.put("depthwise_constraint", KerasObjects.serialize(depthwiseConstraint));
    }

    /** Reads the shared convolution keys and the depthwise ones. */
    protected final <T extends DepthwiseConv> T readDepthwiseConfig(T layer, ConfigReader r) {
        readConvConfig(layer, r);
        DepthwiseConv conv = layer;
        conv.depthMultiplier(r.integer("depth_multiplier", 1));
        conv.depthwiseInitializer = r.object(Kind.INITIALIZER, "depthwise_initializer", conv.depthwiseInitializer);
        conv.depthwiseRegularizer = r.object(Kind.REGULARIZER, "depthwise_regularizer", null);
        conv.depthwiseConstraint = r.object(Kind.CONSTRAINT, "depthwise_constraint", null);
        return layer;
    }
}
