package org.layerwright.core.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerwright.core.Shape;
import org.layerwright.core.config.PythonJson;

/**
 * The summary as one JSON object, for scripts: {@code {"name", "layers": [{"name", "class_name", "output_shape",
 * "params", "trainable_params", "non_trainable_params", "connected_to"}], "total_params", "trainable_params",
 * "non_trainable_params"}}. {@code output_shape} is a list of shapes (each a list, {@code null} for None), or
 * {@code null} where Keras prints {@code multiple}; a shape that cannot be inferred (after a layer Layerwright does
 * not know) is a {@code null} entry of that list.
 */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static Map<String, Object> toMap(ModelSummary summary) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", summary.modelName());
        List<Object> layers = new ArrayList<>();
        for (SummaryRow row : summary.rows()) {
            Map<String, Object> layer = new LinkedHashMap<>();
            layer.put("name", row.name());
            layer.put("class_name", row.className());
            if (row.outputShapes() == null) {
                layer.put("output_shape", null);
            } else {
                List<Object> shapes = new ArrayList<>();
                for (Shape s : row.outputShapes()) {
                    shapes.add(s == null ? null : s.toList());
                }
                layer.put("output_shape", shapes);
            }
            layer.put("params", row.params());
            layer.put("trainable_params", row.trainableParams());
            layer.put("non_trainable_params", row.nonTrainableParams());
            layer.put("connected_to", row.connectedTo());
            layers.add(layer);
        }
        root.put("layers", layers);
        root.put("total_params", summary.totalParams());
        root.put("trainable_params", summary.trainableParams());
        root.put("non_trainable_params", summary.nonTrainableParams());
        return root;
    }

    /** The JSON text, on one line. */
    public static String toJson(ModelSummary summary) {
        return PythonJson.dumps(toMap(summary));
    }
}
