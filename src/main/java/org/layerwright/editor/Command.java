package org.layerwright.editor;

/**
 * One undoable edit of a document's graph. {@link #execute} and {@link #undo} must be exact inverses, so that
 * undoing every command finds the first graph again.
 */
public interface Command {
    /** Applies the edit. */
    void execute(LayerGraph graph);

    /** Reverts exactly what {@link #execute} did. */
    void undo(LayerGraph graph);

    /** A short description for the Edit menu ("Undo Move"). */
    String description();

    /**
     * This command followed by {@code next} as one command (a drag's moves, a run of typing), or null when the two
     * stay separate steps. Called only with a command that was just executed after this one.
     */
    default Command mergeWith(Command next) {
        return null;
    }
}
