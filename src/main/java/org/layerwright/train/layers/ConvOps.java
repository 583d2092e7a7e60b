package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A channels-last convolution-like operation with its gradients, so one kernel class can run plain, depthwise,
 * transposed, 1-D, 2-D and 3-D convolutions alike.
 */
interface ConvOps {
    /** x (N, spatial..., in) * w + b (b may be null). */
    INDArray conv(INDArray x, INDArray w, INDArray b);

    /** The gradients of {@link #conv} given d loss / d output: [dx, dw, db] (db absent without a bias). */
    INDArray[] convBackward(INDArray x, INDArray w, INDArray b, INDArray gradOut);
}
