package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Cropping1D/2D/3D, ZeroPadding1D/2D/3D, Permute, RepeatVector and Identity: values moved, never changed. */
final class ReshapingKernels {
    private ReshapingKernels() {
    }

    /** ZeroPadding (grow = true) or Cropping (grow = false) by {@code amounts[axis] = {before, after}}. */
    static LayerKernel borders(int[][] amounts, boolean grow) {
        return new SingleInputKernel() {
            @Override
            protected Forward forward(INDArray input, boolean training) {
                return Forward.of(grow ? ChannelsLast.pad(input, amounts) : ChannelsLast.crop(input, amounts), null);
            }

            @Override
            protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
                    boolean inputGradientNeeded) {
                return grow ? ChannelsLast.crop(outputGradient, amounts) : ChannelsLast.pad(outputGradient, amounts);
            }
        };
    }

    /** Permute: {@code dims} are Keras's 1-based axes after the batch axis. */
    static LayerKernel permute(int[] dims) {
        int[] forward = new int[dims.length + 1];
        int[] inverse = new int[dims.length + 1];
        for (int i = 0; i < dims.length; i++) {
            forward[i + 1] = dims[i];
            inverse[dims[i]] = i + 1;
        }
        return new SingleInputKernel() {
            @Override
            protected Forward forward(INDArray input, boolean training) {
                return Forward.of(input.permute(forward).dup('c'), null);
            }

            @Override
            protected INDArray backward(Forward f, INDArray outputGradient, WeightGradients weightGradients,
                    boolean inputGradientNeeded) {
                return outputGradient.permute(inverse).dup('c');
            }
        };
    }

    /** RepeatVector: (N, F) → (N, n, F); the gradient sums over the copies. */
    static LayerKernel repeatVector(int n) {
        return new SingleInputKernel() {
            @Override
            protected Forward forward(INDArray input, boolean training) {
                INDArray out = Nd4j.createUninitialized(input.dataType(), input.size(0), n, input.size(1));
                out.assign(input.reshape('c', input.size(0), 1, input.size(1)).broadcast(out.shape()));
                return Forward.of(out, null);
            }

            @Override
            protected INDArray backward(Forward f, INDArray outputGradient, WeightGradients weightGradients,
                    boolean inputGradientNeeded) {
                return outputGradient.sum(1);
            }
        };
    }

    /** Identity (and every noise layer at inference): the input itself. */
    static LayerKernel identity() {
        return new SingleInputKernel() {
            @Override
            protected Forward forward(INDArray input, boolean training) {
                return Forward.of(input, null);
            }

            @Override
            protected INDArray backward(Forward f, INDArray outputGradient, WeightGradients weightGradients,
                    boolean inputGradientNeeded) {
                return outputGradient;
            }
        };
    }
}
