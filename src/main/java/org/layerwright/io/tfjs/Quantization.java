package org.layerwright.io.tfjs;

/**
 * How a weight is stored when the tfjs converter quantized it: {@code uint8}/{@code uint16} affine
 * ({@code value = q * scale + min}) or {@code float16}.
 *
 * @param dtype "uint8", "uint16" or "float16"
 * @param scale the step between two stored values (affine forms only)
 * @param min   the value stored as 0 (affine forms only)
 */
record Quantization(String dtype, double scale, double min) {
    /** Bytes one stored value takes. */
    int bytesPerValue() {
        return "uint8".equals(dtype) ? 1 : 2;
    }

    boolean affine() {
        return !"float16".equals(dtype);
    }

    /** The float a stored value stands for; tfjs computes in double and stores into a Float32Array. */
    float dequantize(int stored) {
        return affine() ? (float) (stored * scale + min) : halfToFloat(stored);
    }

    /** An IEEE 754 half-precision value (its 16 bits) as a float. */
    static float halfToFloat(int bits) {
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        float magnitude;
        if (exponent == 0) {
            magnitude = mantissa * 0x1p-24f;
        } else if (exponent == 31) {
            magnitude = mantissa == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
        } else {
            magnitude = Float.intBitsToFloat(((exponent + 112) << 23) | (mantissa << 13));
        }
        return (bits & 0x8000) != 0 ? -magnitude : magnitude;
    }
}
