package org.layerwright.app.files;

/** The answer to "Save changes before …?". */
public enum SaveChoice {
    /** Save, then go on. */
    SAVE,
    /** Go on and lose the changes. */
    DONT_SAVE,
    /** Stay with the document. */
    CANCEL
}
