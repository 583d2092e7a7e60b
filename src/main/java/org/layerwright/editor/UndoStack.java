package org.layerwright.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Applies commands to a document and keeps them for undo and redo. Successive commands that can merge (a drag's
 * moves, typing in one field) become one step; the position of the last save is marked; a command cannot start
 * while another is being applied (from a change listener, say); every change is published with the new revision.
 */
public final class UndoStack {
    private record Step(Command command, long serial) {
    }

    private final ModelDocument document;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<Long>> listeners = new CopyOnWriteArrayList<>();
    private long nextSerial = 1;
    private long savedSerial;
    // The position a save in progress is writing: no later command merges into its step.
    private long sealedSerial = -1;
    private boolean busy;

    UndoStack(ModelDocument document) {
        this.document = document;
    }

    /** Hears the document's revision after every execute, undo, redo and save mark. */
    public void addListener(Consumer<Long> listener) {
        listeners.add(listener);
    }

    /** Applies a command as a new step (merged with the previous one when both agree). */
    public void execute(Command command) {
        enter(command.description());
        try {
            document.change(command::execute);
            Step top = undo.peek();
            Command merged = top != null && top.serial() != savedSerial
                    && top.serial() != sealedSerial ? top.command().mergeWith(command) : null;
            if (merged != null) {
                undo.pop();
                undo.push(new Step(merged, top.serial()));
            } else {
                undo.push(new Step(command, nextSerial++));
            }
            redo.clear();
        } finally {
            busy = false;
        }
        publish();
    }

    /** Undoes the last step; false when there is none. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        enter("Undo");
        try {
            Step step = undo.pop();
            document.change(step.command()::undo);
            redo.push(step);
        } finally {
            busy = false;
        }
        publish();
        return true;
    }

    /** Redoes the last undone step; false when there is none. */
    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        enter("Redo");
        try {
            Step step = redo.pop();
            document.change(step.command()::execute);
            undo.push(step);
        } finally {
            busy = false;
        }
        publish();
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The description of the step {@link #undo} would revert, or empty. */
    public String undoDescription() {
        return undo.isEmpty() ? "" : undo.peek().command().description();
    }

    /** The description of the step {@link #redo} would apply, or empty. */
    public String redoDescription() {
        return redo.isEmpty() ? "" : redo.peek().command().description();
    }

    /** Marks the current position as saved. */
    public void markSaved() {
        savedSerial = currentSerial();
        publish();
    }

    /**
     * The current position, for a save that writes the document as it is now and finishes later: later commands
     * start new steps instead of merging into this one, so {@link #markSaved(long)} marks exactly what was written.
     */
    public long sealPosition() {
        sealedSerial = currentSerial();
        return sealedSerial;
    }

    /**
     * Marks a position taken by {@link #sealPosition()} as saved: the document is unmodified when it is there (now,
     * or after undo or redo brings it back), modified anywhere else.
     */
    public void markSaved(long position) {
        savedSerial = position;
        publish();
    }

    /** True when the document is as it was at the last {@link #markSaved} (or, never saved, as it was opened). */
    public boolean isAtSavedPosition() {
        return currentSerial() == savedSerial;
    }

    private long currentSerial() {
        return undo.isEmpty() ? 0 : undo.peek().serial();
    }

    /** Forgets every step (after opening another model); the current position becomes the saved one. */
    public void clear() {
        undo.clear();
        redo.clear();
        savedSerial = 0;
        publish();
    }

    private void enter(String what) {
        if (busy) {
            throw new IllegalStateException("Cannot start \"" + what + "\" while another edit is being applied;"
                    + " run commands from user actions, not from change listeners.");
        }
        busy = true;
    }

    private void publish() {
        for (Consumer<Long> listener : listeners) {
            listener.accept(document.revision());
        }
    }
}
