package org.layerwright.core;

import java.util.Map;
import org.layerwright.core.errors.InvalidConfigException;
import org.layerwright.core.errors.LayerwrightException;
import org.layerwright.core.errors.UnknownLayerException;
import org.layerwright.core.layers.LayerCatalog;
import org.layerwright.core.layers.UnknownLayer;

/** Turns {@code {"class_name", "config"}} maps into layers and models (Keras's {@code layers.deserialize}). */
public final class Layers {
    private Layers() {
    }

    /** Depth of {@link #deserializeLenient} calls on this thread; nested layers of a lenient read are lenient too. */
    private static final ThreadLocal<int[]> LENIENT = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * As {@link #deserialize}, but a layer class Layerwright does not know becomes an {@link UnknownLayer} that keeps
     * its class name and config, at any depth (inside Sequential and functional models too), instead of an
     * {@link UnknownLayerException}. A known wrapper around an unknown layer (a Bidirectional around a custom RNN)
     * becomes an unknown layer as a whole. Used when opening files, so that such models still summarise.
     */
    public static Layer deserializeLenient(Map<String, Object> entry) {
        int[] depth = LENIENT.get();
        depth[0]++;
        try {
            return deserialize(entry);
        } finally {
            depth[0]--;
        }
    }

    private static boolean lenient() {
        return LENIENT.get()[0] > 0;
    }

    /** The layer or model a serialized entry describes. */
    @SuppressWarnings("unchecked")
    public static Layer deserialize(Map<String, Object> entry) {
        Object className = entry.get("class_name");
        if (!(className instanceof String)) {
            throw new InvalidConfigException("A layer entry has no \"class_name\": " + abbreviate(entry)
                    + ". Each layer must be written as {\"class_name\": ..., \"config\": {...}}.");
        }
        Object config = entry.get("config");
        if (config == null && !"Sequential".equals(className)) {
            throw new InvalidConfigException("Layer of class " + className + " has no \"config\".");
        }
        LayerCatalog.Entry catalogEntry = LayerCatalog.find((String) className);
        if (catalogEntry == null && lenient() && config instanceof Map) {
            return new UnknownLayer((String) className, (Map<String, Object>) config);
        }
        if (catalogEntry == null) {
            throw new UnknownLayerException((String) className, "Unknown layer: " + className
                    + ". Layerwright does not know this layer class; check its spelling, or replace it with a"
                    + " layer from the palette.");
        }
        try {
            return catalogEntry.fromConfig(config);
        } catch (UnknownLayerException e) {
            if (lenient() && config instanceof Map && !(catalogEntry.group() == LayerCatalog.Group.MODELS)) {
                return new UnknownLayer((String) className, (Map<String, Object>) config);
            }
            throw e;
        } catch (LayerwrightException e) {
            throw e;
        } catch (RuntimeException e) {
            Object name = config instanceof Map ? ((Map<String, Object>) config).get("name") : null;
            throw new InvalidConfigException("Layer '" + name + "' (" + className + "): its config cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /** The entry Keras writes for a layer: {@code {"class_name", "config"}}. */
    public static Map<String, Object> serialize(Layer layer) {
        Map<String, Object> entry = new java.util.LinkedHashMap<>();
        entry.put("class_name", layer.className());
        entry.put("config", layer.getConfig());
        return entry;
    }

    private static String abbreviate(Object value) {
        String s = String.valueOf(value);
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
