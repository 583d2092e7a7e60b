package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.List;
import org.layerwright.core.Layer;
import org.layerwright.core.layers.ConvUtils;
import org.layerwright.core.layers.activations.ELU;
import org.layerwright.core.layers.activations.PReLU;
import org.layerwright.core.layers.activations.ThresholdedReLU;
import org.layerwright.core.layers.convolution.Conv;
import org.layerwright.core.layers.convolution.Conv1DTranspose;
import org.layerwright.core.layers.convolution.Conv2DTranspose;
import org.layerwright.core.layers.convolution.Conv3D;
import org.layerwright.core.layers.convolution.Conv3DTranspose;
import org.layerwright.core.layers.convolution.ConvTranspose;
import org.layerwright.core.layers.convolution.DepthwiseConv1D;
import org.layerwright.core.layers.convolution.DepthwiseConv2D;
import org.layerwright.core.layers.convolution.SeparableConv;
import org.layerwright.core.layers.convolution.SeparableConv1D;
import org.layerwright.core.layers.convolution.SeparableConv2D;
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
import org.layerwright.core.layers.pooling.GlobalPooling;
import org.layerwright.core.layers.pooling.MaxPooling1D;
import org.layerwright.core.layers.pooling.MaxPooling3D;
import org.layerwright.core.layers.pooling.Pooling;
import org.layerwright.core.layers.preprocessing.Normalization;
import org.layerwright.core.layers.preprocessing.Rescaling;
import org.layerwright.core.layers.regularization.AlphaDropout;
import org.layerwright.core.layers.regularization.GaussianDropout;
import org.layerwright.core.layers.regularization.GaussianNoise;
import org.layerwright.core.layers.regularization.SpatialDropout;
import org.layerwright.core.layers.regularization.SpatialDropout1D;
import org.layerwright.core.layers.regularization.SpatialDropout2D;
import org.layerwright.core.layers.regularization.SpatialDropout3D;
import org.layerwright.core.layers.reshaping.Borders;
import org.layerwright.core.layers.reshaping.Cropping1D;
import org.layerwright.core.layers.reshaping.Cropping2D;
import org.layerwright.core.layers.reshaping.Cropping3D;
import org.layerwright.core.layers.reshaping.Permute;
import org.layerwright.core.layers.reshaping.RepeatVector;
import org.layerwright.core.layers.reshaping.UpSampling;
import org.layerwright.core.layers.reshaping.UpSampling1D;
import org.layerwright.core.layers.reshaping.UpSampling2D;
import org.layerwright.core.layers.reshaping.UpSampling3D;
import org.layerwright.core.layers.reshaping.ZeroPadding1D;
import org.layerwright.core.layers.reshaping.ZeroPadding2D;
import org.layerwright.core.layers.reshaping.ZeroPadding3D;

/**
 * Registers the kernels of the convolution, pooling, reshaping, normalization, preprocessing, activation,
 * regularization and merging layers beyond the first set (every non-sequence layer of the catalogue). Settings a
 * kernel cannot honour (channels_first data, grouped convolution, unusual axes) are refused when the kernel is made,
 * with a message naming the layer.
 */
public final class SpatialKernels {
    private SpatialKernels() {
    }

    /** Adds every factory to {@link KernelRegistry}. */
    public static void registerAll() {
        registerConvolutions();
        registerPooling();
        registerReshaping();
        registerNormalization();
        registerElementwise();
        registerMerging();
    }

    private static void registerConvolutions() {
        KernelRegistry.register(Conv3D.class, l -> new ConvolutionKernel(plainConv(l), nativeConv(l, false)));
        KernelRegistry.register(DepthwiseConv1D.class, l -> new ConvolutionKernel(plainConv(l), nativeConv(l, true)));
        KernelRegistry.register(DepthwiseConv2D.class, l -> new ConvolutionKernel(plainConv(l), nativeConv(l, true)));
        KernelRegistry.register(Conv1DTranspose.class, SpatialKernels::transposed);
        KernelRegistry.register(Conv2DTranspose.class, SpatialKernels::transposed);
        KernelRegistry.register(Conv3DTranspose.class, SpatialKernels::transposed);
        KernelRegistry.register(SeparableConv1D.class, SpatialKernels::separable);
        KernelRegistry.register(SeparableConv2D.class, SpatialKernels::separable);
    }

