package org.layerwright.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerwright.editor.picture.GraphPicture;

/** A PNG is drawn at the wanted scale unless its longest side would pass the limit. */
class CanvasPngScaleTest {
    private static GraphPicture ofSize(double width, double height) {
        return new GraphPicture(List.of(), List.of(), new GraphPicture.Box(0, 0, width, height));
    }

    @Test
    void smallGraphsKeepTheWantedScale() {
        assertEquals(2.0, CanvasPng.scaleFor(ofSize(800, 600), 2.0));
    }

    @Test
    void tallGraphsAreScaledDownToTheLimit() {
        GraphPicture tall = ofSize(300, 20_000);
        double scale = CanvasPng.scaleFor(tall, 2.0);
        assertEquals(CanvasPng.MAX_SIDE, 20_000 * scale, 1e-6);
    }
}
