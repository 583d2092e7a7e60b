package org.layerwright.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.editor.DocumentChange;
import org.layerwright.editor.LayerArguments;
import org.layerwright.editor.LayerNode;

/**
 * The inspector: the Keras arguments of the single selected layer, and edits of them. A value the layer would
 * refuse never becomes a command: {@link #submit} returns core's reason and {@link #refusalProperty()} shows it.
 */
public final class InspectorViewModel {
    private final MainViewModel main;
    private final ObservableList<ArgumentItem> arguments = FXCollections.observableArrayList();
    // One read-only view, kept: listeners on a fresh wrapper would be dropped with it.
    private final ObservableList<ArgumentItem> argumentsReadOnly = FXCollections.unmodifiableObservableList(arguments);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("No layer selected");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private String shownId;

    public InspectorViewModel(MainViewModel main) {
        this.main = main;
        main.selection().addListener((ListChangeListener<String>) c -> reload(true));
        main.lastChangeProperty().addListener((obs, old, change) -> changed(change));
        reload(true);
    }

    /** The arguments of the selected layer, in Keras's config order (read-only). */
    public ObservableList<ArgumentItem> arguments() {
        return argumentsReadOnly;
    }

    /** "dense (Dense)", or a hint when no single layer is selected. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why the last value was refused, or empty. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Parses and applies what the user entered for an argument; returns the reason when it is refused. */
    public Optional<String> submitText(String key, String text) {
        ArgumentItem item = find(key);
        if (item == null) {
            return Optional.of("No argument " + key + " on the selected layer.");
        }
        ValueParser.Parsed parsed = ValueParser.parse(item.kind(), text, item.value());
        if (!parsed.ok()) {
            return refuse(key + ": " + parsed.error());
        }
        return submit(key, parsed.value());
    }

    /** Applies a new value for an argument unless the layer refuses it; returns the reason when refused. */
    public Optional<String> submit(String key, Object value) {
        LayerNode node = main.selectedNode();
        if (node == null) {
            return refuse("Select one layer to edit its arguments.");
        }
        if (key.equals("name")) {
            Optional<String> refused = main.rename(node.id(), String.valueOf(value));
            return refused.isPresent() ? refuse(refused.get()) : accept();
        }
        if (java.util.Objects.equals(node.config().get(key), value)) {
            return accept();
        }
        Optional<String> refused = LayerArguments.check(node, key, value);
        if (refused.isPresent()) {
            return refuse(refused.get());
        }
        main.setArgument(node.id(), key, value);
        return accept();
    }

    private Optional<String> refuse(String reason) {
        refusal.set(reason);
        return Optional.of(reason);
    }

    private Optional<String> accept() {
        refusal.set("");
        return Optional.empty();
    }

    private ArgumentItem find(String key) {
        for (ArgumentItem item : arguments) {
            if (item.key().equals(key)) {
                return item;
            }
        }
        return null;
    }

    private void changed(DocumentChange change) {
        if (change != null && shownId != null && change.changedNodes().contains(shownId)) {
            reload(false);
        }
    }

    private void reload(boolean selectionChanged) {
        LayerNode node = main.selectedNode();
        if (selectionChanged) {
            refusal.set("");
        }
        if (node == null) {
            shownId = null;
            heading.set(main.selection().isEmpty() ? "No layer selected"
                    : main.selection().size() + " layers selected");
            arguments.clear();
            return;
        }
        shownId = node.id();
        heading.set(node.name() + " (" + node.className() + ")");
        List<ArgumentItem> items = new ArrayList<>();
        for (Map.Entry<String, Object> e : node.config().entrySet()) {
            ArgumentKind kind = ArgumentKind.of(e.getKey(), e.getValue());
            items.add(new ArgumentItem(e.getKey(), kind, e.getValue(), ArgumentKind.choices(kind, e.getKey(),
                    node.className())));
        }
        if (!items.equals(arguments)) {
            arguments.setAll(items);
        }
    }
}
