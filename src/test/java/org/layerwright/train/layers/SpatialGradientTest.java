package org.layerwright.train.layers;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerwright.train.layers.KernelHarness.TOLERANCE;
import static org.layerwright.train.layers.KernelHarness.checkAfterDense;
import static org.layerwright.train.layers.KernelHarness.random;
import static org.layerwright.train.layers.KernelHarness.randomDoubleWeights;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Input;
import org.layerwright.core.Keras;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Model;
import org.layerwright.core.layers.activations.ELU;
import org.layerwright.core.layers.activations.PReLU;
import org.layerwright.core.layers.activations.ThresholdedReLU;
import org.layerwright.core.layers.convolution.Conv1DTranspose;
import org.layerwright.core.layers.convolution.Conv2DTranspose;
import org.layerwright.core.layers.convolution.Conv3D;
import org.layerwright.core.layers.convolution.Conv3DTranspose;
import org.layerwright.core.layers.convolution.DepthwiseConv1D;
import org.layerwright.core.layers.convolution.DepthwiseConv2D;
import org.layerwright.core.layers.convolution.SeparableConv1D;
import org.layerwright.core.layers.convolution.SeparableConv2D;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.core.Identity;
import org.layerwright.core.layers.merging.Average;
import org.layerwright.core.layers.merging.Dot;
import org.layerwright.core.layers.merging.Maximum;
import org.layerwright.core.layers.merging.Minimum;
import org.layerwright.core.layers.merging.Multiply;
import org.layerwright.core.layers.merging.Subtract;
import org.layerwright.core.layers.normalization.GroupNormalization;
import org.layerwright.core.layers.normalization.LayerNormalization;
import org.layerwright.core.layers.normalization.UnitNormalization;
import org.layerwright.core.layers.pooling.AveragePooling1D;
import org.layerwright.core.layers.pooling.AveragePooling3D;
import org.layerwright.core.layers.pooling.GlobalAveragePooling1D;
import org.layerwright.core.layers.pooling.GlobalAveragePooling3D;
import org.layerwright.core.layers.pooling.GlobalMaxPooling1D;
import org.layerwright.core.layers.pooling.GlobalMaxPooling2D;
import org.layerwright.core.layers.pooling.GlobalMaxPooling3D;
import org.layerwright.core.layers.pooling.MaxPooling1D;
import org.layerwright.core.layers.pooling.MaxPooling3D;
import org.layerwright.core.layers.preprocessing.Normalization;
import org.layerwright.core.layers.preprocessing.Rescaling;
import org.layerwright.core.layers.regularization.ActivityRegularization;
import org.layerwright.core.layers.regularization.AlphaDropout;
import org.layerwright.core.layers.regularization.GaussianDropout;
import org.layerwright.core.layers.regularization.GaussianNoise;
import org.layerwright.core.layers.regularization.SpatialDropout1D;
import org.layerwright.core.layers.regularization.SpatialDropout2D;
import org.layerwright.core.layers.regularization.SpatialDropout3D;
import org.layerwright.core.layers.reshaping.Cropping1D;
import org.layerwright.core.layers.reshaping.Cropping2D;
import org.layerwright.core.layers.reshaping.Cropping3D;
import org.layerwright.core.layers.reshaping.Permute;
import org.layerwright.core.layers.reshaping.RepeatVector;
import org.layerwright.core.layers.reshaping.UpSampling1D;
import org.layerwright.core.layers.reshaping.UpSampling2D;
import org.layerwright.core.layers.reshaping.UpSampling3D;
import org.layerwright.core.layers.reshaping.ZeroPadding1D;
import org.layerwright.core.layers.reshaping.ZeroPadding2D;
import org.layerwright.core.layers.reshaping.ZeroPadding3D;
import org.layerwright.train.GraphExecutor;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Finite-difference gradient checks in double precision for the convolution, pooling, reshaping, normalization,
 * preprocessing, activation, noise and merge layers. Each layer sits after a linear Dense, so the Dense's weight
 * gradients also check the layer's input gradient.
 */
