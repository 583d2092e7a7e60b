package org.layerwright.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.errors.InvalidConfigException;
import org.layerwright.core.errors.InvalidGraphException;

/**
 * A linear stack of layers. When the first layer declares an input shape, an {@code InputLayer} named
 * {@code <first layer>_input} is created and the model is built at once; otherwise it is built by
 * {@link #build(Shape)} or by being called. {@link #layers()} never includes the InputLayer.
 *
 * <pre>{@code
 * Sequential model = new Sequential(
 *         new Flatten().inputShape(28, 28),
 *         new Dense(10),
 *         new Activation("softmax"));
 * model.summary();   // 7,850 parameters
 * }</pre>
 */
public class Sequential extends Model {
    private final List<Layer> stack = new ArrayList<>();
    /** The output tensor of each layer of the stack, once the model has an input. */
    private final List<KerasTensor> chain = new ArrayList<>();
    private InputLayer inputLayer;
    private Shape buildInputShape;

    public Sequential() {
        super();
    }

    public Sequential(String name) {
        super(name);
    }

    public Sequential(Layer... layers) {
        this(List.of(layers));
    }

    public Sequential(List<Layer> layers) {
        super();
        for (Layer layer : layers) {
            add(layer);
        }
    }

    public Sequential(List<Layer> layers, String name) {
        super(name);
        for (Layer layer : layers) {
            add(layer);
        }
    }

    @Override
    public String className() {
        return "Sequential";
    }

    @Override
    protected String defaultNamePrefix() {
        return "sequential";
    }

    /** Appends a layer; applies it at once when the model already has an input. */
    public Sequential add(Layer layer) {
        if (layer == null) {
            throw new IllegalArgumentException("Sequential.add() needs a layer, received null.");
        }
        for (Layer existing : stack) {
            if (existing.name().equals(layer.name())) {
                throw new InvalidGraphException("All layers added to a Sequential model should have unique names."
                        + " Name \"" + layer.name() + "\" is already the name of a layer in this model. Update the"
                        + " `name` argument to pass a unique name.");
            }
        }
        if (layer instanceof InputLayer) {
            if (inputLayer != null || !stack.isEmpty()) {
                throw new InvalidGraphException("An InputLayer can only be the first layer of a Sequential model.");
            }
            inputLayer = (InputLayer) layer;
            return this;
        }
        boolean createdInput = false;
        if (inputLayer == null && stack.isEmpty()) {
            Shape shape = declaredInputShape(layer);
            if (shape != null) {
                inputLayer = new InputLayer(shape, layer.name() + "_input", layer.dtypeConfig(), false, false);
                createdInput = true;
            }
        }
        if (inputLayer != null) {
            try {
                chain.add(applySingle(layer, chain.isEmpty() ? inputLayer.output() : chain.get(chain.size() - 1)));
            } catch (RuntimeException e) {
                if (createdInput) {
                    inputLayer = null;
                }
                throw e;
            }
            stack.add(layer);
            initGraph(List.of(inputLayer.output()), List.of(chain.get(chain.size() - 1)));
        } else {
            stack.add(layer);
        }
        return this;
    }

    private static KerasTensor applySingle(Layer layer, KerasTensor x) {
        int before = layer.inboundNodes().size();
        List<KerasTensor> out = layer.applyAll(List.of(x), null);
        if (out.size() != 1) {
            layer.removeNodesFrom(before);
            throw new InvalidGraphException("All layers in a Sequential model should have a single output tensor."
                    + " For multi-output layers, use the functional API. Layer '" + layer.name() + "' has "
                    + out.size() + " outputs.");
        }
        return out.get(0);
    }

    /** The input shape a layer (or the first layer of a nested model) declares, as Keras looks for it. */
    private static Shape declaredInputShape(Layer layer) {
        Layer current = layer;
        while (current instanceof Sequential || current instanceof Model && ((Model) current).isGraphNetwork()) {
            if (current instanceof Sequential && ((Sequential) current).inputLayer != null) {
                return ((Sequential) current).inputLayer.batchInputShape();
            }
            List<Layer> inner = ((Model) current).layers();
            if (inner.isEmpty()) {
                throw new InvalidGraphException("An empty Model cannot be used as a Layer.");
            }
            current = inner.get(0);
        }
        return current.batchInputShape();
    }

