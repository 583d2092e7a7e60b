package org.layerwright.app.files;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The Keras fixture files copied into the test resources. */
final class Fixtures {
    private Fixtures() {
    }

    static Path keras(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/keras/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }
}
