package org.layerwright.train.layers;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerwright.core.AddLoss;
import org.layerwright.core.Layer;
import org.layerwright.core.layers.activations.LeakyReLU;
import org.layerwright.core.layers.activations.ReLU;
import org.layerwright.core.layers.convolution.ConvLSTM2D;
import org.layerwright.core.layers.core.Activation;
import org.layerwright.core.layers.core.Dense;
import org.layerwright.core.layers.core.Embedding;
import org.layerwright.core.layers.core.Masking;
import org.layerwright.core.layers.recurrent.Bidirectional;
import org.layerwright.core.layers.recurrent.CellRNN;
import org.layerwright.core.layers.recurrent.GRU;
import org.layerwright.core.layers.recurrent.LSTM;
import org.layerwright.core.layers.recurrent.RNN;
import org.layerwright.core.layers.recurrent.SimpleRNN;
import org.layerwright.core.layers.recurrent.TimeDistributed;
import org.layerwright.core.layers.regularization.ActivityRegularization;
import org.layerwright.core.layers.regularization.Dropout;
import org.layerwright.train.activations.ActivationFunction;
import org.layerwright.train.activations.ActivationFunctions;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Kernels for sequence models: SimpleRNN, GRU and LSTM (one {@link RecurrentKernel} around each cell), Bidirectional,
 * TimeDistributed, Masking and Embedding with {@code mask_zero}, and the attention layers.
 */
public final class SequenceKernels {
    /** Layers that, as in Keras ({@code supports_masking}), pass their input's mask on unchanged. */
    private static final Set<Class<? extends Layer>> PASS_MASK = Set.of(Dropout.class, Activation.class, Dense.class,
            ReLU.class, LeakyReLU.class);

    private SequenceKernels() {
    }

    /** Registers every sequence kernel with {@link KernelRegistry}. */
    public static void registerAll() {
        KernelRegistry.register(SimpleRNN.class, l -> recurrent(l, l.getWeights(), 0, false));
        KernelRegistry.register(GRU.class, l -> recurrent(l, l.getWeights(), 0, false));
        KernelRegistry.register(LSTM.class, l -> recurrent(l, l.getWeights(), 0, false));
        KernelRegistry.register(Bidirectional.class, SequenceKernels::bidirectional);
        KernelRegistry.register(TimeDistributed.class, SequenceKernels::timeDistributed);
        KernelRegistry.register(ConvLSTM2D.class, SequenceKernels::convLstm);
        KernelRegistry.register(Masking.class, l -> new MaskingKernel(l.maskValue()));
        KernelRegistry.register(Embedding.class, l -> l.maskZero() ? new MaskedEmbeddingKernel(new EmbeddingKernel(l))
                : new EmbeddingKernel(l));
        AttentionKernels.registerAll();
        // Both pass their input through; the executor adds what they contribute to the loss.
        KernelRegistry.register(AddLoss.class, l -> new ActivationKernel(ActivationFunctions.byName("linear")));
        KernelRegistry.register(ActivityRegularization.class,
                l -> new ActivationKernel(ActivationFunctions.byName("linear")));
    }

    /** True when {@code layer} passes the mask of its input on unchanged, as Keras layers with supports_masking. */
    public static boolean passesMask(Layer layer) {
        return PASS_MASK.contains(layer.getClass());
    }

