package org.layerwright.core.layers.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.errors.InvalidConfigException;

/**
 * Multi-head attention as in "Attention is all you need": the query, key and value are each projected to
 * {@code num_heads} heads, every head attends on its own, and the heads are projected back. The projections are
 * Keras's EinsumDense sublayers, named {@code query}, {@code key}, {@code value} and {@code attention_output}
 * ({@code multi_head_attention/query/kernel:0}).
 *
 * <p>Input shape: {@code [query (batch, Tq, dim), value (batch, Tv, dv)]} and optionally {@code key (batch, Tv,
 * dk)}. Output shape: {@code (batch, Tq, dim)}, or {@code (batch, Tq, *output_shape)}.
 *
 * <pre>{@code
 * KerasTensor x = Input.of(8, 16);
 * KerasTensor y = new MultiHeadAttention(2, 4).apply(List.of(x, x));   // (None, 8, 16), 552 parameters
 * }</pre>
 */
public class MultiHeadAttention extends Layer {
    private static final String[] PROJECTIONS = {"query", "key", "value", "attention_output"};

    private final int numHeads;
    private final int keyDim;
    private Integer valueDim;
    private double dropout;
    private boolean useBias = true;
    /** Null, an Integer, or a list of Integers, as given (Keras writes it back as given). */
    private Object outputShape;
    private List<Integer> attentionAxes;
    private KerasObject kernelInitializer = KerasObjects.byName(Kind.INITIALIZER, "glorot_uniform");
    private KerasObject biasInitializer = KerasObjects.byName(Kind.INITIALIZER, "zeros");
    private KerasObject kernelRegularizer;
    private KerasObject biasRegularizer;
    private KerasObject activityRegularizer;
    private KerasObject kernelConstraint;
    private KerasObject biasConstraint;
    /** The input shapes the projections were built for; Keras stores them in the config once built. */
    private Shape queryShape;
    private Shape keyShape;
    private Shape valueShape;

    public MultiHeadAttention(int numHeads, int keyDim) {
        this.numHeads = requirePositive("num_heads", numHeads);
        this.keyDim = requirePositive("key_dim", keyDim);
    }

    public int numHeads() {
        return numHeads;
    }

    public int keyDim() {
        return keyDim;
    }

    /** The size of each value head: {@code key_dim} unless set. */
    public int valueDim() {
        return valueDim == null ? keyDim : valueDim;
    }

    public MultiHeadAttention valueDim(int value) {
        this.valueDim = requirePositive("value_dim", value);
        return this;
    }

