package org.layerwright.editor.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.layerwright.editor.LayerNode;

/** The {@code {"class_name", "config"}} entry of a node, as core's {@code Layers.deserialize} reads it. */
public final class Entries {
    private Entries() {
    }

    public static Map<String, Object> of(LayerNode node) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("class_name", node.className());
        entry.put("config", new LinkedHashMap<>(node.config()));
        return entry;
    }
}
