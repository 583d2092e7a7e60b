package org.layerwright.app.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.layerwright.editor.TidyLayout;
import org.layerwright.editor.Wire;

/**
 * The drawing area: nodes and wires in a zoomable, pannable world. Gestures live in {@link CanvasGestures}; this
 * class keeps the views in step with the {@link CanvasViewModel}.
 */
public final class CanvasView extends Pane {
    private static final double MIN_ZOOM = 0.1;
    private static final double MAX_ZOOM = 3;
    private final CanvasViewModel model;
    private final Group world = new Group();
    private final Group wireLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group overlay = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private final Map<String, NodeView> views = new HashMap<>();
    private final Map<Wire, WireView> wireViews = new HashMap<>();
    private final Minimap minimap = new Minimap(this);

    public CanvasView(CanvasViewModel model) {
        this.model = model;
        setId("canvas");
        getStyleClass().add("canvas");
        world.getTransforms().addAll(pan, scale);
        world.getChildren().addAll(wireLayer, nodeLayer, overlay);
        getChildren().addAll(world, minimap);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        model.nodes().addListener((ListChangeListener<NodeViewModel>) c -> syncNodes());
        model.wires().addListener((ListChangeListener<Wire>) c -> syncWires());
        syncNodes();
        model.main().selectedWireProperty().addListener((obs, old, wire) -> {
            for (WireView view : wireViews.values()) {
                view.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"),
                        view.wire().equals(wire));
            }
        });
        new CanvasGestures(this, model.main()).install();
        for (javafx.beans.Observable changes : List.of(pan.xProperty(), pan.yProperty(), scale.xProperty(),
                widthProperty(), heightProperty(), model.main().lastChangeProperty(), model.main().selection())) {
            changes.addListener(o -> minimap.invalidate());
        }
    }

    /** The overview shown in the corner while part of the graph is out of view. */
    Minimap minimap() {
        return minimap;
    }

    /** True for mouse events meant for the minimap rather than the drawing. */
    boolean isOnMinimap(javafx.scene.input.MouseEvent event) {
        return minimap.isVisible() && event.getTarget() == minimap;
    }

    public CanvasViewModel model() {
        return model;
    }

    Group overlay() {
        return overlay;
    }

    /** The view of a node, or null. */
    public NodeView nodeView(String id) {
        return views.get(id);
    }

    Iterable<NodeView> nodeViews() {
        return views.values();
    }

    /** Node views from bottom to top. */
    List<NodeView> nodeViewsInDrawingOrder() {
        return nodeLayer.getChildren().stream().map(NodeView.class::cast).toList();
    }

    private void syncNodes() {
        Map<String, NodeView> keep = new HashMap<>();
        for (NodeViewModel node : model.nodes()) {
            NodeView view = views.get(node.id());
            keep.put(node.id(), view != null ? view : new NodeView(node));
        }
        views.clear();
        views.putAll(keep);
        nodeLayer.getChildren().setAll(model.nodes().stream().map(n -> views.get(n.id())).toList());
        syncWires();
        minimap.invalidate();
    }

    private void syncWires() {
        Map<Wire, WireView> keep = new HashMap<>();
        for (Wire wire : model.wires()) {
            WireView view = wireViews.get(wire);
            if (view == null && views.containsKey(wire.from()) && views.containsKey(wire.to())) {
                view = new WireView(wire, views.get(wire.from()), views.get(wire.to()));
            }
            if (view != null) {
                keep.put(wire, view);
            }
        }
        wireViews.clear();
        wireViews.putAll(keep);
        wireLayer.getChildren().setAll(model.wires().stream().map(wireViews::get).filter(v -> v != null).toList());
    }

    // ------------------------------------------------------------------ coordinates, zoom and pan

    /** Canvas (world) coordinates of a point given in this view's coordinates. */
    public Point2D toWorld(double x, double y) {
        return new Point2D((x - pan.getX()) / scale.getX(), (y - pan.getY()) / scale.getY());
    }

    public double zoom() {
        return scale.getX();
    }

    /** Moves the view by a distance in screen pixels. */
    public void panBy(double dx, double dy) {
        pan.setX(pan.getX() + dx);
        pan.setY(pan.getY() + dy);
    }

    /** Zooms by a factor, keeping the point (x, y) of this view still. */
    public void zoomBy(double factor, double x, double y) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, scale.getX() * factor));
        Point2D anchor = toWorld(x, y);
        scale.setX(next);
        scale.setY(next);
        pan.setX(x - anchor.getX() * next);
        pan.setY(y - anchor.getY() * next);
    }

    /** Zooms and pans so the whole graph fits the view (at most 100 %). */
    public void fitToView() {
        fitToView(MIN_ZOOM);
    }

    /**
     * Fits the graph to the view but zooms out no further than {@code minZoom}, so text stays readable; a graph
     * taller than that shows from its top.
     */
    public void fitToView(double minZoom) {
        Rectangle2D graph = graphBounds();
        if (graph == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double margin = 30;
        double zoom = Math.min(1, Math.min((getWidth() - 2 * margin) / graph.getWidth(),
                (getHeight() - 2 * margin) / graph.getHeight()));
        zoom = Math.max(Math.max(MIN_ZOOM, minZoom), zoom);
        scale.setX(zoom);
        scale.setY(zoom);
        pan.setX((getWidth() - graph.getWidth() * zoom) / 2 - graph.getMinX() * zoom);
        pan.setY(margin - graph.getMinY() * zoom);
    }

    /** The world area the nodes cover, or null when there are none. */
    Rectangle2D graphBounds() {
        if (views.isEmpty()) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (NodeView view : views.values()) {
            minX = Math.min(minX, view.getLayoutX());
            minY = Math.min(minY, view.getLayoutY());
            maxX = Math.max(maxX, view.getLayoutX() + TidyLayout.NODE_WIDTH);
            maxY = Math.max(maxY, view.getLayoutY() + TidyLayout.NODE_HEIGHT);
        }
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    /** The world area this view shows now, or null before it has a size. */
    Rectangle2D visibleWorld() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return null;
        }
        Point2D topLeft = toWorld(0, 0);
        return new Rectangle2D(topLeft.getX(), topLeft.getY(), getWidth() / zoom(), getHeight() / zoom());
    }

    /** Pans so the world point (x, y) is in the middle of the view, keeping the zoom. */
    public void centreOn(double x, double y) {
        pan.setX(getWidth() / 2 - x * zoom());
        pan.setY(getHeight() / 2 - y * zoom());
    }

    /** The bounds of a node view in world coordinates. */
    static Bounds worldBounds(NodeView view) {
        return new javafx.geometry.BoundingBox(view.getLayoutX(), view.getLayoutY(), TidyLayout.NODE_WIDTH,
                TidyLayout.NODE_HEIGHT);
    }
}
