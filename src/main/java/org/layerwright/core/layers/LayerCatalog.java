package org.layerwright.core.layers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.layerwright.core.AddLoss;
import org.layerwright.core.InputLayer;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Sequential;
import org.layerwright.core.errors.InvalidConfigException;
import org.layerwright.core.layers.activations.LeakyReLU;
import org.layerwright.core.layers.activations.ReLU;
import org.layerwright.core.layers.activations.Softmax;
import org.layerwright.core.layers.convolution.Conv1D;
import org.layerwright.core.layers.convolution.Conv2D;
import org.layerwright.core.layers.core.Activation;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.core.Embedding;
import org.layerwright.core.layers.merging.Add;
import org.layerwright.core.layers.merging.Concatenate;
import org.layerwright.core.layers.normalization.BatchNormalization;
import org.layerwright.core.layers.pooling.AveragePooling2D;
import org.layerwright.core.layers.pooling.GlobalAveragePooling2D;
import org.layerwright.core.layers.pooling.MaxPooling2D;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.core.layers.regularization.Dropout;
import org.layerwright.core.layers.reshaping.Flatten;
import org.layerwright.core.layers.reshaping.Reshape;

/**
 * Every layer class Layerwright knows: its Keras class name, its palette group (as Keras groups its layers), and
 * how to make it from a config.
 */
public final class LayerCatalog {
    /** The palette groups, in the order the palette shows them. */
    public enum Group {
        CORE("Core"), CONVOLUTION("Convolution"), POOLING("Pooling"), NORMALIZATION("Normalization"),
        RECURRENT("Recurrent"), ATTENTION("Attention"), MERGING("Merging"), RESHAPING("Reshaping"),
        REGULARIZATION("Regularization"), ACTIVATION("Activation"), MODELS("Models");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** A layer class: name, group, and its {@code fromConfig}. */
    public static final class Entry {
        private final String className;
        private final Group group;
        private final Function<Object, Layer> factory;

        Entry(String className, Group group, Function<Object, Layer> factory) {
            this.className = className;
            this.group = group;
            this.factory = factory;
        }

        public String className() {
            return className;
        }

        public Group group() {
            return group;
        }

        /** Makes the layer from its config (a map; a bare list for old Sequential configs). */
        public Layer fromConfig(Object config) {
            return factory.apply(config);
        }
    }

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add("InputLayer", Group.CORE, InputLayer::fromConfig);
        add("Dense", Group.CORE, Dense::fromConfig);
        add("Activation", Group.CORE, Activation::fromConfig);
        add("Embedding", Group.CORE, Embedding::fromConfig);
        add("Conv1D", Group.CONVOLUTION, Conv1D::fromConfig);
        add("Conv2D", Group.CONVOLUTION, Conv2D::fromConfig);
        add("MaxPooling2D", Group.POOLING, MaxPooling2D::fromConfig);
        add("AveragePooling2D", Group.POOLING, AveragePooling2D::fromConfig);
        add("GlobalAveragePooling2D", Group.POOLING, GlobalAveragePooling2D::fromConfig);
        add("BatchNormalization", Group.NORMALIZATION, BatchNormalization::fromConfig);
        add("LSTM", Group.RECURRENT, LSTM::fromConfig);
        add("Concatenate", Group.MERGING, Concatenate::fromConfig);
        add("Add", Group.MERGING, Add::fromConfig);
        add("Flatten", Group.RESHAPING, Flatten::fromConfig);
        add("Reshape", Group.RESHAPING, Reshape::fromConfig);
        add("Dropout", Group.REGULARIZATION, Dropout::fromConfig);
        add("ReLU", Group.ACTIVATION, ReLU::fromConfig);
        add("Softmax", Group.ACTIVATION, Softmax::fromConfig);
        add("LeakyReLU", Group.ACTIVATION, LeakyReLU::fromConfig);
        add("AddLoss", Group.CORE, AddLoss::fromConfig);
        registerConvolutionPoolingReshapingAndMore();
        registerRecurrentAttentionAndMerging();
        ENTRIES.put("Sequential", new Entry("Sequential", Group.MODELS, Sequential::fromConfig));
        ENTRIES.put("Functional", new Entry("Functional", Group.MODELS, config -> Model.fromConfig(asMap("Functional",
                config))));
        ENTRIES.put("Model", new Entry("Model", Group.MODELS, config -> Model.fromConfig(asMap("Model", config))));
    }

    private LayerCatalog() {
    }

