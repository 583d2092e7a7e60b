package org.layerwright.app.dashboard;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.converter.DoubleStringConverter;

/**
 * Small editors kept in step with view-model properties both ways. (Plain listeners, not bidirectional bindings
 * to {@code asObject()} wrappers, which hold their targets weakly and silently stop working once collected.)
 */
final class Fields {
    private Fields() {
    }

    static Spinner<Integer> integer(IntegerProperty property, int min, int max, String id) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get());
        spinner.setEditable(true);
        spinner.setId(id);
        spinner.valueProperty().addListener((obs, old, value) -> property.set(value));
        property.addListener((obs, old, value) -> spinner.getValueFactory().setValue(value.intValue()));
        spinner.setPrefWidth(110);
        return spinner;
    }

    static Spinner<Double> decimal(DoubleProperty property, double min, double max, double step, String id) {
        Spinner<Double> spinner = new Spinner<>();
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, property.get(), step);
        // Enough digits for a learning rate such as 0.0001.
        factory.setConverter(new DoubleStringConverter());
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.setId(id);
        spinner.valueProperty().addListener((obs, old, value) -> property.set(value));
        property.addListener((obs, old, value) -> factory.setValue(value.doubleValue()));
        spinner.setPrefWidth(110);
        return spinner;
    }

    static ComboBox<String> choice(StringProperty property, List<String> options, String id) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(options));
        box.setValue(property.get());
        box.setId(id);
        box.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                property.set(value);
            }
        });
        property.addListener((obs, old, value) -> box.setValue(value));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
