package org.layerwright.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.Shape;
import org.layerwright.core.layers.activations.PReLU;
import org.layerwright.core.layers.convolution.Conv2DTranspose;
import org.layerwright.core.layers.convolution.ConvLSTM2D;
import org.layerwright.core.layers.convolution.SeparableConv2D;
import org.layerwright.core.layers.core.Lambda;
import org.layerwright.core.layers.normalization.LayerNormalization;
import org.layerwright.core.layers.pooling.GlobalMaxPooling2D;
import org.layerwright.core.layers.pooling.MaxPooling2D;
import org.layerwright.core.layers.preprocessing.Rescaling;
import org.layerwright.core.layers.reshaping.RepeatVector;
import org.layerwright.core.layers.reshaping.UpSampling2D;
import org.layerwright.core.layers.reshaping.ZeroPadding2D;
import org.layerwright.io.Models;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The new layers together in models: shapes flow through, counts add up, and model JSON round trips. */
class CatalogueModelsTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @Test
    void sequentialOfNewLayers() {
        Sequential model = new Sequential();
        model.add(new Rescaling(1.0 / 255).inputShape(28, 28, 1));
        model.add(new ZeroPadding2D());                         // (30, 30, 1)
        model.add(new SeparableConv2D(16, 3));                  // 3·3·1·1 + 1·1·16 + 16 = 41
        model.add(new PReLU().sharedAxes(1, 2));                // 16
        model.add(new MaxPooling2D());                          // (14, 14, 16)
        model.add(new Conv2DTranspose(8, 3).strides(2));        // (29, 29, 8): 3·3·8·16 + 8 = 1,160
        model.add(new UpSampling2D());                          // (58, 58, 8)
        model.add(new LayerNormalization());                    // 2 · 8 = 16
        model.add(new GlobalMaxPooling2D());                    // (8)
        model.add(new RepeatVector(4));                         // (4, 8)
        model.add(new Lambda("identity_fn").outputShape(4, 8)); // declared
        assertEquals(Shape.of(null, 4, 8), model.outputShape());
        assertEquals(41 + 16 + 1160 + 16, model.countParams());
        String json = model.toJson();
        assertEquals(json, Models.modelFromJson(json).toJson());
    }

    @Test
    void functionalConvLstmWithStates() {
        KerasTensor frames = Input.of(5, 8, 8, 2);
        List<KerasTensor> outputs = new ConvLSTM2D(4, 3).returnState(true).applyAll(frames);
        Model model = new Model(List.of(frames), outputs);
        assertEquals(4 * 4 * (3 * 3 * 2 + 3 * 3 * 4 + 1), model.countParams());
        String json = model.toJson();
        assertEquals(json, Models.modelFromJson(json).toJson());
    }
}
