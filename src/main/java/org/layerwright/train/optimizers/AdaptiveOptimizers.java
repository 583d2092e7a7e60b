package org.layerwright.train.optimizers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** RMSprop, Adagrad, Adadelta, Adamax and Nadam with Keras's maths and defaults, on INDArray operations. */
public final class AdaptiveOptimizers {
    private AdaptiveOptimizers() {
    }

    /**
     * RMSprop (defaults: rho 0.9, momentum 0, epsilon 1e-7, centered false):
     * {@code s = ρ·s + (1 − ρ)·g²; w −= lr·g / (√s + ε)} (centered: √(s − ḡ²)), with optional
     * momentum.
     */
    public static Optimizer rmsprop(double learningRate, double rho, double momentum, double epsilon,
            boolean centered) {
        return new Optimizer(learningRate) {
            @Override
            public String name() {
                return "RMSprop";
            }

            @Override
            protected int stateCount() {
                return 3;
            }

            @Override
            protected void update(INDArray w, INDArray g, INDArray[] s) {
                INDArray meanSquare = s[0].muli(rho).addi(g.mul(g).muli(1.0 - rho));
                INDArray denominator = meanSquare;
                if (centered) {
                    INDArray meanGradient = s[1].muli(rho).addi(g.mul(1.0 - rho));
                    denominator = meanSquare.sub(meanGradient.mul(meanGradient));
                }
                INDArray step = g.mul(learningRate()).divi(Transforms.sqrt(denominator, true).addi(epsilon));
                if (momentum > 0.0) {
                    INDArray velocity = s[2].muli(momentum).addi(step);
                    w.subi(velocity);
                } else {
                    w.subi(step);
                }
            }
        };
    }

    /** Adagrad (defaults: initial accumulator 0.1, epsilon 1e-7): {@code a += g²; w −= lr·g / (√a + ε)}. */
    public static Optimizer adagrad(double learningRate, double initialAccumulator, double epsilon) {
        return new Optimizer(learningRate) {
            @Override
            public String name() {
                return "Adagrad";
            }

            @Override
            protected int stateCount() {
                return 1;
            }

            @Override
            protected double initialState() {
                return initialAccumulator;
            }

            @Override
            protected void update(INDArray w, INDArray g, INDArray[] s) {
                s[0].addi(g.mul(g));
                w.subi(g.mul(learningRate()).divi(Transforms.sqrt(s[0], true).addi(epsilon)));
            }
        };
    }

    /**
     * Adadelta (defaults: rho 0.95, epsilon 1e-7): {@code a = ρ·a + (1 − ρ)·g²; Δ = √(d + ε)/√(a + ε)·g;
     * d = ρ·d + (1 − ρ)·Δ²; w −= lr·Δ}.
     */
    public static Optimizer adadelta(double learningRate, double rho, double epsilon) {
        return new Optimizer(learningRate) {
            @Override
            public String name() {
                return "Adadelta";
            }

            @Override
            protected int stateCount() {
                return 2;
            }

            @Override
            protected void update(INDArray w, INDArray g, INDArray[] s) {
                s[0].muli(rho).addi(g.mul(g).muli(1.0 - rho));
                INDArray delta = Transforms.sqrt(s[1].add(epsilon), false)
                        .divi(Transforms.sqrt(s[0].add(epsilon), false)).muli(g);
                s[1].muli(rho).addi(delta.mul(delta).muli(1.0 - rho));
                w.subi(delta.muli(learningRate()));
            }
        };
    }

    /**
     * Adamax (defaults: beta_1 0.9, beta_2 0.999, epsilon 1e-7): {@code m = β1·m + (1 − β1)·g;
     * u = max(β2·u, |g|); w −= lr / (1 − β1^t) · m / (u + ε)}.
     */
    public static Optimizer adamax(double learningRate, double beta1, double beta2, double epsilon) {
        return new Optimizer(learningRate) {
            @Override
            public String name() {
                return "Adamax";
            }

            @Override
            protected int stateCount() {
                return 2;
            }

            @Override
            protected void update(INDArray w, INDArray g, INDArray[] s) {
                s[0].muli(beta1).addi(g.mul(1.0 - beta1));
                INDArray u = Transforms.max(s[1].muli(beta2), Transforms.abs(g, true), false);
                s[1].assign(u);
                double correction = 1.0 - Math.pow(beta1, iterations());
                w.subi(s[0].mul(learningRate() / correction).divi(u.add(epsilon)));
            }
        };
    }

    /**
     * Nadam (defaults: beta_1 0.9, beta_2 0.999, epsilon 1e-7), Keras's form with the momentum schedule
     * {@code μ_t = β1·(1 − ½·0.96^(0.004·t))}.
     */
    public static Optimizer nadam(double learningRate, double beta1, double beta2, double epsilon) {
        return new Optimizer(learningRate) {
            private double momentumProduct = 1.0;
            private long productStep;

            @Override
            public String name() {
                return "Nadam";
            }

            @Override
            protected int stateCount() {
                return 2;
            }

            @Override
            protected void update(INDArray w, INDArray g, INDArray[] s) {
                long t = iterations();
                double mu = beta1 * (1.0 - 0.5 * Math.pow(0.96, 0.004 * t));
                double muNext = beta1 * (1.0 - 0.5 * Math.pow(0.96, 0.004 * (t + 1)));
                if (productStep != t) {
                    // The running product of μ is shared by every weight and advances once per step.
                    momentumProduct *= mu;
                    productStep = t;
                }
                double product = momentumProduct;
                double productNext = product * muNext;
                s[0].muli(beta1).addi(g.mul(1.0 - beta1));
                s[1].muli(beta2).addi(g.mul(g).muli(1.0 - beta2));
                INDArray mHat = s[0].mul(muNext / (1.0 - productNext)).addi(g.mul((1.0 - mu) / (1.0 - product)));
                INDArray vHat = s[1].div(1.0 - Math.pow(beta2, t));
                w.subi(mHat.muli(learningRate()).divi(Transforms.sqrt(vHat, false).addi(epsilon)));
            }
        };
    }
}
