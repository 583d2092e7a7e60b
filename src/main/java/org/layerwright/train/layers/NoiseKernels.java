package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * SpatialDropout1D/2D/3D, GaussianNoise, GaussianDropout and AlphaDropout: random only while training, the identity
 * at inference, each as Keras defines it. The noise drawn for a call is kept for its backward pass.
 */
final class NoiseKernels {
    /** SELU's constants, which AlphaDropout keeps the mean and variance of. */
    private static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    private static final double SELU_SCALE = 1.0507009873554804934193349852946;

    private NoiseKernels() {
    }

    /** Bernoulli(keep) values of {@code shape}. */
    private static INDArray keepMask(INDArray like, double keep, long... shape) {
        INDArray mask = Nd4j.createUninitialized(like.dataType(), shape);
        Nd4j.getExecutioner().exec(new BernoulliDistribution(mask, keep));
        return mask;
    }

    /** Output = f(input, noise), gradient = dy · multiplier; both drawn per training call. */
    private abstract static class Noise extends SingleInputKernel {
        /** The output and the multiplier of the gradient, or null when nothing is drawn (rate 0). */
        abstract INDArray[] apply(INDArray input);

        @Override
        protected final Forward forward(INDArray input, boolean training) {
            INDArray[] result = training ? apply(input) : null;
            return result == null ? Forward.of(input, null) : Forward.of(result[0], result[1]);
        }

        @Override
        protected final INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
                boolean inputGradientNeeded) {
            INDArray multiplier = (INDArray) forward.saved();
            return multiplier == null ? outputGradient : outputGradient.mul(multiplier);
        }
    }

    /** Drops whole channels: one Bernoulli draw per (sample, channel), scaled by 1 / (1 − rate). */
    static LayerKernel spatialDropout(double rate) {
        return new Noise() {
            @Override
            INDArray[] apply(INDArray input) {
                if (rate <= 0.0) {
                    return null;
                }
                long[] noiseShape = new long[input.rank()];
                java.util.Arrays.fill(noiseShape, 1);
                noiseShape[0] = input.size(0);
                noiseShape[input.rank() - 1] = input.size(input.rank() - 1);
                INDArray mask = keepMask(input, 1.0 - rate, noiseShape).muli(1.0 / (1.0 - rate))
                        .broadcast(input.shape());
                return new INDArray[] {input.mul(mask), mask};
            }
        };
    }

    /** Adds N(0, stddev²) noise; the gradient passes unchanged. */
    static LayerKernel gaussianNoise(double stddev) {
        return new Noise() {
            @Override
            INDArray[] apply(INDArray input) {
                INDArray noise = Nd4j.randn(input.dataType(), input.shape()).muli(stddev);
                return new INDArray[] {input.add(noise), null};
            }
        };
    }

    /** Multiplies by N(1, rate / (1 − rate)) noise. */
    static LayerKernel gaussianDropout(double rate) {
        return new Noise() {
            @Override
            INDArray[] apply(INDArray input) {
                if (rate <= 0.0 || rate >= 1.0) {
                    return null;
                }
                double stddev = Math.sqrt(rate / (1.0 - rate));
                INDArray noise = Nd4j.randn(input.dataType(), input.shape()).muli(stddev).addi(1.0);
                return new INDArray[] {input.mul(noise), noise};
            }
        };
    }

    /**
     * Keras's AlphaDropout: dropped values become SELU's negative saturation {@code −alpha·scale}, then
     * {@code a·x + b} restores the mean and variance.
     */
    static LayerKernel alphaDropout(double rate) {
        return new Noise() {
            @Override
            INDArray[] apply(INDArray input) {
                if (rate <= 0.0 || rate >= 1.0) {
                    return null;
                }
                double alphaP = -SELU_ALPHA * SELU_SCALE;
                double a = Math.pow((1 - rate) * (1 + rate * alphaP * alphaP), -0.5);
                double b = -a * alphaP * rate;
                INDArray kept = keepMask(input, 1.0 - rate, input.shape());
                INDArray out = input.mul(kept).addi(kept.rsub(1.0).muli(alphaP)).muli(a).addi(b);
                return new INDArray[] {out, kept.muli(a)};
            }
        };
    }
}
