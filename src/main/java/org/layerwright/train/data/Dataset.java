package org.layerwright.train.data;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Samples and labels: {@code x} has the samples on axis 0 (float32), {@code y} holds class indices (float32, one per
 * sample) or targets; {@code classNames} may be empty.
 */
public record Dataset(String name, INDArray x, INDArray y, List<String> classNames) {
    /** The number of samples. */
    public int size() {
        return (int) x.size(0);
    }
}
