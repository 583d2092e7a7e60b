package org.layerwright.core.layers.convolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.InputSpec;
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
 * The common part of Conv1D, Conv2D and Conv3D (Keras's {@code Conv} base): arguments, output-length arithmetic,
 * kernel {@code (k..., in / groups, filters)} and bias {@code (filters,)}.
 */
public abstract class Conv extends Layer {
    private final int rank;
    private final int filters;
    private final int[] kernelSize;
    private int[] strides;
    private String padding = "valid";
    private String dataFormat = "channels_last";
    private int[] dilationRate;
    private int groups = 1;
    private String activation = "linear";
    private boolean useBias = true;
    private KerasObject kernelInitializer = KerasObjects.byName(Kind.INITIALIZER, "glorot_uniform");
    private KerasObject biasInitializer = KerasObjects.byName(Kind.INITIALIZER, "zeros");
    private KerasObject kernelRegularizer;
    private KerasObject biasRegularizer;
    private KerasObject activityRegularizer;
    private KerasObject kernelConstraint;
    private KerasObject biasConstraint;

    protected Conv(int rank, int filters, int[] kernelSize) {
        this.rank = rank;
        this.filters = requirePositive("filters", filters);
        this.kernelSize = ConvUtils.positiveTuple(className(), "kernel_size", kernelSize, rank);
        this.strides = ConvUtils.repeat(1, rank);
        this.dilationRate = ConvUtils.repeat(1, rank);
    }

    /**
     * For convolutions whose output channels follow from the input (depthwise): {@code filters()} is then 0 and the
     * subclass says how many channels come out through {@link #outputChannels(int)}.
     */
    protected Conv(int rank, int[] kernelSize) {
        this.rank = rank;
        this.filters = 0;
        this.kernelSize = ConvUtils.positiveTuple(className(), "kernel_size", kernelSize, rank);
        this.strides = ConvUtils.repeat(1, rank);
        this.dilationRate = ConvUtils.repeat(1, rank);
    }

    /** One size repeated on every axis when a single size is given, as Keras's {@code normalize_tuple}. */
    protected static int[] sameOnEveryAxis(int[] size, int rank) {
        return size != null && size.length == 1 ? ConvUtils.repeat(size[0], rank) : size;
    }

    /** The rank of the convolution: 1, 2 or 3 spatial axes. */
    public int rank() {
        return rank;
    }

    public int filters() {
        return filters;
    }

    public int[] kernelSize() {
        return kernelSize.clone();
    }

    public int[] strides() {
        return strides.clone();
    }

    public String padding() {
        return padding;
    }

    public String dataFormat() {
        return dataFormat;
    }

    public int[] dilationRate() {
        return dilationRate.clone();
    }

    public int groups() {
        return groups;
    }

    public String activation() {
        return activation;
    }

    public boolean useBias() {
        return useBias;
    }

    public Conv strides(int... strides) {
        this.strides = ConvUtils.positiveTuple(className(), "strides", expand(strides), rank);
        return this;
    }

    public Conv padding(String padding) {
        this.padding = ConvUtils.padding(className(), padding, allowedPaddings());
        return this;
    }

    public Conv dataFormat(String format) {
        this.dataFormat = ConvUtils.dataFormat(className(), format);
        return this;
    }

    public Conv dilationRate(int... rate) {
        this.dilationRate = ConvUtils.positiveTuple(className(), "dilation_rate", expand(rate), rank);
        return this;
    }

    public Conv groups(int groups) {
        this.groups = requirePositive("groups", groups);
        if (filters % groups != 0) {
            throw argumentError("groups", "a divisor of filters=" + filters, groups,
                    "The number of filters must be evenly divisible by the number of groups.");
        }
        return this;
    }

    public Conv activation(String activation) {
        this.activation = Activations.check(activation);
        return this;
    }

    public Conv useBias(boolean useBias) {
        this.useBias = useBias;
        return this;
    }

    public Conv kernelInitializer(Object value) {
        this.kernelInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public Conv biasInitializer(Object value) {
        this.biasInitializer = KerasObjects.resolve(Kind.INITIALIZER, value);
        return this;
    }

    public Conv kernelRegularizer(Object value) {
        this.kernelRegularizer = KerasObjects.resolve(Kind.REGULARIZER, value);
        return this;
    }

    public Conv biasRegularizer(Object value) {
        this.biasRegularizer = KerasObjects.resolve(Kind.REGULARIZER, value);
        return this;
    }

    public Conv activityRegularizer(Object value) {
        this.activityRegularizer = KerasObjects.resolve(Kind.REGULARIZER, value);
        return this;
    }

    public Conv kernelConstraint(Object value) {
        this.kernelConstraint = KerasObjects.resolve(Kind.CONSTRAINT, value);
        return this;
    }

    public Conv biasConstraint(Object value) {
        this.biasConstraint = KerasObjects.resolve(Kind.CONSTRAINT, value);
        return this;
    }

    /** The paddings this convolution accepts: causal only for 1-D convolutions. */
    protected List<String> allowedPaddings() {
        return rank == 1 ? ConvUtils.PADDINGS : List.of("valid", "same");
    }

    /** The kernel initializer, for subclasses that lay the kernel out differently. */
    protected KerasObject kernelInitializerObject() {
        return kernelInitializer;
    }

    /** The bias initializer, for subclasses that declare their own weights. */
    protected KerasObject biasInitializerObject() {
        return biasInitializer;
    }

    /** The length along spatial axis {@code axis} of the output, for an input length {@code n} (null stays null). */
    protected Integer spatialOutputLength(int axis, Integer n) {
        return ConvUtils.outputLength(n, kernelSize[axis], padding, strides[axis], dilationRate[axis]);
    }

    /** How many channels come out for {@code in} input channels: {@code filters} for ordinary convolutions. */
    protected int outputChannels(int in) {
        return filters;
    }

    private int[] expand(int[] values) {
        return values.length == 1 && rank > 1 ? ConvUtils.repeat(values[0], rank) : values;
    }

    private int channelAxis() {
        return "channels_first".equals(dataFormat) ? 1 : -1;
    }

    private int firstSpatialAxis() {
        return "channels_first".equals(dataFormat) ? 2 : 1;
    }

    @Override
    public Shape computeOutputShape(Shape input) {
        if (input.rank() != rank + 2) {
            throw shapeError(input, "expected rank " + (rank + 2) + " (batch, " + spatialWords() + ", channels),"
                    + " found rank " + input.rank(), rankFix(input));
        }
        Integer channels = input.dim(channelAxis());
        if (channels == null) {
            throw shapeError(input, "the channel axis must be known, found None", "Give the input a fixed number of"
                    + " channels.");
        }
        if (channels % groups != 0) {
            throw shapeError(input, channels + " input channels cannot be split into groups=" + groups,
                    "Use a number of groups that divides " + channels + ".");
        }
        List<Integer> dims = new ArrayList<>();
        dims.add(input.dim(0));
        if ("channels_first".equals(dataFormat)) {
            dims.add(outputChannels(channels));
        }
        for (int i = 0; i < rank; i++) {
            Integer n = input.dim(firstSpatialAxis() + i);
            Integer out = spatialOutputLength(i, n);
            if (out != null && out <= 0) {
                throw shapeError(input, "the kernel (" + ConvUtils.dilatedKernel(kernelSize[i], dilationRate[i])
                        + " wide once dilated) is larger than the input (" + n + ") along spatial axis " + (i + 1)
                        + ", so the output would have size " + out,
                        "Use padding=\"same\", a smaller kernel_size, or a larger input.");
            }
            dims.add(out);
        }
        if (!"channels_first".equals(dataFormat)) {
            dims.add(outputChannels(channels));
        }
        return Shape.of(dims);
    }

    private String spatialWords() {
        return rank == 1 ? "steps" : rank == 2 ? "height, width" : "depth, height, width";
    }

    private String rankFix(Shape input) {
        if (input.rank() == rank + 1) {
            return rank == 2 ? "Add a channel axis first, e.g. Reshape(28, 28, 1)." : "Add a channel axis first with a"
                    + " Reshape layer.";
        }
        if (input.rank() == 2) {
            return "Reshape the features into " + spatialWords() + " and channels with a Reshape layer.";
        }
        return null;
    }

    @Override
    protected void onBuild(Shape input) {
        int in = input.dim(channelAxis());
        declareWeights(in);
        setInputSpec(InputSpec.ndim(rank + 2).withAxis(channelAxis(), in));
    }

    /** Declares the weights for {@code in} input channels: kernel {@code (k..., in / groups, filters)} and bias. */
    protected void declareWeights(int in) {
        addWeight("kernel", kernelShape(in / groups, filters), kernelInitializer, true);
        if (useBias) {
            addWeight("bias", Shape.of(filters), biasInitializer, true);
        }
    }

    /** The kernel size followed by two more sizes: {@code (k..., a, b)}. */
    protected final Shape kernelShape(int a, int b) {
        Integer[] kernel = new Integer[rank + 2];
        for (int i = 0; i < rank; i++) {
            kernel[i] = kernelSize[i];
        }
        kernel[rank] = a;
        kernel[rank + 1] = b;
        return Shape.of(kernel);
    }

    /** The input channels of the shape the layer was built for, or -1 before it is built. */
    protected final int builtInputChannels() {
        Shape input = buildInputShape();
        return input == null ? -1 : input.dim(channelAxis());
    }

    /** {@code 3 × 3} for the kernel size. */
    protected final String kernelProduct() {
        StringBuilder kernel = new StringBuilder();
        for (int k : kernelSize) {
            kernel.append(kernel.length() == 0 ? "" : " × ").append(k);
        }
        return kernel.toString();
    }

    @Override
    public String explainParams() {
        Shape input = buildInputShape();
        if (input == null) {
            return super.explainParams();
        }
        StringBuilder kernel = new StringBuilder();
        for (int k : kernelSize) {
            kernel.append(k).append(" × ");
        }
        int in = input.dim(channelAxis()) / groups;
        return filters + " × (" + in + " × " + kernel.substring(0, kernel.length() - 3) + (useBias ? " + 1" : "")
                + ") = " + group(countParams());
    }

    @Override
    public String explainShape() {
        Shape input = buildInputShape();
        if (input == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rank; i++) {
            parts.add(explainLength(i, input.dim(firstSpatialAxis() + i)));
        }
        return String.join("; ", parts) + "; " + explainChannels(input.dim(channelAxis()));
    }

    /** The teaching formula for one spatial axis, e.g. {@code (28 − 3 + 1) / 1 = 26}. */
    protected String explainLength(int axis, Integer n) {
        return lengthFormula(n, ConvUtils.dilatedKernel(kernelSize[axis], dilationRate[axis]), padding, strides[axis],
                spatialOutputLength(axis, n));
    }

    /** What happens to the channels, e.g. {@code channels → 32 filters}. */
    protected String explainChannels(int in) {
        return "channels → " + filters + " filters";
    }

    /** {@code (28 − 3 + 1) / 1 = 26}, {@code ⌈28 / 2⌉ = 14}. */
    static String lengthFormula(Integer n, int kernel, String padding, int stride, Integer out) {
        if (n == null) {
            return "None stays None";
        }
        String inner = "valid".equals(padding) ? n + " − " + kernel + " + 1" : String.valueOf(n);
        if (stride == 1) {
            return "valid".equals(padding) ? "(" + inner + ") / 1 = " + out : n + " (padding " + padding + ") = " + out;
        }
        return "⌈(" + inner + ") / " + stride + "⌉ = " + out;
    }

    @Override
    protected void addConfig(Map<String, Object> config) {
        config.put("filters", filters);
        config.put("kernel_size", PyTuple.ofInts(kernelSize));
        config.put("strides", PyTuple.ofInts(strides));
        config.put("padding", padding);
        config.put("data_format", dataFormat);
        config.put("dilation_rate", PyTuple.ofInts(dilationRate));
        config.put("groups", groups);
        config.put("activation", activation);
        config.put("use_bias", useBias);
        config.put("kernel_initializer", KerasObjects.serialize(kernelInitializer));
        config.put("bias_initializer", KerasObjects.serialize(biasInitializer));
        config.put("kernel_regularizer", KerasObjects.serialize(kernelRegularizer));
        config.put("bias_regularizer", KerasObjects.serialize(biasRegularizer));
        config.put("activity_regularizer", KerasObjects.serialize(activityRegularizer));
        config.put("kernel_constraint", KerasObjects.serialize(kernelConstraint));
        config.put("bias_constraint", KerasObjects.serialize(biasConstraint));
    }

    /** Reads the keys every convolution shares. */
    protected final <T extends Conv> T readConvConfig(T layer, ConfigReader r) {
        layer.strides(r.intTuple("strides", rank, ConvUtils.repeat(1, rank)));
        layer.padding(r.string("padding", "valid"));
        layer.dataFormat(r.string("data_format", "channels_last"));
        layer.dilationRate(r.intTuple("dilation_rate", rank, ConvUtils.repeat(1, rank)));
        layer.groups(r.integer("groups", 1));
        layer.activation(r.string("activation", "linear"));
        layer.useBias(r.bool("use_bias", true));
        Conv conv = layer;
        conv.kernelInitializer = r.object(Kind.INITIALIZER, "kernel_initializer", conv.kernelInitializer);
        conv.biasInitializer = r.object(Kind.INITIALIZER, "bias_initializer", conv.biasInitializer);
        conv.kernelRegularizer = r.object(Kind.REGULARIZER, "kernel_regularizer", null);
        conv.biasRegularizer = r.object(Kind.REGULARIZER, "bias_regularizer", null);
        conv.activityRegularizer = r.object(Kind.REGULARIZER, "activity_regularizer", null);
        conv.kernelConstraint = r.object(Kind.CONSTRAINT, "kernel_constraint", null);
        conv.biasConstraint = r.object(Kind.CONSTRAINT, "bias_constraint", null);
        layer.readBaseConfig(r);
        return layer;
    }
}
