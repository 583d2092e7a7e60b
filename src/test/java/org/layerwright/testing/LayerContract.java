package org.layerwright.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Input;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Layers;
import org.layerwright.core.Shape;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.config.PythonJson;

/**
 * The shared layer test, in the spirit of Keras's {@code run_layer_test}: call the layer on inputs of given
 * shapes, check output shapes, parameter counts and weight shapes, then check that
 * {@code getConfig → fromConfig → getConfig} and the JSON text round trip give the same config.
 *
 * <pre>{@code
 * LayerContract.of(new Dense(10)).input(null, 784).outputs(Shape.of(null, 10)).params(7850, 0)
 *         .weights(Shape.of(784, 10), Shape.of(10)).check();
 * }</pre>
 */
public final class LayerContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Layer layer;
    private final List<Shape> inputs = new ArrayList<>();
    private List<Shape> outputs;
    private Long trainable;
    private Long nonTrainable;
    private List<Shape> weightShapes;

    private LayerContract(Layer layer) {
        this.layer = layer;
    }

    public static LayerContract of(Layer layer) {
        return new LayerContract(layer);
    }

    /** Adds an input with this full shape (batch axis included). */
    public LayerContract input(Integer... batchShape) {
        inputs.add(Shape.of(batchShape));
        return this;
    }

    public LayerContract outputs(Shape... expected) {
        this.outputs = List.of(expected);
        return this;
    }

    public LayerContract params(long expectedTrainable, long expectedNonTrainable) {
        this.trainable = expectedTrainable;
        this.nonTrainable = expectedNonTrainable;
        return this;
    }

    public LayerContract weights(Shape... shapes) {
        this.weightShapes = List.of(shapes);
        return this;
    }

    /** Runs every check; returns the layer, called and built, for further assertions. */
    public Layer check() {
        List<KerasTensor> tensors = new ArrayList<>();
        for (Shape s : inputs) {
            tensors.add(Input.ofBatchShape(s, null));
        }
        List<Shape> pure = layer.computeOutputShapes(inputs);
        List<KerasTensor> out = layer.applyAll(tensors, null);
        List<Shape> actual = new ArrayList<>();
        for (KerasTensor t : out) {
            actual.add(t.shape());
        }
        assertEquals(pure, actual, "computeOutputShapes must agree with calling the layer");
        if (outputs != null) {
            assertEquals(outputs, actual, "output shapes of " + layer);
        }
        if (trainable != null) {
            assertEquals(trainable.longValue(), layer.countTrainableParams(), "trainable parameters of " + layer);
            assertEquals(nonTrainable.longValue(), layer.countNonTrainableParams(), "non-trainable parameters");
        }
        if (weightShapes != null) {
            List<Shape> shapes = new ArrayList<>();
            for (WeightSpec w : layer.weightSpecs()) {
                shapes.add(w.shape());
            }
            assertEquals(weightShapes, shapes, "weight shapes of " + layer + " in Keras's order");
        }
        assertNotNull(layer.explainParams());
        checkConfigRoundTrip(layer);
        return layer;
    }

    /** {@code getConfig → fromConfig → getConfig} is stable, and so is its JSON text. */
    public static void checkConfigRoundTrip(Layer layer) {
        Map<String, Object> serialized = Layers.serialize(layer);
        String json = PythonJson.dumps(serialized);
        Layer copy = Layers.deserialize(serialized);
        assertEquals(json, PythonJson.dumps(Layers.serialize(copy)), "config round trip of " + layer);
        try {
            Map<String, Object> parsed = JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
            Layer fromJson = Layers.deserialize(parsed);
            assertEquals(json, PythonJson.dumps(Layers.serialize(fromJson)), "JSON round trip of " + layer);
        } catch (java.io.IOException e) {
            throw new AssertionError("JSON written for " + layer + " does not parse: " + json, e);
        }
    }
}
