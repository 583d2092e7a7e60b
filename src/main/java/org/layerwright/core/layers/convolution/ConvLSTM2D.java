package org.layerwright.core.layers.convolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.InputSpec;
import org.layerwright.core.Keras;
import org.layerwright.core.Layer;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.config.KerasObject;
import org.layerwright.core.config.KerasObjects;
import org.layerwright.core.config.KerasObjects.Kind;
import org.layerwright.core.config.PyTuple;
import org.layerwright.core.layers.Activations;
import org.layerwright.core.layers.ConvUtils;

/**
 * A convolutional LSTM: an LSTM whose input and recurrent transformations are 2-D convolutions, so its state is
 * an image. Weights live in the cell, gate blocks {@code i, f, c, o} along the last axis:
 * {@code kernel (kh, kw, in, 4 × filters)}, {@code recurrent_kernel (kh, kw, filters, 4 × filters)},
 * {@code bias (4 × filters,)}.
 *
 * <p>Input shape: {@code (batch, time, height, width, channels)} (channels_last). Output shape:
 * {@code (batch, new_height, new_width, filters)}, or {@code (batch, time, new_height, new_width, filters)} with
 * {@code return_sequences}; {@code return_state} adds the two states, each {@code (batch, new_height, new_width,
 * filters)}.
 *
 * <pre>{@code
 * KerasTensor frames = Input.of(10, 40, 40, 1);
 * KerasTensor y = new ConvLSTM2D(40, 3).returnSequences(true).apply(frames);   // (None, 10, 38, 38, 40)
 * }</pre>
 */
public class ConvLSTM2D extends Layer {
    private static final List<String> REGULARIZER_AND_CONSTRAINT_KEYS = List.of("kernel_regularizer",
            "recurrent_regularizer", "bias_regularizer", "activity_regularizer", "kernel_constraint",
            "recurrent_constraint", "bias_constraint");

    private final int filters;
    private final int[] kernelSize;
    private int[] strides = {1, 1};
    private String padding = "valid";
    private String dataFormat = "channels_last";
    private int[] dilationRate = {1, 1};
    private String activation = "tanh";
    private String recurrentActivation = "hard_sigmoid";
    private boolean useBias = true;
    private boolean unitForgetBias = true;
    private double dropout;
    private double recurrentDropout;
    private boolean returnSequences;
    private boolean returnState;
    private boolean goBackwards;
    private boolean stateful;
    private final Map<String, KerasObject> objects = new java.util.LinkedHashMap<>();
    private String cellName;

    /** {@code kernelSize} is one size for both axes or two sizes (height, width). */
    public ConvLSTM2D(int filters, int... kernelSize) {
        this.filters = requirePositive("filters", filters);
        this.kernelSize = ConvUtils.positiveTuple("ConvLSTM2D", "kernel_size",
                kernelSize != null && kernelSize.length == 1 ? ConvUtils.repeat(kernelSize[0], 2) : kernelSize, 2);
        objects.put("kernel_initializer", KerasObjects.byName(Kind.INITIALIZER, "glorot_uniform"));
        objects.put("recurrent_initializer", KerasObjects.byName(Kind.INITIALIZER, "orthogonal"));
        objects.put("bias_initializer", KerasObjects.byName(Kind.INITIALIZER, "zeros"));
        for (String key : REGULARIZER_AND_CONSTRAINT_KEYS) {
            objects.put(key, null);
        }
    }

    public int filters() {
        return filters;
    }

    public ConvLSTM2D strides(int... strides) {
        this.strides = ConvUtils.positiveTuple(className(), "strides",
                strides.length == 1 ? ConvUtils.repeat(strides[0], 2) : strides, 2);
        return this;
    }

    public ConvLSTM2D padding(String padding) {
        this.padding = ConvUtils.padding(className(), padding, List.of("valid", "same"));
        return this;
    }

    public ConvLSTM2D dataFormat(String format) {
        this.dataFormat = ConvUtils.dataFormat(className(), format);
        return this;
    }

    public ConvLSTM2D dilationRate(int... rate) {
        this.dilationRate = ConvUtils.positiveTuple(className(), "dilation_rate",
                rate.length == 1 ? ConvUtils.repeat(rate[0], 2) : rate, 2);
        return this;
    }