class SpatialGradientTest {
    @BeforeEach
    void clear() {
        Keras.clearSession();
    }

    @Test
    void conv3dValidSameStridesAndDilation() {
        checkAfterDense(x -> new Conv3D(2, 2, 2, 2).activation("tanh").apply(x), 2, 3, 4, 3, 1);
        checkAfterDense(x -> new Conv3D(2, 3, 2, 2).strides(2, 1, 2).padding("same").apply(x), 2, 4, 3, 4, 1);
        checkAfterDense(x -> new Conv3D(1, 2, 2, 2).dilationRate(2, 1, 1).useBias(false).apply(x), 2, 4, 3, 3, 1);
    }

    @Test
    void transposedConvolutions() {
        checkAfterDense(x -> new Conv1DTranspose(2, 3).strides(2).apply(x), 2, 4, 1);
        checkAfterDense(x -> new Conv1DTranspose(2, 3).strides(2).padding("same").activation("tanh").apply(x), 2, 4, 1);
        checkAfterDense(x -> new Conv2DTranspose(2, 3, 2).strides(2, 1).apply(x), 2, 3, 3, 1);
        checkAfterDense(x -> new Conv2DTranspose(2, 3, 3).strides(2, 2).padding("same").outputPadding(1, 0).apply(x), 2, 3, 3,
                1);
        checkAfterDense(x -> new Conv2DTranspose(1, 2, 2).strides(3, 3).useBias(false).apply(x), 2, 2, 3, 1);
        checkAfterDense(x -> new Conv2DTranspose(2, 2, 2).dilationRate(2, 1).apply(x), 2, 3, 3, 1);
        checkAfterDense(x -> new Conv3DTranspose(2, 2, 2, 2).strides(2, 1, 1).padding("same").apply(x), 2, 2, 3, 2, 1);
    }

    @Test
    void depthwiseConvolutions() {
        checkAfterDense(x -> new DepthwiseConv2D(3, 3).depthMultiplier(2).activation("relu").apply(x), 2, 5, 4, 1);
        checkAfterDense(x -> new DepthwiseConv2D(2, 3).strides(2, 2).padding("same").apply(x), 3, 5, 5, 1);
        checkAfterDense(x -> new DepthwiseConv1D(3).depthMultiplier(2).padding("same").apply(x), 2, 6, 1);
        checkAfterDense(x -> new DepthwiseConv1D(2).dilationRate(2).useBias(false).apply(x), 3, 6, 1);
    }

    @Test
    void separableConvolutions() {
        checkAfterDense(x -> new SeparableConv2D(3, 3, 3).depthMultiplier(2).activation("tanh").apply(x), 2, 5, 4, 1);
        checkAfterDense(x -> new SeparableConv2D(2, 2, 2).strides(2, 2).padding("same").apply(x), 3, 5, 5, 1);
        checkAfterDense(x -> new SeparableConv1D(2, 3).padding("causal").dilationRate(2).apply(x), 2, 7, 1);
        checkAfterDense(x -> new SeparableConv1D(3, 2).strides(2).useBias(false).apply(x), 2, 7, 1);
    }

    @Test
    void poolingLayers() {
        checkAfterDense(x -> new MaxPooling1D(2).apply(x), 2, 5, 1);
        checkAfterDense(x -> new MaxPooling1D(3).strides(2).padding("same").apply(x), 2, 6, 1);
        checkAfterDense(x -> new AveragePooling1D(3).strides(2).padding("same").apply(x), 2, 6, 1);
        checkAfterDense(x -> new MaxPooling3D(2, 2, 2).apply(x), 2, 4, 4, 3, 1);
        checkAfterDense(x -> new AveragePooling3D(2, 2, 2).padding("same").apply(x), 2, 3, 3, 3, 1);
    }

