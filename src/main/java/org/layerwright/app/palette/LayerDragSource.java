package org.layerwright.app.palette;

/**
 * Where a press-drag-release gesture that adds a layer starts: the canvas asks the gesture's source which layer
 * class it carries. (A full mouse-drag gesture within the window, so it needs no platform drag-and-drop.)
 */
public interface LayerDragSource {
    /** The Keras class name being dragged, or null when the source carries none. */
    String layerClassName();
}
