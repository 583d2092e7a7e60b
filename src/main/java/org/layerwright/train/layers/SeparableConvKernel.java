package org.layerwright.train.layers;

import java.util.List;
import org.layerwright.core.layers.convolution.SeparableConv;
import org.layerwright.train.activations.ActivationFunction;
import org.layerwright.train.activations.ActivationFunctions;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * SeparableConv1D and SeparableConv2D: a depthwise convolution (no bias), then the pointwise 1 × 1 convolution as a
 * matrix product over the channels, then bias and activation. Causal padding (1-D) is dilation·(k − 1) zeros on
 * the left, then VALID, as Keras pads it.
 */
final class SeparableConvKernel extends SingleInputKernel {
    private final ConvOps depthwise;
    private final int causalPad;
    private final INDArray depthwiseKernel;
    private final INDArray pointwiseKernel;
    private final INDArray pointwise;
    private final INDArray bias;
    private final ActivationFunction activation;

    SeparableConvKernel(SeparableConv layer, ConvOps depthwise, int causalPad) {
        List<INDArray> weights = layer.getWeights();
        this.depthwise = depthwise;
        this.causalPad = causalPad;
        this.depthwiseKernel = weights.get(0);
        this.pointwiseKernel = weights.get(1);
        this.pointwise = pointwiseKernel.reshape('c', -1, layer.filters());
        this.bias = layer.useBias() ? weights.get(2) : null;
        this.activation = ActivationFunctions.byName(layer.activation());
    }

    private record Saved(INDArray input, INDArray depthwiseOut, INDArray z) {
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        INDArray x = causalPad == 0 ? input : ChannelsLast.pad(input, new int[][] {{causalPad, 0}});
        INDArray d = depthwise.conv(x, depthwiseKernel, null);
        INDArray z = Nd4j.gemm(ChannelsLast.rows(d), pointwise, false, false);
        if (bias != null) {
            z.addiRowVector(bias);
        }
        long[] shape = d.shape().clone();
        shape[shape.length - 1] = pointwise.size(1);
        z = z.reshape('c', shape);
        INDArray a = activation.apply(z);
        return Forward.of(a, new Saved(x, d, activation.backwardUsesOnlyOutput() ? null : z));
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        Saved saved = (Saved) forward.saved();
        INDArray dz = ChannelsLast.rows(activation.backward(saved.z(), forward.output(), outputGradient));
        INDArray dd = Nd4j.gemm(dz, pointwise, false, true).reshape('c', saved.depthwiseOut().shape());
        INDArray[] grads = depthwise.convBackward(saved.input(), depthwiseKernel, null, dd);
        if (weightGradients != null) {
            weightGradients.add(0, grads[1]);
            INDArray dPointwise = Nd4j.gemm(ChannelsLast.rows(saved.depthwiseOut()), dz, true, false);
            weightGradients.add(1, dPointwise.reshape('c', pointwiseKernel.shape()));
            if (bias != null) {
                weightGradients.add(2, dz.sum(0));
            }
        }
        return causalPad == 0 ? grads[0] : ChannelsLast.crop(grads[0], new int[][] {{causalPad, 0}});
    }
}