    private static void registerPooling() {
        KernelRegistry.register(MaxPooling1D.class, l -> new PoolingNdKernel(pooling(l), true));
        KernelRegistry.register(AveragePooling1D.class, l -> new PoolingNdKernel(pooling(l), false));
        KernelRegistry.register(MaxPooling3D.class, l -> new PoolingNdKernel(pooling(l), true));
        KernelRegistry.register(AveragePooling3D.class, l -> new PoolingNdKernel(pooling(l), false));
        KernelRegistry.register(GlobalAveragePooling1D.class,
                l -> new GlobalAveragePooling1DKernel(channelsLast(l, l.dataFormat()).keepdims()));
        KernelRegistry.register(GlobalAveragePooling3D.class, l -> globalPooling(l, false));
        KernelRegistry.register(GlobalMaxPooling1D.class, l -> globalPooling(l, true));
        KernelRegistry.register(GlobalMaxPooling2D.class, l -> globalPooling(l, true));
        KernelRegistry.register(GlobalMaxPooling3D.class, l -> globalPooling(l, true));
    }

    private static void registerReshaping() {
        KernelRegistry.register(Cropping1D.class, l -> ReshapingKernels.borders(borders(l), false));
        KernelRegistry.register(Cropping2D.class, l -> ReshapingKernels.borders(borders(l), false));
        KernelRegistry.register(Cropping3D.class, l -> ReshapingKernels.borders(borders(l), false));
        KernelRegistry.register(ZeroPadding1D.class, l -> ReshapingKernels.borders(borders(l), true));
        KernelRegistry.register(ZeroPadding2D.class, l -> ReshapingKernels.borders(borders(l), true));
        KernelRegistry.register(ZeroPadding3D.class, l -> ReshapingKernels.borders(borders(l), true));
        KernelRegistry.register(UpSampling1D.class, l -> new UpSamplingKernel(upSampling(l).size()));
        KernelRegistry.register(UpSampling2D.class, SpatialKernels::upSampling2d);
        KernelRegistry.register(UpSampling3D.class, l -> new UpSamplingKernel(upSampling(l).size()));
        KernelRegistry.register(Permute.class, l -> ReshapingKernels.permute(l.dims()));
        KernelRegistry.register(RepeatVector.class, l -> ReshapingKernels.repeatVector(l.n()));
        KernelRegistry.register(Identity.class, l -> ReshapingKernels.identity());
    }

    private static void registerNormalization() {
        KernelRegistry.register(LayerNormalization.class, SpatialKernels::layerNormalization);
        KernelRegistry.register(GroupNormalization.class, SpatialKernels::groupNormalization);
        KernelRegistry.register(UnitNormalization.class, l -> new UnitNormalizationKernel(rank(l),
                axes(l, l.getConfig().get("axis"))));
        KernelRegistry.register(Rescaling.class, l -> new ScaleShiftKernel(() -> PreprocessingAffine.rescaling(l,
                rank(l))));
        KernelRegistry.register(Normalization.class, l -> new ScaleShiftKernel(PreprocessingAffine.normalization(l)));
    }

    private static void registerElementwise() {
        KernelRegistry.register(PReLU.class, PReluKernel::new);
        KernelRegistry.register(ELU.class, l -> new ActivationKernel(new EluFunction(l.alpha())));
        KernelRegistry.register(ThresholdedReLU.class, l -> new ActivationKernel(new ThresholdedRelu(null, 0.0,
                l.theta())));
        KernelRegistry.register(SpatialDropout1D.class, SpatialKernels::spatialDropout);
        KernelRegistry.register(SpatialDropout2D.class, SpatialKernels::spatialDropout);
        KernelRegistry.register(SpatialDropout3D.class, SpatialKernels::spatialDropout);
        KernelRegistry.register(GaussianNoise.class, l -> NoiseKernels.gaussianNoise(l.stddev()));
        KernelRegistry.register(GaussianDropout.class, l -> NoiseKernels.gaussianDropout(l.rate()));
        KernelRegistry.register(AlphaDropout.class, l -> {
            noNoiseShape(l);
            return NoiseKernels.alphaDropout(l.rate());
        });
    }

