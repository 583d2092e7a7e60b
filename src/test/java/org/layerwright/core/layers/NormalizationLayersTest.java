package org.layerwright.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Layers;
import org.layerwright.core.Shape;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.layerwright.core.layers.normalization.GroupNormalization;
import org.layerwright.core.layers.normalization.LayerNormalization;
import org.layerwright.core.layers.normalization.UnitNormalization;
import org.layerwright.core.layers.preprocessing.Normalization;
import org.layerwright.core.layers.preprocessing.Rescaling;
import org.layerwright.testing.LayerContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The layer contract and error wording for the normalization layers beyond BatchNormalization. */
class NormalizationLayersTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private static String ownJson(Layer layer) {
        String json = PythonJson.dumps(layer.getConfig());
        return json.substring(json.indexOf("\"dtype\": \"float32\"") + 20);
    }

    @Test
    void layerNormalization() {
        LayerNormalization fresh = new LayerNormalization();
        assertEquals(-1, fresh.getConfig().get("axis"), "an unbuilt layer writes the axis as given");
        var layer = LayerContract.of(fresh).input(null, 10, 64).outputs(Shape.of(null, 10, 64)).params(128, 0)
                .weights(Shape.of(64), Shape.of(64)).check();
        assertEquals("2 × 64 = 128 (gamma, beta)", layer.explainParams());
        assertEquals(List.of("gamma", "beta"), layer.weightSpecs().stream().map(WeightSpec::path).toList());
        assertEquals("\"axis\": [2], \"epsilon\": 0.001, \"center\": true, \"scale\": true, \"beta_initializer\":"
                + " {\"class_name\": \"Zeros\", \"config\": {}}, \"gamma_initializer\": {\"class_name\": \"Ones\","
                + " \"config\": {}}, \"beta_regularizer\": null, \"gamma_regularizer\": null, \"beta_constraint\":"
                + " null, \"gamma_constraint\": null}", ownJson(layer));
        Keras.clearSession();
        LayerContract.of(new LayerNormalization().axis(List.of(1, 2)).center(false)).input(null, 4, 8)
                .params(32, 0).weights(Shape.of(4, 8)).check();
    }

    @Test
    void groupNormalization() {
        var layer = LayerContract.of(new GroupNormalization(8)).input(null, 32, 32, 64)
                .outputs(Shape.of(null, 32, 32, 64)).params(128, 0).weights(Shape.of(64), Shape.of(64)).check();
        assertEquals("64 channels in 8 groups of 8; shape unchanged", layer.explainShape());
        assertEquals(List.of("name", "trainable", "dtype", "groups", "axis", "epsilon", "center", "scale",
                "beta_initializer", "gamma_initializer", "beta_regularizer", "gamma_regularizer", "beta_constraint",
                "gamma_constraint"), List.copyOf(layer.getConfig().keySet()));
        Keras.clearSession();
        var instance = LayerContract.of(new GroupNormalization(-1)).input(null, 8, 16).params(32, 0).check();
        assertEquals(16, instance.getConfig().get("groups"), "groups=-1 becomes one group per channel once built");
    }

    @Test
    void unitNormalization() {
        UnitNormalization fresh = new UnitNormalization();
        assertEquals("\"axis\": -1}", ownJson(fresh));
        var layer = LayerContract.of(fresh).input(null, 128).outputs(Shape.of(null, 128)).params(0, 0).weights()
                .check();
        assertEquals("\"axis\": [1]}", ownJson(layer));
    }

    @Test
    void rescaling() {
        var layer = LayerContract.of(new Rescaling(1.0 / 255)).input(null, 28, 28, 1)
                .outputs(Shape.of(null, 28, 28, 1)).params(0, 0).weights().check();
        // As written by tf.keras in EfficientNetB0.
        assertEquals("\"scale\": 0.00392156862745098, \"offset\": 0.0}", ownJson(layer));
        LayerContract.of(new Rescaling(1.0 / 127.5).offset(-1)).input(null, 3).check();
    }

    @Test
    void normalizationKeepsItsStatisticsAsNonTrainableWeights() {
        var layer = LayerContract.of(new Normalization()).input(null, 3).outputs(Shape.of(null, 3)).params(0, 7)
                .weights(Shape.of(3), Shape.of(3), Shape.scalar()).check();
        assertEquals("3 + 3 + 1 = 7 (mean, variance, count; none trainable)", layer.explainParams());
        assertEquals(List.of("mean", "variance", "count"), layer.weightSpecs().stream().map(WeightSpec::path)
                .toList());
        assertEquals("\"axis\": [-1], \"mean\": null, \"variance\": null}", ownJson(layer));
        Keras.clearSession();
        LayerContract.of(new Normalization().meanAndVariance(127.0, 16384.0)).input(null, 32, 32, 3).params(0, 0)
                .weights().check();
    }

    @Test
    void zeroGroups() {
        var e = assertThrows(InvalidLayerArgumentException.class, () -> new GroupNormalization(0));
        assertEquals("Invalid value for `groups` of GroupNormalization: expected a positive number of groups, or -1"
                + " for one group per channel, received groups=0. Use a divisor of the number of channels, e.g. 8.",
                e.getMessage());
    }

    @Test
    void meanWithoutVariance() {
        var e = assertThrows(InvalidLayerArgumentException.class,
                () -> new Normalization().meanAndVariance(1.0, null));
        assertEquals("Invalid value for `mean` of Normalization: expected both `mean` and `variance`, or neither,"
                + " received mean=1.0 and variance=null. When setting values directly, give both.", e.getMessage());
    }

    @Test
    void groupsThatDoNotDivideTheChannels() {
        KerasTensor x = Input.of(8, 64);
        var e = assertThrows(IncompatibleShapeException.class, () -> new GroupNormalization(5).apply(x));
        assertEquals("Layer 'group_normalization' (GroupNormalization) cannot take input shape (None, 8, 64):"
                + " Number of groups (5) must be a divisor of the number of channels (64). Use a number of groups"
                + " that divides 64.", e.getMessage());
    }

    @Test
    void layerNormalizationOverAMissingAxis() {
        KerasTensor x = Input.of(10, 64);
        var e = assertThrows(IncompatibleShapeException.class, () -> new LayerNormalization().axis(3).apply(x));
        assertEquals("Layer 'layer_normalization' (LayerNormalization) cannot take input shape (None, 10, 64):"
                + " Invalid axis: 3 for an input of rank 3. Use axis=-1 (the last axis).", e.getMessage());
    }

    @Test
    void rescalingAndNormalizationFromEfficientNet() {
        var rescaling = Layers.deserialize(RealLayerConfigs.read("tf250_efficientnetb0_rescaling.json"));
        assertEquals(RealLayerConfigs.text("tf250_efficientnetb0_rescaling.json"),
                PythonJson.dumps(Layers.serialize(rescaling)));
        // tf.keras 2.5 wrote only "axis"; 2.6 adds "mean" and "variance" (null when adapted).
        var normalization = Layers.deserialize(RealLayerConfigs.read("tf250_efficientnetb0_normalization.json"));
        Map<String, Object> serialized = Layers.serialize(normalization);
        Map<?, ?> config = (Map<?, ?>) serialized.get("config");
        assertEquals(null, config.remove("mean"));
        assertEquals(null, config.remove("variance"));
        assertEquals(RealLayerConfigs.text("tf250_efficientnetb0_normalization.json"), PythonJson.dumps(serialized));
        normalization.build(Shape.of(null, 224, 224, 3));
        assertEquals(0, normalization.countTrainableParams());
        assertEquals(3 + 3 + 1, normalization.countNonTrainableParams(), "mean, variance and count per channel");
    }

    @Test
    void registeredInTheCatalogue() {
        for (String name : List.of("LayerNormalization", "GroupNormalization", "UnitNormalization", "Rescaling",
                "Normalization")) {
            assertEquals(LayerCatalog.Group.NORMALIZATION, LayerCatalog.find(name).group(), name);
        }
    }
}
