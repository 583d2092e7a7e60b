package org.layerwright.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.layers.merging.Average;
import org.layerwright.core.layers.merging.Dot;
import org.layerwright.core.layers.merging.Maximum;
import org.layerwright.core.layers.merging.Minimum;
import org.layerwright.core.layers.merging.Multiply;
import org.layerwright.core.layers.merging.Subtract;
import org.layerwright.testing.LayerContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Subtract, Multiply, Average, Maximum, Minimum and Dot: shapes, configs and errors. */
class MergingLayersTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @Test
    void elementWiseMergesBroadcastAndHaveNoWeights() {
        LayerContract.of(new Subtract()).input(null, 16).input(null, 16).outputs(Shape.of(null, 16)).params(0, 0)
                .check();
        LayerContract.of(new Multiply()).input(null, 1, 4).input(null, 3, 4).outputs(Shape.of(null, 3, 4)).check();
        LayerContract.of(new Average()).input(null, 8).input(null, 8).input(null, 8).outputs(Shape.of(null, 8))
                .check();
        LayerContract.of(new Maximum()).input(null, 5, 2).input(null, 5, 2).outputs(Shape.of(null, 5, 2)).check();
        LayerContract.of(new Minimum()).input(null, 5, 2).input(null, 1, 2).outputs(Shape.of(null, 5, 2)).check();
    }

    @Test
    void mergeConfigsHaveTheBaseKeysOnly() {
        assertEquals("{\"name\": \"multiply\", \"trainable\": true, \"dtype\": \"float32\"}",
                PythonJson.dumps(new Multiply().getConfig()));
        assertEquals("{\"name\": \"average\", \"trainable\": true, \"dtype\": \"float32\"}",
                PythonJson.dumps(new Average().getConfig()));
    }

    @Test
    void subtractTakesExactlyTwoInputs() {
        KerasTensor a = Input.of(4);
        var e = assertThrows(IncompatibleShapeException.class, () -> new Subtract().apply(List.of(a, a, a)));
        assertEquals("Layer 'subtract' (Subtract): a `Subtract` layer should be called on exactly 2 inputs. Got 3"
                + " inputs. Connect exactly two inputs: the first minus the second.", e.getMessage());
    }

    @Test
    void mergeOfMismatchedShapesSaysHowToFixIt() {
        KerasTensor a = Input.of(16);
        KerasTensor b = Input.of(8);
        var e = assertThrows(IncompatibleShapeException.class, () -> new Maximum().apply(List.of(a, b)));
        assertEquals("Layer 'maximum' (Maximum): operands could not be broadcast together with shapes (16,) (8,)."
                + " Input shapes: [(None, 16), (None, 8)]. Make the inputs the same shape, for example with a Dense or"
                + " Reshape layer on one branch.", e.getMessage());
    }

    @Test
    void dotAlongOneAxisOfEach() {
        Layer cosine = LayerContract.of(new Dot(1).normalize(true)).input(null, 64).input(null, 64)
                .outputs(Shape.of(null, 1)).params(0, 0).check();
        assertEquals("{\"name\": \"dot\", \"trainable\": true, \"dtype\": \"float32\", \"axes\": 1, \"normalize\":"
                + " true}", PythonJson.dumps(cosine.getConfig()));
        LayerContract.of(new Dot(-1)).input(null, 5, 8).input(null, 7, 8).outputs(Shape.of(null, 5, 7)).check();
        Layer pair = LayerContract.of(new Dot(1, 1)).input(null, 5, 8).input(null, 5, 3).outputs(Shape.of(null, 8, 3))
                .check();
        assertEquals(List.of(1, 1), pair.getConfig().get("axes"));
    }

    @Test
    void dotOfMismatchedAxesSaysWhichSizesDiffer() {
        KerasTensor a = Input.of(64);
        KerasTensor b = Input.of(32);
        var e = assertThrows(IncompatibleShapeException.class, () -> new Dot(1).apply(List.of(a, b)));
        assertEquals("Layer 'dot' (Dot): dimension incompatibility 64 != 32. Layer shapes: (None, 64), (None, 32)."
                + " Chosen axes: 1, 1. Choose axes of the same size, or project one input with a Dense layer first.",
                e.getMessage());
        var count = assertThrows(IncompatibleShapeException.class, () -> new Dot(1).apply(List.of(a, a, a)));
        assertEquals("Layer 'dot_1' (Dot): a `Dot` layer should be called on a list of 2 inputs. Got 3. Connect"
                + " exactly two inputs.", count.getMessage());
    }
}