    /** Convolution, pooling, reshaping, normalization, regularization, activation and core layers beyond the first. */
    private static void registerConvolutionPoolingReshapingAndMore() {
        add("Conv3D", Group.CONVOLUTION, org.layerwright.core.layers.convolution.Conv3D::fromConfig);
        add("Conv1DTranspose", Group.CONVOLUTION, org.layerwright.core.layers.convolution.Conv1DTranspose::fromConfig);
        add("Conv2DTranspose", Group.CONVOLUTION, org.layerwright.core.layers.convolution.Conv2DTranspose::fromConfig);
        add("Conv3DTranspose", Group.CONVOLUTION, org.layerwright.core.layers.convolution.Conv3DTranspose::fromConfig);
        add("SeparableConv1D", Group.CONVOLUTION, org.layerwright.core.layers.convolution.SeparableConv1D::fromConfig);
        add("SeparableConv2D", Group.CONVOLUTION, org.layerwright.core.layers.convolution.SeparableConv2D::fromConfig);
        add("DepthwiseConv1D", Group.CONVOLUTION, org.layerwright.core.layers.convolution.DepthwiseConv1D::fromConfig);
        add("DepthwiseConv2D", Group.CONVOLUTION, org.layerwright.core.layers.convolution.DepthwiseConv2D::fromConfig);
        add("ConvLSTM2D", Group.RECURRENT, org.layerwright.core.layers.convolution.ConvLSTM2D::fromConfig);
        add("MaxPooling1D", Group.POOLING, org.layerwright.core.layers.pooling.MaxPooling1D::fromConfig);
        add("MaxPooling3D", Group.POOLING, org.layerwright.core.layers.pooling.MaxPooling3D::fromConfig);
        add("AveragePooling1D", Group.POOLING, org.layerwright.core.layers.pooling.AveragePooling1D::fromConfig);
        add("AveragePooling3D", Group.POOLING, org.layerwright.core.layers.pooling.AveragePooling3D::fromConfig);
        add("GlobalMaxPooling1D", Group.POOLING, org.layerwright.core.layers.pooling.GlobalMaxPooling1D::fromConfig);
        add("GlobalMaxPooling2D", Group.POOLING, org.layerwright.core.layers.pooling.GlobalMaxPooling2D::fromConfig);
        add("GlobalMaxPooling3D", Group.POOLING, org.layerwright.core.layers.pooling.GlobalMaxPooling3D::fromConfig);
        add("GlobalAveragePooling1D", Group.POOLING,
                org.layerwright.core.layers.pooling.GlobalAveragePooling1D::fromConfig);
        add("GlobalAveragePooling3D", Group.POOLING,
                org.layerwright.core.layers.pooling.GlobalAveragePooling3D::fromConfig);
        add("Permute", Group.RESHAPING, org.layerwright.core.layers.reshaping.Permute::fromConfig);
        add("RepeatVector", Group.RESHAPING, org.layerwright.core.layers.reshaping.RepeatVector::fromConfig);
        add("Cropping1D", Group.RESHAPING, org.layerwright.core.layers.reshaping.Cropping1D::fromConfig);
        add("Cropping2D", Group.RESHAPING, org.layerwright.core.layers.reshaping.Cropping2D::fromConfig);
        add("Cropping3D", Group.RESHAPING, org.layerwright.core.layers.reshaping.Cropping3D::fromConfig);
        add("ZeroPadding1D", Group.RESHAPING, org.layerwright.core.layers.reshaping.ZeroPadding1D::fromConfig);
        add("ZeroPadding2D", Group.RESHAPING, org.layerwright.core.layers.reshaping.ZeroPadding2D::fromConfig);
        add("ZeroPadding3D", Group.RESHAPING, org.layerwright.core.layers.reshaping.ZeroPadding3D::fromConfig);
        add("UpSampling1D", Group.RESHAPING, org.layerwright.core.layers.reshaping.UpSampling1D::fromConfig);
        add("UpSampling2D", Group.RESHAPING, org.layerwright.core.layers.reshaping.UpSampling2D::fromConfig);
        add("UpSampling3D", Group.RESHAPING, org.layerwright.core.layers.reshaping.UpSampling3D::fromConfig);
        add("LayerNormalization", Group.NORMALIZATION,
                org.layerwright.core.layers.normalization.LayerNormalization::fromConfig);
        add("GroupNormalization", Group.NORMALIZATION,
                org.layerwright.core.layers.normalization.GroupNormalization::fromConfig);
        add("UnitNormalization", Group.NORMALIZATION,
                org.layerwright.core.layers.normalization.UnitNormalization::fromConfig);
        add("Rescaling", Group.NORMALIZATION, org.layerwright.core.layers.preprocessing.Rescaling::fromConfig);
        add("Normalization", Group.NORMALIZATION, org.layerwright.core.layers.preprocessing.Normalization::fromConfig);
        add("SpatialDropout1D", Group.REGULARIZATION,
                org.layerwright.core.layers.regularization.SpatialDropout1D::fromConfig);
        add("SpatialDropout2D", Group.REGULARIZATION,
                org.layerwright.core.layers.regularization.SpatialDropout2D::fromConfig);
        add("SpatialDropout3D", Group.REGULARIZATION,
                org.layerwright.core.layers.regularization.SpatialDropout3D::fromConfig);
        add("GaussianNoise", Group.REGULARIZATION,
                org.layerwright.core.layers.regularization.GaussianNoise::fromConfig);
        add("GaussianDropout", Group.REGULARIZATION,
                org.layerwright.core.layers.regularization.GaussianDropout::fromConfig);
        add("AlphaDropout", Group.REGULARIZATION, org.layerwright.core.layers.regularization.AlphaDropout::fromConfig);
        add("ActivityRegularization", Group.REGULARIZATION,
                org.layerwright.core.layers.regularization.ActivityRegularization::fromConfig);
        add("PReLU", Group.ACTIVATION, org.layerwright.core.layers.activations.PReLU::fromConfig);
        add("ELU", Group.ACTIVATION, org.layerwright.core.layers.activations.ELU::fromConfig);
        add("ThresholdedReLU", Group.ACTIVATION, org.layerwright.core.layers.activations.ThresholdedReLU::fromConfig);
        add("Masking", Group.CORE, org.layerwright.core.layers.core.Masking::fromConfig);
        add("Identity", Group.CORE, org.layerwright.core.layers.core.Identity::fromConfig);
        add("Lambda", Group.CORE, org.layerwright.core.layers.core.Lambda::fromConfig);
    }

