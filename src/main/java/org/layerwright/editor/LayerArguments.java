package org.layerwright.editor;

import java.util.Optional;
import org.layerwright.core.Layers;

/** Checks a new argument value before it becomes a command, so the inspector can refuse it with core's reason. */
public final class LayerArguments {
    private LayerArguments() {
    }

    /** Empty when the layer accepts {@code value} for {@code key}; otherwise the reason, worded by core. */
    public static Optional<String> check(LayerNode node, String key, Object value) {
        try {
            Layers.deserialize(org.layerwright.editor.analysis.Entries.of(node.withArgument(key, value)));
            return Optional.empty();
        } catch (RuntimeException refused) {
            return Optional.of(refused.getMessage() == null ? refused.getClass().getSimpleName()
                    : refused.getMessage());
        }
    }
}
