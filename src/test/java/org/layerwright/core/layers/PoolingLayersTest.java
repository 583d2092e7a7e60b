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
import org.layerwright.core.layers.pooling.AveragePooling1D;
import org.layerwright.core.layers.pooling.AveragePooling3D;
import org.layerwright.core.layers.pooling.GlobalAveragePooling1D;
import org.layerwright.core.layers.pooling.GlobalAveragePooling3D;
import org.layerwright.core.layers.pooling.GlobalMaxPooling1D;
import org.layerwright.core.layers.pooling.GlobalMaxPooling2D;
import org.layerwright.core.layers.pooling.GlobalMaxPooling3D;
import org.layerwright.core.layers.pooling.MaxPooling1D;
import org.layerwright.core.layers.pooling.MaxPooling2D;
import org.layerwright.core.layers.pooling.MaxPooling3D;
import org.layerwright.testing.LayerContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The layer contract and error wording for the pooling layers beyond the 2-D ones. */
class PoolingLayersTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @Test
    void maxPooling1dWritesStridesFirst() {
        var layer = LayerContract.of(new MaxPooling1D()).input(null, 100, 16).outputs(Shape.of(null, 50, 16))
                .params(0, 0).weights().check();
        assertEquals("⌊(100 − 2) / 2⌋ + 1 = 50; channels unchanged", layer.explainShape());
        assertEquals("{\"name\": \"max_pooling1d\", \"trainable\": true, \"dtype\": \"float32\", \"strides\": [2],"
                + " \"pool_size\": [2], \"padding\": \"valid\", \"data_format\": \"channels_last\"}",
                PythonJson.dumps(layer.getConfig()));
        assertEquals(List.of("name", "trainable", "dtype", "pool_size", "padding", "strides", "data_format"),
                List.copyOf(new MaxPooling2D().getConfig().keySet()), "2-D pooling keeps padding before strides");
    }

    @Test
    void averagePooling1dSame() {
        LayerContract.of(new AveragePooling1D(4).padding("same")).input(null, 10, 3).outputs(Shape.of(null, 3, 3))
                .params(0, 0).check();
    }

    @Test
    void pooling3d() {
        var layer = LayerContract.of(new MaxPooling3D()).input(null, 16, 32, 32, 8)
                .outputs(Shape.of(null, 8, 16, 16, 8)).params(0, 0).check();
        assertEquals("⌊(16 − 2) / 2⌋ + 1 = 8; ⌊(32 − 2) / 2⌋ + 1 = 16; ⌊(32 − 2) / 2⌋ + 1 = 16; channels unchanged",
                layer.explainShape());
        assertEquals("[2, 2, 2]", layer.getConfig().get("pool_size").toString());
        LayerContract.of(new AveragePooling3D(3).strides(1)).input(null, 5, 5, 5, 2).outputs(Shape.of(null, 3, 3, 3, 2))
                .check();
        LayerContract.of(new AveragePooling3D().dataFormat("channels_first")).input(null, 2, 8, 8, 8)
                .outputs(Shape.of(null, 2, 4, 4, 4)).check();
    }

    @Test
    void globalPooling() {
        LayerContract.of(new GlobalMaxPooling1D()).input(null, 100, 64).outputs(Shape.of(null, 64)).params(0, 0)
                .check();
        LayerContract.of(new GlobalMaxPooling1D().keepdims(true)).input(null, 100, 64)
                .outputs(Shape.of(null, 1, 64)).check();
        LayerContract.of(new GlobalAveragePooling1D().dataFormat("channels_first").keepdims(true))
                .input(null, 64, 100).outputs(Shape.of(null, 64, 1)).check();
        var max2d = LayerContract.of(new GlobalMaxPooling2D()).input(null, 7, 7, 512).outputs(Shape.of(null, 512))
                .check();
        assertEquals("7 × 7 values per channel → 1; 512 channels kept", max2d.explainShape());
        LayerContract.of(new GlobalMaxPooling3D().keepdims(true)).input(null, 4, 7, 7, 256)
                .outputs(Shape.of(null, 1, 1, 1, 256)).check();
        var average = LayerContract.of(new GlobalAveragePooling3D()).input(null, 4, 7, 7, 256)
                .outputs(Shape.of(null, 256)).check();
        assertEquals("{\"name\": \"global_average_pooling3d\", \"trainable\": true, \"dtype\": \"float32\","
                + " \"data_format\": \"channels_last\", \"keepdims\": false}", PythonJson.dumps(average.getConfig()));
    }

    @Test
    void zeroPoolSize() {
        var e = assertThrows(InvalidLayerArgumentException.class, () -> new MaxPooling1D(0));
        assertEquals("Invalid value for `pool_size` of MaxPooling1D: expected positive integers, received"
                + " pool_size=[0]. Use values of 1 or more.", e.getMessage());
    }

    @Test
    void poolLargerThanTheInput() {
        KerasTensor x = Input.of(2, 8, 8, 1);
        var e = assertThrows(IncompatibleShapeException.class, () -> new MaxPooling3D(3).apply(x));
        assertEquals("Layer 'max_pooling3d' (MaxPooling3D) cannot take input shape (None, 2, 8, 8, 1): the pool (3)"
                + " is larger than the input (2) along spatial axis 1. Use padding=\"same\" or a smaller pool_size.",
                e.getMessage());
    }

    @Test
    void globalPoolingOnAFlatInput() {
        KerasTensor x = Input.of(64);
        var e = assertThrows(IncompatibleShapeException.class, () -> new GlobalMaxPooling1D().apply(x));
        assertEquals("Layer 'global_max_pooling1d' (GlobalMaxPooling1D) cannot take input shape (None, 64):"
                + " expected rank 3, found rank 2. The input is already flat; remove this layer.", e.getMessage());
    }

    @Test
    void maxPooling1dFromTf24() {
        var layer = Layers.deserialize(RealLayerConfigs.read("tf240_max_pooling1d.json"));
        assertEquals(RealLayerConfigs.text("tf240_max_pooling1d.json"), PythonJson.dumps(Layers.serialize(layer)));
        assertEquals(Shape.of(null, 20, 128), layer.computeOutputShape(Shape.of(null, 100, 128)));
    }

    @Test
    void registeredInTheCatalogue() {
        for (String name : List.of("MaxPooling1D", "MaxPooling3D", "AveragePooling1D", "AveragePooling3D",
                "GlobalMaxPooling1D", "GlobalMaxPooling2D", "GlobalMaxPooling3D", "GlobalAveragePooling1D",
                "GlobalAveragePooling3D")) {
            assertEquals(LayerCatalog.Group.POOLING, LayerCatalog.find(name).group(), name);
        }
    }
}
