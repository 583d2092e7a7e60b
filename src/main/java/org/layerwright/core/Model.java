package org.layerwright.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.errors.ModelNotBuiltException;
import org.layerwright.core.errors.UnsupportedModelOperationException;
import org.layerwright.core.errors.WeightMismatchException;
import org.layerwright.core.summary.ModelSummary;
import org.layerwright.core.summary.SummaryOptions;
import org.layerwright.core.summary.SummaryRenderer;
import org.layerwright.core.summary.SummaryStyle;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A model: a functional graph from inputs to outputs ({@code new Model(inputs, outputs)}), a
 * {@link Sequential} stack, or a subclass that overrides {@link #call(KerasTensor)} and is built by calling it.
 * A model is also a layer: it can be called on tensors inside another model.
 *
 * <pre>{@code
 * KerasTensor a = Input.of(16), b = Input.of(8);
 * KerasTensor y = new Dense(1).apply(new Concatenate().apply(List.of(a, b)));
 * Model model = new Model(List.of(a, b), List.of(y));
 * System.out.println(model.summaryText());
 * }</pre>
 */
public class Model extends Layer {
    private List<KerasTensor> inputs = List.of();
    private List<KerasTensor> outputs = List.of();
    private GraphNetwork network;
    private final List<Layer> addedLossLayers = new ArrayList<>();
    private final List<KerasTensor> losses = new ArrayList<>();
    private List<Layer> trackedLayers;

    /** A functional model from one input to one output. */
    public Model(KerasTensor input, KerasTensor output) {
        this(List.of(input), List.of(output), null);
    }

    /** A functional model from inputs to outputs. */
    public Model(List<KerasTensor> inputs, List<KerasTensor> outputs) {
        this(inputs, outputs, null);
    }

    /** A named functional model from inputs to outputs. */
    public Model(List<KerasTensor> inputs, List<KerasTensor> outputs, String name) {
        if (name != null) {
            name(name);
        }
        initGraph(inputs, outputs);
        network();
    }

    /** For subclasses: a subclassed model (override {@link #call}) or a {@link Sequential}. */
    protected Model() {
    }

    /** For subclasses, with a name. */
    protected Model(String name) {
        name(name);
    }

    /** (Re)builds the graph between {@code inputs} and {@code outputs} and the model's own node. */
    protected final void initGraph(List<KerasTensor> inputs, List<KerasTensor> outputs) {
        if (inputs.isEmpty() || outputs.isEmpty()) {
            throw new IllegalArgumentException("A functional model needs at least one input and one output.");
        }
        this.inputs = List.copyOf(inputs);
        this.outputs = List.copyOf(outputs);
        this.network = null;
        removeNodesFrom(0);
        // The model's own node 0 links its inputs to its outputs; a call of the model is node 1, as in Keras.
        new Node(this, this.inputs, this.outputs, false);
        build(this.inputs.stream().map(KerasTensor::shape).collect(java.util.stream.Collectors.toList()));
    }

    /** Drops the graph (a Sequential whose layers changed before it has an input). */
    protected final void clearGraph() {
        inputs = List.of();
        outputs = List.of();
        network = null;
    }

    /** True for a model built from inputs and outputs (functional or Sequential with an input). */
    public boolean isGraphNetwork() {
        return !inputs.isEmpty();
    }

    /** True for a model defined by overriding {@link #call}. */
    public boolean isSubclassed() {
        return !(this instanceof Sequential) && inputs.isEmpty();
    }

    @Override
    public String className() {
        return getClass() == Model.class ? "Functional" : getClass().getSimpleName();
    }

    @Override
    protected String defaultNamePrefix() {
        return getClass() == Model.class ? "model" : Keras.toSnakeCase(getClass().getSimpleName());
    }

    /** The graph of a functional model, mapped on first use. */
    public GraphNetwork network() {
        if (network == null && isGraphNetwork()) {
            List<KerasTensor> ends = new ArrayList<>(outputs);
            ends.addAll(losses);
            network = GraphNetwork.map(inputs, ends);
        }
        return network;
    }

    public List<KerasTensor> inputs() {
        return inputs;
    }

    public List<KerasTensor> outputs() {
        return outputs;
    }

    /** The model's layers in Keras's order: functional models include their InputLayers. */
    public List<Layer> layers() {
        if (isGraphNetwork()) {
            GraphNetwork net = network();
            if (addedLossLayers.isEmpty()) {
                return net.layers();
            }
            List<Layer> all = new ArrayList<>(net.layers());
            all.removeAll(addedLossLayers);
            all.addAll(addedLossLayers);
            return Collections.unmodifiableList(all);
        }
        return trackedLayers();
    }

    /** The layer with this name. */
    public Layer getLayer(String name) {
        for (Layer layer : layers()) {
            if (layer.name().equals(name)) {
                return layer;
            }
        }
        throw new IllegalArgumentException("No such layer: " + name + ". Existing layers are: "
                + layers().stream().map(Layer::name).collect(java.util.stream.Collectors.toList()) + ".");
    }

    // ------------------------------------------------------------------ subclassed models

    /**
     * The forward pass of a subclassed model, on symbolic tensors: call the model's layers and return the output.
     * Functional models do not override it.
     */
    protected KerasTensor call(KerasTensor input) {
        throw new UnsupportedModelOperationException("Model " + className() + " has no graph and does not override"
                + " call(KerasTensor). Override call(...) in the subclass, or build the model with inputs and outputs.");
    }

    /** The forward pass for several inputs; by default calls {@link #call(KerasTensor)} for a single input. */
    protected List<KerasTensor> call(List<KerasTensor> inputs) {
        if (inputs.size() != 1) {
            throw new UnsupportedModelOperationException("Model " + className() + " was called on " + inputs.size()
                    + " inputs; override call(List<KerasTensor>) to take several.");
        }
        return List.of(call(inputs.get(0)));
    }

    /** Inside {@link #call}: records a loss tensor (Keras's {@code add_loss}); on a functional model, adds AddLoss. */
    public void addLoss(KerasTensor loss) {
        if (loss == null) {
            throw new IllegalArgumentException("Expected a symbolic Tensors or a callable for the loss value. Please"
                    + " wrap your loss computation in a zero argument `lambda`.");
        }
        if (isGraphNetwork()) {
            AddLoss layer = new AddLoss();
            KerasTensor out = layer.apply(loss);
            addedLossLayers.add(layer);
            losses.add(out);
            network = null;
        } else {
            losses.add(loss);
        }
    }

    /** Loss tensors added with {@link #addLoss}. */
    public List<KerasTensor> losses() {
        return Collections.unmodifiableList(losses);
    }

    private List<Layer> trackedLayers() {
        if (trackedLayers == null) {
            List<Layer> found = new ArrayList<>();
            Set<Layer> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Class<?>> hierarchy = new ArrayList<>();
            for (Class<?> c = getClass(); c != null && c != Model.class && c != Sequential.class; c = c.getSuperclass()) {
                hierarchy.add(0, c);
            }
            for (Class<?> c : hierarchy) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    collectLayers(readField(field), found, seen);
                }
            }
            trackedLayers = Collections.unmodifiableList(found);
        }
        return trackedLayers;
    }

    private Object readField(Field field) {
        try {
            field.setAccessible(true);
            return field.get(this);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static void collectLayers(Object value, List<Layer> found, Set<Layer> seen) {
        if (value instanceof Layer) {
            if (seen.add((Layer) value)) {
                found.add((Layer) value);
            }
        } else if (value instanceof Collection) {
            for (Object item : (Collection<?>) value) {
                collectLayers(item, found, seen);
            }
        }
    }

    // ------------------------------------------------------------------ as a layer

    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputShapes) {
        if (isGraphNetwork()) {
            return runShapes(inputShapes);
        }
        List<KerasTensor> traced = new ArrayList<>(inputShapes.size());
        for (Shape s : inputShapes) {
            traced.add(KerasTensor.traced(s, dtype()));
        }
        List<KerasTensor> out = Layer.traced(() -> call(traced));
        List<Shape> shapes = new ArrayList<>(out.size());
        for (KerasTensor t : out) {
            shapes.add(t.shape());
        }
        return shapes;
    }

    /** Shape inference through the graph for new input shapes (a model called as a layer). */
    private List<Shape> runShapes(List<Shape> inputShapes) {
        if (inputShapes.size() != inputs.size()) {
            throw new IncompatibleShapeException("Model '" + name() + "' expects " + inputs.size()
                    + " input(s), but it received " + inputShapes.size() + ".", null);
        }
        Map<KerasTensor, Shape> shapes = new IdentityHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            shapes.put(inputs.get(i), inputShapes.get(i));
        }
        for (List<Node> atDepth : network().nodesByDepth().values()) {
            for (Node node : atDepth) {
                if (node.isInput()) {
                    continue;
                }
                List<Shape> in = new ArrayList<>();
                for (KerasTensor t : node.inputTensors()) {
                    in.add(shapes.getOrDefault(t, t.shape()));
                }
                List<Shape> out = node.layer().outputShapesOrUnknown(in);
                for (int i = 0; i < out.size(); i++) {
                    shapes.put(node.outputTensors().get(i), out.get(i));
                }
            }
        }
        List<Shape> result = new ArrayList<>(outputs.size());
        for (KerasTensor t : outputs) {
            result.add(shapes.getOrDefault(t, t.shape()));
        }
        return result;
    }

    /** A call of a functional model returns one tensor per model output, whether or not their shapes are known. */
    @Override
    protected int outputCountWithoutShapes() {
        return isGraphNetwork() ? outputs.size() : super.outputCountWithoutShapes();
    }

    @Override
    protected void onBuild(List<Shape> inputShapes) {
        if (!isGraphNetwork()) {
            computeOutputShapes(inputShapes);
        }
    }

    /** Freezes or unfreezes the model and every layer in it, as Keras's {@code model.trainable = ...}. */
    @Override
    public Layer trainable(boolean trainable) {
        super.trainable(trainable);
        if (isGraphNetwork() || trackedLayers != null) {
            for (Layer layer : layers()) {
                layer.trainable(trainable);
            }
        }
        return this;
    }

    /** Every distinct layer that owns weights, through nested models, in {@code get_weights()} order. */
    public List<Layer> weightOwners() {
        List<Layer> owners = new ArrayList<>();
        collectOwners(this, owners, Collections.newSetFromMap(new IdentityHashMap<>(2 * layers().size())));
        return owners;
    }

    private static void collectOwners(Model model, List<Layer> owners, Set<Layer> seen) {
        for (Layer layer : model.layers()) {
            if (layer instanceof Model) {
                collectOwners((Model) layer, owners, seen);
            } else if (seen.add(layer)) {
                owners.add(layer);
            }
        }
    }

    private void requireModelBuilt() {
        if (!isBuilt()) {
            throw new ModelNotBuiltException("This model has not yet been built. Build the model first by calling"
                    + " `build()` or calling `fit()` with some data, or specify an `input_shape` argument in the"
                    + " first layer(s) for automatic build.");
        }
    }

    @Override
    public long countTrainableParams() {
        requireModelBuilt();
        long sum = 0;
        for (Layer layer : weightOwners()) {
            if (layer.isBuilt()) {
                sum += layer.countTrainableParams();
            }
        }
        return sum;
    }

    @Override
    public long countNonTrainableParams() {
        requireModelBuilt();
        long sum = 0;
        for (Layer layer : weightOwners()) {
            if (layer.isBuilt()) {
                sum += layer.countNonTrainableParams();
            }
        }
        return sum;
    }

    @Override
    public List<INDArray> getWeights() {
        requireModelBuilt();
        List<INDArray> all = new ArrayList<>();
        for (Layer layer : weightOwners()) {
            if (layer.isBuilt()) {
                all.addAll(layer.getWeights());
            }
        }
        return all;
    }

    @Override
    public void setWeights(List<INDArray> weights) {
        requireModelBuilt();
        int expected = 0;
        for (Layer layer : weightOwners()) {
            expected += layer.isBuilt() ? layer.weightSpecs().size() : 0;
        }
        if (weights.size() != expected) {
            throw new WeightMismatchException("You called `set_weights(weights)` on layer \"" + name()
                    + "\" with a weight list of length " + weights.size() + ", but the layer was expecting "
                    + expected + " weights.");
        }
        int offset = 0;
        for (Layer layer : weightOwners()) {
            int n = layer.isBuilt() ? layer.weightSpecs().size() : 0;
            if (n > 0) {
                layer.setWeights(weights.subList(offset, offset + n));
            }
            offset += n;
        }
    }

    @Override
    public String explainParams() {
        return "the sum of its layers' parameters = " + group(countParams());
    }

    // ------------------------------------------------------------------ summary

    /** The summary as data (rows, totals), for the text, table and JSON views. */
    public ModelSummary summarize() {
        requireModelBuilt();
        return ModelSummary.of(this);
    }

    /** Prints the summary in the default style (tf.keras 2.0-2.6) to standard output. */
    public void summary() {
        summary(SummaryOptions.defaults());
    }

    /** Prints the summary with options (style, line length, positions, print function, ...). */
    public void summary(SummaryOptions options) {
        Consumer<String> print = options.printFn() != null ? options.printFn() : System.out::println;
        for (String line : SummaryRenderer.render(summaryFor(options), options)) {
            print.accept(line);
        }
    }

    /** Keras 3 also summarises a model that is not built yet (shapes {@code ?}, counts {@code 0 (unbuilt)}). */
    private ModelSummary summaryFor(SummaryOptions options) {
        return options.style() == SummaryStyle.KERAS_3 ? ModelSummary.of(this) : summarize();
    }

    /** The summary text in the default style, lines joined with newlines (and a final newline). */
    public String summaryText() {
        return summaryText(SummaryOptions.defaults());
    }

    /** The summary text with options, lines joined with newlines (and a final newline). */
    public String summaryText(SummaryOptions options) {
        return SummaryRenderer.renderText(summaryFor(options), options);
    }

    // ------------------------------------------------------------------ config

    /** True when the model's first layer is an InputLayer, so its node 0 is internal and never saved. */
    public boolean skipsFirstNode() {
        return isGraphNetwork() && !layers().isEmpty() && (layers().get(0) instanceof InputLayer
                || this instanceof Sequential);
    }

    @Override
    public Map<String, Object> getConfig() {
        if (!isGraphNetwork()) {
            throw new UnsupportedModelOperationException("Model " + className() + " is a subclassed model: its"
                    + " layers are connected in the body of its call() method, which cannot be serialized. Build"
                    + " it with the functional API or Sequential to save its architecture, or use save_weights.");
        }
        return FunctionalConfig.of(this);
    }

    /** {@code {"class_name", "config", "keras_version", "backend"}}, as Keras's {@code _updated_config()}. */
    public Map<String, Object> updatedConfig() {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("class_name", className());
        envelope.put("config", getConfig());
        envelope.put("keras_version", Keras.VERSION);
        envelope.put("backend", Keras.BACKEND);
        return envelope;
    }

    /** The model's architecture as JSON, byte for byte as tf.keras 2.6's {@code to_json()}. */
    public String toJson() {
        return PythonJson.dumps(updatedConfig());
    }

    /**
     * The model's architecture as YAML, byte for byte as Keras's {@code to_yaml()} wrote it up to TF 2.5 (PyYAML's
     * {@code yaml.dump}: keys sorted, block style, tuples tagged {@code !!python/tuple}).
     */
    public String toYaml() {
        return org.layerwright.core.config.PyYaml.dump(updatedConfig());
    }

    /** A functional model from its config (Keras's {@code Model.from_config}). */
    public static Model fromConfig(Map<String, Object> config) {
        return FunctionalConfig.build(config);
    }
}
