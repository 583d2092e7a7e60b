package org.layerwright.train.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.layerwright.train.activations.ActivationFunction;
import org.layerwright.train.activations.ActivationFunctions;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The loop LSTM step gives what the array LSTM step gives (which the gradient checks cover in float64), forward
 * and backward, so training a float32 LSTM through the faster cell changes nothing but the time.
 */
class LoopLstmCellTest {
    private static final int BATCH = 3;
    private static final int UNITS = 4;

    private static INDArray random(long seed, long... shape) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.rand(DataType.FLOAT, shape).subi(0.5).muli(3.0);
    }

    private static float[] values(INDArray a) {
        return a.dup('c').data().asFloat();
    }

    @ParameterizedTest
    @CsvSource({"tanh, sigmoid", "relu, hard_sigmoid", "linear, sigmoid"})
    void matchesTheArrayCellForwardAndBackward(String activationName, String recurrentName) {
        ActivationFunction activation = ActivationFunctions.byName(activationName);
        ActivationFunction recurrent = ActivationFunctions.byName(recurrentName);
        INDArray recurrentKernel = random(1, UNITS, 4 * UNITS);
        RecurrentCell loop = LoopLstmCell.of(recurrentKernel, activation, recurrent);
        assertInstanceOf(LoopLstmCell.class, loop);
        RecurrentCell array = new LstmCell(recurrentKernel, activation, recurrent);
        // A strided view, as the kernel passes one time step of (batch, steps, 4 × units).
        INDArray projected = random(2, BATCH, 5, 4 * UNITS).get(NDArrayIndex.all(), NDArrayIndex.point(2),
                NDArrayIndex.all());
        INDArray h = random(3, BATCH, UNITS);
        INDArray[] states = {h, random(4, BATCH, UNITS)};

        RecurrentCell.Step fast = loop.forward(projected, h, states);
        RecurrentCell.Step slow = array.forward(projected, h, states);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(values(slow.states()[i]), values(fast.states()[i]), 1e-5f, "state " + i);
        }

        INDArray[] stateGradients = {random(5, BATCH, UNITS), random(6, BATCH, UNITS)};
        RecurrentCell.RecurrentGradients fastSums = new RecurrentCell.RecurrentGradients();
        RecurrentCell.RecurrentGradients slowSums = new RecurrentCell.RecurrentGradients();
        RecurrentCell.StepGradients fastGrads = loop.backward(fast, stateGradients, fastSums);
        RecurrentCell.StepGradients slowGrads = array.backward(slow, stateGradients, slowSums);
        loop.backward(fast, stateGradients, fastSums); // a second step adds to the recurrent kernel's gradient
        array.backward(slow, stateGradients, slowSums);
        assertArrayEquals(values(slowGrads.projected()), values(fastGrads.projected()), 1e-5f, "d projected");
        assertArrayEquals(values(slowGrads.recurrentInput()), values(fastGrads.recurrentInput()), 1e-5f, "d h");
        assertArrayEquals(values(slowGrads.states()[1]), values(fastGrads.states()[1]), 1e-5f, "d c_prev");
        assertArrayEquals(values(slowSums.recurrentKernel), values(fastSums.recurrentKernel), 1e-5f, "d U");
    }

    @ParameterizedTest
    @CsvSource({"softsign, sigmoid", "tanh, swish"})
    void otherActivationsKeepTheArrayCell(String activationName, String recurrentName) {
        RecurrentCell cell = LoopLstmCell.of(random(1, UNITS, 4 * UNITS), ActivationFunctions.byName(activationName),
                ActivationFunctions.byName(recurrentName));
        assertInstanceOf(LstmCell.class, cell);
    }
}