    /** Removes and returns the last layer. */
    public Layer pop() {
        if (stack.isEmpty()) {
            throw new IllegalStateException("There are no layers in the model.");
        }
        Layer removed = stack.remove(stack.size() - 1);
        if (!chain.isEmpty()) {
            chain.remove(chain.size() - 1);
        }
        if (stack.isEmpty()) {
            inputLayer = null;
            chain.clear();
            clearGraph();
        } else if (inputLayer != null) {
            initGraph(List.of(inputLayer.output()), List.of(chain.get(chain.size() - 1)));
        }
        return removed;
    }

    /** Builds a model whose first layer declared no input shape, for inputs of {@code batchInputShape}. */
    public void build(Shape batchInputShape, boolean includesBatch) {
        Shape shape = includesBatch ? batchInputShape : batchInputShape.prepend(null);
        if (isGraphNetwork()) {
            return;
        }
        if (stack.isEmpty()) {
            throw new IllegalStateException("You must add a layer before building a Sequential model.");
        }
        inputLayer = new InputLayer(shape, stack.get(0).name() + "_input", stack.get(0).dtypeConfig(), false, false);
        this.buildInputShape = shape;
        KerasTensor x = inputLayer.output();
        for (Layer layer : stack) {
            x = applySingle(layer, x);
            chain.add(x);
        }
        initGraph(List.of(inputLayer.output()), List.of(x));
    }

    /** The layers, without the InputLayer. */
    @Override
    public List<Layer> layers() {
        return Collections.unmodifiableList(stack);
    }

    /** The InputLayer, or null when the model has no input yet. */
    public InputLayer inputLayer() {
        return inputLayer;
    }

    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputShapes) {
        if (!isGraphNetwork()) {
            if (stack.isEmpty()) {
                throw new InvalidGraphException("An empty Sequential model cannot be called.");
            }
            List<Shape> shapes = inputShapes;
            for (Layer layer : stack) {
                shapes = layer.computeOutputShapes(shapes);
            }
            return shapes;
        }
        return super.computeOutputShapes(inputShapes);
    }

    @Override
    protected void onBuild(List<Shape> inputShapes) {
        if (!isGraphNetwork() && inputShapes.size() == 1) {
            build(inputShapes.get(0), true);
        }
    }

    @Override
    public Map<String, Object> getConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("name", name());
        List<Object> layerConfigs = new ArrayList<>();
        if (inputLayer != null) {
            layerConfigs.add(Layers.serialize(inputLayer));
        }
        for (Layer layer : stack) {
            layerConfigs.add(Layers.serialize(layer));
        }
        config.put("layers", layerConfigs);
        if (!isGraphNetwork() && buildInputShape != null) {
            config.put("build_input_shape", PyTuple.copyOf(buildInputShape.toList()));
        }
        return config;
    }

    /**
     * A Sequential model from its config: {@code {"name", "layers"}}, or the bare list of layer entries that Keras 1
     * and Keras 2.0-2.2 wrote.
     */
    @SuppressWarnings("unchecked")
    public static Sequential fromConfig(Object config) {
        String name = null;
        Object layers = config;
        Object buildShape = null;
        if (config instanceof Map) {
            Map<String, Object> map = (Map<String, Object>) config;
            name = map.get("name") instanceof String ? (String) map.get("name") : null;
            layers = map.get("layers");
            buildShape = map.get("build_input_shape");
        }
        if (!(layers instanceof List)) {
            throw new InvalidConfigException("Sequential model" + (name == null ? "" : " '" + name + "'")
                    + ": config has no \"layers\" list.");
        }
        Sequential model = name == null ? new Sequential() : new Sequential(name);
        for (Object entry : (List<Object>) layers) {
            if (!(entry instanceof Map)) {
                throw new InvalidConfigException("Sequential model '" + model.name()
                        + "': every entry of \"layers\" must be an object, found " + entry + ".");
            }
            model.add(Layers.deserialize((Map<String, Object>) entry));
        }
        if (!model.isGraphNetwork() && buildShape instanceof List) {
            model.build(new org.layerwright.core.config.ConfigReader("Sequential", Map.of("s", buildShape))
                    .shape("s"), true);
        }
        return model;
    }
}
