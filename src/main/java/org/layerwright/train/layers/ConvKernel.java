package org.layerwright.train.layers;

import java.util.List;
import org.layerwright.core.layers.convolution.Conv;
import org.layerwright.train.activations.ActivationFunction;
import org.layerwright.train.activations.ActivationFunctions;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Conv2D and Conv1D (channels last). Conv1D runs as a 1 × k Conv2D on (N, 1, T, C); its "causal" padding is
 * dilation·(k − 1) zeros on the left, then VALID.
 */
final class ConvKernel extends SingleInputKernel {
    private final INDArray kernel;
    private final INDArray bias;
    private final ActivationFunction activation;
    private final Conv2dOps ops;
    private final boolean oneDimensional;
    private final int causalPad;

    ConvKernel(Conv layer) {
        List<INDArray> weights = layer.getWeights();
        this.oneDimensional = layer.kernelSize().length == 1;
        INDArray k = weights.get(0);
        this.kernel = oneDimensional ? k.reshape('c', 1, k.size(0), k.size(1), k.size(2)) : k;
        this.bias = layer.useBias() ? weights.get(1) : null;
        this.activation = ActivationFunctions.byName(layer.activation());
        int[] size = layer.kernelSize();
        int[] strides = layer.strides();
        int[] dilation = layer.dilationRate();
        boolean causal = "causal".equals(layer.padding());
        this.causalPad = causal ? dilation[0] * (size[0] - 1) : 0;
        this.ops = oneDimensional
                ? new Conv2dOps(new int[] {1, size[0]}, new int[] {1, strides[0]}, new int[] {1, dilation[0]},
                        "same".equals(layer.padding()))
                : new Conv2dOps(size, strides, dilation, "same".equals(layer.padding()));
    }

    private record Saved(INDArray x4, INDArray z) {
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        INDArray x4 = input;
        if (oneDimensional) {
            INDArray padded = input;
            if (causalPad > 0) {
                padded = Nd4j.concat(1, Nd4j.zeros(input.dataType(), input.size(0), causalPad, input.size(2)), input);
            }
            x4 = padded.reshape('c', padded.size(0), 1, padded.size(1), padded.size(2));
        }
        INDArray z = ops.conv(x4, kernel, bias);
        INDArray a = activation.apply(z);
        INDArray out = oneDimensional ? a.reshape('c', a.size(0), a.size(2), a.size(3)) : a;
        return Forward.of(out, new Saved(x4, activation.backwardUsesOnlyOutput() ? null : z));
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        Saved saved = (Saved) forward.saved();
        INDArray out = forward.output();
        INDArray a4 = oneDimensional ? out.reshape('c', out.size(0), 1, out.size(1), out.size(2)) : out;
        INDArray g4 = oneDimensional ? outputGradient.reshape('c', a4.shape()) : outputGradient;
        INDArray dz = activation.backward(saved.z(), a4, g4);
        INDArray[] grads = ops.convBackward(saved.x4(), kernel, bias, dz);
        if (weightGradients != null) {
            weightGradients.add(0, oneDimensional ? grads[1].reshape('c', grads[1].size(1), grads[1].size(2),
                    grads[1].size(3)) : grads[1]);
            if (bias != null) {
                weightGradients.add(1, grads[2]);
            }
        }
        INDArray dx = grads[0];
        if (!oneDimensional) {
            return dx;
        }
        INDArray dx3 = dx.reshape('c', dx.size(0), dx.size(2), dx.size(3));
        return causalPad == 0 ? dx3 : dx3.get(NDArrayIndex.all(), NDArrayIndex.interval(causalPad, dx3.size(1)),
                NDArrayIndex.all()).dup();
    }
}
