package org.layerwright.core.layers.merging;

import java.util.List;
import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.ConfigReader;
import org.layerwright.core.errors.IncompatibleShapeException;

/**
 * Subtracts its second input from its first, element-wise; it takes exactly two inputs.
 *
 * <p>Input shape: a list of two tensors of the same shape (1s broadcast). Output shape: that shape.
 *
 * <pre>{@code
 * KerasTensor difference = new Subtract().apply(List.of(a, b));   // a - b
 * }</pre>
 */
public class Subtract extends Merge {
    @Override
    public List<Shape> computeOutputShapes(List<Shape> inputs) {
        if (inputs.size() != 2) {
            throw new IncompatibleShapeException("Layer '" + name() + "' (Subtract): a `Subtract` layer should be"
                    + " called on exactly 2 inputs. Got " + inputs.size() + " input" + (inputs.size() == 1 ? "" : "s")
                    + ".", "Connect exactly two inputs: the first minus the second.");
        }
        return super.computeOutputShapes(inputs);
    }

    @Override
    public String explainShape() {
        return "element-wise first input minus second input, of the same shape";
    }

    public static Subtract fromConfig(Map<String, Object> config) {
        return readMergeConfig(new Subtract(), new ConfigReader("Subtract", config));
    }
}
