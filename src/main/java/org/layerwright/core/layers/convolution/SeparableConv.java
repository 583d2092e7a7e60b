package org.layerwright.core.layers.convolution;

import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;

/**
 * The common part of SeparableConv1D and SeparableConv2D: a depthwise convolution (each channel on its own,
 * {@code depth_multiplier} filters per channel) followed by a pointwise {@code 1 × 1} convolution to
 * {@code filters} channels. Weights: {@code depthwise_kernel (k..., in, dm)}, {@code pointwise_kernel
 * (1..., in × dm, filters)}, {@code bias (filters,)}.
 */
public abstract class SeparableConv extends Conv {
    private int depthMultiplier = 1;
    private KerasObject depthwiseInitializer = KerasObjects.byName(Kind.INITIALIZER, "glorot_uniform");
    private KerasObject pointwiseInitializer = KerasObjects.byName(Kind.INITIALIZER, "glorot_uniform");
    private KerasObject depthwiseRegularizer;
    private KerasObject pointwiseRegularizer;
    private KerasObject depthwiseConstraint;
    private KerasObject pointwiseConstraint;

    protected SeparableConv(int rank, int filters, int[] kernelSize) {
        super(rank, filters, kernelSize);
    }

    public int depthMultiplier() {
        return depthMultiplier;
    }

    /** How many depthwise filters each input channel gets before the pointwise step. */
    public SeparableConv depthMultiplier(int multiplier) {
        this.depthMultiplier = requirePositive("depth_multiplier", multiplier);
        return this;
    }

    public SeparableConv depthwiseInitializer(Object value) {
        this.depthwiseInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public SeparableConv pointwiseInitializer(Object value) {
        this.pointwiseInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public SeparableConv depthwiseRegularizer(Object value) {
        this.depthwiseRegularizer = KerasObjects.resolve(Kind.REGULARIZER, value);
        return this;
    }

    public SeparableConv pointwiseRegularizer(Object value) {
        this.pointwiseRegularizer = KerasObjects.resolve(Kind.REGULARIZER, value);
        return this;
    }

    public SeparableConv depthwiseConstraint(Object value) {
        this.depthwiseConstraint = KerasObjects.resolve(Kind.CONSTRAINT, value);
        return this;
    }

    public SeparableConv pointwiseConstraint(Object value) {
        this.pointwiseConstraint = KerasObjects.resolve(Kind.CONSTRAINT, value);
        return this;
    }

    @Override
    protected void declareWeights(int in) {
        addWeight("depthwise_kernel", kernelShape(in, depthMultiplier), depthwiseInitializer, true);
        Integer[] pointwise = new Integer[rank() + 2];
        java.util.Arrays.fill(pointwise, 1);
        pointwise[rank()] = in * depthMultiplier;
        pointwise[rank() + 1] = filters();
        addWeight("pointwise_kernel", Shape.of(pointwise), pointwiseInitializer, true);
        if (useBias()) {
            addWeight("bias", Shape.of(filters()), biasInitializerObject(), true);
        }
    }

    /** {@code 3 × 3 × 32 × 1 + 32 × 1 × 64 + 64 = 2,400}: depthwise, pointwise, bias. */
    @Override
    public String explainParams() {
        int in = builtInputChannels();
        if (in < 0) {
            return super.explainParams();
        }
        return kernelProduct() + " × " + in + " × " + depthMultiplier + " + " + in + " × " + depthMultiplier + " × "
                + filters() + (useBias() ? " + " + filters() : "") + " = " + group(countParams());
    }

    /**
     * The convolution keys (tf.keras builds the config on Conv's, so {@code groups} and the unused
     * {@code kernel_*} keys stay, as real Keras files show), then the depthwise and pointwise ones.
     */
    @Override
    protected void addConfig(Map<String, Object> config) {
        super.addConfig(config);
        config.put("depth_multiplier", depthMultiplier);
        config.put("depthwise_initializer", KerasObjects.serialize(depthwiseInitializer));
        config.put("pointwise_initializer", KerasObjects.serialize(pointwiseInitializer));
        config.put("depthwise_regularizer", KerasObjects.serialize(depthwiseRegularizer));
        config.put("pointwise_regularizer", KerasObjects.serialize(pointwiseRegularizer));
        config.put("depthwise_constraint", KerasObjects.serialize(depthwiseConstraint));
        config.put("pointwise_constraint", KerasObjects.serialize(pointwiseConstraint));
    }

    /** Reads the shared convolution keys and the depthwise and pointwise ones. */
    protected final <T extends SeparableConv> T readSeparableConfig(T layer, ConfigReader r) {
        readConvConfig(layer, r);
        SeparableConv conv = layer;
        conv.depthMultiplier(r.integer("depth_multiplier", 1));
        conv.depthwiseInitializer = r.object(Kind.INITIALIZER, "depthwise_initializer", conv.depthwiseInitializer);
        conv.pointwiseInitializer = r.object(Kind.INITIALIZER, "pointwise_initializer", conv.pointwiseInitializer);
        conv.depthwiseRegularizer = r.object(Kind.REGULARIZER, "depthwise_regularizer", null);
        conv.pointwiseRegularizer = r.object(Kind.REGULARIZER, "pointwise_regularizer", null);
        conv.depthwiseConstraint = r.object(Kind.CONSTRAINT, "depthwise_constraint", null);
        conv.pointwiseConstraint = r.object(Kind.CONSTRAINT, "pointwise_constraint", null);
        return layer;
    }
}
