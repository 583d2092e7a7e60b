package org.layerwright.train.layers;

import org.layerwright.core.layers.core.Embedding;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Embedding: looks up rows of the (input_dim, output_dim) table; its gradient scatter-adds into the rows used. */
final class EmbeddingKernel extends SingleInputKernel {
    private final INDArray table;
    private final String layerName;

    EmbeddingKernel(Embedding layer) {
        this.table = layer.getWeights().get(0);
        this.layerName = layer.name();
    }

    @Override
    protected Forward forward(INDArray input, boolean training) {
        long[] ids = input.reshape(-1).toLongVector();
        long vocabulary = table.size(0);
        int[] rows = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] >= vocabulary) {
                throw new IllegalArgumentException("Embedding '" + layerName + "': index " + ids[i]
                        + " is outside the vocabulary [0, " + vocabulary + "). Expected token ids below input_dim.");
            }
            rows[i] = (int) ids[i];
        }
        INDArray gathered = Nd4j.pullRows(table, 1, rows);
        long[] shape = java.util.Arrays.copyOf(input.shape(), input.rank() + 1);
        shape[input.rank()] = table.size(1);
        return Forward.of(gathered.reshape('c', shape), rows);
    }

    @Override
    protected INDArray backward(Forward forward, INDArray outputGradient, WeightGradients weightGradients,
            boolean inputGradientNeeded) {
        if (weightGradients != null) {
            int[] rows = (int[]) forward.saved();
            int dim = (int) table.size(1);
            double[] g = outputGradient.dup('c').data().asDouble();
            double[] sums = new double[(int) table.length()];
            for (int i = 0; i < rows.length; i++) {
                int target = rows[i] * dim;
                int source = i * dim;
                for (int j = 0; j < dim; j++) {
                    sums[target + j] += g[source + j];
                }
            }
            weightGradients.add(0, Nd4j.create(sums, table.shape(), 'c').castTo(table.dataType()));
        }
        // Token ids are not differentiable.
        return null;
    }
}
