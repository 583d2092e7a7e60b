package org.layerwright.io.tfjs;

import org.layerwright.io.InvalidModelFileException;

/** A shard file the weights manifest lists is not next to the model.json. */
public final class MissingShardException extends InvalidModelFileException {
    MissingShardException(String file, String place, String problem) {
        super(file, place, problem, null);
    }
}
