package org.layerwright.core.layers;

import java.util.List;
import java.util.Locale;
import org.layerwright.core.errors.InvalidLayerArgumentException;

/** Keras's {@code conv_utils}: output lengths of convolutions and pooling, and argument normalisation. */
public final class ConvUtils {
    public static final List<String> PADDINGS = List.of("valid", "same", "causal");
    public static final List<String> DATA_FORMATS = List.of("channels_last", "channels_first");

    private ConvUtils() {
    }

    /** The kernel size once dilated: {@code k + (k - 1)(d - 1)}. */
    public static int dilatedKernel(int kernel, int dilation) {
        return kernel + (kernel - 1) * (dilation - 1);
    }

    /** Keras's {@code conv_output_length}; null stays null. The result may be zero or negative on misfit. */
    public static Integer outputLength(Integer input, int kernel, String padding, int stride, int dilation) {
        if (input == null) {
            return null;
        }
        int dilated = dilatedKernel(kernel, dilation);
        int length;
        switch (padding) {
            case "same":
            case "causal":
                length = input;
                break;
            case "full":
                length = input + dilated - 1;
                break;
            default:
                length = input - dilated + 1;
        }
        return Math.floorDiv(length + stride - 1, stride);
    }

    /** Keras's {@code deconv_output_length} for transposed convolutions. */
    public static Integer deconvOutputLength(Integer input, int kernel, String padding, Integer outputPadding,
            int stride, int dilation) {
        if (input == null) {
            return null;
        }
        int k = dilatedKernel(kernel, dilation);
        if (outputPadding == null) {
            switch (padding) {
                case "valid":
                    return input * stride + Math.max(k - stride, 0);
                case "full":
                    return input * stride - (stride + k - 2);
                default:
                    return input * stride;
            }
        }
        int pad;
        switch (padding) {
            case "same":
                pad = k / 2;
                break;
            case "valid":
                pad = 0;
                break;
            default:
                pad = k - 1;
        }
        return (input - 1) * stride + k - 2 * pad + outputPadding;
    }

    /** Checks a padding name against those allowed. */
    public static String padding(String className, String padding, List<String> allowed) {
        String value = padding == null ? "valid" : padding.toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw new InvalidLayerArgumentException("Invalid value for `padding` of " + className + ": expected one of "
                    + allowed + ", received padding=" + padding + ".");
        }
        return value;
    }

    /** Checks a data format; null means {@code channels_last}, as Keras's default image data format. */
    public static String dataFormat(String className, String format) {
        String value = format == null ? "channels_last" : format.toLowerCase(Locale.ROOT);
        if (!DATA_FORMATS.contains(value)) {
            throw new InvalidLayerArgumentException("Invalid value for `data_format` of " + className
                    + ": expected channels_last or channels_first, received data_format=" + format + ".");
        }
        return value;
    }

    /** Checks that every entry of a tuple argument is positive. */
    public static int[] positiveTuple(String className, String argument, int[] values, int rank) {
        if (values == null || values.length != rank) {
            throw new InvalidLayerArgumentException("Invalid value for `" + argument + "` of " + className
                    + ": expected " + rank + " integer(s), received " + java.util.Arrays.toString(values) + ".");
        }
        for (int v : values) {
            if (v <= 0) {
                throw new InvalidLayerArgumentException("Invalid value for `" + argument + "` of " + className
                        + ": expected positive integers, received " + argument + "="
                        + java.util.Arrays.toString(values) + ". Use values of 1 or more.");
            }
        }
        return values.clone();
    }

    /** A tuple of {@code rank} copies of {@code value}. */
    public static int[] repeat(int value, int rank) {
        int[] out = new int[rank];
        java.util.Arrays.fill(out, value);
        return out;
    }
}
