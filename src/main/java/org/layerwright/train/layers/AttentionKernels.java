package org.layerwright.train.layers;

import java.util.List;
import java.util.Map;
import org.layerwright.core.Layer;
import org.layerwright.core.Node;
import org.layerwright.core.Shape;
import org.layerwright.core.layers.attention.AdditiveAttention;
import org.layerwright.core.layers.attention.Attention;
import org.layerwright.core.layers.attention.BaseDenseAttention;
import org.layerwright.core.layers.attention.MultiHeadAttention;

/** Registers the attention kernels, refusing the call options training does not implement. */
final class AttentionKernels {
    private AttentionKernels() {
    }

    static void registerAll() {
        KernelRegistry.register(Attention.class, l -> dense(l, false, l.useScale()));
        KernelRegistry.register(AdditiveAttention.class, l -> dense(l, true, l.useScale()));
        KernelRegistry.register(MultiHeadAttention.class, AttentionKernels::multiHead);
    }

    /**
     * True when a call of the layer asks for {@code use_causal_mask=True}; throws when a call passes a mask or
     * asks for the attention scores, which training does not implement.
     */
    private static boolean causalCall(Layer layer) {
        boolean causal = false;
        for (Node node : layer.inboundNodes()) {
            for (Map.Entry<String, Object> e : node.kwargs().entrySet()) {
                String key = e.getKey();
                Object value = e.getValue();
                if ("use_causal_mask".equals(key)) {
                    causal |= Boolean.TRUE.equals(value);
                } else if (!"training".equals(key) && value != null && !Boolean.FALSE.equals(value)) {
                    throw KernelRegistry.unsupported(layer, "the call argument " + key + " is not supported in"
                            + " training (only use_causal_mask)");
                }
            }
        }
        return causal;
    }

    private static void requireSequences(Layer layer) {
        for (Shape shape : layer.buildInputShapes()) {
            if (shape.rank() != 3) {
                throw KernelRegistry.unsupported(layer, "inputs of shape " + shape + " are not supported in training"
                        + " (only sequences (batch, steps, features))");
            }
        }
    }

    private static LayerKernel dense(BaseDenseAttention layer, boolean additive, boolean useScale) {
        requireSequences(layer);
        boolean causal = layer.causal() || causalCall(layer);
        return new DenseAttentionKernel(additive, useScale ? layer.getWeights().get(0) : null, causal,
                layer.dropout());
    }

    private static LayerKernel multiHead(MultiHeadAttention layer) {
        requireSequences(layer);
        Map<String, Object> config = layer.getConfig();
        Object axes = config.get("attention_axes");
        if (axes instanceof List<?> list && !(list.size() == 1 && Integer.valueOf(1).equals(list.get(0)))) {
            throw KernelRegistry.unsupported(layer, "attention_axes " + axes + " is not supported in training (only"
                    + " the steps axis, (1,))");
        }
        Object outputShape = config.get("output_shape");
        if (outputShape instanceof List<?> list && list.size() != 1) {
            throw KernelRegistry.unsupported(layer, "output_shape " + outputShape + " is not supported in training"
                    + " (only one output feature axis)");
        }
        boolean useBias = Boolean.TRUE.equals(config.get("use_bias"));
        double dropout = ((Number) config.get("dropout")).doubleValue();
        return new MultiHeadAttentionKernel(layer.getWeights(), useBias, layer.numHeads(), layer.keyDim(),
                layer.valueDim(), causalCall(layer), dropout);
    }
}
