package org.layerwright.train.layers;

import java.util.List;
import org.layerwright.core.layers.convolution.Conv;
import org.layerwright.train.activations.ActivationFunction;
import org.layerwright.train.activations.ActivationFunctions;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code activation(op(x, kernel) + bias)} for a convolution layer whose weights are {@code [kernel, bias]}:
 * Conv3D, DepthwiseConv1D/2D and Conv1D/2D/3DTranspose, each through its {@link ConvOps}.
 */
final class ConvolutionKernel extends SingleInputKernel {
    private final ConvOps ops;
    private final INDArray kernel;
    private final INDArray bias;
    private final ActivationFunction activation;

    ConvolutionKernel(Conv layer, ConvOps ops) {
        List<INDArray> weights = layer.getWeights();
        this.ops = ops;
        this.kernel = weights.get(0);
        this.bias = layer.useBias() ? weights.get(1) : null;
        this.activation = ActivationFunctions.byName(layer.activation());
    }

    private record Saved(INDArray input, INDArray z) {
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        INDArray z = ops.conv(input, kernel, bias);
        INDArray a = activation.apply(z);
        return Forward.of(a, new Saved(input, activation.backwardUsesOnlyOutput() ? null : z));
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        Saved saved = (Saved) forward.saved();
        INDArray dz = activation.backward(saved.z(), forward.output(), outputGradient);
        INDArray[] grads = ops.convBackward(saved.input(), kernel, bias, dz);
        if (weightGradients != null) {
            weightGradients.add(0, grads[1]);
            if (bias != null) {
                weightGradients.add(1, grads[2]);
            }
        }
        return grads[0];
    }
}
