package org.layerwright.core.layers.attention;

import java.util.List;
import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;

/**
 * Dot-product (Luong-style) attention: scores are {@code query · keyᵀ}, optionally times a learned scalar
 * {@code scale}; their softmax weights the value steps.
 *
 * <p>Input shape: {@code [query (batch, Tq, dim), value (batch, Tv, dv)]} and optionally {@code key (batch, Tv,
 * dim)}. Output shape: {@code (batch, Tq, dv)}.
 *
 * <pre>{@code
 * KerasTensor context = new Attention().apply(List.of(decoderSeq, encoderSeq));   // (None, Tq, dim)
 * }</pre>
 */
public class Attention extends BaseDenseAttention {
    private boolean useScale;

    public boolean useScale() {
        return useScale;
    }

    /** Learns a scalar that multiplies the scores (one parameter). */
    public Attention useScale(boolean value) {
        this.useScale = value;
        return this;
    }

    @Override
    protected void checkFeatures(List<Shape> inputs, Shape query, Shape value, Shape key) {
        if (!query.dim(-1).equals(key.dim(-1))) {
            throw incompatible(inputs, "the query has " + query.dim(-1) + " features but the key has " + key.dim(-1)
                    + ", and a dot-product score needs the same number", "Project one of them with a Dense layer to"
                            + " the other's size, or use MultiHeadAttention, which projects both.");
        }
    }

    @Override
    protected void onBuild(List<Shape> inputShapes) {
        if (useScale) {
            addWeight("scale", Shape.scalar(), KerasObjects.byName(Kind.INITIALIZER, "ones"), true);
        }
    }

    @Override
    public String explainParams() {
        if (!isBuilt()) {
            return super.explainParams();
        }
        return useScale ? "one learned scale = 1" : "no weights (use_scale=False) = 0";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        super.addConfig(config);
        config.put("use_scale", useScale);
    }

    public static Attention fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Attention", config);
        Attention layer = new Attention();
        layer.readAttentionConfig(r);
        layer.useScale(r.bool("use_scale", false));
        layer.readBaseConfig(r);
        return layer;
    }
}
