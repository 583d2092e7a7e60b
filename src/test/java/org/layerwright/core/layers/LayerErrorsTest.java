package org.layerwright.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.errors.IncompatibleShapeException;
import org.layerwright.core.errors.InvalidLayerArgumentException;
import org.layerwright.core.layers.convolution.Conv2D;
import org.layerwright.core.layers.core.Activation;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.merging.Add;
import org.layerwright.core.layers.merging.Concatenate;
import org.layerwright.core.layers.reshaping.Reshape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad arguments and misfitting shapes raise typed errors that say what, what was expected, and how to fix it. */
class LayerErrorsTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    @Test
    void denseWithZeroUnits() {
        var e = assertThrows(InvalidLayerArgumentException.class, () -> new Dense(0));
        assertEquals("Invalid value for `units` of Dense: expected a positive integer, received units=0. Use 1 or"
                + " more.", e.getMessage());
    }

    @Test
    void unknownActivation() {
        var e = assertThrows(InvalidLayerArgumentException.class, () -> new Activation("relu7"));
        assertEquals("Unknown activation function: 'relu7'. Expected one of: linear, relu, relu6, sigmoid,"
                + " hard_sigmoid, tanh, softmax, log_softmax, softplus, softsign, elu, selu, swish, silu, gelu,"
                + " exponential, leaky_relu, mish.", e.getMessage());
    }

    @Test
    void kernelLargerThanInput() {
        KerasTensor x = Input.of(2, 2, 1);
        var e = assertThrows(IncompatibleShapeException.class, () -> new Conv2D(8, 3).apply(x));
        assertEquals("Layer 'conv2d' (Conv2D) cannot take input shape (None, 2, 2, 1): the kernel (3 wide once"
                + " dilated) is larger than the input (2) along spatial axis 1, so the output would have size 0."
                + " Use padding=\"same\", a smaller kernel_size, or a larger input.", e.getMessage());
        assertEquals("Use padding=\"same\", a smaller kernel_size, or a larger input.", e.suggestedFix());
    }

    @Test
    void convOnFlatImageSuggestsAChannelAxis() {
        KerasTensor x = Input.of(28, 28);
        var e = assertThrows(IncompatibleShapeException.class, () -> new Conv2D(8, 3).apply(x));
        assertEquals("Layer 'conv2d' (Conv2D) cannot take input shape (None, 28, 28): expected rank 4 (batch,"
                + " height, width, channels), found rank 3. Add a channel axis first, e.g. Reshape(28, 28, 1).",
                e.getMessage());
    }

    @Test
    void concatenateOfMismatchedShapes() {
        KerasTensor a = Input.of(16);
        KerasTensor b = Input.of(8, 2);
        var e = assertThrows(IncompatibleShapeException.class, () -> new Concatenate().apply(List.of(a, b)));
        assertEquals("Layer 'concatenate' (Concatenate): a `Concatenate` layer requires inputs with matching shapes"
                + " except for the concat axis. Got inputs shapes: [(None, 16), (None, 8, 2)]. Reshape or Flatten"
                + " the inputs so that every axis other than axis -1 matches.", e.getMessage());
    }

    @Test
    void reshapeThatChangesTheSize() {
        KerasTensor x = Input.of(28, 28);
        var e = assertThrows(IncompatibleShapeException.class, () -> new Reshape(700).apply(x));
        assertEquals("Layer 'reshape' (Reshape) cannot take input shape (None, 28, 28): total size of new array must"
                + " be unchanged, input_shape = [28, 28], output_shape = [700] (the input has 784 values). Pick a"
                + " target shape whose sizes multiply to 784, or use -1 for one of them.", e.getMessage());
    }

    @Test
    void addOfShapesThatDoNotBroadcast() {
        KerasTensor a = Input.of(16);
        KerasTensor b = Input.of(8);
        var e = assertThrows(IncompatibleShapeException.class, () -> new Add().apply(List.of(a, b)));
        assertEquals("Layer 'add' (Add): operands could not be broadcast together with shapes (16,) (8,). Input"
                + " shapes: [(None, 16), (None, 8)]. Make the inputs the same shape, for example with a Dense or"
                + " Reshape layer on one branch.", e.getMessage());
    }

    @Test
    void denseBuiltForOneSizeRefusesAnother() {
        Dense dense = new Dense(4);
        dense.apply(Input.of(3));
        var e = assertThrows(IncompatibleShapeException.class, () -> dense.apply(Input.of(5)));
        assertEquals("Layer 'dense' (Dense) cannot take input shape (None, 5): expected axis -1 to be 3 (the size it"
                + " was built for), found 5. Give it inputs of the size it was built for, or use a new layer.",
                e.getMessage());
    }
}
