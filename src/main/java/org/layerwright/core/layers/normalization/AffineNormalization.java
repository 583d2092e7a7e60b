package org.layerwright.core.layers.normalization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;

/**
 * The common part of LayerNormalization and GroupNormalization: normalise, then scale by a learned
 * {@code gamma} and shift by a learned {@code beta} (both trainable, gamma first), with {@code epsilon} added to
 * the variance.
 */
public abstract class AffineNormalization extends Layer {
    private double epsilon = 0.001;
    private boolean center = true;
    private boolean scale = true;
    private KerasObject betaInitializer = KerasObjects.byName(Kind.INITIALIZER, "zeros");
    private KerasObject gammaInitializer = KerasObjects.byName(Kind.INITIALIZER, "ones");
    private KerasObject betaRegularizer;
    private KerasObject gammaRegularizer;
    private KerasObject betaConstraint;
    private KerasObject gammaConstraint;

    public double epsilon() {
        return epsilon;
    }

    public boolean center() {
        return center;
    }

    public boolean scale() {
        return scale;
    }

    /** The small number added to the variance; must be positive. */
    public AffineNormalization epsilon(double epsilon) {
        if (!(epsilon > 0)) {
            throw argumentError("epsilon", "a small positive number", epsilon, "Use for example 0.001.");
        }
        this.epsilon = epsilon;
        return this;
    }

    /** Whether to learn the shift {@code beta}. */
    public AffineNormalization center(boolean center) {
        this.center = center;
        return this;
    }

    /** Whether to learn the scale {@code gamma}. */
    public AffineNormalization scale(boolean scale) {
        this.scale = scale;
        return this;
    }

    public AffineNormalization betaInitializer(Object value) {
        this.betaInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public AffineNormalization gammaInitializer(Object value) {
        this.gammaInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public AffineNormalization betaRegularizer(Object value) {
        this.betaRegularizer = KerasObjects.resolve(Kind.REGULARIZER, value);
        return this;
    }

    public AffineNormalization gammaRegularizer(Object value) {
        this.gammaRegularizer = KerasObjects.resolve(Kind.REGULARIZER, value);
        return this;
    }

    public AffineNormalization betaConstraint(Object value) {
        this.betaConstraint = KerasObjects.resolve(Kind.CONSTRAINT, value);
        return this;
    }

    public AffineNormalization gammaConstraint(Object value) {
        this.gammaConstraint = KerasObjects.resolve(Kind.CONSTRAINT, value);
        return this;
    }

    /** Declares {@code gamma} then {@code beta}, each of {@code paramShape}, as tf.keras creates them. */
    protected final void declareGammaAndBeta(Shape paramShape) {
        if (scale) {
            addWeight("gamma", paramShape, gammaInitializer, true);
        }
        if (center) {
            addWeight("beta", paramShape, betaInitializer, true);
        }
    }

    /** {@code 2 × 64 = 128 (gamma, beta)}. */
    @Override
    public String explainParams() {
        if (!isBuilt() || weightSpecs().isEmpty()) {
            return super.explainParams();
        }
        List<String> names = new ArrayList<>();
        if (scale) {
            names.add("gamma");
        }
        if (center) {
            names.add("beta");
        }
        return names.size() + " × " + dimsProduct(weightSpecs().get(0).shape()) + " = " + group(countParams()) + " ("
                + String.join(", ", names) + ")";
    }

    /** The keys after the layer's own ({@code axis}, ...), in tf.keras's order. */
    protected final void addAffineConfig(Map<String, Object> config) {
        config.put("epsilon", epsilon);
        config.put("center", center);
        config.put("scale", scale);
        config.put("beta_initializer", KerasObjects.serialize(betaInitializer));
        config.put("gamma_initializer", KerasObjects.serialize(gammaInitializer));
        config.put("beta_regularizer", KerasObjects.serialize(betaRegularizer));
        config.put("gamma_regularizer", KerasObjects.serialize(gammaRegularizer));
        config.put("beta_constraint", KerasObjects.serialize(betaConstraint));
        config.put("gamma_constraint", KerasObjects.serialize(gammaConstraint));
    }

    /** Reads the shared keys and the base keys. */
    protected static <T extends AffineNormalization> T readAffineConfig(T layer, ConfigReader r) {
        AffineNormalization n = layer;
        n.epsilon(r.number("epsilon", 0.001));
        n.center(r.bool("center", true));
        n.scale(r.bool("scale", true));
        n.betaInitializer = r.object(Kind.INITIALIZER, "beta_initializer", n.betaInitializer);
        n.gammaInitializer = r.object(Kind.INITIALIZER, "gamma_initializer", n.gammaInitializer);
        n.betaRegularizer = r.object(Kind.REGULARIZER, "beta_regularizer", null);
        n.gammaRegularizer = r.object(Kind.REGULARIZER, "gamma_regularizer", null);
        n.betaConstraint = r.object(Kind.CONSTRAINT, "beta_constraint", null);
        n.gammaConstraint = r.object(Kind.CONSTRAINT, "gamma_constraint", null);
        layer.readBaseConfig(r);
        return layer;
    }
}