    public ConvLSTM2D activation(String activation) {
        this.activation = Activations.check(activation);
        return this;
    }

    public ConvLSTM2D recurrentActivation(String activation) {
        this.recurrentActivation = Activations.check(activation);
        return this;
    }

    public ConvLSTM2D useBias(boolean useBias) {
        this.useBias = useBias;
        return this;
    }

    public ConvLSTM2D unitForgetBias(boolean unitForgetBias) {
        this.unitForgetBias = unitForgetBias;
        return this;
    }

    public ConvLSTM2D dropout(double rate) {
        this.dropout = requireFraction("dropout", rate);
        return this;
    }

    public ConvLSTM2D recurrentDropout(double rate) {
        this.recurrentDropout = requireFraction("recurrent_dropout", rate);
        return this;
    }

    public ConvLSTM2D returnSequences(boolean value) {
        this.returnSequences = value;
        return this;
    }

    public ConvLSTM2D returnState(boolean value) {
        this.returnState = value;
        return this;
    }

    public ConvLSTM2D goBackwards(boolean value) {
        this.goBackwards = value;
        return this;
    }

    public ConvLSTM2D stateful(boolean value) {
        this.stateful = value;
        return this;
    }

    /**
     * Sets an initializer, regularizer or constraint by its config key, e.g.
     * {@code object("kernel_regularizer", "l2")}.
     */
    public ConvLSTM2D object(String key, Object value) {
        if (!objects.containsKey(key)) {
            throw argumentError("key", "one of " + objects.keySet(), key, null);
        }
        Kind kind = key.endsWith("initializer") ? Kind.INITIALIZER : key.endsWith("regularizer") ? Kind.REGULARIZER
                : Kind.CONSTRAINT;
        objects.put(key, KerasObjects.resolve(kind, value));
        return this;
    }

