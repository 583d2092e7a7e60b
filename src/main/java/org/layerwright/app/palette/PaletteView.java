package org.layerwright.app.palette;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.layerwright.core.layers.LayerCatalog;

/** The palette: a search box over a tree of layer groups; drag a layer onto the canvas or double-click it. */
public final class PaletteView extends VBox {
    private final PaletteViewModel model;
    private final TreeView<String> tree = new TreeView<>(new TreeItem<>("Layers"));

    public PaletteView(PaletteViewModel model) {
        this.model = model;
        getStyleClass().add("palette");
        TextField search = new TextField();
        search.setId("palette-search");
        search.setPromptText("Search layers");
        search.textProperty().bindBidirectional(model.searchProperty());
        tree.setId("palette-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new LayerCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(search, tree);
        model.sections().addListener((ListChangeListener<PaletteViewModel.Section>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        TreeItem<String> root = tree.getRoot();
        root.getChildren().clear();
        for (PaletteViewModel.Section section : model.sections()) {
            TreeItem<String> group = new TreeItem<>(section.group().title(), GroupIcons.forGroup(section.group(),
                    16));
            for (String className : section.classNames()) {
                group.getChildren().add(new TreeItem<>(className));
            }
            group.setExpanded(true);
            root.getChildren().add(group);
        }
    }

    /** A palette row: groups show their icon; layer rows can be dragged onto the canvas and double-clicked. */
    private final class LayerCell extends TreeCell<String> implements LayerDragSource {
        LayerCell() {
            setOnDragDetected(event -> {
                if (isLayer()) {
                    startFullDrag();
                    event.consume();
                }
            });
            setOnMouseClicked(event -> {
                if (isLayer() && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                    model.append(getItem());
                }
            });
        }

        @Override
        public String layerClassName() {
            return isLayer() ? getItem() : null;
        }

        private boolean isLayer() {
            return !isEmpty() && getTreeItem() != null && getTreeItem().isLeaf()
                    && LayerCatalog.find(getItem()) != null;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setId(null);
            } else {
                setText(item);
                setGraphic(getTreeItem() == null ? null : getTreeItem().getGraphic());
                setId(getTreeItem() != null && getTreeItem().isLeaf() ? "palette-" + item : null);
            }
        }
    }
}
