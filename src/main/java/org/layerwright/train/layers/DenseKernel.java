package org.layerwright.train.layers;

import java.util.List;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.train.activations.ActivationFunction;
import org.layerwright.train.activations.ActivationFunctions;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dense: {@code activation(x · kernel + bias)} on the last axis, with kernel (in, units) as Keras stores it. Inputs
 * of rank above 2 are flattened to rows, as Keras's tensordot does.
 */
final class DenseKernel extends SingleInputKernel {
    private final INDArray kernel;
    private final INDArray bias;
    private final ActivationFunction activation;

    DenseKernel(Dense layer) {
        List<INDArray> weights = layer.getWeights();
        this.kernel = weights.get(0);
        this.bias = layer.useBias() ? weights.get(1) : null;
        this.activation = ActivationFunctions.byName(layer.activation());
    }

    private record Saved(INDArray rows, INDArray z, long[] inputShape) {
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        INDArray rows = input.rank() == 2 ? input : input.reshape('c', -1, input.size(input.rank() - 1));
        INDArray z = Nd4j.gemm(rows, kernel, false, false);
        if (bias != null) {
            z.addiRowVector(bias);
        }
        INDArray a = activation.apply(z);
        long[] outShape = input.shape().clone();
        outShape[outShape.length - 1] = kernel.size(1);
        INDArray out = input.rank() == 2 ? a : a.reshape('c', outShape);
        return Forward.of(out, new Saved(rows, activation.backwardUsesOnlyOutput() ? null : z, input.shape()));
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        Saved saved = (Saved) forward.saved();
        long units = kernel.size(1);
        INDArray a = forward.output().rank() == 2 ? forward.output() : forward.output().reshape('c', -1, units);
        INDArray g = outputGradient.rank() == 2 ? outputGradient : outputGradient.reshape('c', -1, units);
        INDArray dz = activation.backward(saved.z(), a, g);
        if (weightGradients != null) {
            weightGradients.add(0, Nd4j.gemm(saved.rows(), dz, true, false));
            if (bias != null) {
                weightGradients.add(1, dz.sum(0));
            }
        }
        if (!inputGradientNeeded) {
            return null;
        }
        INDArray dx = Nd4j.gemm(dz, kernel, false, true);
        return saved.inputShape().length == 2 ? dx : dx.reshape('c', saved.inputShape());
    }
}
