package org.layerwright.editor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One layer on the canvas: a stable id, the Keras class name, the layer's Keras config (its {@code name} lives in
 * the config, as in Keras) and a position. Immutable: commands replace nodes.
 *
 * @param id        stable identity inside a document (names can change, ids cannot)
 * @param className Keras class name, e.g. {@code Dense}
 * @param config    the Keras config, an unmodifiable ordered map
 * @param x         left edge on the canvas
 * @param y         top edge on the canvas
 */
public record LayerNode(String id, String className, Map<String, Object> config, double x, double y) {

    public LayerNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(className, "className");
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    /** The layer's name, from its config. */
    public String name() {
        Object name = config.get("name");
        return name == null ? id : name.toString();
    }

    /** The same node with one config key set (the key keeps its place; a new key goes last). */
    public LayerNode withArgument(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(config);
        copy.put(key, value);
        return new LayerNode(id, className, copy, x, y);
    }

    /** The same node with the key removed from its config. */
    public LayerNode withoutArgument(String key) {
        Map<String, Object> copy = new LinkedHashMap<>(config);
        copy.remove(key);
        return new LayerNode(id, className, copy, x, y);
    }

    /** The same node renamed. */
    public LayerNode withName(String name) {
        return withArgument("name", name);
    }

    /** The same node at another position. */
    public LayerNode at(double newX, double newY) {
        return new LayerNode(id, className, config, newX, newY);
    }
}
