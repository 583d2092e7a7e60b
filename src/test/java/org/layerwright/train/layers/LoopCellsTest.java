package org.layerwright.train.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The loop LSTM and GRU steps give what the array steps give (which the gradient checks cover in float64), forward
 * and backward, so training a float32 recurrent layer through the faster cells changes nothing but the time.
 */
class LoopCellsTest {
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
    void lstmMatchesTheArrayCellForwardAndBackward(String activationName, String recurrentName) {
        ActivationFunction activation = ActivationFunctions.byName(activationName);
        ActivationFunction recurrent = ActivationFunctions.byName(recurrentName);
        INDArray recurrentKernel = random(1, UNITS, 4 * UNITS);
        RecurrentCell loop = LoopLstmCell.of(recurrentKernel, activation, recurrent);
        assertInstanceOf(LoopLstmCell.class, loop);
        assertSameSteps(new LstmCell(recurrentKernel, activation, recurrent), loop, 4);
    }

    @ParameterizedTest
    @CsvSource({"tanh, sigmoid, true", "relu, hard_sigmoid, true", "tanh, sigmoid, false"})
    void gruMatchesTheArrayCellForwardAndBackward(String activationName, String recurrentName, boolean bias) {
        ActivationFunction activation = ActivationFunctions.byName(activationName);
        ActivationFunction recurrent = ActivationFunctions.byName(recurrentName);
        INDArray recurrentKernel = random(1, UNITS, 3 * UNITS);
        INDArray recurrentBias = bias ? random(7, 2, 3 * UNITS).getRow(1) : null;
        RecurrentCell loop = LoopGruCell.of(recurrentKernel, recurrentBias, true, activation, recurrent);
        assertInstanceOf(LoopGruCell.class, loop);
        assertSameSteps(new GruCell(recurrentKernel, recurrentBias, true, activation, recurrent), loop, 3);
        assertInstanceOf(GruCell.class, LoopGruCell.of(recurrentKernel, null, false, activation, recurrent),
                "reset_after=False keeps the array cell");
    }

    /** Two steps' forward values and gradients agree, fed a strided time step as the recurrent kernel feeds it. */
    private static void assertSameSteps(RecurrentCell array, RecurrentCell loop, int gates) {
        INDArray projected = random(2, BATCH, 5, gates * UNITS).get(NDArrayIndex.all(), NDArrayIndex.point(2),
                NDArrayIndex.all());
        INDArray h = random(3, BATCH, UNITS);
        INDArray[] states = array.stateCount() == 2 ? new INDArray[] {h, random(4, BATCH, UNITS)} : new INDArray[] {h};

        RecurrentCell.Step fast = loop.forward(projected, h, states);
        RecurrentCell.Step slow = array.forward(projected, h, states);
        for (int i = 0; i < states.length; i++) {
            assertArrayEquals(values(slow.states()[i]), values(fast.states()[i]), 1e-5f, "state " + i);
        }

        INDArray[] stateGradients = new INDArray[states.length];
        for (int i = 0; i < states.length; i++) {
            stateGradients[i] = random(5 + i, BATCH, UNITS);
        }
        RecurrentCell.RecurrentGradients fastSums = new RecurrentCell.RecurrentGradients();
        RecurrentCell.RecurrentGradients slowSums = new RecurrentCell.RecurrentGradients();
        RecurrentCell.StepGradients fastGrads = loop.backward(fast, stateGradients, fastSums);
        RecurrentCell.StepGradients slowGrads = array.backward(slow, stateGradients, slowSums);
        loop.backward(fast, stateGradients, fastSums); // a second step adds to the recurrent weights' gradients
        array.backward(slow, stateGradients, slowSums);
        assertArrayEquals(values(slowGrads.projected()), values(fastGrads.projected()), 1e-5f, "d projected");
        assertArrayEquals(values(slowGrads.recurrentInput()), values(fastGrads.recurrentInput()), 1e-5f, "d h");
        for (int i = 0; i < states.length; i++) {
            if (slowGrads.states()[i] != null) {
                assertArrayEquals(values(slowGrads.states()[i]), values(fastGrads.states()[i]), 1e-5f, "d state " + i);
            }
        }
        assertArrayEquals(values(slowSums.recurrentKernel), values(fastSums.recurrentKernel), 1e-5f, "d U");
        if (slowSums.recurrentBias != null) {
            assertArrayEquals(values(slowSums.recurrentBias), values(fastSums.recurrentBias), 1e-5f, "d b");
        }
        assertEquals(slowSums.recurrentBias == null, fastSums.recurrentBias == null);
    }

    @ParameterizedTest
    @CsvSource({"softsign, sigmoid", "tanh, swish"})
    void otherActivationsKeepTheArrayCell(String activationName, String recurrentName) {
        RecurrentCell cell = LoopLstmCell.of(random(1, UNITS, 4 * UNITS), ActivationFunctions.byName(activationName),
                ActivationFunctions.byName(recurrentName));
        assertInstanceOf(LstmCell.class, cell);
    }
}
