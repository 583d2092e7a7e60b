package org.layerwright.app.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerwright.editor.Command;
import org.layerwright.editor.CompositeCommand;
import org.layerwright.editor.DocumentChange;
import org.layerwright.editor.Fragment;
import org.layerwright.editor.GroupLayers;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.LayerTemplates;
import org.layerwright.editor.ModelDocument;
import org.layerwright.editor.QuickFixes;
import org.layerwright.editor.TidyLayout;
import org.layerwright.editor.Wire;
import org.layerwright.editor.commands.AddLayerCommand;
import org.layerwright.editor.commands.ConnectCommand;
import org.layerwright.editor.commands.DisconnectCommand;
import org.layerwright.editor.commands.MoveNodesCommand;
import org.layerwright.editor.commands.RemoveLayersCommand;
import org.layerwright.editor.commands.RenameLayerCommand;
import org.layerwright.editor.commands.SetLayerArgumentCommand;

/**
 * The window's state: the open document, the selection, the clipboard, and every edit as a command method. Views
 * call these methods; they never touch the document. Panels follow {@link #lastChangeProperty()}.
 */
public final class MainViewModel {
    private final ReadOnlyObjectWrapper<ModelDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DocumentChange> lastChange = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    // One read-only view, kept: listeners on a fresh wrapper would be dropped with it.
    private final ObservableList<String> selectionReadOnly = FXCollections.unmodifiableObservableList(selection);
    private final ReadOnlyObjectWrapper<Wire> selectedWire = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Layerwright");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper();
    // True for a document that was never saved anywhere yet holds work (a recovered autosave).
    private boolean unsavedWork;
    private Fragment clipboard;
    private int pasteCount;

