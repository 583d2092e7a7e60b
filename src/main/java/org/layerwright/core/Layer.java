package org.layerwright.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.layerwright.core.errors.ModelNotBuiltException;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The base of every layer, following Keras's layer contract: arguments are checked when they are set, weights
 * are declared in {@link #onBuild(Shape)}, output shapes come from a pure {@link #computeOutputShape(Shape)},
 * and {@link #getConfig()} returns what {@code fromConfig} accepts unchanged.
 *
 * <p>Declaring weights never creates arrays: shapes and parameter counts are known as soon as a layer is
 * built, and arrays are made only when {@link #getWeights()} is first called.
 *
 * <p>Optional arguments are set fluently; layer-specific ones return the layer's own type, the common ones
 * ({@link #name(String)}, {@link #inputShape(Integer...)}, {@link #trainable(boolean)}) return {@code Layer}, so
 * they come last in a chain: {@code new Dense(10).activation("relu").name("logits")}.
 */
public abstract class Layer {
    private static final ThreadLocal<int[]> TRACING = ThreadLocal.withInitial(() -> new int[1]);

    private String name;
    private boolean trainable = true;
    private Object dtype = "float32";
    private Shape batchInputShape;
    private final List<Node> inboundNodes = new ArrayList<>();
    private final List<Node> outboundNodes = new ArrayList<>();
    private boolean built;
    private List<Shape> buildInputShapes;
    private final List<WeightSpec> weightSpecs = new ArrayList<>();
    private final LayerWeights values = new LayerWeights();
    private InputSpec inputSpec;

    // ------------------------------------------------------------------ identity and common arguments

    /** The Keras class name written in configs and summaries ({@code Dense}, {@code Functional}). */
    public String className() {
        return getClass().getSimpleName();
    }

    /** The prefix of default names: the class name in snake case ({@code max_pooling2d}). */
    protected String defaultNamePrefix() {
        return Keras.toSnakeCase(className());
    }

    /** The layer's name; a default one ({@code dense}, {@code dense_1}, ...) is given on first use. */
    public String name() {
        if (name == null) {
            name = Keras.uniqueObjectName(defaultNamePrefix());
        }
        return name;
    }

    /** Sets the name, as Keras's {@code name=} argument. */
    public Layer name(String name) {
        if (name == null || name.isEmpty()) {
            throw new InvalidLayerArgumentException("A layer name must not be empty. Pass a name such as \""
                    + defaultNamePrefix() + "\".");
        }
        this.name = name;
        return this;
    }

    /** True when a name was given or has already been assigned. */
    protected boolean hasName() {
        return name != null;
    }

    public boolean trainable() {
        return trainable;
    }

    /** Freezes or unfreezes the layer; a frozen layer's weights all count as non-trainable. */
    public Layer trainable(boolean trainable) {
        this.trainable = trainable;
        return this;
    }

    /** The dtype name ({@code float32}); a mixed-precision policy reports its name. */
    public String dtype() {
        if (dtype instanceof Map) {
            Object config = ((Map<?, ?>) dtype).get("config");
            if (config instanceof Map && ((Map<?, ?>) config).get("name") instanceof String) {
                return (String) ((Map<?, ?>) config).get("name");
            }
        }
        return String.valueOf(dtype);
    }

    /** The dtype as written in the config: a name or a policy object. */
    public Object dtypeConfig() {
        return dtype;
    }

    public Layer dtype(Object dtype) {
        this.dtype = dtype == null ? "float32" : dtype;
        return this;
    }

    /** Declares the input shape without the batch axis, as Keras's {@code input_shape=} argument. */
    public Layer inputShape(Integer... dims) {
        return batchInputShape(Shape.batched(dims));
    }

    /** Declares the full input shape including the batch axis, as Keras's {@code batch_input_shape=}. */
    public Layer batchInputShape(Shape shape) {
        if (shape != null && shape.rank() == 0) {
            throw new InvalidLayerArgumentException("The input shape of " + className()
                    + " must have at least the batch axis; received ().");
        }
        this.batchInputShape = shape;
        return this;
    }

    /** The declared input shape including the batch axis, or null when none was given. */
    public Shape batchInputShape() {
        return batchInputShape;
    }

    // ------------------------------------------------------------------ graph bookkeeping

    /** The calls of this layer, in order (Keras's {@code inbound_nodes}). */
    public List<Node> inboundNodes() {
        return Collections.unmodifiableList(inboundNodes);
    }

    /** The calls of other layers that consumed this layer's outputs (Keras's {@code outbound_nodes}). */
    public List<Node> outboundNodes() {
        return Collections.unmodifiableList(outboundNodes);
    }

    void addInboundNode(Node node) {
        inboundNodes.add(node);
    }

    void addOutboundNode(Node node) {
        outboundNodes.add(node);
    }

    /** Forgets the calls of this layer; used when a Sequential model is rebuilt after {@code pop}. */
    void removeNodesFrom(int nodeIndex) {
        while (inboundNodes.size() > nodeIndex) {
            Node removed = inboundNodes.remove(inboundNodes.size() - 1);
            for (KerasTensor input : removed.inputTensors()) {
                input.layer().outboundNodes.remove(removed);
            }
        }
    }

    // ------------------------------------------------------------------ calling

    /** Calls the layer on one tensor and returns its single output. */
    public KerasTensor apply(KerasTensor input) {
        return single(applyAll(List.of(input), null));
    }

    /** Calls the layer on a list of tensors (merge layers, multi-input models) and returns its single output. */
    public KerasTensor apply(List<KerasTensor> inputs) {
        return single(applyAll(inputs, null));
    }

    /** Calls the layer on one tensor and returns all its outputs (an LSTM with {@code return_state}). */
    public List<KerasTensor> applyAll(KerasTensor input) {
        return applyAll(List.of(input), null);
    }

    /**
     * Calls the layer on tensors, with extra call arguments recorded as Keras records them (for example
     * {@code training}), and returns all outputs.
     */
    public List<KerasTensor> applyAll(List<KerasTensor> inputs, Map<String, Object> kwargs) {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("Layer '" + name() + "' (" + className()
                    + ") must be called on at least one tensor.");
        }
        boolean tracing = isTracing();
        List<Shape> shapes = new ArrayList<>(inputs.size());
        for (KerasTensor input : inputs) {
            if (!tracing && !input.hasHistory()) {
                throw new IllegalArgumentException("Layer '" + name() + "' (" + className() + ") was called on "
                        + input + ", which no layer produced. Start the graph with Input.of(...).");
            }
            shapes.add(input.shape());
        }
        if (built && inputSpec != null && infersShapes() && !anyUnknown(shapes)) {
            for (Shape shape : shapes) {
                inputSpec.check(this, shape, null);
            }
        }
        List<Shape> outputShapes = outputShapesOrUnknown(shapes);
        // A layer after an unknown one cannot be built (its weights depend on shapes nobody knows); an unknown
        // layer itself is built with no weights, so it counts 0 parameters.
        if (!anyUnknown(outputShapes) || !infersShapes()) {
            build(shapes);
        }
        if (tracing) {
            List<KerasTensor> outputs = new ArrayList<>(outputShapes.size());
            for (Shape s : outputShapes) {
                outputs.add(KerasTensor.traced(s, dtype()));
            }
            return outputs;
        }
        return new Node(this, inputs, outputShapes, kwargs).outputTensors();
    }

    private KerasTensor single(List<KerasTensor> outputs) {
        if (outputs.size() != 1) {
            throw new IllegalStateException("Layer '" + name() + "' (" + className() + ") returns " + outputs.size()
                    + " tensors; use applyAll(...) to get all of them.");
        }
        return outputs.get(0);
    }

    /** Runs {@code body} so that layer calls compute shapes and build layers but record no nodes. */
    static <T> T traced(Supplier<T> body) {
        int[] depth = TRACING.get();
        depth[0]++;
        try {
            return body.get();
        } finally {
            depth[0]--;
        }
    }

    static boolean isTracing() {
        return TRACING.get()[0] > 0;
    }

    // ------------------------------------------------------------------ shapes

    /**
     * The output shapes for the given input shapes. Pure: it neither builds the layer nor records a call.
     * Throws {@link IncompatibleShapeException} when the inputs do not fit. Layers with one input override
     * {@link #computeOutputShape(Shape)}; merge layers and models override this.
     */
    public List<Shape> computeOutputShapes(List<Shape> inputShapes) {
        if (inputShapes.size() != 1) {
            throw new IncompatibleShapeException("Layer '" + name() + "' (" + className()
                    + ") takes one input, but was given " + inputShapes.size() + ": " + inputShapes + ".",
                    "Connect a single input, or merge the inputs first (Concatenate, Add).");
        }
        return List.of(computeOutputShape(inputShapes.get(0)));
    }

    /**
     * The output shapes of a call, or {@code null} entries when they cannot be inferred: when an input's shape is
     * unknown (it comes from a layer Layerwright does not know) or this layer cannot infer shapes at all. Such
     * calls are still recorded, so a model with an unknown layer can be built and summarised.
     */
    final List<Shape> outputShapesOrUnknown(List<Shape> inputShapes) {
        if (!infersShapes() || anyUnknown(inputShapes)) {
            return Collections.nCopies(outputCountWithoutShapes(), null);
        }
        return computeOutputShapes(inputShapes);
    }

    /** True when some shape is unknown (null); immutable lists reject {@code contains(null)}, hence the loop. */
    static boolean anyUnknown(List<Shape> shapes) {
        for (Shape s : shapes) {
            if (s == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names Keras gives the tensors after the first when this layer is called on several
     * ({@code MultiHeadAttention}: {@code value}, {@code key}): functional configs write them as call arguments of
     * the first tensor's entry. Empty for layers called on a list of tensors (merges, Attention).
     */
    protected List<String> tensorCallArguments() {
        return List.of();
    }

    /** False for a layer that stands for a class Layerwright does not know: its output shapes are unknown. */
    protected boolean infersShapes() {
        return true;
    }

    /**
     * How many tensors a call returns when its output shapes cannot be inferred (see
     * {@link #outputShapesOrUnknown}); layers with several outputs override it.
     */
    protected int outputCountWithoutShapes() {
        return 1;
    }

    /** The output shape for one input shape. Pure; throws {@link IncompatibleShapeException} on misfit. */
    public Shape computeOutputShape(Shape inputShape) {
        return inputShape;
    }

    /**
     * The output shape of this layer as Keras's {@code output_shape}: the shapes of its calls when they all agree.
     * Returns null when the layer was never called or its calls disagree (Keras prints {@code multiple}); an
     * entry is null when that output's shape could not be inferred (see {@link #outputShapesOrUnknown}).
     */
    public List<Shape> outputShapesOrNull() {
        if (inboundNodes.isEmpty()) {
            return null;
        }
        List<Shape> first = inboundNodes.get(0).outputShapes();
        for (int i = 1; i < inboundNodes.size(); i++) {
            if (!inboundNodes.get(i).outputShapes().equals(first)) {
                return null;
            }
        }
        return first;
    }

    /** The single output shape; throws when the layer was never called, has several outputs, or calls disagree. */
    public Shape outputShape() {
        List<Shape> shapes = outputShapesOrNull();
        if (shapes == null) {
            throw new IllegalStateException(inboundNodes.isEmpty()
                    ? "The layer '" + name() + "' has never been called and thus has no defined output shape."
                    : "The layer \"" + name() + "\" has multiple inbound nodes, with different output shapes. "
                            + "Hence the notion of \"output shape\" is ill-defined for the layer.");
        }
        if (shapes.size() != 1) {
            throw new IllegalStateException("The layer '" + name() + "' has " + shapes.size() + " outputs: " + shapes);
        }
        return shapes.get(0);
    }

    /** An error for an input this layer cannot take, worded as the rest of Layerwright's shape errors. */
    public IncompatibleShapeException shapeError(Shape input, String problem, String fix) {
        return new IncompatibleShapeException("Layer '" + name() + "' (" + className() + ") cannot take input shape "
                + input + ": " + problem + ".", fix);
    }

    /** An error for an invalid argument: what, what was expected, and a fix. */
    protected InvalidLayerArgumentException argumentError(String argument, String expected, Object received,
            String fix) {
        return new InvalidLayerArgumentException("Invalid value for `" + argument + "` of " + className()
                + ": expected " + expected + ", received " + argument + "=" + received + "."
                + (fix == null ? "" : " " + fix));
    }

    /** Checks that {@code value} is a positive integer. */
    protected int requirePositive(String argument, int value) {
        if (value <= 0) {
            throw argumentError(argument, "a positive integer", value, "Use 1 or more.");
        }
        return value;
    }

    /** Checks a rate in [0, 1). */
    protected double requireRate(String argument, double value) {
        if (!(value >= 0 && value < 1)) {
            throw argumentError(argument, "a number in [0, 1)", value, "Use for example 0.5.");
        }
        return value;
    }

    // ------------------------------------------------------------------ building and weights

    public boolean isBuilt() {
        return built;
    }

    /** Builds the layer for one input shape (declares its weights); does nothing when already built. */
    public final void build(Shape inputShape) {
        build(List.of(inputShape));
    }

    /** Builds the layer for its input shapes (declares its weights); does nothing when already built. */
    public final void build(List<Shape> inputShapes) {
        if (built) {
            return;
        }
        weightSpecs.clear();
        onBuild(inputShapes);
        buildInputShapes = List.copyOf(inputShapes);
        values.clear();
        built = true;
    }

    /** Declares weights for the input shapes; layers with one input override {@link #onBuild(Shape)}. */
    protected void onBuild(List<Shape> inputShapes) {
        if (inputShapes.size() == 1) {
            onBuild(inputShapes.get(0));
        }
    }

    /** Declares weights for one input shape with {@link #addWeight}. Weightless layers need not override it. */
    protected void onBuild(Shape inputShape) {
    }

    /** The input shapes the layer was built for, or null before it is built. */
    public List<Shape> buildInputShapes() {
        return buildInputShapes;
    }

    /** The single input shape the layer was built for. */
    protected Shape buildInputShape() {
        return buildInputShapes == null ? null : buildInputShapes.get(0);
    }

    /** Narrows what later calls accept (Keras's {@code input_spec}). */
    protected void setInputSpec(InputSpec spec) {
        this.inputSpec = spec;
    }

    /** Declares a weight; only shapes are recorded here, arrays are made when weights are asked for. */
    protected final WeightSpec addWeight(String path, Shape shape, KerasObject initializer, boolean trainable) {
        WeightSpec spec = new WeightSpec(path, shape, trainable, initializer);
        weightSpecs.add(spec);
        return spec;
    }

    /** This layer's own weights in Keras's order: trainable ones, then non-trainable ones, each in creation order. */
    public List<WeightSpec> weightSpecs() {
        if (weightSpecs.isEmpty()) {
            return List.of();
        }
        List<WeightSpec> ordered = new ArrayList<>(weightSpecs.size());
        for (WeightSpec w : weightSpecs) {
            if (w.trainable()) {
                ordered.add(w);
            }
        }
        for (WeightSpec w : weightSpecs) {
            if (!w.trainable()) {
                ordered.add(w);
            }
        }
        return ordered;
    }

    /** The full variable name Keras gives a weight: {@code dense/kernel:0}. */
    public String weightName(WeightSpec spec) {
        return name() + "/" + spec.path() + ":0";
    }

    private void requireBuilt() {
        if (!built) {
            throw new ModelNotBuiltException("You tried to call `count_params` on " + name()
                    + ", but the layer isn't built. You can build it manually via: `" + name()
                    + ".build(batch_input_shape)`.");
        }
    }

    /** Number of parameters (all weights); Keras's {@code count_params()}. Needs no arrays. */
    public long countParams() {
        return countTrainableParams() + countNonTrainableParams();
    }

    /** Parameters that training updates: none when the layer is frozen. */
    public long countTrainableParams() {
        requireBuilt();
        if (!trainable) {
            return 0;
        }
        long sum = 0;
        for (WeightSpec w : weightSpecs) {
            if (w.trainable()) {
                sum += Math.max(0, w.size());
            }
        }
        return sum;
    }

    /** Parameters that training does not update (moving statistics, frozen weights). */
    public long countNonTrainableParams() {
        requireBuilt();
        long sum = 0;
        for (WeightSpec w : weightSpecs) {
            if (!trainable || !w.trainable()) {
                sum += Math.max(0, w.size());
            }
        }
        return sum;
    }

    /** The weights as arrays in Keras's order, made (initialised) on first call. */
    public List<INDArray> getWeights() {
        requireBuilt();
        return values.get(weightSpecs());
    }

    /** True when the weights exist as arrays (they were asked for or set). */
    public boolean hasWeightValues() {
        return values.exist();
    }

    /** Replaces the weights; count and shapes must match, with Keras's error wording. */
    public void setWeights(List<INDArray> weights) {
        requireBuilt();
        values.set(name(), weightSpecs(), weights);
    }

    // ------------------------------------------------------------------ explanations

    /**
     * How the parameter count arises, with the real numbers ({@code 10 × (784 + 1) = 7,850}). The default sums
     * the declared weights; layers override it with their formula.
     */
    public String explainParams() {
        if (!built) {
            return "not built yet: the count is known once the input shape is";
        }
        return Formulas.sumOfWeights(weightSpecs(), countParams());
    }

    /** How the output shape arises from the input shape, or an empty string when it is the input shape. */
    public String explainShape() {
        return "";
    }

    /** {@code 784 × 10} for a shape. */
    protected static String dimsProduct(Shape shape) {
        return Formulas.dimsProduct(shape);
    }

    /** A count with thousands separators: {@code 7,850}. */
    protected static String group(long value) {
        return Counts.grouped(value);
    }

    // ------------------------------------------------------------------ config

    /** The layer's config: base keys ({@code name}, {@code trainable}, ...) then the layer's own, in Keras's order. */
    public Map<String, Object> getConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", name());
        config.put("trainable", trainable);
        if (batchInputShape != null) {
            config.put("batch_input_shape", org.layerwright.core.config.PyTuple.copyOf(batchInputShape.toList()));
        }
        config.put("dtype", dtype);
        addConfig(config);
        return config;
    }

    /** Adds the layer-specific keys after the base keys, in the order Keras writes them. */
    protected void addConfig(Map<String, Object> config) {
    }

    /** Applies the base keys of a config ({@code name}, {@code trainable}, {@code dtype}, input shape). */
    protected final void readBaseConfig(ConfigReader reader) {
        String configName = reader.string("name", null);
        if (configName != null) {
            name(configName);
        }
        trainable(reader.bool("trainable", true));
        if (reader.raw("dtype") != null) {
            dtype(reader.raw("dtype"));
        }
        Shape shape = reader.shape("batch_input_shape");
        if (shape != null) {
            batchInputShape(shape);
        }
    }

    @Override
    public String toString() {
        return className() + "(name=" + name() + ")";
    }
}
