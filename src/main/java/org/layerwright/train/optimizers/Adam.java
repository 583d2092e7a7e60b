package org.layerwright.train.optimizers;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Keras's Adam (defaults: learning rate 0.001, beta_1 0.9, beta_2 0.999, epsilon 1e-7):
 * {@code m = β1·m + (1 − β1)·g; v = β2·v + (1 − β2)·g²;}
 * {@code w −= lr·√(1 − β2^t)/(1 − β1^t) · m / (√v + ε)}.
 * That is exactly libnd4j's fused {@code adam_updater}, which runs it in one native call per weight.
 * AdamW adds Keras's decoupled weight decay {@code w −= lr·wd·w} before the step.
 */
public class Adam extends Optimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        this(learningRate, beta1, beta2, epsilon, 0.0);
    }

    protected Adam(double learningRate, double beta1, double beta2, double epsilon, double weightDecay) {
        super(learningRate);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
    }

    /** Keras's AdamW (default weight decay 0.004). */
    public static Adam adamW(double learningRate, double weightDecay, double beta1, double beta2, double epsilon) {
        return new Adam(learningRate, beta1, beta2, epsilon, weightDecay) {
            @Override
            public String name() {
                return "AdamW";
            }
        };
    }

    @Override
    public String name() {
        return "Adam";
    }

    @Override
    protected int stateCount() {
        return 2;
    }

    @Override
    protected void update(INDArray weight, INDArray gradient, INDArray[] state) {
        if (weightDecay != 0.0) {
            weight.subi(weight.mul(learningRate() * weightDecay));
        }
        INDArray velocity = state[0];
        INDArray moment = state[1];
        if (FloatBuffers.loopable(weight, gradient, velocity, moment)) {
            updateInOnePass(weight, gradient, velocity, moment);
            return;
        }
        // The op's iteration is 0-based: it uses t = iteration + 1 in the bias corrections.
        Nd4j.exec(new AdamUpdater(gradient, velocity, moment, gradient, velocity, moment, learningRate(), beta1,
                beta2, epsilon, (int) (iterations() - 1)));
        weight.subi(gradient);
    }

    /** The same update as the native op, in one pass over float32 arrays (about twice as fast for Dense kernels). */
    private void updateInOnePass(INDArray weight, INDArray gradient, INDArray velocity, INDArray moment) {
        FloatBuffer w = FloatBuffers.of(weight);
        FloatBuffer g = FloatBuffers.of(gradient);
        FloatBuffer m = FloatBuffers.of(velocity);
        FloatBuffer v = FloatBuffers.of(moment);
        long t = iterations();
        float step = (float) (learningRate() * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t)));
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float oneMinusB1 = (float) (1 - beta1);
        float oneMinusB2 = (float) (1 - beta2);
        float eps = (float) epsilon;
        int n = (int) weight.length();
        for (int i = 0; i < n; i++) {
            float gi = g.get(i);
            float mi = b1 * m.get(i) + oneMinusB1 * gi;
            float vi = b2 * v.get(i) + oneMinusB2 * gi * gi;
            m.put(i, mi);
            v.put(i, vi);
            w.put(i, w.get(i) - step * mi / ((float) Math.sqrt(vi) + eps));
        }
    }
}
