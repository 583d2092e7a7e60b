package org.layerwright.app.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which wires bow out to the side so they stay visible instead of running behind cards. */
class WireRoutingTest {
    @Test
    void aResidualWireStraightDownOverTwoRowsBowsOut() {
        assertTrue(WireView.skipsOverCards(300, 100, 300, 316), "from row 1 to row 3 in the same column");
    }

    @Test
    void wiresBetweenNeighbouringRowsOrColumnsStayStraight() {
        assertFalse(WireView.skipsOverCards(300, 100, 300, 136), "adjacent rows: nothing lies between");
        assertFalse(WireView.skipsOverCards(300, 100, 560, 316), "a wire to another column passes beside cards");
        assertFalse(WireView.skipsOverCards(300, 316, 300, 100), "an upward wire is drawn as it is");
    }
}
