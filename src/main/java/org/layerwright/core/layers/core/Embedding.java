package org.layerwright.core.layers.core;

import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;

/**
 * Turns integer indices (token ids) into dense vectors of size {@code output_dim}.
 *
 * <p>Input shape: {@code (batch, input_length)}. Output shape: {@code (batch, input_length, output_dim)}.
 *
 * <pre>{@code
 * KerasTensor vectors = new Embedding(10000, 128).apply(Input.of((Integer) null));   // (None, None, 128)
 * }</pre>
 */
public class Embedding extends Layer {
    private final int inputDim;
    private final int outputDim;
    private KerasObject embeddingsInitializer = KerasObjects.byName(Kind.INITIALIZER, "random_uniform");
    private KerasObject embeddingsRegularizer;
    private KerasObject activityRegularizer;
    private KerasObject embeddingsConstraint;
    private boolean maskZero;
    private Integer inputLength;

    public Embedding(int inputDim, int outputDim) {
        this.inputDim = requirePositive("input_dim", inputDim);
        this.outputDim = requirePositive("output_dim", outputDim);
        // Keras's constructor always declares an input shape: (input_length,) or (None,).
        batchInputShape(Shape.of(null, null));
    }

    public int inputDim() {
        return inputDim;
    }

    public int outputDim() {
        return outputDim;
    }

    public boolean maskZero() {
        return maskZero;
    }

    public Integer inputLength() {
        return inputLength;
    }

    public Embedding maskZero(boolean maskZero) {
        this.maskZero = maskZero;
        return this;
    }

    public Embedding inputLength(Integer length) {
        if (length != null && length <= 0) {
            throw argumentError("input_length", "a positive integer or null", length, null);
        }
        this.inputLength = length;
        batchInputShape(Shape.of(null, length));
        return this;
    }

    public Embedding embeddingsInitializer(Object value) {
        this.embeddingsInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public Embedding embeddingsRegularizer(Object value) {
        this.embeddingsRegularizer = KerasObjects.resolve(Kind.REGULARIZER, value);
        return this;
    }

    public Embedding embeddingsConstraint(Object value) {
        this.embeddingsConstraint = KerasObjects.resolve(Kind.CONSTRAINT, value);
        return this;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (inputLength == null) {
            return input.append(outputDim);
        }
        if (input.rank() != 2) {
            throw shapeError(input, "\"input_length\" is " + inputLength + ", but received input has shape " + input,
                    "Feed it a (batch, " + inputLength + ") tensor of token ids.");
        }
        Integer steps = input.dim(1);
        if (steps != null && steps != inputLength.intValue()) {
            throw shapeError(input, "\"input_length\" is " + inputLength + ", but received input has shape " + input,
                    "Set input_length to " + steps + " or leave it unset.");
        }
        return Shape.of(input.dim(0), inputLength, outputDim);
    }

    @Override
    protected void onBuild(Shape input) {
        addWeight("embeddings", Shape.of(inputDim, outputDim), embeddingsInitializer, true);
    }

    @Override
    public String explainParams() {
        return isBuilt() ? group(inputDim) + " × " + outputDim + " = " + group(countParams())
                : super.explainParams();
    }

    @Override
    public String explainShape() {
        return "each token id becomes a vector of " + outputDim;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("input_dim", inputDim);
        config.put("output_dim", outputDim);
        config.put("embeddings_initializer", KerasObjects.serialize(embeddingsInitializer));
        config.put("embeddings_regularizer", KerasObjects.serialize(embeddingsRegularizer));
        config.put("activity_regularizer", KerasObjects.serialize(activityRegularizer));
        config.put("embeddings_constraint", KerasObjects.serialize(embeddingsConstraint));
        config.put("mask_zero", maskZero);
        config.put("input_length", inputLength);
    }

    public static Embedding fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("Embedding", config);
        Embedding layer = new Embedding(r.requireInt("input_dim"), r.requireInt("output_dim"));
        layer.embeddingsInitializer = r.object(Kind.INITIALIZER, "embeddings_initializer",
                layer.embeddingsInitializer);
        layer.embeddingsRegularizer = r.object(Kind.REGULARIZER, "embeddings_regularizer", null);
        layer.activityRegularizer = r.object(Kind.REGULARIZER, "activity_regularizer", null);
        layer.embeddingsConstraint = r.object(Kind.CONSTRAINT, "embeddings_constraint", null);
        layer.maskZero(r.bool("mask_zero", false));
        if (r.has("input_length")) {
            layer.inputLength(r.integer("input_length", null));
        }
        layer.readBaseConfig(r);
        return layer;
    }
}
