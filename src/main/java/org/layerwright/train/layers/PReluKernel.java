package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.layers.activations.PReLU;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * PReLU: {@code x} where x &gt; 0, {@code alpha · x} elsewhere, with alpha (the input shape without the batch axis, 1 on
 * the shared axes) broadcast over the batch and the shared axes. alpha's gradient sums over those axes.
 */
final class PReluKernel extends SingleInputKernel {
    private final INDArray alpha;

    PReluKernel(PReLU layer) {
        this.alpha = layer.getWeights().get(0);
    }

    private INDArray broadcastAlpha(INDArray input) {
        long[] shape = new long[alpha.rank() + 1];
        shape[0] = 1;
        System.arraycopy(alpha.shape(), 0, shape, 1, alpha.rank());
        return alpha.reshape('c', shape).castTo(input.dataType()).broadcast(input.shape());
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        INDArray positive = Transforms.step(input, true);
        INDArray negativePart = input.mul(positive.rsub(1.0));
        INDArray out = input.mul(positive).addi(negativePart.mul(broadcastAlpha(input)));
        return Forward.of(out, new INDArray[] {positive, negativePart, input});
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        INDArray[] saved = (INDArray[]) forward.saved();
        INDArray positive = saved[0];
        if (weightGradients != null) {
            List<Integer> summed = new ArrayList<>();
            summed.add(0);
            for (int d = 0; d < alpha.rank(); d++) {
                if (alpha.size(d) == 1 && saved[2].size(d + 1) != 1) {
                    summed.add(d + 1);
                }
            }
            INDArray g = outputGradient.mul(saved[1]).sum(true, summed.stream().mapToInt(Integer::intValue)
                    .toArray());
            weightGradients.add(0, g.reshape('c', alpha.shape()).castTo(alpha.dataType()));
        }
        INDArray slope = positive.add(positive.rsub(1.0).muli(broadcastAlpha(saved[2])));
        return outputGradient.mul(slope);
    }
}