    private static void registerMerging() {
        KernelRegistry.register(Subtract.class, l -> merge(l, ElementwiseMergeKernel.Op.SUBTRACT));
        KernelRegistry.register(Multiply.class, l -> merge(l, ElementwiseMergeKernel.Op.MULTIPLY));
        KernelRegistry.register(Average.class, l -> merge(l, ElementwiseMergeKernel.Op.AVERAGE));
        KernelRegistry.register(Maximum.class, l -> merge(l, ElementwiseMergeKernel.Op.MAXIMUM));
        KernelRegistry.register(Minimum.class, l -> merge(l, ElementwiseMergeKernel.Op.MINIMUM));
        KernelRegistry.register(Dot.class, SpatialKernels::dot);
    }

    // ---- checks shared by the factories ----

    private static <L extends Layer> L channelsLast(L layer, String dataFormat) {
        if (dataFormat != null && !"channels_last".equals(dataFormat)) {
            throw KernelRegistry.unsupported(layer, "data_format '" + dataFormat + "' is not supported in training"
                    + " (only channels_last)");
        }
        return layer;
    }

    private static int rank(Layer layer) {
        return layer.buildInputShapes().get(0).rank();
    }

    private static <L extends Conv> L plainConv(L layer) {
        channelsLast(layer, layer.dataFormat());
        if (layer.groups() != 1) {
            throw KernelRegistry.unsupported(layer, "grouped convolution (groups=" + layer.groups() + ") is not"
                    + " supported in training");
        }
        return layer;
    }

    private static ConvOps nativeConv(Conv layer, boolean depthwise) {
        int[] size = layer.kernelSize();
        boolean same = "same".equals(layer.padding());
        if (size.length == 3) {
            return NativeConvOps.conv3d(size, layer.strides(), layer.dilationRate(), same);
        }
        if (size.length == 2) {
            return NativeConvOps.conv2d(depthwise, size, layer.strides(), layer.dilationRate(), same);
        }
        return new OneDimensionalConvOps(NativeConvOps.conv2d(depthwise, new int[] {1, size[0]},
                new int[] {1, layer.strides()[0]}, new int[] {1, layer.dilationRate()[0]}, same));
    }

    private static LayerKernel transposed(ConvTranspose layer) {
        plainConv(layer);
        int[] size = layer.kernelSize();
        int[] strides = layer.strides();
        int[] dilation = layer.dilationRate();
        int[] outputPadding = layer.outputPadding();
        String padding = layer.padding();
        TransposedConvOps.OutputLengths lengths = in -> {
            long[] out = new long[in.length];
            for (int i = 0; i < in.length; i++) {
                out[i] = ConvUtils.deconvOutputLength((int) in[i], size[i], padding,
                        outputPadding == null ? null : outputPadding[i], strides[i], dilation[i]);
            }
            return out;
        };
        return new ConvolutionKernel(layer, new TransposedConvOps(nativeConv(layer, false), lengths));
    }

    private static LayerKernel separable(SeparableConv layer) {
        plainConv(layer);
        int[] size = layer.kernelSize();
        boolean causal = "causal".equals(layer.padding());
        int causalPad = causal ? layer.dilationRate()[0] * (size[0] - 1) : 0;
        ConvOps depthwise = size.length == 2
                ? NativeConvOps.conv2d(true, size, layer.strides(), layer.dilationRate(), "same".equals(
                        layer.padding()))
                : new OneDimensionalConvOps(NativeConvOps.conv2d(true, new int[] {1, size[0]},
                        new int[] {1, layer.strides()[0]}, new int[] {1, layer.dilationRate()[0]},
                        "same".equals(layer.padding())));
        return new SeparableConvKernel(layer, depthwise, causalPad);
    }

