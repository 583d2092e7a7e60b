package org.layerwright.train.optimizers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A Keras optimizer: updates weights in place from their gradients. Each weight has a slot (its position in the
 * model's trainable weights) under which the optimizer keeps its state (moments, accumulators).
 */
public abstract class Optimizer {
    private double learningRate;
    private long iterations;
    private final Map<Integer, INDArray[]> state = new HashMap<>();

    protected Optimizer(double learningRate) {
        this.learningRate = learningRate;
    }

    /** Keras's name for this optimizer, such as {@code Adam}. */
    public abstract String name();

    /** The current learning rate (callbacks such as ReduceLROnPlateau change it). */
    public double learningRate() {
        return learningRate;
    }

    /** Sets the learning rate for the next steps. */
    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    /** The number of steps taken so far (Keras's {@code optimizer.iterations}). */
    public long iterations() {
        return iterations;
    }

    /** One step: updates {@code weights.get(i)} from {@code gradients.get(i)}; a null gradient leaves it alone. */
    public void apply(List<INDArray> weights, List<INDArray> gradients) {
        iterations++;
        for (int i = 0; i < weights.size(); i++) {
            INDArray gradient = gradients.get(i);
            if (gradient != null) {
                INDArray weight = weights.get(i);
                INDArray g = gradient.dataType() == weight.dataType() ? gradient : gradient.castTo(weight.dataType());
                update(weight, g, slots(i, weight));
            }
        }
    }

    /** How many state arrays (shaped like the weight) this optimizer keeps per weight. */
    protected abstract int stateCount();

    /** The initial value of the state arrays (0 for most optimizers). */
    protected double initialState() {
        return 0.0;
    }

    /**
     * Updates {@code weight} in place. {@link #iterations()} is the 1-based step number.
     *
     * @param gradient the gradient; the method may overwrite it
     * @param state this weight's state arrays
     */
    protected abstract void update(INDArray weight, INDArray gradient, INDArray[] state);

    private INDArray[] slots(int slot, INDArray weight) {
        INDArray[] arrays = state.get(slot);
        if (arrays == null) {
            arrays = new INDArray[stateCount()];
            // The state outlives the training step, so it must not live in the step's workspace.
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                for (int i = 0; i < arrays.length; i++) {
                    arrays[i] = Nd4j.valueArrayOf(weight.shape(), initialState(), weight.dataType());
                }
            }
            state.put(slot, arrays);
        }
        return arrays;
    }
}
