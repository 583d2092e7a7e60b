package org.layerwright.app.workbench;

/** Opens a model file chosen by the user (File ▸ Open), off the UI thread. */
@FunctionalInterface
public interface DocumentOpener {
    /** Asks for a file and opens it into the view-model; does nothing when the user cancels. */
    void chooseAndOpen(javafx.stage.Window owner, MainViewModel main);
}