    private static Pooling pooling(Pooling layer) {
        return channelsLast(layer, layer.dataFormat());
    }

    private static LayerKernel globalPooling(GlobalPooling layer, boolean max) {
        return new GlobalPoolingKernel(max, channelsLast(layer, layer.dataFormat()).keepdims());
    }

    private static int[][] borders(Borders layer) {
        return channelsLast(layer, layer.dataFormat()).amounts();
    }

    private static UpSampling upSampling(UpSampling layer) {
        return channelsLast(layer, layer.dataFormat());
    }

    private static LayerKernel upSampling2d(UpSampling2D layer) {
        upSampling(layer);
        String interpolation = layer.interpolation();
        if ("bilinear".equals(interpolation)) {
            return new BilinearUpSamplingKernel(layer.size());
        }
        if (!"nearest".equals(interpolation)) {
            throw KernelRegistry.unsupported(layer, "interpolation '" + interpolation + "' is not supported in"
                    + " training (only 'nearest' and 'bilinear')");
        }
        return new UpSamplingKernel(layer.size());
    }

    /** Non-negative, ascending axes from an {@code axis} config value (an int or a list of ints). */
    private static List<Integer> axes(Layer layer, Object axis) {
        int rank = rank(layer);
        List<Integer> out = new ArrayList<>();
        List<?> values = axis instanceof List<?> list ? list : List.of(axis);
        for (Object v : values) {
            int a = ((Number) v).intValue();
            out.add(a < 0 ? a + rank : a);
        }
        out.sort(null);
        if (out.contains(0)) {
            throw KernelRegistry.unsupported(layer, "normalising over the batch axis is not supported in training");
        }
        return out;
    }

    private static LayerKernel layerNormalization(LayerNormalization layer) {
        List<Integer> axes = axes(layer, layer.axes());
        if (!axes.equals(layer.axes())) {
            throw KernelRegistry.unsupported(layer, "axes " + layer.axes() + " out of ascending order are not"
                    + " supported in training (list them in ascending order)");
        }
        return new LayerNormalizationKernel(layer, rank(layer));
    }

    private static LayerKernel groupNormalization(GroupNormalization layer) {
        int axis = layer.axis();
        if (axis != -1 && axis != rank(layer) - 1) {
            throw KernelRegistry.unsupported(layer, "groups along axis " + axis + " are not supported in training"
                    + " (only the last, channel axis)");
        }
        return new GroupNormalizationKernel(layer);
    }

    private static void noNoiseShape(Layer layer) {
        if (layer.getConfig().get("noise_shape") != null) {
            throw KernelRegistry.unsupported(layer, "noise_shape is not supported in training");
        }
    }

    private static LayerKernel spatialDropout(SpatialDropout layer) {
        noNoiseShape(layer);
        return NoiseKernels.spatialDropout(layer.rate());
    }

    private static LayerKernel merge(Layer layer, ElementwiseMergeKernel.Op op) {
        int rank = rank(layer);
        for (var shape : layer.buildInputShapes()) {
            if (shape.rank() != rank) {
                throw KernelRegistry.unsupported(layer, "merging inputs of different ranks is not supported in"
                        + " training (reshape them to one rank first)");
            }
        }
        return new ElementwiseMergeKernel(op);
    }

    private static LayerKernel dot(Dot layer) {
        List<org.layerwright.core.Shape> shapes = layer.buildInputShapes();
        int first = shapes.get(0).rank();
        int second = shapes.get(1).rank();
        Object raw = layer.getConfig().get("axes");
        int[] axes;
        if (raw instanceof List<?> pair) {
            int a = ((Number) pair.get(0)).intValue();
            int b = ((Number) pair.get(1)).intValue();
            axes = new int[] {a < 0 ? a + first : a, b < 0 ? b + second : b};
        } else {
            int a = ((Number) raw).intValue();
            axes = a < 0 ? new int[] {Math.floorMod(a, first), Math.floorMod(a, second)} : new int[] {a, a};
        }
        return new DotKernel(axes, layer.normalize());
    }
}