    /**
     * The kernel of a SimpleRNN, GRU or LSTM whose weights (kernel, recurrent_kernel, bias) start at
     * {@code offset} in {@code weights}.
     */
    static RecurrentKernel recurrent(RNN layer, List<INDArray> weights, int offset, boolean zeroOutputForMask) {
        if (!(layer instanceof CellRNN<?> cellLayer)) {
            throw KernelRegistry.unsupported(layer, "training supports SimpleRNN, GRU and LSTM as recurrent layers");
        }
        Map<String, Object> config = layer.getConfig();
        if (layer.stateful()) {
            throw KernelRegistry.unsupported(layer, "stateful=True is not supported in training (the state would have"
                    + " to carry over between batches); use stateful=False");
        }
        if (layer.timeMajor()) {
            throw KernelRegistry.unsupported(layer, "time_major=True is not supported in training; use batch-major"
                    + " inputs (batch, timesteps, features)");
        }
        double dropout = cellLayer.dropout();
        double recurrentDropout = cellLayer.recurrentDropout();
        if (dropout >= 1.0 || recurrentDropout >= 1.0) {
            throw KernelRegistry.unsupported(layer, "a dropout rate of 1 drops everything (Keras then skips dropout);"
                    + " use a rate below 1");
        }
        if (dropout + recurrentDropout > 0.0 && Integer.valueOf(1).equals(config.get("implementation"))) {
            throw KernelRegistry.unsupported(layer, "dropout with implementation=1 draws one mask per gate, which"
                    + " training does not do; use implementation=2");
        }
        if (recurrentDropout > 0.0 && layer instanceof GRU) {
            throw KernelRegistry.unsupported(layer, "recurrent_dropout is not supported in training for GRU (Keras"
                    + " versions disagree on where GRU applies it); use recurrent_dropout=0");
        }
        ActivationFunction activation = ActivationFunctions.byName(cellLayer.activation());
        ActivationFunction recurrentActivation = ActivationFunctions.byName(cellLayer.recurrentActivation());
        INDArray kernel = weights.get(offset);
        INDArray recurrentKernel = weights.get(offset + 1);
        INDArray bias = cellLayer.useBias() ? weights.get(offset + 2) : null;
        RecurrentCell cell;
        boolean stackedBias = false;
        if (layer instanceof LSTM) {
            cell = LoopLstmCell.of(recurrentKernel, activation, recurrentActivation);
        } else if (layer instanceof GRU gru) {
            stackedBias = gru.resetAfter() && bias != null;
            cell = LoopGruCell.of(recurrentKernel, stackedBias ? bias.getRow(1) : null, gru.resetAfter(), activation,
                    recurrentActivation);
        } else {
            cell = new SimpleRnnCell(recurrentKernel, activation);
        }
        RecurrentKernel.Options options = new RecurrentKernel.Options(layer.returnSequences(), layer.returnState(),
                layer.goBackwards(), zeroOutputForMask && layer.returnSequences(), dropout, recurrentDropout);
        return new RecurrentKernel(cell, kernel, bias, stackedBias, options,
                new RecurrentKernel.WeightSlots(offset, offset + 1, offset + 2));
    }

    private static LayerKernel bidirectional(Bidirectional layer) {
        if (layer.buildInputShapes().size() > 1) {
            throw KernelRegistry.unsupported(layer, "initial states are not supported in training for Bidirectional;"
                    + " call it on the sequence only");
        }
        List<INDArray> weights = layer.getWeights();
        int forwardCount = layer.forwardLayer().weightSpecs().size();
        // Keras's Bidirectional zeroes the outputs at padding steps when it returns sequences.
        RecurrentKernel forward = recurrent(layer.forwardLayer(), weights, 0, true);
        RecurrentKernel backward = recurrent(layer.backwardLayer(), weights, forwardCount, true);
        int states = layer.forwardLayer() instanceof LSTM ? 2 : 1;
        return new BidirectionalKernel(forward, backward, layer.mergeMode(), layer.forwardLayer().returnSequences(),
                states);
    }

    private static LayerKernel convLstm(ConvLSTM2D layer) {
        Map<String, Object> config = layer.getConfig();
        if (!"channels_last".equals(config.get("data_format"))) {
            throw KernelRegistry.unsupported(layer, "data_format '" + config.get("data_format") + "' is not supported"
                    + " in training (only channels_last)");
        }
        if (Boolean.TRUE.equals(config.get("stateful"))) {
            throw KernelRegistry.unsupported(layer, "stateful=True is not supported in training; use stateful=False");
        }
        for (String rate : List.of("dropout", "recurrent_dropout")) {
            if (((Number) config.get(rate)).doubleValue() > 0.0) {
                throw KernelRegistry.unsupported(layer, rate + " is not supported in training for ConvLSTM2D (use 0)");
            }
        }
        if (layer.buildInputShapes().size() > 1) {
            throw KernelRegistry.unsupported(layer, "initial states are not supported in training for ConvLSTM2D;"
                    + " call it on the frames only");
        }
        int[] kernel = ints(config.get("kernel_size"));
        Conv2dOps inputConv = new Conv2dOps(kernel, ints(config.get("strides")), ints(config.get("dilation_rate")),
                "same".equals(config.get("padding")));
        Conv2dOps recurrentConv = new Conv2dOps(kernel, new int[] {1, 1}, new int[] {1, 1}, true);
        return new ConvLstmKernel(layer.getWeights(), Boolean.TRUE.equals(config.get("use_bias")), inputConv,
                recurrentConv, ActivationFunctions.byName((String) config.get("activation")),
                ActivationFunctions.byName((String) config.get("recurrent_activation")),
                Boolean.TRUE.equals(config.get("return_sequences")), Boolean.TRUE.equals(config.get("return_state")),
                Boolean.TRUE.equals(config.get("go_backwards")));
    }

    private static int[] ints(Object tuple) {
        return ((List<?>) tuple).stream().mapToInt(v -> ((Number) v).intValue()).toArray();
    }

    private static LayerKernel timeDistributed(TimeDistributed layer) {
        Layer inner = layer.layer();
        if (!inner.weightSpecs().isEmpty()) {
            // The wrapper owns the weights; the wrapped layer works on the very same arrays.
            inner.setWeights(layer.getWeights());
        }
        return new TimeDistributedKernel(KernelRegistry.create(inner));
    }
}
