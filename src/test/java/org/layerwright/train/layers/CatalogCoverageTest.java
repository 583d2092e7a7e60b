package org.layerwright.train.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Layer;
import org.layerwright.core.layers.LayerCatalog;
import org.layerwright.editor.LayerTemplates;

/**
 * Every layer the palette offers trains (as its palette template: the same classes whatever the arguments), except
 * those whose behaviour lives in Python code we never run.
 */
class CatalogCoverageTest {
    /** Lambda's function is Python source; training it would mean executing what a file says. */
    private static final Set<String> NOT_TRAINABLE_BY_DESIGN = Set.of("Lambda");
    /** Input layers are where the executor feeds the data; they compute nothing. */
    private static final Set<String> FED_BY_THE_EXECUTOR = Set.of("InputLayer");

    @Test
    void everyCatalogueLayerHasATrainingKernel() {
        List<String> missing = new ArrayList<>();
        for (LayerCatalog.Entry entry : LayerTemplates.paletteEntries()) {
            if (NOT_TRAINABLE_BY_DESIGN.contains(entry.className()) || FED_BY_THE_EXECUTOR.contains(entry.className())) {
                continue;
            }
            Layer layer = entry.fromConfig(LayerTemplates.config(entry.className(), "probe"));
            if (!KernelRegistry.supports(layer.getClass())) {
                missing.add(entry.className());
            }
        }
        assertEquals(List.of(), missing, "catalogue layers without a training kernel");
    }
}
