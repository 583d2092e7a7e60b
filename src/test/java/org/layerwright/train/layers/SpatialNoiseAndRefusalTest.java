package org.layerwright.train.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerwright.train.layers.ForwardSupport.assertClose;
import static org.layerwright.train.layers.ForwardSupport.input;
import static org.layerwright.train.layers.ForwardSupport.plain;
import static org.layerwright.train.layers.ForwardSupport.run;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.layers.convolution.Conv3D;
import org.layerwright.core.layers.merging.Multiply;
import org.layerwright.core.layers.pooling.GlobalMaxPooling2D;
import org.layerwright.core.layers.regularization.ActivityRegularization;
import org.layerwright.core.layers.regularization.AlphaDropout;
import org.layerwright.core.layers.regularization.GaussianDropout;
import org.layerwright.core.layers.regularization.GaussianNoise;
import org.layerwright.core.layers.regularization.SpatialDropout2D;
import org.layerwright.core.layers.reshaping.UpSampling2D;
import org.layerwright.train.GraphExecutor;
import org.layerwright.train.UnsupportedLayerException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The noise layers (identity at inference, Keras's noise while training), ActivityRegularization's added loss, and
 * the settings training refuses, with their messages.
 */
class SpatialNoiseAndRefusalTest {
    @BeforeEach
    void clear() {
        Keras.clearSession();
        Nd4j.getRandom().setSeed(5);
    }

    private static Model single(Layer layer, Integer... shape) {
        KerasTensor in = Input.of(shape);
        return new Model(in, layer.apply(in));
    }

    @Test
    void noiseLayersAreTheIdentityAtInference() {
        INDArray x = input(1, 4, 3, 3, 2);
        for (Layer layer : List.of(new SpatialDropout2D(0.5), new GaussianNoise(1.0), new GaussianDropout(0.5),
                new AlphaDropout(0.5))) {
            assertClose(plain(x), run(single(layer, 3, 3, 2), false, x));
        }
    }

    @Test
    void spatialDropoutDropsWholeChannelsAndScalesTheRest() {
        INDArray x = input(2, 20, 3, 3, 4);
        double[] xs = plain(x);
        double[] out = run(single(new SpatialDropout2D(0.5), 3, 3, 4), true, x);
        int dropped = 0;
        for (int n = 0; n < 20; n++) {
            for (int c = 0; c < 4; c++) {
                boolean zero = out[n * 36 + c] == 0.0;
                dropped += zero ? 1 : 0;
                for (int cell = 0; cell < 9; cell++) {
                    int i = n * 36 + cell * 4 + c;
                    assertEquals(zero ? 0.0 : xs[i] * 2.0, out[i], 1e-5, "sample " + n + " channel " + c);
                }
            }
        }
        assertTrue(dropped > 20 && dropped < 60, dropped + " of 80 channels dropped");
    }

    @Test
    void gaussianNoiseAndDropoutHaveKerasStatistics() {
        INDArray x = Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.FLOAT, 400, 50);
        double[] noisy = run(single(new GaussianNoise(0.5), 50), true, x);
        double[] dropped = run(single(new GaussianDropout(0.2), 50), true, x);
        double[] noiseStats = stats(noisy);
        double[] dropStats = stats(dropped);
        assertEquals(1.0, noiseStats[0], 0.02);
        assertEquals(0.5, noiseStats[1], 0.02);
        assertEquals(1.0, dropStats[0], 0.02);
        assertEquals(Math.sqrt(0.2 / 0.8), dropStats[1], 0.02);
    }

    private static double[] stats(double[] values) {
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double variance = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElseThrow();
        return new double[] {mean, Math.sqrt(variance)};
    }

    @Test
    void alphaDropoutSetsDroppedValuesToTheSeluSaturationThenRescales() {
        double rate = 0.3;
        double alphaP = -1.6732632423543772 * 1.0507009873554805;
        double a = Math.pow((1 - rate) * (1 + rate * alphaP * alphaP), -0.5);
        double b = -a * alphaP * rate;
        INDArray x = input(3, 50, 8);
        double[] xs = plain(x);
        double[] out = run(single(new AlphaDropout(rate), 8), true, x);
        int dropped = 0;
        for (int i = 0; i < xs.length; i++) {
            boolean isDropped = Math.abs(out[i] - (a * alphaP + b)) < 1e-5;
            dropped += isDropped ? 1 : 0;
            assertEquals(isDropped ? a * alphaP + b : a * xs[i] + b, out[i], 1e-5, "value " + i);
        }
        assertTrue(dropped > 80 && dropped < 160, dropped + " of 400 dropped");
    }

    @Test
    void activityRegularizationAddsItsPenaltyPerSampleToTheLoss() {
        Model model = single(new ActivityRegularization().l1(0.1).l2(0.01), 3);
        INDArray x = Nd4j.createFromArray(new double[][] {{1, -2, 3}, {0, 0.5, -1}});
        GraphExecutor executor = new GraphExecutor(model);
        INDArray out = executor.forward(List.of(x), false).get(0);
        assertClose(plain(x), plain(out));
        double l1 = 1 + 2 + 3 + 0.5 + 1;
        double l2 = 1 + 4 + 9 + 0.25 + 1;
        assertEquals((0.1 * l1 + 0.01 * l2) / 2, executor.penaltyLoss(), 1e-12);
    }

    @Test
    void channelsFirstIsRefusedWithTheLayersName() {
        KerasTensor in = Input.of(2, 4, 4, 4);
        Model model = new Model(in, new Conv3D(2, 2, 2, 2).dataFormat("channels_first").apply(in));
        UnsupportedLayerException e = assertThrows(UnsupportedLayerException.class, () -> new GraphExecutor(model));
        assertTrue(e.getMessage().startsWith("Layer 'conv3d' (Conv3D): data_format 'channels_first' is not supported"
                + " in training (only channels_last). Trainable layers: "), e.getMessage());
        Keras.clearSession();
        Model pooled = single(new GlobalMaxPooling2D().dataFormat("channels_first"), 2, 3, 3);
        assertThrows(UnsupportedLayerException.class, () -> new GraphExecutor(pooled));
    }

    @Test
    void interpolationsOtherThanNearestAndBilinearAreRefused() {
        Model model = single(new UpSampling2D(2, 2).interpolation("bicubic"), 3, 3, 1);
        UnsupportedLayerException e = assertThrows(UnsupportedLayerException.class, () -> new GraphExecutor(model));
        assertTrue(e.getMessage().startsWith("Layer 'up_sampling2d' (UpSampling2D): interpolation 'bicubic' is not"
                + " supported in training (only 'nearest' and 'bilinear')."), e.getMessage());
    }

    @Test
    void mergingDifferentRanksIsRefused() {
        KerasTensor a = Input.of(3, 4);
        KerasTensor b = Input.of(4);
        Model model = new Model(List.of(a, b), List.of(new Multiply().apply(List.of(a, b))));
        UnsupportedLayerException e = assertThrows(UnsupportedLayerException.class, () -> new GraphExecutor(model));
        assertTrue(e.getMessage().contains("merging inputs of different ranks is not supported in training"),
                e.getMessage());
    }
}
