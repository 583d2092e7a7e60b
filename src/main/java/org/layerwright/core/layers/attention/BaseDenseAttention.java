package org.layerwright.core.layers.attention;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.errors.IncompatibleShapeException;

/**
 * The common part of Keras's dense attention layers (Attention, AdditiveAttention): called on
 * {@code [query, value]} or {@code [query, value, key]} (the key defaults to the value), with the {@code causal}
 * and {@code dropout} options. Each query step gets a weighted average of the value steps.
 */
public abstract class BaseDenseAttention extends Layer {
    private boolean causal;
    private double dropout;

    public boolean causal() {
        return causal;
    }

    public double dropout() {
        return dropout;
    }

    /** Masks future steps, for decoder self-attention: step i attends only to steps up to i. */
    public BaseDenseAttention causal(boolean value) {
        this.causal = value;
        return this;
    }

    /** Fraction of the attention weights dropped during training. */
    public BaseDenseAttention dropout(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw argumentError("dropout", "a number in [0, 1]", value, "Use for example 0.1.");
        }
        this.dropout = value;
        return this;
    }

    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputs) {
        if (inputs.size() < 2 || inputs.size() > 3) {
            throw new IncompatibleShapeException("Layer '" + name() + "' (" + className() + "): " + className()
                    + " layer accepts inputs list of length 2 or 3, namely [query, value] or [query, value, key]."
                    + " Received length: " + inputs.size() + ".", "Connect the query, then the value, and optionally"
                            + " the key.");
        }
        Shape query = inputs.get(0);
        Shape value = inputs.get(1);
        Shape key = inputs.size() > 2 ? inputs.get(2) : value;
        for (Shape s : inputs) {
            // Keras accepts rank 2 too: each sample is then a single step attending over the batch's keys.
            if (s.rank() < 2 || s.rank() != query.rank()) {
                throw incompatible(inputs, "query, value and key must all have the same rank, 2 or more (batch,"
                        + " [steps,] features)", "Give every input the same rank, e.g. add a steps axis with"
                                + " Reshape.");
            }
            if (!s.isKnown(-1)) {
                throw incompatible(inputs, "the features axis of every input must be known, found None",
                        "Give the inputs a fixed number of features.");
            }
        }
        if (!Objects.equals(key.dim(-2), value.dim(-2)) && key.isKnown(-2) && value.isKnown(-2)) {
            throw incompatible(inputs, "the key has " + key.dim(-2) + " steps but the value has " + value.dim(-2),
                    "Use a key with one step per value step.");
        }
        checkFeatures(inputs, query, value, key);
        return List.of(query.with(-1, value.dim(-1)));
    }

    /** Checks the features of query, value and key fit this kind of score; throws {@link #incompatible} if not. */
    protected abstract void checkFeatures(List<Shape> inputs, Shape query, Shape value, Shape key);

    /** A shape error naming all inputs. */
    protected IncompatibleShapeException incompatible(List<Shape> inputs, String problem, String fix) {
        return new IncompatibleShapeException("Layer '" + name() + "' (" + className() + ") cannot take inputs "
                + inputs + " ([query, value" + (inputs.size() > 2 ? ", key" : "") + "]): " + problem + ".", fix);
    }

    @Override
    public String explainShape() {
        List<Shape> inputs = buildInputShapes();
        if (inputs == null) {
            return "";
        }
        Shape query = inputs.get(0);
        return "each of the " + dimText(query.dim(-2)) + " query steps gets a weighted average of the "
                + dimText(inputs.get(1).dim(-2)) + " value steps, " + inputs.get(1).dim(-1) + " features each";
    }

    private static String dimText(Integer d) {
        return d == null ? "None" : d.toString();
    }

    /** {@code causal}, {@code dropout}: written after the base keys, before the subclass's own. */
    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("causal", causal);
        config.put("dropout", dropout);
    }

    protected void readAttentionConfig(ConfigReader r) {
        causal(r.bool("causal", false));
        dropout(r.number("dropout", 0));
    }
}
