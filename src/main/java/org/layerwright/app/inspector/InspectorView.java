package org.layerwright.app.inspector;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;

/** The property inspector: a ControlsFX PropertySheet over the selected layer's Keras arguments. */
public final class InspectorView extends VBox {
    private final InspectorViewModel model;
    private final PropertySheet sheet = new PropertySheet();

    public InspectorView(InspectorViewModel model) {
        this.model = model;
        getStyleClass().add("inspector");
        Label heading = new Label();
        heading.setId("inspector-heading");
        heading.getStyleClass().add("panel-title");
        heading.textProperty().bind(model.headingProperty());
        Label refusal = new Label();
        refusal.setId("inspector-refusal");
        refusal.getStyleClass().add("refusal");
        refusal.setWrapText(true);
        refusal.textProperty().bind(model.refusalProperty());
        refusal.visibleProperty().bind(model.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        sheet.setId("inspector-sheet");
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(new DefaultPropertyEditorFactory() {
            @Override
            public org.controlsfx.property.editor.PropertyEditor<?> call(PropertySheet.Item item) {
                ArgumentSheetItem argument = (ArgumentSheetItem) item;
                ArgumentKind kind = argument.argument().kind();
                if (kind == ArgumentKind.BOOL) {
                    return Editors.createCheckEditor(item);
                }
                if (!argument.argument().choices().isEmpty()) {
                    return Editors.createChoiceEditor(item, argument.argument().choices());
                }
                return new CommitTextEditor(argument);
            }
        });
        VBox.setVgrow(sheet, Priority.ALWAYS);
        getChildren().addAll(heading, refusal, sheet);
        model.arguments().addListener((ListChangeListener<ArgumentItem>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        sheet.getItems().setAll(model.arguments().stream().map(a -> new ArgumentSheetItem(a, model)).toList());
    }
}