    @Test
    void globalPoolingLayers() {
        checkAfterDense(x -> new GlobalAveragePooling1D().apply(x), 3, 4, 1);
        checkAfterDense(x -> new GlobalAveragePooling3D().keepdims(true).apply(x), 2, 2, 3, 2, 1);
        checkAfterDense(x -> new GlobalMaxPooling1D().apply(x), 3, 4, 1);
        checkAfterDense(x -> new GlobalMaxPooling2D().keepdims(true).apply(x), 3, 3, 3, 1);
        checkAfterDense(x -> new GlobalMaxPooling3D().apply(x), 2, 2, 3, 2, 1);
    }

    @Test
    void croppingAndPadding() {
        checkAfterDense(x -> new Cropping1D(1, 2).apply(x), 2, 6, 1);
        checkAfterDense(x -> new Cropping2D(new int[][] {{1, 0}, {0, 2}}).apply(x), 2, 4, 4, 1);
        checkAfterDense(x -> new Cropping3D(1, 0, 1).apply(x), 2, 3, 2, 3, 1);
        checkAfterDense(x -> new Dense(2).apply(new ZeroPadding1D(2, 1).apply(x)), 2, 3, 1);
        checkAfterDense(x -> new Dense(2).apply(new ZeroPadding2D(new int[][] {{1, 0}, {2, 1}}).apply(x)), 2, 2, 2, 1);
        checkAfterDense(x -> new Dense(2).apply(new ZeroPadding3D(1, 0, 1).apply(x)), 2, 2, 2, 2, 1);
    }

    @Test
    void upSampling() {
        checkAfterDense(x -> new UpSampling1D(3).apply(x), 2, 3, 1);
        checkAfterDense(x -> new UpSampling2D(2, 3).apply(x), 2, 2, 3, 1);
        checkAfterDense(x -> new UpSampling2D(2, 3).interpolation("bilinear").apply(x), 2, 3, 2, 1);
        checkAfterDense(x -> new UpSampling3D(2, 1, 2).apply(x), 2, 2, 2, 2, 1);
    }

    @Test
    void permuteRepeatVectorAndIdentity() {
        checkAfterDense(x -> new Dense(2).apply(new Permute(2, 3, 1).apply(x)), 3, 2, 4, 1);
        checkAfterDense(x -> new Dense(2).apply(new RepeatVector(3).apply(x)), 4, 2);
        checkAfterDense(x -> new Identity().apply(x), 3, 2);
    }

    @Test
    void normalizationLayers() {
        checkAfterDense(x -> new LayerNormalization().apply(x), 4, 3);
        checkAfterDense(x -> new LayerNormalization().axis(List.of(1, 2)).apply(x), 3, 2, 1);
        checkAfterDense(x -> new LayerNormalization().axis(1).center(false).apply(x), 3, 4, 1);
        checkAfterDense(x -> new GroupNormalization(2).apply(x), 4, 3, 1);
        checkAfterDense(x -> new GroupNormalization(3).scale(false).apply(x), 6, 2, 2, 1);
        checkAfterDense(x -> new UnitNormalization().apply(x), 4, 3);
        checkAfterDense(x -> new UnitNormalization().axis(List.of(1, 2)).apply(x), 3, 2, 1);
    }

    @Test
    void preprocessingLayers() {
        checkAfterDense(x -> new Rescaling(0.5).offset(-1.0).apply(x), 3, 2);
        checkAfterDense(x -> new Normalization().apply(x), 3, 2);
        checkAfterDense(x -> new Normalization().meanAndVariance(List.of(0.5, -1.0, 2.0), List.of(4.0, 0.25, 1.0)).apply(x),
                3, 2);
    }

    @Test
    void activationLayers() {
        checkAfterDense(x -> new PReLU().apply(x), 3, 4);
        checkAfterDense(x -> new PReLU().sharedAxes(1, 2).apply(x), 3, 3, 2, 1);
        checkAfterDense(x -> new ELU(0.7).apply(x), 4, 3);
        checkAfterDense(x -> new ThresholdedReLU(0.3).apply(x), 4, 3);
    }

