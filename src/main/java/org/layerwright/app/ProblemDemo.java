package org.layerwright.app;

import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.TidyLayout;
import org.layerwright.editor.Wire;

/** Adds a Conv2D wired to the sample's 28 × 28 input, which it cannot take, to show a problem node. */
final class ProblemDemo {
    private ProblemDemo() {
    }

    static void apply(MainViewModel main) {
        LayerNode input = main.document().graph().byName("flatten_input");
        if (input == null) {
            return;
        }
        String conv = main.addLayer("Conv2D", input.x() + TidyLayout.NODE_WIDTH + 60, input.y()
                + TidyLayout.NODE_HEIGHT + 36);
        main.connect(Wire.of(input.id(), conv));
        main.select(conv);
    }
}
