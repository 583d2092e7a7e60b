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
import org.layerwright.core.layers.regularization.ActivityRegularization;
import org.layerwright.core.layers.regularization.AlphaDropout;
import org.layerwright.core.layers.regularization.GaussianDropout;
import org.layerwright.core.layers.regularization.GaussianNoise;
import org.layerwright.core.layers.regularization.SpatialDropout1D;
import org.layerwright.core.layers.regularization.SpatialDropout2D;
import org.layerwright.core.layers.regularization.SpatialDropout3D;
import org.layerwright.testing.LayerContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The layer contract and error wording for the regularization layers beyond Dropout. */
class RegularizationLayersTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private static String ownJson(Layer layer) {
        String json = PythonJson.dumps(layer.getConfig());
        return json.substring(json.indexOf("\"dtype\": \"float32\"") + 20);
    }

    @Test
    void spatialDropouts() {
        var d1 = LayerContract.of(new SpatialDropout1D(0.2)).input(null, 100, 64).outputs(Shape.of(null, 100, 64))
                .params(0, 0).weights().check();
        assertEquals("\"rate\": 0.2, \"noise_shape\": null, \"seed\": null}", ownJson(d1));
        assertEquals("drops 20% of whole channels while training; shape unchanged", d1.explainShape());
        LayerContract.of(new SpatialDropout2D(0.3)).input(null, 32, 32, 64).outputs(Shape.of(null, 32, 32, 64))
                .check();
        var d3 = LayerContract.of(new SpatialDropout3D(0.1).seed(7)).input(null, 8, 32, 32, 4)
                .outputs(Shape.of(null, 8, 32, 32, 4)).check();
        assertEquals("\"rate\": 0.1, \"noise_shape\": null, \"seed\": 7}", ownJson(d3));
    }

    @Test
    void noiseLayers() {
        var noise = LayerContract.of(new GaussianNoise(0.1)).input(null, 784).outputs(Shape.of(null, 784))
                .params(0, 0).weights().check();
        assertEquals("\"stddev\": 0.1}", ownJson(noise));
        var dropout = LayerContract.of(new GaussianDropout(0.2)).input(null, 128).outputs(Shape.of(null, 128))
                .check();
        assertEquals("\"rate\": 0.2}", ownJson(dropout));
        var alpha = LayerContract.of(new AlphaDropout(0.1)).input(null, 64).outputs(Shape.of(null, 64)).check();
        assertEquals("\"rate\": 0.1}", ownJson(alpha));
    }

    @Test
    void activityRegularization() {
        var fresh = new ActivityRegularization();
        assertEquals("\"l1\": 0.0, \"l2\": 0.0}", ownJson(fresh));
        var layer = LayerContract.of(new ActivityRegularization().l1(0.001)).input(null, 16)
                .outputs(Shape.of(null, 16)).params(0, 0).check();
        assertEquals("\"l1\": 0.001, \"l2\": 0.0}", ownJson(layer));
        assertEquals("adds 0.001 × sum(|x|) + 0.0 × sum(x²) to the loss; shape unchanged", layer.explainShape());
    }

    @Test
    void gaussianDropoutOfEverything() {
        var e = assertThrows(InvalidLayerArgumentException.class, () -> new GaussianDropout(1.0));
        assertEquals("Invalid value for `rate` of GaussianDropout: expected a number in [0, 1), received rate=1.0."
                + " Use for example 0.5.", e.getMessage());
    }

    @Test
    void negativeNoise() {
        var e = assertThrows(InvalidLayerArgumentException.class, () -> new GaussianNoise(-0.1));
        assertEquals("Invalid value for `stddev` of GaussianNoise: expected a non-negative standard deviation,"
                + " received stddev=-0.1. Use for example 0.1.", e.getMessage());
    }

    @Test
    void spatialDropout2dOnASequence() {
        KerasTensor x = Input.of(100, 64);
        var e = assertThrows(IncompatibleShapeException.class, () -> new SpatialDropout2D(0.2).apply(x));
        assertEquals("Layer 'spatial_dropout2d' (SpatialDropout2D) cannot take input shape (None, 100, 64): expected"
                + " rank 4 (batch, height, width, channels), found rank 3. Use Dropout for inputs without spatial"
                + " axes, or SpatialDropout1D for rank 3.", e.getMessage());
    }

    @Test
    void registeredInTheCatalogue() {
        for (String name : List.of("SpatialDropout1D", "SpatialDropout2D", "SpatialDropout3D", "GaussianNoise",
                "GaussianDropout", "AlphaDropout", "ActivityRegularization")) {
            assertEquals(LayerCatalog.Group.REGULARIZATION, LayerCatalog.find(name).group(), name);
        }
    }
}