    @Test
    void noiseLayersWithFixedNoise() {
        checkAfterDense(x -> new SpatialDropout1D(0.5).apply(x), 3, 4, 1);
        checkAfterDense(x -> new SpatialDropout2D(0.4).apply(x), 3, 2, 2, 1);
        checkAfterDense(x -> new SpatialDropout3D(0.4).apply(x), 3, 2, 2, 2, 1);
        checkAfterDense(x -> new GaussianNoise(0.3).apply(x), 3, 2);
        checkAfterDense(x -> new GaussianDropout(0.3).apply(x), 3, 2);
        checkAfterDense(x -> new AlphaDropout(0.3).apply(x), 4, 3);
    }

    @Test
    void mergeLayersWithBroadcasting() {
        checkAfterDense(x -> new Subtract().apply(List.of(new Dense(3, "tanh").apply(x), x)), 3, 2);
        checkAfterDense(x -> new Multiply().apply(List.of(new Dense(3).apply(x), x, new Dense(3).apply(x))), 3, 2);
        checkAfterDense(x -> new Average().apply(List.of(new Dense(3).apply(x), x)), 3, 2);
        checkAfterDense(x -> new Maximum().apply(List.of(new Dense(3).apply(x), x, new Dense(3).apply(x))), 3, 2);
        checkAfterDense(x -> new Minimum().apply(List.of(new Dense(3).apply(x), x)), 3, 2);
        checkAfterDense(x -> new Multiply().apply(List.of(new Dense(1).apply(x), x)), 3, 4, 2);
    }

    @Test
    void dotLayers() {
        checkAfterDense(x -> new Dot(1).apply(List.of(new Dense(3).apply(x), x)), 3, 2);
        checkAfterDense(x -> new Dot(-1).normalize(true).apply(List.of(new Dense(3).apply(x), x)), 3, 2);
        checkAfterDense(x -> new Dot(2, 2).apply(List.of(new Dense(3).apply(x), x)), 3, 4, 2);
        checkAfterDense(x -> new Dot(1, 2).normalize(true).apply(List.of(new Dense(3).apply(x), x)), 4, 4, 2);
    }

    /** The executor's added loss and its gradient: L = Σ output · R + penalty, checked by central differences. */
    @Test
    void activityRegularizationAddsItsPenaltyAndGradient() {
        KerasTensor input = Input.of(3);
        Model model = new Model(input, new ActivityRegularization().l1(0.3).l2(0.2).apply(new Dense(4).apply(input)));
        randomDoubleWeights(model, 7);
        GraphExecutor executor = new GraphExecutor(model);
        List<INDArray> inputs = List.of(random(5, 3, 3));
        INDArray out = executor.forward(inputs, true).get(0);
        INDArray r = random(99, out.shape());
        executor.backward(List.of(r));
        INDArray kernel = executor.trainableWeights().get(0).reshape(-1);
        INDArray analytic = executor.trainableGradients().get(0).dup().reshape(-1);
        double h = 1e-6;
        for (long i = 0; i < kernel.length(); i++) {
            double original = kernel.getDouble(i);
            kernel.putScalar(i, original + h);
            double plus = executor.forward(inputs, true).get(0).mul(r).sumNumber().doubleValue() + executor.penaltyLoss();
            kernel.putScalar(i, original - h);
            double minus = executor.forward(inputs, true).get(0).mul(r).sumNumber().doubleValue()
                    + executor.penaltyLoss();
            kernel.putScalar(i, original);
            double numeric = (plus - minus) / (2 * h);
            assertTrue(Math.abs(numeric - analytic.getDouble(i)) < TOLERANCE, "kernel[" + i + "]: numeric " + numeric
                    + " vs analytic " + analytic.getDouble(i));
        }
    }
}
