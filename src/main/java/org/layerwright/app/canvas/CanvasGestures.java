package org.layerwright.app.canvas;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.MouseDragEvent;
import org.layerwright.app.palette.LayerDragSource;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.editor.TidyLayout;
import org.layerwright.editor.Wire;
import org.layerwright.editor.commands.MoveNodesCommand.Point;

/**
 * Mouse gestures on the canvas: select, rubber-band, move (committed once, on release), wire from an output port
 * to an input port, pan (right or middle drag, scroll), zoom (Ctrl + scroll), and drops from the palette.
 */
final class CanvasGestures {
    private static final double PORT_HIT = 12;
    private final CanvasView canvas;
    private final MainViewModel main;
    private Point2D pressWorld;
    private Point2D lastScreen;
    private final Map<String, Point2D> dragOrigins = new HashMap<>();
    private boolean dragged;
    private long gesture;
    private Rectangle band;
    private Line pendingWire;
    private String wireSource;
    private String pressedOnSelected;
    private int wireSourcePort;
    /** A press on the minimap: the whole gesture belongs to it. */
    private boolean minimapGesture;

    CanvasGestures(CanvasView canvas, MainViewModel main) {
        this.canvas = canvas;
        this.main = main;
    }

    void install() {
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.setOnScroll(this::scrolled);
        canvas.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, this::droppedFromPalette);
    }

    /** A layer dragged from the palette and released over the canvas is added where it was released. */
    private void droppedFromPalette(MouseDragEvent event) {
        if (event.getGestureSource() instanceof LayerDragSource source && source.layerClassName() != null) {
            Point2D at = canvas.toWorld(canvas.sceneToLocal(event.getSceneX(), event.getSceneY()).getX(),
                    canvas.sceneToLocal(event.getSceneX(), event.getSceneY()).getY());
            main.addLayer(source.layerClassName(), at.getX() - TidyLayout.NODE_WIDTH / 2,
                    at.getY() - TidyLayout.NODE_HEIGHT / 2);
            event.consume();
        }
    }

    private void pressed(MouseEvent event) {
        canvas.requestFocus();
        minimapGesture = canvas.isOnMinimap(event);
        if (minimapGesture) {
            return;
        }
        lastScreen = new Point2D(event.getX(), event.getY());
        pressWorld = canvas.toWorld(event.getX(), event.getY());
        dragged = false;
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (startWire(event)) {
            return;
        }
        if (event.getTarget() instanceof WireView wire) {
            main.selectWire(wire.wire());
            event.consume();
            return;
        }
        NodeView hit = nodeAt(pressWorld);
        if (hit == null) {
            if (!event.isShortcutDown()) {
                main.clearSelection();
            }
            band = new Rectangle(pressWorld.getX(), pressWorld.getY(), 0, 0);
            band.getStyleClass().add("rubber-band");
            canvas.overlay().getChildren().add(band);
            return;
        }
        String id = hit.model().id();
        pressedOnSelected = null;
        if (event.isShortcutDown()) {
            main.toggleSelection(id);
        } else if (!main.selection().contains(id)) {
            main.select(id);
        } else {
            // A click (not a drag) on a node of a multi-selection selects just that node, on release.
            pressedOnSelected = id;
        }
        dragOrigins.clear();
        for (String selected : main.selection()) {
            NodeView view = canvas.nodeView(selected);
            dragOrigins.put(selected, new Point2D(view.getLayoutX(), view.getLayoutY()));
        }
        gesture = System.nanoTime();
    }

    private boolean startWire(MouseEvent event) {
        for (NodeView view : canvas.nodeViews()) {
            for (int port = 0; port < view.outputPorts().size(); port++) {
                if (view.outputPortPosition(port).distance(pressWorld) <= PORT_HIT) {
                    wireSource = view.model().id();
                    wireSourcePort = port;
                    Point2D start = view.outputPortPosition(port);
                    pendingWire = new Line(start.getX(), start.getY(), start.getX(), start.getY());
                    pendingWire.getStyleClass().add("pending-wire");
                    canvas.overlay().getChildren().add(pendingWire);
                    event.consume();
                    return true;
                }
            }
        }
        return false;
    }

    private void dragged(MouseEvent event) {
        if (minimapGesture) {
            return;
        }
        Point2D world = canvas.toWorld(event.getX(), event.getY());
        if (event.getButton() != MouseButton.PRIMARY) {
            canvas.panBy(event.getX() - lastScreen.getX(), event.getY() - lastScreen.getY());
            lastScreen = new Point2D(event.getX(), event.getY());
            return;
        }
        dragged = true;
        if (pendingWire != null) {
            pendingWire.setEndX(world.getX());
            pendingWire.setEndY(world.getY());
        } else if (band != null) {
            band.setX(Math.min(world.getX(), pressWorld.getX()));
            band.setY(Math.min(world.getY(), pressWorld.getY()));
            band.setWidth(Math.abs(world.getX() - pressWorld.getX()));
            band.setHeight(Math.abs(world.getY() - pressWorld.getY()));
        } else if (!dragOrigins.isEmpty()) {
            // Only the views move while dragging; the document gets one command on release.
            for (Map.Entry<String, Point2D> e : dragOrigins.entrySet()) {
                NodeView view = canvas.nodeView(e.getKey());
                view.setLayoutX(e.getValue().getX() + world.getX() - pressWorld.getX());
                view.setLayoutY(e.getValue().getY() + world.getY() - pressWorld.getY());
            }
        }
        event.consume();
    }

    private void released(MouseEvent event) {
        if (minimapGesture) {
            minimapGesture = false;
            return;
        }
        Point2D world = canvas.toWorld(event.getX(), event.getY());
        if (pendingWire != null) {
            canvas.overlay().getChildren().remove(pendingWire);
            pendingWire = null;
            connectTo(world);
        } else if (band != null) {
            Set<String> inside = new HashSet<>();
            for (NodeView view : canvas.nodeViews()) {
                if (band.getBoundsInParent().intersects(CanvasView.worldBounds(view))) {
                    inside.add(view.model().id());
                }
            }
            canvas.overlay().getChildren().remove(band);
            band = null;
            if (dragged) {
                inside.addAll(main.selection());
                main.selectOnly(inside);
            }
        } else if (dragged && !dragOrigins.isEmpty()) {
            Map<String, Point> targets = new HashMap<>();
            for (String id : dragOrigins.keySet()) {
                NodeView view = canvas.nodeView(id);
                targets.put(id, new Point(view.getLayoutX(), view.getLayoutY()));
            }
            main.moveNodes(targets, gesture);
        } else if (!dragged && pressedOnSelected != null) {
            main.select(pressedOnSelected);
        }
        pressedOnSelected = null;
        dragOrigins.clear();
        dragged = false;
    }

    private void connectTo(Point2D world) {
        for (NodeView view : canvas.nodeViews()) {
            for (int port = 0; port < view.inputPorts().size(); port++) {
                if (view.inputPortPosition(port).distance(world) <= PORT_HIT) {
                    main.connect(new Wire(wireSource, wireSourcePort, view.model().id(), port));
                    return;
                }
            }
        }
        NodeView target = nodeAt(world);
        if (target != null && !target.inputPorts().isEmpty()) {
            // Dropped on the card rather than the port: use its first free input.
            int port = main.document().graph().inputsOf(target.model().id()).size();
            main.connect(new Wire(wireSource, wireSourcePort, target.model().id(),
                    Math.min(port, target.inputPorts().size() - 1)));
        }
    }

    /** The topmost node under a point (later nodes are drawn above earlier ones). */
    private NodeView nodeAt(Point2D world) {
        NodeView found = null;
        for (NodeView view : canvas.nodeViewsInDrawingOrder()) {
            if (CanvasView.worldBounds(view).contains(world)) {
                found = view;
            }
        }
        return found;
    }

    private void scrolled(ScrollEvent event) {
        if (event.isShortcutDown()) {
            canvas.zoomBy(event.getDeltaY() > 0 ? 1.1 : 1 / 1.1, event.getX(), event.getY());
        } else {
            canvas.panBy(event.getDeltaX(), event.getDeltaY());
        }
        event.consume();
    }
}
