package org.layerwright.train.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One time step of a recurrent layer, with the input already projected ({@code x · kernel + input bias}, computed for
 * every step at once by {@link RecurrentKernel}). The first state is the hidden state {@code h}, which is also the
 * step's output.
 */
interface RecurrentCell {
    /** How many state tensors the cell carries (LSTM: h and c; SimpleRNN and GRU: h). */
    int stateCount();

    /** The size of each state. */
    long units();

    /** Columns of the projected input: units times the number of gate blocks. */
    long projectedWidth();

    /**
     * Runs one step.
     *
     * @param projected the step's projected input (batch, projectedWidth)
     * @param recurrentInput the previous h as the recurrent product sees it (after recurrent dropout)
     * @param states the previous states
     * @return the step's values, whose {@link Step#states} are the new states
     */
    Step forward(INDArray projected, INDArray recurrentInput, INDArray[] states);

    /**
     * Back-propagates one step.
     *
     * @param step what {@link #forward} returned
     * @param stateGradients d loss / d new state, one per state (never null)
     * @param gradients where to add the recurrent weights' gradients
     * @return the gradients of the projected input, of the recurrent input, and of the previous states through
     *         their direct paths (not through the recurrent product)
     */
    StepGradients backward(Step step, INDArray[] stateGradients, RecurrentGradients gradients);

    /** The values of one step; {@code saved} is the cell's own record for backward. */
    record Step(INDArray[] states, Object saved) {
    }

    /** See {@link #backward}. */
    record StepGradients(INDArray projected, INDArray recurrentInput, INDArray[] states) {
    }

    /** Sums of the recurrent kernel's and the recurrent bias's gradients over the steps of one call. */
    final class RecurrentGradients {
        INDArray recurrentKernel;
        INDArray recurrentBias;

        void addKernel(INDArray g) {
            recurrentKernel = recurrentKernel == null ? g : recurrentKernel.addi(g);
        }

        /** Adds {@code previousH^T · dz} in place, in one matrix product with no temporary. */
        void addKernelProduct(INDArray previousH, INDArray dz) {
            if (recurrentKernel == null) {
                recurrentKernel = Nd4j.gemm(previousH, dz, true, false);
            } else {
                Nd4j.gemm(previousH, dz, recurrentKernel, true, false, 1.0, 1.0);
            }
        }

        void addBias(INDArray g) {
            recurrentBias = recurrentBias == null ? g : recurrentBias.addi(g);
        }
    }
}
