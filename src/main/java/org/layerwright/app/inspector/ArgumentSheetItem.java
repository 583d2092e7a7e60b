package org.layerwright.app.inspector;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** An argument as a ControlsFX PropertySheet item; setting its value submits it through the view-model. */
final class ArgumentSheetItem implements PropertySheet.Item {
    private final ArgumentItem argument;
    private final InspectorViewModel model;

    ArgumentSheetItem(ArgumentItem argument, InspectorViewModel model) {
        this.argument = argument;
        this.model = model;
    }

    ArgumentItem argument() {
        return argument;
    }

    /** Submits text for this argument; returns the refusal, if any. */
    Optional<String> submitText(String text) {
        return model.submitText(argument.key(), text);
    }

    @Override
    public Class<?> getType() {
        return argument.kind() == ArgumentKind.BOOL ? Boolean.class : String.class;
    }

    @Override
    public String getCategory() {
        return argument.key().equals("name") || argument.key().equals("trainable") || argument.key().equals("dtype")
                ? "Layer" : "Arguments";
    }

    @Override
    public String getName() {
        return argument.key();
    }

    @Override
    public String getDescription() {
        return argument.key() + " (" + argument.kind().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    @Override
    public Object getValue() {
        return argument.kind() == ArgumentKind.BOOL ? argument.value() : argument.displayValue();
    }

    @Override
    public void setValue(Object value) {
        if (argument.kind() == ArgumentKind.BOOL) {
            model.submit(argument.key(), value);
        } else if (!String.valueOf(value).equals(argument.displayValue())) {
            model.submitText(argument.key(), String.valueOf(value));
        }
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }

    @Override
    public boolean isEditable() {
        return argument.editable();
    }
}
