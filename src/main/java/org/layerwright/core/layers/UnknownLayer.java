package org.layerwright.core.layers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.errors.UnknownLayerException;

/**
 * Stands for a layer whose class Layerwright does not know (a custom layer, or one from a later Keras), so that a
 * model that uses it can still be opened, summarised and saved again. It keeps the class name and the config exactly
 * as read; it has no weights Layerwright can count and no output shape it can infer.
 *
 * <p>Input shape: anything. Output shape: unknown ({@code ?} in summaries), and so are the shapes of the layers
 * after it.
 *
 * <pre>{@code
 * Layer layer = Layers.deserializeLenient(Map.of("class_name", "Custom", "config", Map.of("name", "custom")));
 * layer.className();   // "Custom"
 * }</pre>
 */
public final class UnknownLayer extends Layer {
    private final String originalClassName;
    private final Map<String, Object> originalConfig;
    private int outputCount = 1;

    /** A stand-in for {@code {"class_name": className, "config": config}}; the config is kept as given. */
    public UnknownLayer(String className, Map<String, Object> config) {
        if (className == null || className.isEmpty()) {
            throw new IllegalArgumentException("An unknown layer needs the class name it stands for.");
        }
        this.originalClassName = className;
        this.originalConfig = config == null ? new LinkedHashMap<>() : new LinkedHashMap<>(config);
        readNameAndInputShape();
    }

    /** Reads what every layer config shares, where it is well formed; anything else stays only in the config. */
    private void readNameAndInputShape() {
        if (originalConfig.get("name") instanceof String && !((String) originalConfig.get("name")).isEmpty()) {
            name((String) originalConfig.get("name"));
        }
        if (originalConfig.get("trainable") instanceof Boolean) {
            trainable((Boolean) originalConfig.get("trainable"));
        }
        Object shape = originalConfig.get("batch_input_shape");
        if (shape instanceof List && !((List<?>) shape).isEmpty()) {
            List<Integer> dims = new ArrayList<>();
            for (Object d : (List<?>) shape) {
                if (d != null && !(d instanceof Integer && (Integer) d >= 0)) {
                    return;
                }
                dims.add((Integer) d);
            }
            batchInputShape(Shape.of(dims));
        }
    }

    /** The class name it stands for, as written in the file ({@code MyAttention}). */
    @Override
    public String className() {
        return originalClassName;
    }

    /** How many outputs its calls return: 1 unless the model it belongs to uses more. */
    public int outputCount() {
        return outputCount;
    }

    /** Declares that the model uses at least {@code count} outputs of its calls (read from the model's wiring). */
    public UnknownLayer atLeastOutputs(int count) {
        this.outputCount = Math.max(outputCount, count);
        return this;
    }

    @Override
    protected boolean infersShapes() {
        return false;
    }

    @Override
    protected int outputCountWithoutShapes() {
        return outputCount;
    }

    /** Always fails: Layerwright cannot know what a class it does not know computes. */
    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputShapes) {
        throw new UnknownLayerException(originalClassName, "Layer '" + name() + "' (" + originalClassName
                + "): Layerwright does not know the layer class " + originalClassName + ", so it cannot infer its"
                + " output shape. Replace it with a layer from the palette, or keep it only to save the model again"
                + " unchanged.");
    }

    /** No weights are declared: their shapes are known only to the class itself. */
    @Override
    protected void onBuild(List<Shape> inputShapes) {
    }

    @Override
    public String explainParams() {
        return "unknown: Layerwright does not know " + originalClassName + ", so its weights are not counted = 0";
    }

    @Override
    public String explainShape() {
        return "unknown: Layerwright does not know " + originalClassName + ", so it cannot infer the output shape";
    }

    /** The config exactly as read, with the layer's current name and trainable flag. */
    @Override
    public Map<String, Object> getConfig() {
        Map<String, Object> config = new LinkedHashMap<>(originalConfig);
        if (config.containsKey("name")) {
            config.put("name", name());
        }
        if (config.get("trainable") instanceof Boolean) {
            config.put("trainable", trainable());
        }
        return config;
    }
}
