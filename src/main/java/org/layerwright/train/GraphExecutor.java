package org.layerwright.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.layerwright.core.InputLayer;
import org.layerwright.core.KerasTensor;
import org.layerwright.core.Layer;
import org.layerwright.core.Model;
import org.layerwright.core.Node;
import org.layerwright.core.WeightSpec;
import org.layerwright.core.errors.ModelNotBuiltException;
import org.layerwright.train.layers.KernelRegistry;
import org.layerwright.train.layers.LayerKernel;
import org.layerwright.train.layers.MaskAwareKernel;
import org.layerwright.train.layers.SequenceKernels;
import org.layerwright.train.layers.WeightGradients;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs a functional or Sequential model forward and backward: nodes in topological order (deepest first, as Keras's
 * {@code nodes_by_depth}), each through its layer's {@link LayerKernel}; going back, gradients of a tensor that feeds
 * several nodes are summed. Weights stay in the layers, in Keras's layouts.
 */
public final class GraphExecutor {
    private final Model model;
    private final List<Node> order = new ArrayList<>();
    private final Map<Layer, LayerKernel> kernels = new IdentityHashMap<>();
    private final Map<Layer, List<INDArray>> kernelWeights = new IdentityHashMap<>();
    private final Map<Layer, WeightGradients> gradients = new IdentityHashMap<>();
    private final Set<Node> needsInputGradients = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Layer> trainableLayers = new ArrayList<>();
    private final Map<Node, LayerKernel.Forward> records = new IdentityHashMap<>();
    private final Map<Layer, Penalties> penalties = new IdentityHashMap<>();
    private final Map<KerasTensor, INDArray> addedLosses = new IdentityHashMap<>();
    private double penaltyLoss;
    /** Tensors that carry a padding mask (from Embedding(mask_zero=True) or Masking). */
    private final Set<KerasTensor> masked = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Prepares every layer; throws {@link UnsupportedLayerException} naming the first layer that cannot train. */
    public GraphExecutor(Model model) {
        this.model = model;
        if (!model.isGraphNetwork()) {
            throw new ModelNotBuiltException("Model '" + model.name() + "' has no inputs yet, so it cannot be"
                    + " trained. Give its first layer an input shape, or build it first.");
        }
        for (KerasTensor loss : model.losses()) {
            if (loss.shape().rank() != 0) {
                throw new UnsupportedLayerException(model.name(), model.className(), "Model '" + model.name()
                        + "' has a loss added with add_loss() of shape " + loss.shape() + ", but Keras adds such"
                        + " losses to the training loss as scalars. Reduce it to one number first (a mean or a"
                        + " sum).");
            }
        }
        Set<KerasTensor> dependsOnWeights = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Node> atDepth : model.network().nodesByDepth().values()) {
            for (Node node : atDepth) {
                Layer layer = node.layer();
                if (layer instanceof InputLayer) {
                    continue;
                }
                order.add(node);
                if (!kernels.containsKey(layer)) {
                    Penalties layerPenalties = Penalties.of(layer);
                    if (layerPenalties.any()) {
                        penalties.put(layer, layerPenalties);
                    }
                    kernels.put(layer, KernelRegistry.create(layer));
                    kernelWeights.put(layer, List.copyOf(layer.getWeights()));
                    if (hasTrainableWeights(layer)) {
                        trainableLayers.add(layer);
                        gradients.put(layer, new WeightGradients(layer.weightSpecs().size()));
                    }
                }
                markMasks(node);
                boolean upstream = false;
                for (KerasTensor input : node.inputTensors()) {
                    upstream |= dependsOnWeights.contains(input);
                }
                if (upstream) {
                    needsInputGradients.add(node);
                }
                if (upstream || gradients.containsKey(layer)) {
                    dependsOnWeights.addAll(node.outputTensors());
                }
            }
        }
    }

    /**
     * Follows Keras's masks through the graph before any data flows: a mask reaches a layer that would use it
     * only through layers that pass it on, and a layer that would use it but cannot here is refused.
     */
    private void markMasks(Node node) {
        List<KerasTensor> inputs = node.inputTensors();
        boolean[] inputsMasked = new boolean[inputs.size()];
        boolean any = false;
        for (int i = 0; i < inputsMasked.length; i++) {
            inputsMasked[i] = masked.contains(inputs.get(i));
            any |= inputsMasked[i];
        }
        LayerKernel kernel = kernels.get(node.layer());
        List<KerasTensor> outputs = node.outputTensors();
        if (kernel instanceof MaskAwareKernel aware) {
            boolean[] outputsMasked = aware.masksOutputs(inputsMasked);
            for (int i = 0; i < outputs.size(); i++) {
                if (outputsMasked[i]) {
                    masked.add(outputs.get(i));
                }
            }
        } else if (any) {
            if (!SequenceKernels.passesMask(node.layer())) {
                throw KernelRegistry.unsupported(node.layer(), "it receives a padding mask (from"
                        + " Embedding(mask_zero=True) or Masking), which training passes only through Dropout,"
                        + " Activation, Dense, ReLU, LeakyReLU and TimeDistributed to SimpleRNN, GRU, LSTM,"
                        + " Bidirectional and GlobalAveragePooling1D layers; put one of those first, or remove the"
                        + " mask");
            }
            masked.addAll(outputs);
        }
    }

    /** True when an output of the model carries a padding mask, which Keras would apply to the loss. */
    public boolean outputCarriesMask() {
        for (KerasTensor t : model.outputs()) {
            if (masked.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTrainableWeights(Layer layer) {
        if (!layer.trainable()) {
            return false;
        }
        for (WeightSpec spec : layer.weightSpecs()) {
            if (spec.trainable()) {
                return true;
            }
        }
        return false;
    }

    /** The model this executor runs. */
    public Model model() {
        return model;
    }

    /**
     * Re-creates the kernel of every layer whose weight arrays were replaced (by {@code setWeights}) since the
     * kernels were made, so training always works on the layers' current arrays.
     */
    public void refreshKernels() {
        for (Map.Entry<Layer, List<INDArray>> e : kernelWeights.entrySet()) {
            List<INDArray> now = e.getKey().getWeights();
            boolean same = now.size() == e.getValue().size();
            for (int i = 0; same && i < now.size(); i++) {
                same = now.get(i) == e.getValue().get(i);
            }
            if (!same) {
                kernels.put(e.getKey(), KernelRegistry.create(e.getKey()));
                e.setValue(List.copyOf(now));
            }
        }
    }

    /**
     * Runs the model on {@code inputs} (one per model input) and returns its outputs. In training mode the values
     * needed by {@link #backward} are kept until the next call.
     */
    public List<INDArray> forward(List<INDArray> inputs, boolean training) {
        List<KerasTensor> modelInputs = model.inputs();
        if (inputs.size() != modelInputs.size()) {
            throw new IllegalArgumentException("Model '" + model.name() + "' expects " + modelInputs.size()
                    + " input(s), but it received " + inputs.size() + ".");
        }
        Map<KerasTensor, INDArray> values = new IdentityHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            values.put(modelInputs.get(i), inputs.get(i));
        }
        records.clear();
        double activity = 0.0;
        Map<KerasTensor, INDArray> masks = new IdentityHashMap<>();
        for (Node node : order) {
            List<INDArray> in = new ArrayList<>(node.inputTensors().size());
            List<INDArray> inMasks = new ArrayList<>(node.inputTensors().size());
            for (KerasTensor t : node.inputTensors()) {
                in.add(values.get(t));
                inMasks.add(masks.get(t));
            }
            LayerKernel kernel = kernels.get(node.layer());
            List<KerasTensor> outs = node.outputTensors();
            LayerKernel.Forward result;
            if (kernel instanceof MaskAwareKernel aware) {
                result = aware.forward(in, inMasks, training);
                List<INDArray> outMasks = aware.outputMasks(in, inMasks);
                for (int i = 0; i < outs.size(); i++) {
                    if (outMasks.get(i) != null) {
                        masks.put(outs.get(i), outMasks.get(i));
                    }
                }
            } else {
                result = kernel.forward(in, training);
                if (inMasks.get(0) != null) {
                    // Only layers that pass masks get here with one (see markMasks).
                    masks.put(outs.get(0), inMasks.get(0));
                }
            }
            if (training) {
                records.put(node, result);
            }
            for (int i = 0; i < outs.size(); i++) {
                values.put(outs.get(i), result.outputs().get(i));
            }
            Penalties p = penalties.get(node.layer());
            if (p != null && p.activity() != null) {
                for (INDArray out : result.outputs()) {
                    activity += p.activity().value(out) / out.size(0);
                }
            }
        }
        addedLosses.clear();
        for (KerasTensor loss : model.losses()) {
            INDArray value = values.get(loss);
            addedLosses.put(loss, value);
            activity += value.sumNumber().doubleValue();
        }
        double weights = 0.0;
        for (Penalties p : penalties.values()) {
            weights += p.weightLoss();
        }
        penaltyLoss = activity + weights;
        List<INDArray> outputs = new ArrayList<>();
        for (KerasTensor t : model.outputs()) {
            outputs.add(values.get(t));
        }
        return outputs;
    }

    /**
     * Back-propagates d loss / d output (one per model output) through the last training-mode {@link #forward}, and
     * leaves the weight gradients in {@link #trainableWeights()} order for {@link #trainableGradients()}. The
     * gradients of {@link #penaltyLoss()} are included.
     */
    public void backward(List<INDArray> outputGradients) {
        for (WeightGradients g : gradients.values()) {
            g.clear();
        }
        Map<KerasTensor, INDArray> grads = new IdentityHashMap<>();
        List<KerasTensor> outputs = model.outputs();
        for (int i = 0; i < outputs.size(); i++) {
            accumulate(grads, outputs.get(i), outputGradients.get(i));
        }
        for (Map.Entry<KerasTensor, INDArray> e : addedLosses.entrySet()) {
            accumulate(grads, e.getKey(), e.getValue().like().assign(1.0));
        }
        for (Node node : order) {
            Penalties p = penalties.get(node.layer());
            if (p != null && p.activity() != null && records.containsKey(node)) {
                List<INDArray> values = records.get(node).outputs();
                for (int i = 0; i < values.size(); i++) {
                    INDArray out = values.get(i);
                    accumulate(grads, node.outputTensors().get(i), p.activity().gradient(out, 1.0 / out.size(0)));
                }
            }
        }
        for (int n = order.size() - 1; n >= 0; n--) {
            Node node = order.get(n);
            List<INDArray> outGrads = new ArrayList<>();
            boolean any = false;
            for (KerasTensor t : node.outputTensors()) {
                INDArray g = grads.get(t);
                outGrads.add(g);
                any |= g != null;
            }
            if (!any) {
                continue;
            }
            Layer layer = node.layer();
            boolean needInputs = needsInputGradients.contains(node);
            List<INDArray> inGrads = kernels.get(layer).backward(records.get(node), outGrads, gradients.get(layer),
                    needInputs);
            if (needInputs) {
                List<KerasTensor> inputs = node.inputTensors();
                for (int i = 0; i < inputs.size(); i++) {
                    accumulate(grads, inputs.get(i), inGrads.get(i));
                }
            }
        }
        for (Map.Entry<Layer, Penalties> e : penalties.entrySet()) {
            WeightGradients g = gradients.get(e.getKey());
            if (g != null) {
                e.getValue().addWeightGradients(g);
            }
        }
        records.clear();
    }

    /**
     * What the last {@link #forward} adds to the compiled loss, as Keras adds {@code model.losses}: the weight
     * regularizers, the activity regularizers ({@code regularizer(output) / batch}) and the add_loss() tensors.
     * {@link #backward} includes their gradients.
     */
    public double penaltyLoss() {
        return penaltyLoss;
    }

    /** Applies the layers' weight constraints (max_norm, non_neg, ...) in place, as Keras does after each update. */
    public void applyConstraints() {
        for (Penalties p : penalties.values()) {
            p.applyConstraints();
        }
    }

    private static void accumulate(Map<KerasTensor, INDArray> grads, KerasTensor tensor, INDArray gradient) {
        if (gradient == null) {
            return;
        }
        INDArray existing = grads.get(tensor);
        // A fresh sum, never in place: a kernel may hand the same array to several inputs (Add does).
        grads.put(tensor, existing == null ? gradient : existing.add(gradient));
    }

    /** The trainable weights (arrays owned by the layers), in the model's weight order. */
    public List<INDArray> trainableWeights() {
        List<INDArray> out = new ArrayList<>();
        for (Layer layer : trainableLayers) {
            List<WeightSpec> specs = layer.weightSpecs();
            List<INDArray> values = layer.getWeights();
            for (int i = 0; i < specs.size(); i++) {
                if (specs.get(i).trainable()) {
                    out.add(values.get(i));
                }
            }
        }
        return out;
    }

    /** The gradients of the last {@link #backward}, aligned with {@link #trainableWeights()}. */
    public List<INDArray> trainableGradients() {
        List<INDArray> out = new ArrayList<>();
        for (Layer layer : trainableLayers) {
            List<WeightSpec> specs = layer.weightSpecs();
            WeightGradients g = gradients.get(layer);
            for (int i = 0; i < specs.size(); i++) {
                if (specs.get(i).trainable()) {
                    out.add(g.get(i));
                }
            }
        }
        return out;
    }
}
