package org.layerwright.train.losses;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Losses that are a mean over the last axis of an element-wise term: mse, mae, huber, hinge, binary_crossentropy. */
final class ElementwiseLosses {
    private ElementwiseLosses() {
    }

    /** An element-wise loss term and its derivative with respect to the prediction. */
    abstract static class Elementwise extends Loss {
        private final String name;

        Elementwise(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        abstract INDArray term(INDArray y, INDArray p);

        abstract INDArray termGradient(INDArray y, INDArray p);

        @Override
        protected INDArray perSample(INDArray yTrue, INDArray yPred) {
            return meanOverLastAxis(term(like(yTrue, yPred), yPred));
        }

        @Override
        protected INDArray perSampleGradient(INDArray yTrue, INDArray yPred) {
            return meanOverLastAxisGradient(termGradient(like(yTrue, yPred), yPred));
        }
    }

    static Loss meanSquaredError() {
        return new Elementwise("mean_squared_error") {
            @Override
            INDArray term(INDArray y, INDArray p) {
                INDArray d = p.sub(y);
                return d.muli(d);
            }

            @Override
            INDArray termGradient(INDArray y, INDArray p) {
                return p.sub(y).muli(2.0);
            }
        };
    }

    static Loss meanAbsoluteError() {
        return new Elementwise("mean_absolute_error") {
            @Override
            INDArray term(INDArray y, INDArray p) {
                return Transforms.abs(p.sub(y), false);
            }

            @Override
            INDArray termGradient(INDArray y, INDArray p) {
                return Transforms.sign(p.sub(y), false);
            }
        };
    }

    /** Huber with Keras's delta 1.0: ½d² for |d| ≤ δ, δ(|d| − ½δ) beyond. */
    static Loss huber(double delta) {
        return new Elementwise("huber_loss") {
            @Override
            INDArray term(INDArray y, INDArray p) {
                INDArray abs = Transforms.abs(p.sub(y), false);
                INDArray quadratic = Transforms.min(abs, delta, true);
                INDArray linear = abs.subi(quadratic);
                return quadratic.mul(quadratic).muli(0.5).addi(linear.muli(delta));
            }

            @Override
            INDArray termGradient(INDArray y, INDArray p) {
                INDArray d = p.sub(y);
                return Transforms.min(Transforms.max(d, -delta, false), delta, false);
            }
        };
    }

    /** hinge: mean(max(1 − y·p, 0)); labels 0/1 are turned into −1/1 first, as Keras does. */
    static Loss hinge() {
        return new Elementwise("hinge") {
            private INDArray signed(INDArray y) {
                boolean binary = y.minNumber().doubleValue() >= 0.0;
                return binary ? y.mul(2.0).subi(1.0) : y;
            }

            @Override
            INDArray term(INDArray y, INDArray p) {
                return Transforms.relu(signed(y).mul(p).rsubi(1.0), false);
            }

            @Override
            INDArray termGradient(INDArray y, INDArray p) {
                INDArray s = signed(y);
                return Transforms.step(s.mul(p).rsubi(1.0), false).muli(s).negi();
            }
        };
    }

    /** binary_crossentropy on probabilities (clipped to [1e-7, 1 − 1e-7]) or on logits (stable form). */
    static Loss binaryCrossentropy(boolean fromLogits) {
        return new Elementwise("binary_crossentropy") {
            @Override
            INDArray term(INDArray y, INDArray p) {
                if (fromLogits) {
                    // max(x, 0) − x·y + log(1 + e^−|x|)
                    return Transforms.max(p, 0.0, true).subi(p.mul(y)).addi(Transforms.log(Transforms.exp(
                            Transforms.abs(p, true).negi(), false).addi(1.0), false));
                }
                INDArray q = clip(p);
                return y.mul(Transforms.log(q.add(EPSILON), false)).addi(y.rsub(1.0).muli(Transforms.log(
                        q.rsub(1.0).addi(EPSILON), false))).negi();
            }

            @Override
            INDArray termGradient(INDArray y, INDArray p) {
                if (fromLogits) {
                    return Transforms.sigmoid(p, true).subi(y);
                }
                INDArray q = clip(p);
                INDArray inside = Transforms.step(p.sub(EPSILON), false).muli(Transforms.step(p.rsub(1.0 - EPSILON),
                        false));
                INDArray d = y.div(q.add(EPSILON)).negi().addi(y.rsub(1.0).divi(q.rsub(1.0).addi(EPSILON)));
                return d.muli(inside);
            }
        };
    }

    /** kl_divergence: Σ y·log(y / p) over the last axis, both clipped to [1e-7, 1]. */
    static Loss klDivergence() {
        return new Loss() {
            @Override
            public String name() {
                return "kl_divergence";
            }

            private INDArray rows(INDArray a) {
                return a.reshape('c', a.size(0), -1);
            }

            @Override
            protected INDArray perSample(INDArray yTrue, INDArray yPred) {
                INDArray y = Transforms.min(Transforms.max(like(yTrue, yPred), EPSILON, true), 1.0, false);
                INDArray p = Transforms.min(Transforms.max(yPred, EPSILON, true), 1.0, false);
                INDArray term = y.mul(Transforms.log(y.div(p), false));
                long last = yPred.size(yPred.rank() - 1);
                return rows(term).sum(1).divi((double) rows(term).size(1) / last);
            }

            @Override
            protected INDArray perSampleGradient(INDArray yTrue, INDArray yPred) {
                INDArray y = Transforms.min(Transforms.max(like(yTrue, yPred), EPSILON, true), 1.0, false);
                INDArray inside = Transforms.step(yPred.sub(EPSILON), false).muli(Transforms.step(yPred.rsub(1.0),
                        false));
                INDArray p = Transforms.min(Transforms.max(yPred, EPSILON, true), 1.0, false);
                long last = yPred.size(yPred.rank() - 1);
                double steps = (double) (yPred.length() / yPred.size(0)) / last;
                return y.div(p).negi().muli(inside).divi(steps);
            }
        };
    }

    private static INDArray clip(INDArray p) {
        return Transforms.min(Transforms.max(p, Loss.EPSILON, true), 1.0 - Loss.EPSILON, false);
    }
}
