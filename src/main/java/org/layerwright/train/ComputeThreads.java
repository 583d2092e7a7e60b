package org.layerwright.train;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How many threads ND4J's native code (OpenMP and BLAS) uses for training. Training issues many small operations,
 * whose threading overhead outweighs the gain on small machines: on 2 cores one thread trains the MNIST MLP several
 * times faster than two. The default is therefore 1, unless {@code OMP_NUM_THREADS} or the system property
 * {@code layerwright.threads} says otherwise.
 */
public final class ComputeThreads {
    private static volatile boolean applied;

    private ComputeThreads() {
    }

    /** Uses {@code threads} native threads from now on. */
    public static synchronized void use(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, received " + threads + ".");
        }
        // The native library must be loaded (by ND4J's backend) before its thread settings can be changed.
        Nd4j.getExecutioner();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        applied = true;
    }

    /** Applies the default once: {@code layerwright.threads}, else {@code OMP_NUM_THREADS}, else 1. */
    static void applyDefault() {
        if (applied) {
            return;
        }
        synchronized (ComputeThreads.class) {
            if (applied) {
                return;
            }
            String property = System.getProperty("layerwright.threads");
            if (property != null) {
                use(Integer.parseInt(property.trim()));
            } else if (System.getenv("OMP_NUM_THREADS") == null) {
                use(1);
            }
            applied = true;
        }
    }
}
