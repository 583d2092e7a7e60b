package org.layerwright.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.layerwright.core.errors.ModelNotBuiltException;
import org.layerwright.core.errors.UnsupportedModelOperationException;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.testing.Golden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A model defined by overriding call(): built by calling it, summarised as Keras does, not serializable. */
class SubclassedModelTest {
    /** Two layers used in call() and one that is never called. */
    static final class TwoLayerNet extends Model {
        final Dense hidden = new Dense(64);
        final Dense logits = new Dense(10);
        final Dense unused = new Dense(3);

        @Override
        protected KerasTensor call(KerasTensor input) {
            KerasTensor h = hidden.apply(input);
            addLoss(h);
            return logits.apply(h);
        }
    }

    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @Test
    void summaryBeforeBuildingSaysHowToBuild() {
        TwoLayerNet net = new TwoLayerNet();
        assertThrows(ModelNotBuiltException.class, net::summary);
    }

    @Test
    void isBuiltByCallingItAndSummarisedWithMultipleAndUnused() {
        TwoLayerNet net = new TwoLayerNet();
        net.build(Shape.of(null, 784));
        assertEquals("two_layer_net", net.name());
        assertEquals(List.of("dense", "dense_1", "dense_2"), net.layers().stream().map(Layer::name).toList());
        assertEquals(Golden.read("golden/summary/tf26_subclassed.txt"), net.summaryText());
        assertEquals(784 * 64 + 64 + 650, net.countParams());
        assertEquals(1, net.losses().size());
    }

    @Test
    void callingItOnAnInputMakesOneNode() {
        TwoLayerNet net = new TwoLayerNet();
        KerasTensor x = Input.of(784);
        KerasTensor y = net.apply(x);
        assertEquals(Shape.of(null, 10), y.shape());
        Model wrapper = new Model(x, y);
        assertEquals(784 * 64 + 64 + 650, wrapper.countParams());
    }

    @Test
    void configAndJsonRefuseWithAClearReason() {
        TwoLayerNet net = new TwoLayerNet();
        net.build(Shape.of(null, 784));
        var e = assertThrows(UnsupportedModelOperationException.class, net::toJson);
        assertEquals("Model TwoLayerNet is a subclassed model: its layers are connected in the body of its call()"
                + " method, which cannot be serialized. Build it with the functional API or Sequential to save its"
                + " architecture, or use save_weights.", e.getMessage());
    }
}