    /** Recurrent, attention and merging layers beyond the first. */
    private static void registerRecurrentAttentionAndMerging() {
        add("SimpleRNN", Group.RECURRENT, org.layerwright.core.layers.recurrent.SimpleRNN::fromConfig);
        add("GRU", Group.RECURRENT, org.layerwright.core.layers.recurrent.GRU::fromConfig);
        add("Bidirectional", Group.RECURRENT, org.layerwright.core.layers.recurrent.Bidirectional::fromConfig);
        add("TimeDistributed", Group.RECURRENT, org.layerwright.core.layers.recurrent.TimeDistributed::fromConfig);
        add("Attention", Group.ATTENTION, org.layerwright.core.layers.attention.Attention::fromConfig);
        add("AdditiveAttention", Group.ATTENTION, org.layerwright.core.layers.attention.AdditiveAttention::fromConfig);
        add("MultiHeadAttention", Group.ATTENTION,
                org.layerwright.core.layers.attention.MultiHeadAttention::fromConfig);
        add("Subtract", Group.MERGING, org.layerwright.core.layers.merging.Subtract::fromConfig);
        add("Multiply", Group.MERGING, org.layerwright.core.layers.merging.Multiply::fromConfig);
        add("Average", Group.MERGING, org.layerwright.core.layers.merging.Average::fromConfig);
        add("Maximum", Group.MERGING, org.layerwright.core.layers.merging.Maximum::fromConfig);
        add("Minimum", Group.MERGING, org.layerwright.core.layers.merging.Minimum::fromConfig);
        add("Dot", Group.MERGING, org.layerwright.core.layers.merging.Dot::fromConfig);
    }

    private static void add(String className, Group group, Function<Map<String, Object>, ? extends Layer> factory) {
        ENTRIES.put(className, new Entry(className, group, config -> factory.apply(asMap(className, config))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(String className, Object config) {
        if (!(config instanceof Map)) {
            throw new InvalidConfigException("Layer of class " + className + ": \"config\" must be an object, found "
                    + config + ".");
        }
        return (Map<String, Object>) config;
    }

    /** The entry for a Keras class name, or null. */
    public static Entry find(String className) {
        return ENTRIES.get(className);
    }

    /** Every known class, in palette order within registration order. */
    public static List<Entry> all() {
        return Collections.unmodifiableList(new ArrayList<>(ENTRIES.values()));
    }
}
