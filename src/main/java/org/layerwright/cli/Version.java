package org.layerwright.cli;

import picocli.CommandLine.IVersionProvider;

/** The version line of {@code --version}. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Layerwright " + (version == null ? "(development build)" : version)
                + ", writing Keras " + org.layerwright.core.Keras.VERSION + " files"};
    }
}
