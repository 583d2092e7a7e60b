/**
 * Files in the window: the File menu's actions ({@link org.layerwright.app.files.FileController}), reading any
 * Keras file off the UI thread with a preview to confirm ({@link org.layerwright.app.files.ModelFileReader},
 * {@link org.layerwright.app.files.ImportDialog}), saving the document as a Keras file that carries the canvas
 * layout ({@link org.layerwright.app.files.DocumentWriter}), recent files, drag and drop, and autosave with
 * recovery after a crash. Every native dialog goes through {@link org.layerwright.app.files.FileDialogs}, so tests
 * answer them.
 */
package org.layerwright.app.files;
