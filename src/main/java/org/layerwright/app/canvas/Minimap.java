package org.layerwright.app.canvas;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.layerwright.editor.TidyLayout;

/**
 * The overview in the canvas's corner for graphs larger than the view: every node as a small block (problems red,
 * the selection blue) and the visible part as a frame. Pressing or dragging in it moves the view there. It shows only
 * while part of the graph is out of sight, and it redraws at most once per frame however many changes arrive.
 */
final class Minimap extends Canvas {
    static final double WIDTH = 200;
    static final double HEIGHT = 140;
    private static final double PAD = 6;
    private static final double MIN_SIDE = 40;
    private static final Color BACKGROUND = Color.rgb(250, 250, 252, 0.92);
    private static final Color BORDER = Color.rgb(150, 155, 165);
    private static final Color NODE = Color.rgb(120, 130, 150);
    private static final Color SELECTED = Color.rgb(40, 110, 220);
    private static final Color PROBLEM = Color.rgb(210, 50, 50);
    private static final Color VIEWPORT = Color.rgb(40, 110, 220, 0.9);

    private final CanvasView canvas;
    private boolean redrawScheduled;
    /** The world area the minimap shows, and its scale to minimap pixels: kept for mouse mapping. */
    private Rectangle2D shown = Rectangle2D.EMPTY;
    private double factor = 1;

    Minimap(CanvasView canvas) {
        super(WIDTH, HEIGHT);
        this.canvas = canvas;
        setId("minimap");
        setManaged(false);
        setVisible(false);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveViewTo);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveViewTo);
    }

    /** Asks for a redraw in the next frame; many calls in one frame give one redraw. */
    void invalidate() {
        if (!redrawScheduled) {
            redrawScheduled = true;
            Platform.runLater(this::redraw);
        }
    }

    /** Draws now (tests call this instead of waiting for the next frame). */
    void redraw() {
        redrawScheduled = false;
        Rectangle2D graph = canvas.graphBounds();
        Rectangle2D view = canvas.visibleWorld();
        boolean needed = graph != null && view != null && !contains(view, graph);
        setVisible(needed);
        if (!needed) {
            return;
        }
        shown = union(graph, view);
        factor = Math.min((WIDTH - 2 * PAD) / shown.getWidth(), (HEIGHT - 2 * PAD) / shown.getHeight());
        // Shrinks to the graph's proportions, so a tall chain gets a narrow map rather than an empty box.
        double width = Math.max(MIN_SIDE, shown.getWidth() * factor + 2 * PAD);
        double height = Math.max(MIN_SIDE, shown.getHeight() * factor + 2 * PAD);
        setWidth(width);
        setHeight(height);
        setLayoutX(canvas.getWidth() - width - 10);
        setLayoutY(canvas.getHeight() - height - 10);
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setFill(BACKGROUND);
        g.fillRoundRect(0, 0, width, height, 8, 8);
        g.setStroke(BORDER);
        g.setLineWidth(1);
        g.strokeRoundRect(0.5, 0.5, width - 1, height - 1, 8, 8);
        double w = Math.max(2, TidyLayout.NODE_WIDTH * factor);
        double h = Math.max(2, TidyLayout.NODE_HEIGHT * factor);
        for (NodeView node : canvas.nodeViews()) {
            NodeViewModel model = node.model();
            g.setFill(model.problemProperty().get() != null ? PROBLEM
                    : model.selectedProperty().get() ? SELECTED : NODE);
            Point2D at = toMinimap(node.getLayoutX(), node.getLayoutY());
            g.fillRect(at.getX(), at.getY(), w, h);
        }
        Point2D corner = toMinimap(view.getMinX(), view.getMinY());
        g.setStroke(VIEWPORT);
        g.setLineWidth(1.5);
        g.strokeRect(corner.getX(), corner.getY(), view.getWidth() * factor, view.getHeight() * factor);
    }

    private Point2D toMinimap(double worldX, double worldY) {
        return new Point2D(PAD + (worldX - shown.getMinX()) * factor, PAD + (worldY - shown.getMinY()) * factor);
    }

    private void moveViewTo(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && factor > 0) {
            canvas.centreOn(shown.getMinX() + (event.getX() - PAD) / factor,
                    shown.getMinY() + (event.getY() - PAD) / factor);
        }
        event.consume();
    }

    private static boolean contains(Rectangle2D outer, Rectangle2D inner) {
        return outer.getMinX() <= inner.getMinX() && outer.getMinY() <= inner.getMinY()
                && outer.getMaxX() >= inner.getMaxX() && outer.getMaxY() >= inner.getMaxY();
    }

    private static Rectangle2D union(Rectangle2D a, Rectangle2D b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new Rectangle2D(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }
}
