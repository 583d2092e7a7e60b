package org.layerwright.app.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.layerwright.app.palette.GroupIcons;
import org.layerwright.editor.TidyLayout;

/** A layer on the canvas: a card with name, type, output shape and parameter count, input ports above, outputs below. */
public final class NodeView extends Pane {
    static final double PORT_RADIUS = 6;
    private final NodeViewModel model;
    private final Pane ports = new Pane();
    private final List<Circle> inputs = new ArrayList<>();
    private final List<Circle> outputs = new ArrayList<>();
    private final Tooltip problemTip = new Tooltip();

    public NodeView(NodeViewModel model) {
        this.model = model;
        getStyleClass().add("layer-node");
        setId("node-" + model.nameProperty().get());
        Label name = new Label();
        name.textProperty().bind(model.nameProperty());
        name.getStyleClass().add("node-name");
        Label type = new Label();
        type.textProperty().bind(model.classNameProperty());
        type.getStyleClass().add("node-type");
        // The name keeps its width; the type gives way when both do not fit.
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox header = new HBox(6, GroupIcons.forClass(model.classNameProperty().get(), 14), name, type);
        header.getStyleClass().add("node-header");
        Label shape = new Label();
        shape.textProperty().bind(model.shapeProperty());
        shape.getStyleClass().add("node-shape");
        Label params = new Label();
        params.textProperty().bind(model.paramsProperty());
        params.getStyleClass().add("node-params");
        VBox card = new VBox(2, header, shape, params);
        card.getStyleClass().add("node-card");
        // Drawn once into a bitmap and reused while the canvas pans and zooms.
        card.setCache(true);
        card.setCacheHint(javafx.scene.CacheHint.SPEED);
        card.setPrefSize(TidyLayout.NODE_WIDTH, TidyLayout.NODE_HEIGHT);
        card.setMinSize(TidyLayout.NODE_WIDTH, TidyLayout.NODE_HEIGHT);
        card.setMaxSize(TidyLayout.NODE_WIDTH, TidyLayout.NODE_HEIGHT);
        ports.setPickOnBounds(false);
        ports.setManaged(false);
        getChildren().addAll(card, ports);
        setPickOnBounds(false);
        model.xProperty().addListener((obs, o, v) -> setLayoutX(v.doubleValue()));
        model.yProperty().addListener((obs, o, v) -> setLayoutY(v.doubleValue()));
        setLayoutX(model.xProperty().get());
        setLayoutY(model.yProperty().get());
        model.inputPortsProperty().addListener((obs, o, v) -> rebuildPorts());
        model.outputPortsProperty().addListener((obs, o, v) -> rebuildPorts());
        model.nameProperty().addListener((obs, o, v) -> setId("node-" + v));
        model.problemProperty().addListener((obs, o, v) -> showProblem(card, v));
        model.selectedProperty().addListener((obs, o, v) -> card.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("selected"), v));
        showProblem(card, model.problemProperty().get());
        card.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"),
                model.selectedProperty().get());
        rebuildPorts();
    }

    public NodeViewModel model() {
        return model;
    }

    private void showProblem(VBox card, String problem) {
        card.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), problem != null);
        if (problem == null) {
            Tooltip.uninstall(card, problemTip);
        } else {
            problemTip.setText(problem);
            problemTip.setWrapText(true);
            problemTip.setMaxWidth(380);
            Tooltip.install(card, problemTip);
        }
    }

    private void rebuildPorts() {
        ports.getChildren().clear();
        inputs.clear();
        outputs.clear();
        int in = model.inputPortsProperty().get();
        int out = model.outputPortsProperty().get();
        for (int i = 0; i < in; i++) {
            inputs.add(port("input-port", portOffset(i, in), 0));
        }
        for (int i = 0; i < out; i++) {
            outputs.add(port("output-port", portOffset(i, out), TidyLayout.NODE_HEIGHT));
        }
    }

    private Circle port(String style, double x, double y) {
        Circle circle = new Circle(x, y, PORT_RADIUS);
        circle.getStyleClass().addAll("port", style);
        ports.getChildren().add(circle);
        return circle;
    }

    /** Horizontal offset of port {@code index} of {@code count}, spread evenly over the card. */
    static double portOffset(int index, int count) {
        return TidyLayout.NODE_WIDTH * (index + 1) / (count + 1);
    }

    public List<Circle> inputPorts() {
        return inputs;
    }

    public List<Circle> outputPorts() {
        return outputs;
    }

    /** Where an input port sits, in canvas coordinates. */
    public Point2D inputPortPosition(int index) {
        return new Point2D(getLayoutX() + portOffset(index, Math.max(model.inputPortsProperty().get(), index + 1)),
                getLayoutY());
    }

    /** Where an output port sits, in canvas coordinates. */
    public Point2D outputPortPosition(int index) {
        return new Point2D(getLayoutX() + portOffset(index, Math.max(model.outputPortsProperty().get(), index + 1)),
                getLayoutY() + TidyLayout.NODE_HEIGHT);
    }
}
