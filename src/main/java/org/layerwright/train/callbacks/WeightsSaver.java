package org.layerwright.train.callbacks;

import java.io.IOException;
import java.nio.file.Path;
import org.layerwright.core.Model;

/** Writes a model's weights to a file, for {@link ModelCheckpoint} (for example an HDF5 weights writer). */
@FunctionalInterface
public interface WeightsSaver {
    /** Saves the current weights of {@code model} to {@code file}. */
    void save(Model model, Path file) throws IOException;
}
