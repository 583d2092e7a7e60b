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
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.layerwright.core.layers.activations.ELU;
import org.layerwright.core.layers.activations.PReLU;
import org.layerwright.core.layers.activations.ThresholdedReLU;
import org.layerwright.testing.LayerContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The layer contract and error wording for PReLU, ELU and ThresholdedReLU. */
class ActivationLayersTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private static String ownJson(Layer layer) {
        String json = PythonJson.dumps(layer.getConfig());
        return json.substring(json.indexOf("\"dtype\": \"float32\"") + 20);
    }

    @Test
    void preluHasOneAlphaPerEntry() {
        var layer = LayerContract.of(new PReLU()).input(null, 10).outputs(Shape.of(null, 10)).params(10, 0)
                .weights(Shape.of(10)).check();
        assertEquals("alpha", layer.weightSpecs().get(0).path());
        assertEquals("\"alpha_initializer\": {\"class_name\": \"Zeros\", \"config\": {}}, \"alpha_regularizer\": null,"
                + " \"alpha_constraint\": null, \"shared_axes\": null}", ownJson(layer));
    }

    @Test
    void preluSharedAxes() {
        var layer = LayerContract.of(new PReLU().sharedAxes(1, 2)).input(null, 28, 28, 32)
                .outputs(Shape.of(null, 28, 28, 32)).params(32, 0).weights(Shape.of(1, 1, 32)).check();
        assertEquals("alpha 1 × 1 × 32 = 32", layer.explainParams());
        assertEquals("\"alpha_initializer\": {\"class_name\": \"Zeros\", \"config\": {}}, \"alpha_regularizer\": null,"
                + " \"alpha_constraint\": null, \"shared_axes\": [1, 2]}", ownJson(layer));
    }

    @Test
    void eluAndThresholdedReluPassThroughFloat32() {
        var elu = LayerContract.of(new ELU(0.3)).input(null, 7).outputs(Shape.of(null, 7)).params(0, 0).check();
        assertEquals("\"alpha\": 0.30000001192092896}", ownJson(elu));
        assertEquals("\"alpha\": 1.0}", ownJson(new ELU()));
        var relu = LayerContract.of(new ThresholdedReLU()).input(null, 7).outputs(Shape.of(null, 7)).check();
        assertEquals("\"theta\": 1.0}", ownJson(relu));
    }

    @Test
    void negativeTheta() {
        var e = assertThrows(InvalidLayerArgumentException.class, () -> new ThresholdedReLU(-1));
        assertEquals("Invalid value for `theta` of ThresholdedReLU: expected a non-negative float (theta of"
                + " ThresholdedReLU layer cannot be negative), received theta=-1.0. Use for example 1.0.",
                e.getMessage());
    }

    @Test
    void preluOverAnUnknownAxis() {
        KerasTensor x = Input.ofBatchShape(Shape.of(null, null, 8), null);
        var e = assertThrows(IncompatibleShapeException.class, () -> new PReLU().apply(x));
        assertEquals("Layer 'p_re_lu' (PReLU) cannot take input shape (None, None, 8): axis 1 is None, so alpha"
                + " would have an unknown size. Give that axis a fixed size, or share it with shared_axes.",
                e.getMessage());
    }

    @Test
    void registeredInTheCatalogue() {
        for (String name : List.of("PReLU", "ELU", "ThresholdedReLU")) {
            assertEquals(LayerCatalog.Group.ACTIVATION, LayerCatalog.find(name).group(), name);
        }
    }
}
