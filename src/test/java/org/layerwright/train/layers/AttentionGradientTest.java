package org.layerwright.train.layers;

import static org.layerwright.train.layers.KernelHarness.checkGradients;
import static org.layerwright.train.layers.KernelHarness.random;
import static org.layerwright.train.layers.KernelHarness.randomDoubleWeights;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.layers.attention.AdditiveAttention;
import org.layerwright.core.layers.attention.Attention;
import org.layerwright.core.layers.attention.MultiHeadAttention;
import org.layerwright.core.layers.core.Dense;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Finite-difference gradient checks for the attention layers, on query, value and key each made by a linear Dense
 * of a shared input (so the Dense weights check the gradient of every attention input).
 */
class AttentionGradientTest {
    private static final double TOLERANCE = 1e-5;

    @BeforeEach
    void clear() {
        Keras.clearSession();
    }

    private static void check(Function<List<KerasTensor>, KerasTensor> attention, boolean withKey) {
        KerasTensor input = Input.of(3, 2);
        KerasTensor query = new Dense(2).apply(input);
        KerasTensor value = new Dense(2).apply(input);
        List<KerasTensor> inputs = withKey ? List.of(query, value, new Dense(2).apply(input)) : List.of(query, value);
        Model model = new Model(input, attention.apply(inputs));
        randomDoubleWeights(model, 7);
        checkGradients(model, List.of(random(5, 2, 3, 2)), () -> Nd4j.getRandom().setSeed(11), TOLERANCE);
    }

    @Test
    void dotProductAttention() {
        check(in -> new Attention().apply(in), false);
        check(in -> new Attention().useScale(true).causal(true).apply(in), true);
        check(in -> new Attention().dropout(0.3).applyAll(in, Map.of("use_causal_mask", true)).get(0), false);
    }

    @Test
    void additiveAttention() {
        check(in -> new AdditiveAttention().apply(in), true);
        check(in -> new AdditiveAttention().useScale(false).causal(true).apply(in), false);
    }

    @Test
    void multiHeadAttention() {
        check(in -> new MultiHeadAttention(2, 2).apply(in), false);
        check(in -> new MultiHeadAttention(2, 1).valueDim(2).useBias(false).outputShape(3).dropout(0.2)
                .applyAll(in, Map.of("use_causal_mask", true)).get(0), true);
    }
}
