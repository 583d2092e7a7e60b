package org.layerwright.train.layers;

import java.util.ArrayList;
import java.util.List;

/**
 * Straightforward loop references, in double, for channels-last convolutions and pooling of any spatial rank, as
 * TensorFlow defines them (SAME padding puts the extra cell at the end). Tensors are flat C-order arrays.
 */
final class SpatialReference {
    private SpatialReference() {
    }

    /** Every index tuple of {@code dims}, in C order. */
    static List<int[]> positions(int... dims) {
        List<int[]> out = new ArrayList<>();
        int total = 1;
        for (int d : dims) {
            total *= d;
        }
        for (int flat = 0; flat < total; flat++) {
            int[] index = new int[dims.length];
            int rest = flat;
            for (int a = dims.length - 1; a >= 0; a--) {
                index[a] = rest % dims[a];
                rest /= dims[a];
            }
            out.add(index);
        }
        return out;
    }

    /** The C-order offset of {@code index} in {@code dims}. */
    static int offset(int[] dims, int... index) {
        int flat = 0;
        for (int a = 0; a < dims.length; a++) {
            flat = flat * dims[a] + index[a];
        }
        return flat;
    }

    static int product(int... dims) {
        int p = 1;
        for (int d : dims) {
            p *= d;
        }
        return p;
    }

    /** Output length and padding before, TensorFlow's SAME or VALID. */
    static int[] lengthAndPad(int in, int kernel, int stride, int dilation, boolean same) {
        int k = (kernel - 1) * dilation + 1;
        int out = same ? (in + stride - 1) / stride : (in - k) / stride + 1;
        int before = same ? Math.max((out - 1) * stride + k - in, 0) / 2 : 0;
        return new int[] {out, before};
    }

    /** One sample's convolution: x (dims..., c), kernel (ks..., c, f), optional bias; returns (out..., f). */
    static double[] conv(double[] x, int[] dims, int c, double[] kernel, int[] ks, int f, double[] bias, int[] s,
            int[] d, boolean same, int[] outDims) {
        int rank = dims.length;
        int[] before = new int[rank];
        for (int a = 0; a < rank; a++) {
            int[] lp = lengthAndPad(dims[a], ks[a], s[a], d[a], same);
            outDims[a] = lp[0];
            before[a] = lp[1];
        }
        double[] y = new double[product(outDims) * f];
        for (int[] o : positions(outDims)) {
            for (int fo = 0; fo < f; fo++) {
                double z = bias == null ? 0 : bias[fo];
                for (int[] p : positions(ks)) {
                    int[] src = new int[rank];
                    boolean inside = true;
                    for (int a = 0; a < rank; a++) {
                        src[a] = o[a] * s[a] + p[a] * d[a] - before[a];
                        inside &= src[a] >= 0 && src[a] < dims[a];
                    }
                    for (int ci = 0; inside && ci < c; ci++) {
                        z += x[offset(dims, src) * c + ci] * kernel[(offset(ks, p) * c + ci) * f + fo];
                    }
                }
                y[offset(outDims, o) * f + fo] = z;
            }
        }
        return y;
    }

    /** A depthwise kernel (ks..., c, m) as the equivalent full kernel (ks..., c, c·m), zeros off the diagonal. */
    static double[] depthwiseAsFull(double[] depthwise, int[] ks, int c, int m) {
        double[] full = new double[product(ks) * c * c * m];
        for (int p = 0; p < product(ks); p++) {
            for (int ci = 0; ci < c; ci++) {
                for (int mi = 0; mi < m; mi++) {
                    full[(p * c + ci) * c * m + ci * m + mi] = depthwise[(p * c + ci) * m + mi];
                }
            }
        }
        return full;
    }

    /**
     * One sample's transposed convolution, by scattering: input cell i, kernel offset p lands on output cell
     * {@code i·s + p·d − before}; kernel (ks..., f, c); {@code outDims} are Keras's output lengths.
     */
    static double[] convTranspose(double[] x, int[] dims, int c, double[] kernel, int[] ks, int f, double[] bias,
            int[] s, int[] d, boolean same, int[] outDims) {
        int rank = dims.length;
        int[] before = new int[rank];
        for (int a = 0; a < rank; a++) {
            int k = (ks[a] - 1) * d[a] + 1;
            before[a] = same ? Math.max((dims[a] - 1) * s[a] + k - outDims[a], 0) / 2 : 0;
        }
        double[] y = new double[product(outDims) * f];
        for (int[] i : positions(dims)) {
            for (int[] p : positions(ks)) {
                int[] dst = new int[rank];
                boolean inside = true;
                for (int a = 0; a < rank; a++) {
                    dst[a] = i[a] * s[a] + p[a] * d[a] - before[a];
                    inside &= dst[a] >= 0 && dst[a] < outDims[a];
                }
                for (int fo = 0; inside && fo < f; fo++) {
                    for (int ci = 0; ci < c; ci++) {
                        y[offset(outDims, dst) * f + fo] += x[offset(dims, i) * c + ci]
                                * kernel[(offset(ks, p) * f + fo) * c + ci];
                    }
                }
            }
        }
        for (int o = 0; bias != null && o < y.length; o++) {
            y[o] += bias[o % f];
        }
        return y;
    }

    /** One sample's max or average pooling (the average over real cells only). */
    static double[] pool(double[] x, int[] dims, int c, int[] ks, int[] s, boolean same, boolean max,
            int[] outDims) {
        int rank = dims.length;
        int[] before = new int[rank];
        for (int a = 0; a < rank; a++) {
            int[] lp = lengthAndPad(dims[a], ks[a], s[a], 1, same);
            outDims[a] = lp[0];
            before[a] = lp[1];
        }
        double[] y = new double[product(outDims) * c];
        for (int[] o : positions(outDims)) {
            for (int ch = 0; ch < c; ch++) {
                double acc = max ? Double.NEGATIVE_INFINITY : 0;
                int count = 0;
                for (int[] p : positions(ks)) {
                    int[] src = new int[rank];
                    boolean inside = true;
                    for (int a = 0; a < rank; a++) {
                        src[a] = o[a] * s[a] + p[a] - before[a];
                        inside &= src[a] >= 0 && src[a] < dims[a];
                    }
                    if (inside) {
                        double v = x[offset(dims, src) * c + ch];
                        acc = max ? Math.max(acc, v) : acc + v;
                        count++;
                    }
                }
                y[offset(outDims, o) * c + ch] = max ? acc : acc / count;
            }
        }
        return y;
    }

    /** Applies a per-sample reference to each of {@code n} samples of a flat batch. */
    static double[] perSample(double[] batch, int n, java.util.function.Function<double[], double[]> sample) {
        int size = batch.length / n;
        List<double[]> outs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outs.add(sample.apply(java.util.Arrays.copyOfRange(batch, i * size, (i + 1) * size)));
        }
        double[] all = new double[outs.get(0).length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(outs.get(i), 0, all, i * outs.get(0).length, outs.get(0).length);
        }
        return all;
    }
}
