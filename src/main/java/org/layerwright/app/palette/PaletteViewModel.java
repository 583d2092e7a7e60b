package org.layerwright.app.palette;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.core.layers.LayerCatalog;
import org.layerwright.editor.LayerTemplates;

/** The palette: every layer class of the catalogue, grouped as Keras groups them, filtered by the search text. */
public final class PaletteViewModel {
    /** One group of the palette and its (filtered) classes. */
    public record Section(LayerCatalog.Group group, List<String> classNames) {
    }

    private final MainViewModel main;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    // One read-only view, kept: listeners on a fresh wrapper would be dropped with it.
    private final ObservableList<Section> sectionsReadOnly = FXCollections.unmodifiableObservableList(sections);

    public PaletteViewModel(MainViewModel main) {
        this.main = main;
        search.addListener((obs, old, text) -> filter());
        filter();
    }

    /** The search text (the view binds its field to it). */
    public StringProperty searchProperty() {
        return search;
    }

    /** The groups with at least one matching class, in palette order (read-only). */
    public ObservableList<Section> sections() {
        return sectionsReadOnly;
    }

    /** Appends a layer of this class after the selection (a double-click in the palette). */
    public void append(String className) {
        main.appendAfterSelection(className);
    }

    private void filter() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Map<LayerCatalog.Group, List<String>> grouped = new LinkedHashMap<>();
        for (LayerCatalog.Group group : LayerCatalog.Group.values()) {
            grouped.put(group, new ArrayList<>());
        }
        for (LayerCatalog.Entry entry : LayerTemplates.paletteEntries()) {
            if (needle.isEmpty() || entry.className().toLowerCase(Locale.ROOT).contains(needle)
                    || entry.group().title().toLowerCase(Locale.ROOT).contains(needle)) {
                grouped.get(entry.group()).add(entry.className());
            }
        }
        List<Section> out = new ArrayList<>();
        grouped.forEach((group, names) -> {
            if (!names.isEmpty()) {
                out.add(new Section(group, List.copyOf(names)));
            }
        });
        sections.setAll(out);
    }
}
