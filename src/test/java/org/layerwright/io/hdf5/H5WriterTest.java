package org.layerwright.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HDF5 writer on its own: odd names, scalars and empty values, as h5py reads them back. */
class H5WriterTest {
    @TempDir
    Path dir;

    @Test
    void unusualNamesScalarsAndEmptyListsReadBackInH5pyAndJhdf() throws Exception {
        String longName = "x".repeat(300);
        H5Group root = new H5Group();
        root.attribute(H5Attribute.fixedStrings("layer_names", List.of("dénse", longName)));
        H5Group g = root.group("dénse");
        g.attribute(H5Attribute.fixedStrings("weight_names", List.of("dénse/scale:0")));
        g.float32Dataset("dénse/scale:0", new long[0], new float[] {2.5f});
        root.group(longName).attribute(H5Attribute.fixedStrings("weight_names", List.of()));
        Path file = dir.resolve("odd.h5");
        H5Writer.write(root, file);

        List<String> lines = H5Reference.describe(file);
        assertEquals("attr / layer_names fixed300 nullpad ascii (2,) [dénse, " + longName + "]", lines.get(0));
        assertEquals("dataset /dénse/dénse/scale:0 <f4 () contiguous " + H5Reference.sha256(
                org.nd4j.linalg.factory.Nd4j.scalar(2.5f)), lines.get(4));
        assertEquals("attr /" + longName + " weight_names <f8 (0,) []", lines.get(6));

        SavedWeights saved = Weights.read(file);
        assertEquals(List.of("dénse", longName), saved.layerNames());
        assertEquals(2.5f, saved.layers().get(0).values().get(0).getFloat(0), 0f);
        assertEquals(0, saved.layers().get(0).values().get(0).rank());
        assertEquals(List.of(), saved.layers().get(1).weightNames());
        assertEquals("1", saved.kerasVersion());
    }

    @Test
    void namesWithSlashesAreNotSingleLinks() {
        H5Group root = new H5Group();
        assertThrows(IllegalArgumentException.class, () -> root.group("a/b"));
        root.groupPath("a/b").group("c");
        assertEquals(List.of("a"), List.copyOf(root.children.keySet()));
    }
}
