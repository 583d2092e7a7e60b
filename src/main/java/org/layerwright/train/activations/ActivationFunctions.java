package org.layerwright.train.activations;

import java.util.Locale;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras's activations by name, with their derivatives: linear, relu, relu6, sigmoid, hard_sigmoid (Keras 2:
 * {@code clip(0.2x + 0.5, 0, 1)}), tanh, softmax (last axis), elu, selu, softplus, softsign, swish/silu,
 * gelu (exact, with erf, as Keras's default {@code approximate=False}), exponential and leaky_relu (slope 0.2).
 */
public final class ActivationFunctions {
    private static final double SELU_ALPHA = 1.6732632423543772;
    private static final double SELU_SCALE = 1.0507009873554805;

    private ActivationFunctions() {
    }

    /** The activation Keras calls {@code name}; null means linear. */
    public static ActivationFunction byName(String name) {
        String key = name == null ? "linear" : name.toLowerCase(Locale.ROOT);
        switch (key) {
            case "linear":
                return LINEAR;
            case "relu":
                return RELU;
            case "relu6":
                return new Relu(0.0, 6.0);
            case "sigmoid":
                return SIGMOID;
            case "hard_sigmoid":
                return HARD_SIGMOID;
            case "tanh":
                return TANH;
            case "softmax":
                return SOFTMAX;
            case "elu":
                return elu(1.0, 1.0);
            case "selu":
                return elu(SELU_ALPHA, SELU_SCALE);
            case "softplus":
                return SOFTPLUS;
            case "softsign":
                return SOFTSIGN;
            case "swish":
            case "silu":
                return SWISH;
            case "gelu":
                return GELU;
            case "exponential":
                return EXPONENTIAL;
            case "leaky_relu":
                return leakyRelu(0.2);
            default:
                throw new InvalidLayerArgumentException("Unknown activation function: '" + name + "'. Expected one"
                        + " of linear, relu, relu6, sigmoid, hard_sigmoid, tanh, softmax, elu, selu, softplus,"
                        + " softsign, swish, silu, gelu, exponential, leaky_relu.");
        }
    }

    /** max(x, 0) below {@code maxValue} (null: unbounded): Keras's relu and relu6. */
    public static ActivationFunction relu(Double maxValue) {
        return maxValue == null ? RELU : new Relu(0.0, maxValue);
    }

    /** x for x > 0, alpha·x otherwise. */
    public static ActivationFunction leakyRelu(double alpha) {
        return new ActivationFunction() {
            @Override
            public INDArray apply(INDArray z) {
                INDArray positive = Transforms.step(z, true);
                return z.mul(positive.mul(1.0 - alpha).addi(alpha));
            }

            @Override
            public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
                return gradient.mul(Transforms.step(z, true).muli(1.0 - alpha).addi(alpha));
            }
        };
    }

    /** scale·(x for x > 0, alpha·(e^x − 1) otherwise): elu (scale 1) and selu. */
    private static ActivationFunction elu(double alpha, double scale) {
        return new ActivationFunction() {
            @Override
            public INDArray apply(INDArray z) {
                INDArray positive = Transforms.step(z, true);
                INDArray negativePart = Transforms.exp(Transforms.min(z, 0.0, true), false).subi(1.0).muli(alpha);
                INDArray out = z.mul(positive).addi(negativePart.muli(positive.rsub(1.0)));
                return scale == 1.0 ? out : out.muli(scale);
            }

            @Override
            public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
                INDArray positive = Transforms.step(z, true);
                INDArray negativeSlope = Transforms.exp(Transforms.min(z, 0.0, true), false).muli(alpha);
                INDArray slope = positive.add(negativeSlope.muli(positive.rsub(1.0)));
                return gradient.mul(scale == 1.0 ? slope : slope.muli(scale));
            }
        };
    }

    private static final ScalarActivation LINEAR_SCALAR = new ScalarActivation() {
        @Override
        public float apply(float z) {
            return z;
        }

        @Override
        public float derivative(float z, float a) {
            return 1f;
        }
    };

    private static final ScalarActivation RELU_SCALAR = new ScalarActivation() {
        @Override
        public float apply(float z) {
            return z > 0f ? z : 0f;
        }

        @Override
        public float derivative(float z, float a) {
            return a > 0f ? 1f : 0f;
        }
    };

    private static final ScalarActivation SIGMOID_SCALAR = new ScalarActivation() {
        @Override
        public float apply(float z) {
            return (float) (1.0 / (1.0 + Math.exp(-z)));
        }

        @Override
        public float derivative(float z, float a) {
            return a * (1f - a);
        }
    };

    /** tf.keras's hard sigmoid, clip(0.2 z + 0.5, 0, 1), with slope 0.2 strictly inside (-2.5, 2.5). */
    private static final ScalarActivation HARD_SIGMOID_SCALAR = new ScalarActivation() {
        @Override
        public float apply(float z) {
            return Math.min(Math.max(z * 0.2f + 0.5f, 0f), 1f);
        }

        @Override
        public float derivative(float z, float a) {
            return z > -2.5f && z < 2.5f ? 0.2f : 0f;
        }
    };

    private static final ScalarActivation TANH_SCALAR = new ScalarActivation() {
        @Override
        public float apply(float z) {
            return (float) Math.tanh(z);
        }

        @Override
        public float derivative(float z, float a) {
            return 1f - a * a;
        }
    };

    private static final ActivationFunction LINEAR = new ActivationFunction() {
        @Override
        public INDArray apply(INDArray z) {
            return z;
        }

        @Override
        public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
            return gradient;
        }

        @Override
        public boolean backwardUsesOnlyOutput() {
            return true;
        }

        @Override
        public ScalarActivation scalar() {
            return LINEAR_SCALAR;
        }
    };

    private static final ActivationFunction RELU = new ActivationFunction() {
        @Override
        public INDArray apply(INDArray z) {
            return Transforms.relu(z, true);
        }

        @Override
        public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
            return gradient.mul(Transforms.step(a, true));
        }

        @Override
        public boolean backwardUsesOnlyOutput() {
            return true;
        }

        @Override
        public ScalarActivation scalar() {
            return RELU_SCALAR;
        }
    };

    /** min(max(x, low), high) with slope 1 strictly inside. */
    private static final class Relu implements ActivationFunction {
        private final double low;
        private final double high;

        Relu(double low, double high) {
            this.low = low;
            this.high = high;
        }

        @Override
        public INDArray apply(INDArray z) {
            return Transforms.min(Transforms.max(z, low, true), high, false);
        }

        @Override
        public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
            INDArray inside = Transforms.step(z.sub(low), false).muli(Transforms.step(z.rsub(high), false));
            return gradient.mul(inside);
        }
    }

    private static final ActivationFunction SIGMOID = new ActivationFunction() {
        @Override
        public INDArray apply(INDArray z) {
            return Transforms.sigmoid(z, true);
        }

        @Override
        public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
            return gradient.mul(a).muli(a.rsub(1.0));
        }

        @Override
        public boolean backwardUsesOnlyOutput() {
            return true;
        }

        @Override
        public ScalarActivation scalar() {
            return SIGMOID_SCALAR;
        }
    };

    private static final ActivationFunction HARD_SIGMOID = new ActivationFunction() {
        @Override
        public INDArray apply(INDArray z) {
            return Transforms.min(Transforms.max(z.mul(0.2).addi(0.5), 0.0, false), 1.0, false);
        }

        @Override
        public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
            INDArray inside = Transforms.step(z.add(2.5), false).muli(Transforms.step(z.rsub(2.5), false));
            return gradient.mul(inside).muli(0.2);
        }

        @Override
        public ScalarActivation scalar() {
            return HARD_SIGMOID_SCALAR;
        }
    };

    private static final ActivationFunction TANH = new ActivationFunction() {
        @Override
        public INDArray apply(INDArray z) {
            return Transforms.tanh(z, true);
        }

        @Override
        public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
            return gradient.mul(a.mul(a).rsubi(1.0));
        }

        @Override
        public boolean backwardUsesOnlyOutput() {
            return true;
        }

        @Override
        public ScalarActivation scalar() {
            return TANH_SCALAR;
        }
    };

    private static final ActivationFunction SOFTMAX = new ActivationFunction() {
        @Override
        public INDArray apply(INDArray z) {
            INDArray rows = z.reshape('c', -1, z.size(z.rank() - 1));
            INDArray shifted = rows.subColumnVector(rows.max(1).reshape(-1, 1));
            INDArray e = Transforms.exp(shifted, false);
            return e.diviColumnVector(e.sum(1).reshape(-1, 1)).reshape(z.shape());
        }

        @Override
        public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
            INDArray aRows = a.reshape('c', -1, a.size(a.rank() - 1));
            INDArray gRows = gradient.reshape('c', -1, a.size(a.rank() - 1));
            INDArray dot = gRows.mul(aRows).sum(1).reshape(-1, 1);
            return gRows.subColumnVector(dot).muli(aRows).reshape(a.shape());
        }

        @Override
        public boolean backwardUsesOnlyOutput() {
            return true;
        }
    };

    private static final ActivationFunction SOFTPLUS = new ActivationFunction() {
        @Override
        public INDArray apply(INDArray z) {
            // log(1 + e^x) = max(x, 0) + log(1 + e^-|x|), which does not overflow.
            return Transforms.max(z, 0.0, true).addi(Transforms.log(Transforms.exp(Transforms.abs(z, true).negi(),
                    false).addi(1.0), false));
        }

        @Override
        public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
            return gradient.mul(Transforms.sigmoid(z, true));
        }
    };

    private static final ActivationFunction SOFTSIGN = new ActivationFunction() {
        @Override
        public INDArray apply(INDArray z) {
            return z.div(Transforms.abs(z, true).addi(1.0));
        }

        @Override
        public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
            INDArray denominator = Transforms.abs(z, true).addi(1.0);
            return gradient.div(denominator.muli(denominator));
        }
    };

    private static final ActivationFunction SWISH = new ActivationFunction() {
        @Override
        public INDArray apply(INDArray z) {
            return z.mul(Transforms.sigmoid(z, true));
        }

        @Override
        public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
            INDArray s = Transforms.sigmoid(z, true);
            // d/dx x·s(x) = s + x·s·(1 − s)
            return gradient.mul(s.add(z.mul(s).muli(s.rsub(1.0))));
        }
    };

    private static final ActivationFunction GELU = new ActivationFunction() {
        @Override
        public INDArray apply(INDArray z) {
            return z.mul(erf(z.mul(1.0 / Math.sqrt(2.0))).addi(1.0)).muli(0.5);
        }

        @Override
        public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
            INDArray cdf = erf(z.mul(1.0 / Math.sqrt(2.0))).addi(1.0).muli(0.5);
            INDArray pdf = Transforms.exp(z.mul(z).muli(-0.5), false).muli(1.0 / Math.sqrt(2.0 * Math.PI));
            return gradient.mul(cdf.addi(pdf.muli(z)));
        }
    };

    private static final ActivationFunction EXPONENTIAL = new ActivationFunction() {
        @Override
        public INDArray apply(INDArray z) {
            return Transforms.exp(z, true);
        }

        @Override
        public INDArray backward(INDArray z, INDArray a, INDArray gradient) {
            return gradient.mul(a);
        }

        @Override
        public boolean backwardUsesOnlyOutput() {
            return true;
        }
    };

    private static INDArray erf(INDArray x) {
        return Nd4j.getExecutioner().exec(new Erf(x, x.ulike()));
    }
}