    public MainViewModel(ModelDocument initial) {
        open(initial);
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<ModelDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ModelDocument document() {
        return document.get();
    }

    /** The last change of the document (a new value on every edit, undo and redo). */
    public ReadOnlyObjectProperty<DocumentChange> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    /** Selected node ids, in selection order (read-only; change it with the selection methods). */
    public ObservableList<String> selection() {
        return selectionReadOnly;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The file the document was opened from or last saved to; null for a new or imported model. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** True when the document has changes since it was opened or last saved (undo back there clears it). */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** A one-line message for the status bar (the last refusal or hint). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ documents

    /** Shows another document that belongs to no file yet; undo history starts afresh. */
    public void open(ModelDocument next) {
        open(next, null);
    }

    /** Shows a document read from {@code source} (null: none), unmodified; undo history starts afresh. */
    public void open(ModelDocument next, Path source) {
        file.set(source);
        unsavedWork = false;
        selection.clear();
        next.addListener(this::changed);
        next.undoStack().addListener(revision -> refreshStackState());
        document.set(next);
        lastChange.set(new DocumentChange(next.revision(), Set.copyOf(next.graph().ids()), true));
        refreshStackState();
    }

    private void changed(DocumentChange change) {
        selection.removeIf(id -> !document().graph().contains(id));
        if (selectedWire.get() != null && !document().graph().wires().contains(selectedWire.get())) {
            selectedWire.set(null);
        }
        lastChange.set(change);
    }

    /** Records that the document was saved to {@code target}: it becomes the document's file, unmodified. */
    public void markSaved(Path target) {
        file.set(target);
        unsavedWork = false;
        document().undoStack().markSaved();
        refreshStackState();
    }

    /**
     * Records that a save of the current document, begun at {@code position} ({@link
     * org.layerwright.editor.UndoStack#sealPosition()}), finished: {@code target} becomes the document's file, and
     * the document is unmodified only while it is at that position (edits made during the save stay marked).
     */
    public void markSaved(Path target, long position) {
        file.set(target);
        unsavedWork = false;
        document().undoStack().markSaved(position);
        refreshStackState();
    }

    /** Marks the document as holding unsaved work even at its opening state (a recovered autosave). */
    public void markUnsavedWork() {
        unsavedWork = true;
        refreshStackState();
    }

    private void refreshStackState() {
        ModelDocument doc = document();
        canUndo.set(doc.undoStack().canUndo());
        canRedo.set(doc.undoStack().canRedo());
        modified.set(unsavedWork || !doc.undoStack().isAtSavedPosition());
        String name = file.get() == null ? doc.modelName() : file.get().getFileName().toString();
        title.set(name + (modified.get() ? " *" : "") + " — Layerwright");
    }

    private void run(Command command) {
        if (command != null) {
            document().undoStack().execute(command);
        }
    }

    // ------------------------------------------------------------------ selection

    public void select(String id) {
        selectedWire.set(null);
        selection.setAll(id);
    }

    public void selectOnly(Set<String> ids) {
        List<String> ordered = new ArrayList<>();
        for (String id : document().graph().ids()) {
            if (ids.contains(id)) {
                ordered.add(id);
            }
        }
        selection.setAll(ordered);
    }

    public void toggleSelection(String id) {
        if (!selection.remove(id)) {
            selection.add(id);
        }
    }

    public void selectAll() {
        selection.setAll(document().graph().ids());
    }

    public void clearSelection() {
        selection.clear();
        selectedWire.set(null);
    }

    /** Selects a wire (the layers are deselected), so Delete removes it. */
    public void selectWire(Wire wire) {
        selection.clear();
        selectedWire.set(wire);
    }

    /** The selected wire, or null. */
    public ReadOnlyObjectProperty<Wire> selectedWireProperty() {
        return selectedWire.getReadOnlyProperty();
    }

    /** The single selected node, or null. */
    public LayerNode selectedNode() {
        return selection.size() == 1 ? document().graph().node(selection.get(0)) : null;
    }

    // ------------------------------------------------------------------ edits

    /** Adds a new layer of this class at a canvas position and selects it. */
    public String addLayer(String className, double x, double y) {
        LayerNode node = LayerTemplates.newNode(document(), className, x, y);
        run(new AddLayerCommand(node));
        select(node.id());
        return node.id();
    }

    /** Adds a layer below the selected one and wires it after it (after the last layer when none is selected). */
    public String appendAfterSelection(String className) {
        ModelDocument doc = document();
        List<String> ids = doc.graph().ids();
        String after = selection.isEmpty() ? (ids.isEmpty() ? null : ids.get(ids.size() - 1))
                : selection.get(selection.size() - 1);
        LayerNode anchor = after == null ? null : doc.graph().node(after);
        double x = anchor == null ? 40 : anchor.x();
        double y = anchor == null ? 40 : anchor.y() + TidyLayout.NODE_HEIGHT + 36;
        LayerNode node = LayerTemplates.newNode(doc, className, x, y);
        List<Command> steps = new ArrayList<>();
        steps.add(new AddLayerCommand(node, anchor == null ? -1 : doc.graph().indexOf(after) + 1));
        if (anchor != null && !"InputLayer".equals(className)) {
            steps.add(new ConnectCommand(Wire.of(after, node.id())));
        }
        run(new CompositeCommand("Append " + node.name(), steps));
        select(node.id());
        return node.id();
    }

    public void connect(Wire wire) {
        if (wire.from().equals(wire.to())) {
            status.set("A layer cannot take its own output as input.");
            return;
        }
        run(new ConnectCommand(wire));
    }

    public void disconnect(Wire wire) {
        run(new DisconnectCommand(wire));
    }

    /** Deletes the selected wire, or else the selected layers with their wires. */
    public void deleteSelection() {
        Wire wire = selectedWire.get();
        if (wire != null) {
            selectedWire.set(null);
            if (document().graph().wires().contains(wire)) {
                run(new DisconnectCommand(wire));
            }
        } else if (!selection.isEmpty()) {
            run(new RemoveLayersCommand(new LinkedHashSet<>(selection)));
        }
    }

    public void copySelection() {
        if (!selection.isEmpty()) {
            clipboard = Fragment.copy(document().graph(), new LinkedHashSet<>(selection));
            pasteCount = 0;
        }
    }

    /** Pastes the clipboard, shifted a little more each time, and selects the pasted layers. */
    public void paste() {
        if (clipboard == null || clipboard.isEmpty()) {
            return;
        }
        pasteCount++;
        CompositeCommand paste = clipboard.pasteCommand(document(), 30 * pasteCount, 30 * pasteCount);
        run(paste);
        selection.setAll(Fragment.addedIds(paste));
    }

    public void duplicateSelection() {
        Fragment saved = clipboard;
        int savedCount = pasteCount;
        copySelection();
        paste();
        clipboard = saved;
        pasteCount = savedCount;
    }

    /** Renames the selected layer; returns why not when the name is empty or taken. */
    public Optional<String> renameSelected(String newName) {
        LayerNode node = selectedNode();
        if (node == null) {
            return Optional.of("Select one layer to rename it.");
        }
        return rename(node.id(), newName);
    }

    /** Renames a layer; returns why not when the name is empty or taken. */
    public Optional<String> rename(String id, String newName) {
        String name = newName == null ? "" : newName.strip();
        LayerNode node = document().graph().node(id);
        if (name.isEmpty()) {
            return Optional.of("A layer needs a name.");
        }
        if (name.equals(node.name())) {
            return Optional.empty();
        }
        if (document().graph().hasName(name)) {
            return Optional.of("Another layer is already named '" + name + "'. Layer names must be unique.");
        }
        run(new RenameLayerCommand(id, name));
        return Optional.empty();
    }

    /** Sets one Keras argument of a layer (already checked by the inspector). */
    public void setArgument(String id, String key, Object value) {
        run(new SetLayerArgumentCommand(id, key, value));
    }

    /** Commits a drag: every moved node's final position, as one step. */
    public void moveNodes(Map<String, MoveNodesCommand.Point> targets, long gesture) {
        if (!targets.isEmpty()) {
            run(new MoveNodesCommand(targets, gesture));
        }
    }

    public void tidyLayout() {
        run(TidyLayout.command(document().graph()));
    }

    public void groupSelection() {
        GroupLayers.Result result = GroupLayers.plan(document(), new LinkedHashSet<>(selection),
                document().uniqueName("Functional").replace("functional", "block"));
        if (result.refusal() != null) {
            status.set(result.refusal());
            return;
        }
        run(result.command());
    }

    /** Applies the fix the analysis suggests for a node (inserting Flatten or Reshape before it). */
    public void applySuggestedFix(String id) {
        run(QuickFixes.insertSuggested(document(), id));
    }

    public void undo() {
        document().undoStack().undo();
    }

    public void redo() {
        document().undoStack().redo();
    }

    /** Says something in the status bar. */
    public void tell(String message) {
        status.set(message);
    }
}
