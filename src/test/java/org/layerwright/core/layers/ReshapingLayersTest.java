package org.layerwright.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layers;
import org.layerwright.core.Shape;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.layerwright.core.layers.reshaping.Cropping1D;
import org.layerwright.core.layers.reshaping.Cropping2D;
import org.layerwright.core.layers.reshaping.Cropping3D;
import org.layerwright.core.layers.reshaping.Permute;
import org.layerwright.core.layers.reshaping.RepeatVector;
import org.layerwright.core.layers.reshaping.UpSampling1D;
import org.layerwright.core.layers.reshaping.UpSampling2D;
import org.layerwright.core.layers.reshaping.UpSampling3D;
import org.layerwright.core.layers.reshaping.ZeroPadding1D;
import org.layerwright.core.layers.reshaping.ZeroPadding2D;
import org.layerwright.core.layers.reshaping.ZeroPadding3D;
import org.layerwright.testing.LayerContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The layer contract and error wording for the reshaping layers beyond Flatten and Reshape. */
class ReshapingLayersTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private static String ownJson(org.layerwright.core.Layer layer) {
        String json = PythonJson.dumps(layer.getConfig());
        return json.substring(json.indexOf("\"dtype\": \"float32\"") + 20);
    }

    @Test
    void permuteAndRepeatVector() {
        var permute = LayerContract.of(new Permute(2, 1)).input(null, 10, 64).outputs(Shape.of(null, 64, 10))
                .params(0, 0).weights().check();
        assertEquals("\"dims\": [2, 1]}", ownJson(permute));
        assertEquals("axes reordered as [2, 1]: (10, 64) → (64, 10)", permute.explainShape());
        var repeat = LayerContract.of(new RepeatVector(10)).input(null, 32).outputs(Shape.of(null, 10, 32)).check();
        assertEquals("\"n\": 10}", ownJson(repeat));
    }

    @Test
    void cropping() {
        var c1 = LayerContract.of(new Cropping1D(2, 3)).input(null, 100, 16).outputs(Shape.of(null, 95, 16))
                .params(0, 0).check();
        assertEquals("\"cropping\": [2, 3]}", ownJson(c1));
        var c2 = LayerContract.of(new Cropping2D(new int[][] {{2, 2}, {4, 4}})).input(null, 28, 28, 3)
                .outputs(Shape.of(null, 24, 20, 3)).check();
        assertEquals("28 − 2 − 2 = 24; 28 − 4 − 4 = 20; channels unchanged", c2.explainShape());
        assertEquals("\"cropping\": [[2, 2], [4, 4]], \"data_format\": \"channels_last\"}", ownJson(c2));
        assertEquals("\"cropping\": [[0, 0], [0, 0]], \"data_format\": \"channels_last\"}", ownJson(new Cropping2D()));
        LayerContract.of(new Cropping3D()).input(null, 10, 10, 10, 1).outputs(Shape.of(null, 8, 8, 8, 1)).check();
    }

    @Test
    void zeroPadding() {
        LayerContract.of(new ZeroPadding1D()).input(null, 100, 16).outputs(Shape.of(null, 102, 16)).params(0, 0)
                .check();
        var z2 = LayerContract.of(new ZeroPadding2D(3, 3)).input(null, 224, 224, 3)
                .outputs(Shape.of(null, 230, 230, 3)).check();
        assertEquals("224 + 3 + 3 = 230; 224 + 3 + 3 = 230; channels unchanged", z2.explainShape());
        assertEquals("\"padding\": [[1, 1], [1, 1]], \"data_format\": \"channels_last\"}",
                ownJson(new ZeroPadding2D()));
        LayerContract.of(new ZeroPadding2D(new int[][] {{0, 1}, {0, 1}})).input(null, 224, 224, 3)
                .outputs(Shape.of(null, 225, 225, 3)).check();
        LayerContract.of(new ZeroPadding3D()).input(null, 8, 8, 8, 1).outputs(Shape.of(null, 10, 10, 10, 1)).check();
    }

    @Test
    void upSampling() {
        var u1 = LayerContract.of(new UpSampling1D(3)).input(null, 10, 8).outputs(Shape.of(null, 30, 8)).params(0, 0)
                .check();
        assertEquals("\"size\": 3}", ownJson(u1));
        var u2 = LayerContract.of(new UpSampling2D()).input(null, 14, 14, 64).outputs(Shape.of(null, 28, 28, 64))
                .check();
        assertEquals("14 × 2 = 28; 14 × 2 = 28; channels unchanged", u2.explainShape());
        assertEquals("\"size\": [2, 2], \"data_format\": \"channels_last\", \"interpolation\": \"nearest\"}",
                ownJson(u2));
        LayerContract.of(new UpSampling2D(2, 3).interpolation("bilinear")).input(null, null, 5, 1)
                .outputs(Shape.of(null, null, 15, 1)).check();
        var u3 = LayerContract.of(new UpSampling3D()).input(null, 4, 8, 8, 16).outputs(Shape.of(null, 8, 16, 16, 16))
                .check();
        assertEquals("\"size\": [2, 2, 2], \"data_format\": \"channels_last\"}", ownJson(u3));
    }

    @Test
    void permuteWithAGap() {
        var e = assertThrows(InvalidLayerArgumentException.class, () -> new Permute(1, 3));
        assertEquals("Invalid value for `dims` of Permute: expected a permutation of 1..2 (the set of indices in"
                + " `dims` must be consecutive and start from 1), received dims=[1, 3]. Number the non-batch axes"
                + " from 1, e.g. Permute(2, 1).", e.getMessage());
    }

    @Test
    void croppingEverything() {
        KerasTensor x = Input.of(4, 28, 3);
        var e = assertThrows(IncompatibleShapeException.class,
                () -> new Cropping2D(new int[][] {{2, 2}, {0, 0}}).apply(x));
        assertEquals("Layer 'cropping2d' (Cropping2D) cannot take input shape (None, 4, 28, 3): cropping 2 + 2"
                + " leaves nothing of the 4 entries along spatial axis 1. Crop less than 4 in total on that axis.",
                e.getMessage());
    }

    @Test
    void repeatVectorOnASequence() {
        KerasTensor x = Input.of(10, 32);
        var e = assertThrows(IncompatibleShapeException.class, () -> new RepeatVector(3).apply(x));
        assertEquals("Layer 'repeat_vector' (RepeatVector) cannot take input shape (None, 10, 32): expected rank 2"
                + " (batch, features), found rank 3. Flatten the input first, or use a layer that keeps sequences.",
                e.getMessage());
    }

    @Test
    void zeroPaddingAndCroppingFromKerasApplications() {
        for (String file : List.of("tf224_mobilenet_conv1_pad.json", "tf224_nasnetmobile_cropping2d.json")) {
            var layer = Layers.deserialize(RealLayerConfigs.read(file));
            assertEquals(RealLayerConfigs.text(file), PythonJson.dumps(Layers.serialize(layer)), file);
        }
        var pad = Layers.deserialize(RealLayerConfigs.read("tf224_mobilenet_conv1_pad.json"));
        assertEquals(Shape.of(null, 225, 225, 3), pad.computeOutputShape(Shape.of(null, 224, 224, 3)));
        var crop = Layers.deserialize(RealLayerConfigs.read("tf224_nasnetmobile_cropping2d.json"));
        assertEquals(Shape.of(null, 112, 112, 96), crop.computeOutputShape(Shape.of(null, 113, 113, 96)));
    }

    @Test
    void registeredInTheCatalogue() {
        for (String name : List.of("Permute", "RepeatVector", "Cropping1D", "Cropping2D", "Cropping3D",
                "ZeroPadding1D", "ZeroPadding2D", "ZeroPadding3D", "UpSampling1D", "UpSampling2D", "UpSampling3D")) {
            assertEquals(LayerCatalog.Group.RESHAPING, LayerCatalog.find(name).group(), name);
        }
    }
}
