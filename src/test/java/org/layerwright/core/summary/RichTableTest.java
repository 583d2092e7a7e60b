package org.layerwright.core.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of rich's table drawing that Keras 3's summary relies on, checked against rich's own arithmetic. */
class RichTableTest {
    @Test
    void ratioReduceRoundsHalfToEvenAsPython() {
        // 13 off four columns: round(3.25) = 3, round(10 / 3) = 3, round(3.5) = 4, then the last 3.
        int[] widths = {24, 22, 16, 22};
        assertArrayEquals(new int[] {21, 19, 12, 19}, RichTable.ratioReduce(13, new int[] {1, 1, 1, 1}, widths,
                widths));
        // round(2.5) = 2, not 3.
        int[] two = {10, 10};
        assertArrayEquals(new int[] {8, 7}, RichTable.ratioReduce(5, new int[] {1, 1}, two, two));
    }

    @Test
    void ratioDistributeRoundsUp() {
        assertArrayEquals(new int[] {2, 2, 1}, RichTable.ratioDistribute(5, new int[] {1, 1, 1}));
    }

    @Test
    void columnWidthsShrinkTheRequestedWidthsToTheTableWidth() {
        RichTable table = new RichTable(List.of(new RichTable.Column("a", RichTable.Justify.LEFT, 39),
                new RichTable.Column("b", RichTable.Justify.LEFT, 31),
                new RichTable.Column("c", RichTable.Justify.RIGHT, 18)));
        assertArrayEquals(new int[] {38, 29, 17}, table.cellWidths(88));
    }

    @Test
    void narrowColumnsExpandToTheTableWidth() {
        RichTable table = new RichTable(List.of(new RichTable.Column("a", RichTable.Justify.LEFT, 4),
                new RichTable.Column("b", RichTable.Justify.LEFT, 4)));
        // Asked 6 + 6 inside 20 - 3 borders = 17: the 5 left over go 3 and 2.
        assertArrayEquals(new int[] {9, 8}, table.cellWidths(20));
    }

    @Test
    void wordsMoveToTheNextLineAndTooLongWordsEndInAnEllipsis() {
        assertEquals(List.of("conv2d_11[0][0], ", "max_pooling2d_2[…"),
                RichText.wrap("conv2d_11[0][0], max_pooling2d_2[0][0]", 17, RichTable.Justify.LEFT));
        assertEquals(List.of("   0 (unbuilt)"), RichText.wrap("0 (unbuilt)", 14, RichTable.Justify.RIGHT));
        assertEquals(List.of(" Y  "), RichText.wrap("Y", 4, RichTable.Justify.CENTER));
    }

    @Test
    void printedLinesFoldLongWordsAndKeepTheirLeadingSpace() {
        assertEquals(List.of(" Total ", "params:"), RichText.wrapPrinted(" Total params:", 7));
        assertEquals(List.of("Model:", "\"abcde", "fgh\""), RichText.wrapPrinted("Model: \"abcdefgh\"", 6));
    }
}