    public MultiHeadAttention dropout(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw argumentError("dropout", "a number in [0, 1]", value, "Use for example 0.1.");
        }
        this.dropout = value;
        return this;
    }

    public MultiHeadAttention useBias(boolean value) {
        this.useBias = value;
        return this;
    }

    /** The size of the last axis of the output (default: the query's), or several trailing axes. */
    public MultiHeadAttention outputShape(Integer... dims) {
        if (dims.length == 0) {
            throw argumentError("output_shape", "one or more positive integers", "()", "Leave it unset to keep the"
                    + " query's features.");
        }
        for (Integer d : dims) {
            if (d == null || d <= 0) {
                throw argumentError("output_shape", "positive integers", java.util.Arrays.toString(dims), null);
            }
        }
        this.outputShape = dims.length == 1 ? (Object) dims[0] : List.of(dims);
        return this;
    }

    /** As read from a config: a list stays a list even of one size, as Keras writes it back. */
    private void outputShapeList(List<Integer> dims) {
        outputShape(dims.toArray(new Integer[0]));
        this.outputShape = List.copyOf(dims);
    }

    /** The axes attention runs over (default: every axis between batch and features). */
    public MultiHeadAttention attentionAxes(Integer... axes) {
        this.attentionAxes = axes.length == 0 ? null : java.util.Collections.unmodifiableList(
                java.util.Arrays.asList(axes.clone()));
        return this;
    }

    public MultiHeadAttention kernelInitializer(Object value) {
        this.kernelInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public MultiHeadAttention biasInitializer(Object value) {
        this.biasInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    private List<Integer> outputDims(Shape query) {
        if (outputShape == null) {
            return List.of(query.dim(-1));
        }
        if (outputShape instanceof Integer) {
            return List.of((Integer) outputShape);
        }
        @SuppressWarnings("unchecked")
        List<Integer> dims = (List<Integer>) outputShape;
        return dims;
    }

    /** Keras's default: attend over every axis between the batch and the features, e.g. (1,) for sequences. */
    private List<Integer> resolvedAxes(Shape query) {
        if (attentionAxes != null) {
            return attentionAxes;
        }
        List<Integer> axes = new ArrayList<>();
        for (int a = 1; a < query.rank() - 1; a++) {
            axes.add(a);
        }
        return axes;
    }

    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputs) {
        if (inputs.size() < 2 || inputs.size() > 3) {
            throw new IncompatibleShapeException("Layer '" + name() + "' (MultiHeadAttention) takes [query, value]"
                    + " or [query, value, key], but was given " + inputs.size() + " input(s).",
                    "Connect the query, then the value, and optionally the key; for self-attention connect the"
                            + " same tensor twice.");
        }
        Shape query = inputs.get(0);
        Shape value = inputs.get(1);
        Shape key = inputs.size() > 2 ? inputs.get(2) : value;
        for (Shape s : inputs) {
            if (s.rank() < 3 || s.rank() != query.rank()) {
                throw incompatible(inputs, "query, value and key must have the same rank, 3 or more (batch, steps,"
                        + " features)", "Add a steps axis (Reshape, Embedding) so that each input is a sequence.");
            }
            if (!s.isKnown(-1)) {
                throw incompatible(inputs, "the features axis of every input must be known, found None",
                        "Give the inputs a fixed number of features.");
            }
        }
        for (Integer a : resolvedAxes(query)) {
            if (a == null || a < 1 || a > query.rank() - 2) {
                throw incompatible(inputs, "attention_axes " + attentionAxes + " must name axes between the batch"
                        + " axis and the features axis (1 to " + (query.rank() - 2) + ")", "Use attention_axes=null"
                                + " to attend over all of them.");
            }
        }
        for (int a = 1; a < key.rank() - 1; a++) {
            if (key.isKnown(a) && value.isKnown(a) && !key.dim(a).equals(value.dim(a))) {
                throw incompatible(inputs, "the key and the value differ along axis " + a + " (" + key.dim(a)
                        + " != " + value.dim(a) + ")", "Use a key with one step per value step.");
            }
        }
        return List.of(query.slice(0, query.rank() - 1).concat(Shape.of(outputDims(query))));
    }

    /** Keras calls it as {@code mha(query, value, key)}: configs write the value and key as call arguments. */
    @Override
    protected List<String> tensorCallArguments() {
        return List.of("value", "key");
    }

    private IncompatibleShapeException incompatible(List<Shape> inputs, String problem, String fix) {
        return new IncompatibleShapeException("Layer '" + name() + "' (MultiHeadAttention) cannot take inputs "
                + inputs + " ([query, value" + (inputs.size() > 2 ? ", key" : "") + "]): " + problem + ".", fix);
    }

    /** Records the shapes the projections are built for and fixes the attention axes, as Keras's build does. */
    private void rememberSignature(Shape query, Shape value, Shape key) {
        queryShape = query;
        valueShape = value;
        keyShape = key;
        attentionAxes = resolvedAxes(query);
    }

    @Override
    protected void onBuild(List<Shape> inputShapes) {
        Shape value = inputShapes.get(1);
        rememberSignature(inputShapes.get(0), value, inputShapes.size() > 2 ? inputShapes.get(2) : value);
        Shape heads = Shape.of(numHeads, keyDim);
        projection("query", Shape.of(queryShape.dim(-1)).concat(heads), heads);
        projection("key", Shape.of(keyShape.dim(-1)).concat(heads), heads);
        Shape valueHeads = Shape.of(numHeads, valueDim());
        projection("value", Shape.of(valueShape.dim(-1)).concat(valueHeads), valueHeads);
        Shape out = Shape.of(outputDims(queryShape));
        projection("attention_output", valueHeads.concat(out), out);
    }

    private void projection(String sublayer, Shape kernel, Shape bias) {
        addWeight(sublayer + "/kernel", kernel, kernelInitializer, true);
        if (useBias) {
            addWeight(sublayer + "/bias", bias, biasInitializer, true);
        }
    }

    @Override
    public String explainParams() {
        if (!isBuilt()) {
            return super.explainParams();
        }
        StringBuilder sb = new StringBuilder();
        for (String sublayer : PROJECTIONS) {
            StringBuilder terms = new StringBuilder();
            long sum = 0;
            for (WeightSpec w : weightSpecs()) {
                if (w.path().startsWith(sublayer + "/")) {
                    terms.append(terms.length() == 0 ? "" : " + ").append(dimsProduct(w.shape()));
                    sum += w.size();
                }
            }
            sb.append(sb.length() == 0 ? "" : "; ").append(sublayer).append(' ').append(terms).append(" = ")
                    .append(group(sum));
        }
        return sb.append("; total ").append(group(countParams())).toString();
    }

    @Override
    public String explainShape() {
        if (queryShape == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Integer d : outputDims(queryShape)) {
            out.append(out.length() == 0 ? "" : " × ").append(d);
        }
        return numHeads + " heads of size " + keyDim + " attend over axes " + attentionAxes + "; each query position"
                + " is projected back to " + out + " features";
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("num_heads", numHeads);
        config.put("key_dim", keyDim);
        config.put("value_dim", valueDim());
        config.put("dropout", dropout);
        config.put("use_bias", useBias);
        config.put("output_shape", outputShape);
        config.put("attention_axes", attentionAxes == null ? null : PyTuple.copyOf(attentionAxes));
        config.put("kernel_initializer", KerasObjects.serialize(kernelInitializer));
        config.put("bias_initializer", KerasObjects.serialize(biasInitializer));
        config.put("kernel_regularizer", KerasObjects.serialize(kernelRegularizer));
        config.put("bias_regularizer", KerasObjects.serialize(biasRegularizer));
        config.put("activity_regularizer", KerasObjects.serialize(activityRegularizer));
        config.put("kernel_constraint", KerasObjects.serialize(kernelConstraint));
        config.put("bias_constraint", KerasObjects.serialize(biasConstraint));
        config.put("query_shape", shapeList(queryShape));
        config.put("key_shape", shapeList(keyShape));
        config.put("value_shape", shapeList(valueShape));
    }

    /** A TensorShape as Keras's JSON writes it: a list, None as null. */
    private static List<Integer> shapeList(Shape shape) {
        return shape == null ? null : new ArrayList<>(shape.toList());
    }

    public static MultiHeadAttention fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("MultiHeadAttention", config);
        MultiHeadAttention layer = new MultiHeadAttention(r.requireInt("num_heads"), r.requireInt("key_dim"));
        Integer valueDim = r.integer("value_dim", null);
        if (valueDim != null) {
            layer.valueDim(valueDim);
        }
        layer.dropout(r.number("dropout", 0));
        layer.useBias(r.bool("use_bias", true));
        Object output = r.raw("output_shape");
        if (output instanceof List) {
            layer.outputShapeList(r.intList("output_shape"));
        } else if (output != null) {
            layer.outputShape(r.requireInt("output_shape"));
        }
        List<Integer> axes = r.intList("attention_axes");
        layer.attentionAxes = axes == null ? null : List.copyOf(axes);
        layer.kernelInitializer = r.object(Kind.INITIALIZER, "kernel_initializer", layer.kernelInitializer);
        layer.biasInitializer = r.object(Kind.INITIALIZER, "bias_initializer", layer.biasInitializer);
        layer.kernelRegularizer = r.object(Kind.REGULARIZER, "kernel_regularizer", null);
        layer.biasRegularizer = r.object(Kind.REGULARIZER, "bias_regularizer", null);
        layer.activityRegularizer = r.object(Kind.REGULARIZER, "activity_regularizer", null);
        layer.kernelConstraint = r.object(Kind.CONSTRAINT, "kernel_constraint", null);
        layer.biasConstraint = r.object(Kind.CONSTRAINT, "bias_constraint", null);
        Shape query = r.shape("query_shape");
        Shape key = r.shape("key_shape");
        Shape value = r.shape("value_shape");
        if (query != null && key != null && value != null) {
            if (query.rank() < 3 || key.rank() != query.rank() || value.rank() != query.rank()) {
                throw new InvalidConfigException("Layer '" + r.raw("name") + "' (MultiHeadAttention): config keys"
                        + " \"query_shape\", \"key_shape\" and \"value_shape\" must be shapes of the same rank, 3 or"
                        + " more; found " + query + ", " + key + ", " + value + ".");
            }
            // Keras builds the projections from the stored signature when it reads the config.
            layer.rememberSignature(query, value, key);
        }
        layer.readBaseConfig(r);
        return layer;
    }
}