    private double requireFraction(String argument, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw argumentError(argument, "a number in [0, 1]", value, "Use for example 0.2.");
        }
        return value;
    }

    /** The cell's name ({@code conv_lst_m2d_cell}, ...), which prefixes the weight names as in tf.keras. */
    public String cellName() {
        if (cellName == null) {
            cellName = Keras.uniqueObjectName(Keras.toSnakeCase("ConvLSTM2DCell"));
        }
        return cellName;
    }

    private boolean channelsFirst() {
        return "channels_first".equals(dataFormat);
    }

    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputShapes) {
        Shape input = inputShapes.get(0);
        if (input.rank() != 5) {
            throw shapeError(input, "expected rank 5 (batch, time, height, width, channels), found rank "
                    + input.rank(), input.rank() == 4 ? "Add a time axis first, e.g. Reshape((1, h, w, c)), or use"
                            + " Conv2D for single images." : null);
        }
        Integer channels = channelsFirst() ? input.dim(2) : input.dim(4);
        if (channels == null) {
            throw shapeError(input, "the channel axis must be known, found None", "Give the input a fixed number of"
                    + " channels.");
        }
        int first = channelsFirst() ? 3 : 2;
        Integer[] space = new Integer[2];
        for (int i = 0; i < 2; i++) {
            Integer n = input.dim(first + i);
            space[i] = ConvUtils.outputLength(n, kernelSize[i], padding, strides[i], dilationRate[i]);
            if (space[i] != null && space[i] <= 0) {
                throw shapeError(input, "the kernel (" + ConvUtils.dilatedKernel(kernelSize[i], dilationRate[i])
                        + " wide once dilated) is larger than the input (" + n + ") along spatial axis " + (i + 1),
                        "Use padding=\"same\", a smaller kernel_size, or larger frames.");
            }
        }
        Shape state = channelsFirst() ? Shape.of(input.dim(0), filters, space[0], space[1])
                : Shape.of(input.dim(0), space[0], space[1], filters);
        List<Shape> outputs = new ArrayList<>();
        outputs.add(returnSequences ? state.slice(0, 1).concat(Shape.of(input.dim(1))).concat(state.slice(1))
                : state);
        if (returnState) {
            outputs.add(state);
            outputs.add(state);
        }
        return outputs;
    }

    @Override
    protected void onBuild(Shape input) {
        int in = channelsFirst() ? input.dim(2) : input.dim(4);
        String cell = cellName() + "/";
        addWeight(cell + "kernel", Shape.of(kernelSize[0], kernelSize[1], in, 4 * filters),
                objects.get("kernel_initializer"), true);
        addWeight(cell + "recurrent_kernel", Shape.of(kernelSize[0], kernelSize[1], filters, 4 * filters),
                objects.get("recurrent_initializer"), true);
        if (useBias) {
            addWeight(cell + "bias", Shape.of(4 * filters), objects.get("bias_initializer"), true);
        }
        setInputSpec(InputSpec.ndim(5).withAxis(channelsFirst() ? 2 : 4, in));
    }

    /** {@code 4 gates × 40 × (3 × 3 × 1 + 3 × 3 × 40 + 1) = 59,200}. */
    @Override
    public String explainParams() {
        Shape input = buildInputShape();
        if (input == null) {
            return super.explainParams();
        }
        String k = kernelSize[0] + " × " + kernelSize[1];
        int in = channelsFirst() ? input.dim(2) : input.dim(4);
        return "4 gates × " + filters + " × (" + k + " × " + in + " + " + k + " × " + filters
                + (useBias ? " + 1" : "") + ") = " + group(countParams());
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("return_sequences", returnSequences);
        config.put("return_state", returnState);
        config.put("go_backwards", goBackwards);
        config.put("stateful", stateful);
        config.put("unroll", false);
        config.put("time_major", false);
        config.put("filters", filters);
        config.put("kernel_size", PyTuple.ofInts(kernelSize));
        config.put("strides", PyTuple.ofInts(strides));
        config.put("padding", padding);
        config.put("data_format", dataFormat);
        config.put("dilation_rate", PyTuple.ofInts(dilationRate));
        config.put("activation", activation);
        config.put("recurrent_activation", recurrentActivation);
        config.put("use_bias", useBias);
        config.put("kernel_initializer", KerasObjects.serialize(objects.get("kernel_initializer")));
        config.put("recurrent_initializer", KerasObjects.serialize(objects.get("recurrent_initializer")));
        config.put("bias_initializer", KerasObjects.serialize(objects.get("bias_initializer")));
        config.put("unit_forget_bias", unitForgetBias);
        for (String key : REGULARIZER_AND_CONSTRAINT_KEYS) {
            config.put(key, KerasObjects.serialize(objects.get(key)));
        }
        config.put("dropout", dropout);
        config.put("recurrent_dropout", recurrentDropout);
    }

    public static ConvLSTM2D fromConfig(Map<String, Object> config) {
        ConfigReader r = new ConfigReader("ConvLSTM2D", config);
        ConvLSTM2D layer = new ConvLSTM2D(r.requireInt("filters"), r.intTuple("kernel_size", 2, null));
        if (r.bool("unroll", false)) {
            throw layer.argumentError("unroll", "false", true, "Unrolling isn't possible with convolutional RNNs;"
                    + " set unroll to false.");
        }
        layer.returnSequences(r.bool("return_sequences", false)).returnState(r.bool("return_state", false))
                .goBackwards(r.bool("go_backwards", false)).stateful(r.bool("stateful", false))
                .strides(r.intTuple("strides", 2, new int[] {1, 1})).padding(r.string("padding", "valid"))
                .dataFormat(r.string("data_format", "channels_last"))
                .dilationRate(r.intTuple("dilation_rate", 2, new int[] {1, 1}))
                .activation(r.string("activation", "tanh"))
                .recurrentActivation(r.string("recurrent_activation", "hard_sigmoid"))
                .useBias(r.bool("use_bias", true)).unitForgetBias(r.bool("unit_forget_bias", true))
                .dropout(r.number("dropout", 0.0)).recurrentDropout(r.number("recurrent_dropout", 0.0));
        for (String key : new ArrayList<>(layer.objects.keySet())) {
            Kind kind = key.endsWith("initializer") ? Kind.INITIALIZER : key.endsWith("regularizer")
                    ? Kind.REGULARIZER : Kind.CONSTRAINT;
            layer.objects.put(key, r.object(kind, key, layer.objects.get(key)));
        }
        layer.readBaseConfig(r);
        return layer;
    }
}
