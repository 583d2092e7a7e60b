package org.layerwright.train.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Every named activation against its formula in plain Java (derivatives are checked by the gradient tests). */
class ActivationFunctionsTest {
    private static final double[] X = {-3.0, -1.2, -0.3, 0.0, 0.4, 1.7, 2.6, 7.0};

    private static void check(String name, DoubleUnaryOperator f) {
        INDArray out = ActivationFunctions.byName(name).apply(Nd4j.createFromArray(X.clone()));
        for (int i = 0; i < X.length; i++) {
            assertEquals(f.applyAsDouble(X[i]), out.getDouble(i), 1e-6, name + "(" + X[i] + ")");
        }
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void namedActivationsMatchTheirFormulas() {
        check("linear", x -> x);
        check("relu", x -> Math.max(x, 0));
        check("relu6", x -> Math.min(Math.max(x, 0), 6));
        check("sigmoid", ActivationFunctionsTest::sigmoid);
        check("hard_sigmoid", x -> Math.min(Math.max(0.2 * x + 0.5, 0), 1));
        check("tanh", Math::tanh);
        check("elu", x -> x > 0 ? x : Math.exp(x) - 1);
        check("selu", x -> 1.0507009873554805 * (x > 0 ? x : 1.6732632423543772 * (Math.exp(x) - 1)));
        check("softplus", x -> Math.log1p(Math.exp(x)));
        check("softsign", x -> x / (1 + Math.abs(x)));
        check("swish", x -> x * sigmoid(x));
        check("silu", x -> x * sigmoid(x));
        check("gelu", x -> 0.5 * x * (1 + erf(x / Math.sqrt(2))));
        check("exponential", Math::exp);
        check("leaky_relu", x -> x > 0 ? x : 0.2 * x);
    }

    @Test
    void softmaxNormalisesTheLastAxis() {
        INDArray out = ActivationFunctions.byName("softmax").apply(Nd4j.createFromArray(new double[][] {{1, 2, 3}}));
        double sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertEquals(Math.exp(2) / sum, out.getDouble(0, 1), 1e-12);
    }

    @Test
    void unknownNamesAreRejected() {
        InvalidLayerArgumentException e = assertThrows(InvalidLayerArgumentException.class,
                () -> ActivationFunctions.byName("swoosh"));
        assertEquals("Unknown activation function: 'swoosh'. Expected one of linear, relu, relu6, sigmoid,"
                + " hard_sigmoid, tanh, softmax, elu, selu, softplus, softsign, swish, silu, gelu, exponential,"
                + " leaky_relu.", e.getMessage());
    }

    /** erf by its Taylor series (accurate to 1e-12 for |x| under 6 with enough terms). */
    private static double erf(double x) {
        double sum = 0;
        double term = x;
        for (int n = 0; n < 200; n++) {
            sum += term / (2 * n + 1);
            term *= -x * x / (n + 1);
        }
        return 2 / Math.sqrt(Math.PI) * sum;
    }
}
