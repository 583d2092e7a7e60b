package org.layerwright.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Layers;
import org.layerwright.core.layers.LayerCatalog;

/** A layer dragged from the palette starts complete: every required Keras argument has a value. */
class LayerTemplatesTest {
    @Test
    void everyPaletteLayerStartsWithAConfigCoreAccepts() {
        List<String> refused = new ArrayList<>();
        for (LayerCatalog.Entry entry : LayerTemplates.paletteEntries()) {
            Map<String, Object> serialized = new LinkedHashMap<>();
            serialized.put("class_name", entry.className());
            serialized.put("config", LayerTemplates.config(entry.className(), "probe"));
            try {
                Layers.deserialize(serialized);
            } catch (RuntimeException e) {
                refused.add(entry.className() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void aNewBidirectionalWrapsAnLstm() {
        Object layer = LayerTemplates.config("Bidirectional", "bidirectional").get("layer");
        assertEquals("LSTM", ((Map<?, ?>) layer).get("class_name"));
    }
}
