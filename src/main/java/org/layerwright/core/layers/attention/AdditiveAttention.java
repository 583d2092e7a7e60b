package org.layerwright.core.layers.attention;

import java.util.List;
import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;

/**
 * Additive (Bahdanau-style) attention: scores are {@code sum(scale * tanh(query + key))} over the features, with a
 * learned {@code scale} of one value per feature by default; their softmax weights the value steps.
 *
 * <p>Input shape: {@code [query (batch, Tq, dim), value (batch, Tv, dim)]} and optionally {@code key (batch, Tv,
 * dim)}. Output shape: {@code (batch, Tq, dim)}.
 *
 * <pre>{@code
 * KerasTensor context = new AdditiveAttention().apply(List.of(decoderSeq, encoderSeq));   // dim parameters
 * }</pre>
 */
public class AdditiveAttention extends BaseDenseAttention {
    private boolean useScale = true;

    public boolean useScale() {
        return useScale;
    }

    /** Learns one scale per feature (the default); without it the scores are a plain sum. */
    public AdditiveAttention useScale(boolean value) {
        this.useScale = value;
        return this;
    }

    @Override
    protected void checkFeatures(List<Shape> inputs, Shape query, Shape value, Shape key) {
        if (!query.dim(-1).equals(key.dim(-1)) || useScale && !key.dim(-1).equals(value.dim(-1))) {
            throw incompatible(inputs, "query " + query.dim(-1) + ", key " + key.dim(-1) + " and value "
                    + value.dim(-1) + " features differ, and an additive score adds the query and key feature by"
                    + " feature" + (useScale ? ", then scales them with one weight per value feature" : ""),
                    "Project the inputs to the same size with Dense layers.");
        }
    }

    @Override
    protected void onBuild(List<Shape> inputShapes) {
        if (useScale) {
            int dim = inputShapes.get(1).dim(-1);
            addWeight("scale", Shape.of(dim), KerasObjects.byName(Kind.INITIALIZER, "glorot_uniform"), true);
        }
    }

    @Override
    public String explainParams() {
        if (!isBuilt()) {
            return super.explainParams();
        }
        return useScale ? "one scale per value feature: " + buildInputShapes().get(1).dim(-1) + " = "
                + group(countParams()) : "no weights (use_scale=False) = 0";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        super.addConfig(config);
        config.put("use_scale", useScale);
    }

    public static AdditiveAttention fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("AdditiveAttention", config);
        AdditiveAttention layer = new AdditiveAttention();
        layer.readAttentionConfig(r);
        layer.useScale(r.bool("use_scale", true));
        layer.readBaseConfig(r);
        return layer;
    }
}
