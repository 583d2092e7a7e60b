package org.layerwright.train.layers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.layerwright.core.Layer;
import org.layerwright.core.layers.activations.LeakyReLU;
import org.layerwright.core.layers.activations.ReLU;
import org.layerwright.core.layers.activations.Softmax;
import org.layerwright.core.layers.convolution.Conv;
import org.layerwright.core.layers.convolution.Conv1D;
import org.layerwright.core.layers.convolution.Conv2D;
import org.layerwright.core.layers.core.Activation;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.merging.Add;
import org.layerwright.core.layers.merging.Concatenate;
import org.layerwright.core.layers.normalization.BatchNormalization;
import org.layerwright.core.layers.pooling.AveragePooling2D;
import org.layerwright.core.layers.pooling.GlobalAveragePooling2D;
import org.layerwright.core.layers.pooling.MaxPooling2D;
import org.layerwright.core.layers.regularization.Dropout;
import org.layerwright.core.layers.reshaping.Flatten;
import org.layerwright.core.layers.reshaping.Reshape;
import org.layerwright.train.UnsupportedLayerException;
import org.layerwright.train.activations.ActivationFunctions;

/**
 * Which {@link LayerKernel} trains each layer class. A new layer is made trainable by registering a factory for its
 * exact class: {@code KernelRegistry.register(GRU.class, GruKernel::new)}. A layer whose class has no factory makes
 * {@link #create} throw {@link UnsupportedLayerException} naming the layer.
 */
public final class KernelRegistry {
    private static final Map<Class<?>, Function<Layer, LayerKernel>> FACTORIES = new ConcurrentHashMap<>();

    static {
        register(Dense.class, DenseKernel::new);
        register(Activation.class, l -> new ActivationKernel(ActivationFunctions.byName(l.activation())));
        register(ReLU.class, l -> new ActivationKernel(new ThresholdedRelu(l.maxValue(), l.negativeSlope(),
                l.threshold())));
        register(LeakyReLU.class, l -> new ActivationKernel(ActivationFunctions.leakyRelu(l.alpha())));
        register(Softmax.class, KernelRegistry::softmax);
        register(Dropout.class, KernelRegistry::dropout);
        register(Flatten.class, l -> {
            channelsLast(l, (String) l.getConfig().get("data_format"));
            return new ReshapeKernel(new int[0]);
        });
        register(Reshape.class, l -> new ReshapeKernel(l.targetShape()));
        register(Conv1D.class, KernelRegistry::conv);
        register(Conv2D.class, KernelRegistry::conv);
        register(MaxPooling2D.class, l -> new PoolingKernel(channelsLast(l, l.dataFormat()), true));
        register(AveragePooling2D.class, l -> new PoolingKernel(channelsLast(l, l.dataFormat()), false));
        register(GlobalAveragePooling2D.class, l -> new GlobalAveragePoolingKernel(
                channelsLast(l, l.dataFormat()).keepdims()));
        register(BatchNormalization.class, KernelRegistry::batchNormalization);
        register(Concatenate.class, l -> MergeKernels.concatenate(l.axis()));
        register(Add.class, l -> MergeKernels.add());
        SpatialKernels.registerAll();
        SequenceKernels.registerAll();
    }

    private KernelRegistry() {
    }

    /** Makes layers of exactly {@code type} trainable with kernels from {@code factory}. */
    @SuppressWarnings("unchecked")
    public static <L extends Layer> void register(Class<L> type, Function<? super L, ? extends LayerKernel> factory) {
        FACTORIES.put(type, layer -> factory.apply((L) layer));
    }

    /** True when layers of this class can be trained. */
    public static boolean supports(Class<? extends Layer> type) {
        return FACTORIES.containsKey(type);
    }

    /** The kernel that trains {@code layer}; throws {@link UnsupportedLayerException} when there is none. */
    public static LayerKernel create(Layer layer) {
        Function<Layer, LayerKernel> factory = FACTORIES.get(layer.getClass());
        if (factory == null) {
            throw unsupported(layer, "training does not support " + layer.className() + " layers yet");
        }
        return factory.apply(layer);
    }

    /** An error naming {@code layer} and saying what about it cannot be trained. */
    public static UnsupportedLayerException unsupported(Layer layer, String problem) {
        return new UnsupportedLayerException(layer.name(), layer.className(), "Layer '" + layer.name() + "' ("
                + layer.className() + "): " + problem + ". Trainable layers: " + supportedNames()
                + ". Replace the layer or train the model in Keras.");
    }

    private static String supportedNames() {
        return FACTORIES.keySet().stream().map(Class::getSimpleName).sorted().reduce((a, b) -> a + ", " + b)
                .orElse("none");
    }

    private static <L extends Layer> L channelsLast(L layer, String dataFormat) {
        if (dataFormat != null && !"channels_last".equals(dataFormat)) {
            throw unsupported(layer, "data_format '" + dataFormat + "' is not supported in training (only"
                    + " channels_last)");
        }
        return layer;
    }

    private static LayerKernel conv(Conv layer) {
        channelsLast(layer, layer.dataFormat());
        if (layer.groups() != 1) {
            throw unsupported(layer, "grouped convolution (groups=" + layer.groups() + ") is not supported in"
                    + " training");
        }
        return new ConvKernel(layer);
    }

    private static LayerKernel dropout(Dropout layer) {
        if (layer.getConfig().get("noise_shape") != null) {
            throw unsupported(layer, "noise_shape is not supported in training");
        }
        return new DropoutKernel(layer.rate());
    }


    private static LayerKernel softmax(Softmax layer) {
        int rank = layer.buildInputShapes().get(0).rank();
        if (layer.axis() != -1 && layer.axis() != rank - 1) {
            throw unsupported(layer, "softmax over axis " + layer.axis() + " is not supported in training (only the"
                    + " last axis)");
        }
        return new ActivationKernel(ActivationFunctions.byName("softmax"));
    }

    private static LayerKernel batchNormalization(BatchNormalization layer) {
        int rank = layer.buildInputShapes().get(0).rank();
        List<Integer> axes = layer.axes();
        if (axes.size() != 1 || axes.get(0) != rank - 1) {
            throw unsupported(layer, "normalising over axis " + axes + " is not supported in training (only the"
                    + " last axis)");
        }
        return new BatchNormalizationKernel(layer);
    }
}
