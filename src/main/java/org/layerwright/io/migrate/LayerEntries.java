package org.layerwright.io.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Walks the layer entries ({@code {"class_name", "config", ...}} maps) of a model config, including the layers of
 * nested models and the inner layer of wrappers (Bidirectional, TimeDistributed), each with its JSON path.
 */
public final class LayerEntries {
    private LayerEntries() {
    }

    /**
     * Calls {@code visit(entry, path)} for every layer entry below a model envelope, in document order, parents
     * before children. Paths are JSON paths from the envelope ({@code config.layers[3]}); pass {@code ""} as the
     * envelope's own path. Entries are collected before the first visit, so visits change configs in place.
     */
    public static void forEach(Map<String, Object> envelope, String path, BiConsumer<Map<String, Object>, String> visit) {
        List<Map.Entry<Map<String, Object>, String>> entries = new ArrayList<>();
        collect(envelope, path, entries);
        for (Map.Entry<Map<String, Object>, String> e : entries) {
            visit.accept(e.getKey(), e.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> model, String path,
            List<Map.Entry<Map<String, Object>, String>> out) {
        Object config = model.get("config");
        List<Object> layers = null;
        String layersPath = join(path, "config");
        if (config instanceof List) {
            layers = (List<Object>) config;
        } else if (config instanceof Map && ((Map<String, Object>) config).get("layers") instanceof List) {
            layers = (List<Object>) ((Map<String, Object>) config).get("layers");
            layersPath += ".layers";
        }
        if (layers != null) {
            for (int i = 0; i < layers.size(); i++) {
                if (layers.get(i) instanceof Map) {
                    Map<String, Object> entry = (Map<String, Object>) layers.get(i);
                    String entryPath = layersPath + "[" + i + "]";
                    out.add(Map.entry(entry, entryPath));
                    collect(entry, entryPath, out);
                }
            }
        }
        if (config instanceof Map && ((Map<String, Object>) config).get("layer") instanceof Map) {
            Map<String, Object> inner = (Map<String, Object>) ((Map<String, Object>) config).get("layer");
            String innerPath = join(path, "config.layer");
            out.add(Map.entry(inner, innerPath));
            collect(inner, innerPath, out);
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The config map of an entry, or null when it has none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> config(Map<String, Object> entry) {
        Object config = entry.get("config");
        return config instanceof Map ? (Map<String, Object>) config : null;
    }

    /** A description of a layer for messages: its path and, when known, its name. */
    public static String describe(Map<String, Object> entry, String path) {
        Map<String, Object> config = config(entry);
        Object name = entry.get("name");
        if (name == null && config != null) {
            name = config.get("name");
        }
        return path + (name == null ? "" : " (layer '" + name + "')");
    }

    /**
     * Renames a key, keeping its position in the map (a new key would otherwise go last); does nothing when the
     * key is absent. An existing value under the new name wins, as Keras's legacy interfaces raise in that case.
     */
    public static void rename(Map<String, Object> map, String from, String to) {
        if (!map.containsKey(from)) {
            return;
        }
        Map<String, Object> copy = new LinkedHashMap<>(map);
        map.clear();
        for (Map.Entry<String, Object> e : copy.entrySet()) {
            if (e.getKey().equals(from)) {
                if (!copy.containsKey(to)) {
                    map.put(to, e.getValue());
                }
            } else {
                map.put(e.getKey(), e.getValue());
            }
        }
    }
}
