package org.layerwright.app.inspector;

import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * A text field that submits its value on Enter or when it loses focus (not on every key), and turns red with the
 * reason when the layer refuses the value.
 */
final class CommitTextEditor implements PropertyEditor<Object> {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final TextField field = new TextField();
    private final ArgumentSheetItem item;
    private String committed;

    CommitTextEditor(ArgumentSheetItem item) {
        this.item = item;
        field.setId("arg-" + item.getName());
        field.setEditable(item.isEditable());
        field.setOnAction(event -> commit());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
    }

    private void commit() {
        String text = field.getText();
        if (text.equals(committed)) {
            return;
        }
        Optional<String> refused = item.submitText(text);
        field.pseudoClassStateChanged(INVALID, refused.isPresent());
        field.setTooltip(refused.map(Tooltip::new).orElse(null));
        if (refused.isEmpty()) {
            committed = text;
        }
    }

    @Override
    public Node getEditor() {
        return field;
    }

    @Override
    public Object getValue() {
        return field.getText();
    }

    @Override
    public void setValue(Object value) {
        committed = value == null ? "" : value.toString();
        field.setText(committed);
    }
}
