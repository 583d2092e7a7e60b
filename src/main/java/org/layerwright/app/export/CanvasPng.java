package org.layerwright.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.layerwright.editor.picture.CardText;
import org.layerwright.editor.picture.GraphPicture;
import org.layerwright.io.hdf5.AtomicFiles;

/**
 * The whole graph as a PNG: the picture the SVG export draws, built as a scene graph of its own (not the canvas,
 * which shows only what is scrolled into view), snapshotted on the JavaFX thread and encoded with ImageIO.
 */
public final class CanvasPng {
    /** Longest side of an exported image, in pixels; larger graphs are drawn at a smaller scale. */
    static final int MAX_SIDE = 8192;
    private static final Color BACKGROUND = Color.web("#f6f7f9");
    private static final Color TEXT = Color.web("#1f2430");
    private static final Color MUTED = Color.web("#5f6673");
    private static final Color PROBLEM = Color.web("#d93025");
    private static final double PADDING = 10;

    private CanvasPng() {
    }

    /** The scale actually used for a picture: {@code wanted}, or less so the longest side fits {@link #MAX_SIDE}. */
    static double scaleFor(GraphPicture picture, double wanted) {
        double side = Math.max(picture.bounds().width(), picture.bounds().height());
        return Math.min(wanted, MAX_SIDE / side);
    }

    /** Draws the picture at a scale (2 gives sharp text on most screens); call on the JavaFX thread. */
    public static WritableImage render(GraphPicture picture, double wanted) {
        double scale = scaleFor(picture, wanted);
        GraphPicture.Box b = picture.bounds();
        Group drawing = new Group();
        Rectangle background = new Rectangle(b.x(), b.y(), b.width(), b.height());
        background.setFill(BACKGROUND);
        drawing.getChildren().add(background);
        for (GraphPicture.Curve c : picture.wires()) {
            CubicCurve curve = new CubicCurve(c.startX(), c.startY(), c.control1X(), c.control1Y(), c.control2X(),
                    c.control2Y(), c.endX(), c.endY());
            curve.setFill(null);
            curve.setStroke(Color.web("#7d8594"));
            curve.setStrokeWidth(1.8);
            drawing.getChildren().add(curve);
        }
        for (GraphPicture.Card card : picture.cards()) {
            drawing.getChildren().add(card(card));
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(BACKGROUND);
        parameters.setTransform(Transform.scale(scale, scale));
        return drawing.snapshot(parameters, null);
    }

    /** Renders the picture and writes it as a PNG file (through a temporary file, then a rename). */
    public static void write(GraphPicture picture, double scale, Path target) {
        BufferedImage image = SwingFXUtils.fromFXImage(render(picture, scale), null);
        AtomicFiles.write(target, file -> {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG encoder is available");
            }
        });
    }

    private static Group card(GraphPicture.Card card) {
        GraphPicture.Box b = card.box();
        boolean problem = card.hasProblem();
        Rectangle box = new Rectangle(b.x(), b.y(), b.width(), b.height());
        box.setArcWidth(12);
        box.setArcHeight(12);
        box.setFill(problem ? Color.web("#fff5f4") : Color.WHITE);
        box.setStroke(problem ? PROBLEM : Color.web("#b8bec8"));
        box.setStrokeWidth(problem ? 2.4 : 1.2);
        Group group = new Group(box);
        double inner = b.width() - 2 * PADDING;
        double typeWidth = Math.min(CardText.width(card.className(), CardText.REGULAR), inner * 0.4);
        String name = CardText.fit(card.name(), inner - typeWidth - 8, CardText.BOLD);
        String type = CardText.fit(card.className(), inner - CardText.width(name, CardText.BOLD) - 8,
                CardText.REGULAR);
        group.getChildren().addAll(
                text(name, b.x() + PADDING, b.y() + 20, Font.font("System", FontWeight.BOLD, 13), TEXT, false),
                text(type, b.x() + b.width() - PADDING, b.y() + 20, Font.font("System", 12), MUTED, true),
                text(CardText.fit(card.shape(), inner, CardText.MONOSPACE), b.x() + PADDING, b.y() + 40,
                        Font.font("Monospaced", 12), problem ? PROBLEM : TEXT, false),
                text(CardText.fit(card.params(), inner, CardText.REGULAR), b.x() + PADDING, b.y() + 58,
                        Font.font("System", 12), problem ? PROBLEM : MUTED, false));
        for (int i = 0; i < card.inputs(); i++) {
            group.getChildren().add(port(card.portX(i, card.inputs()), b.y(), Color.WHITE));
        }
        for (int i = 0; i < card.outputs(); i++) {
            group.getChildren().add(port(card.portX(i, card.outputs()), b.y() + b.height(), MUTED));
        }
        return group;
    }

    private static Text text(String content, double x, double baseline, Font font, Color fill, boolean alignRight) {
        Text text = new Text(content);
        text.setFont(font);
        text.setFill(fill);
        text.setTextOrigin(VPos.BASELINE);
        text.setY(baseline);
        if (alignRight) {
            text.setTextAlignment(TextAlignment.RIGHT);
            text.setX(x - text.getLayoutBounds().getWidth());
        } else {
            text.setX(x);
        }
        return text;
    }

    private static Circle port(double x, double y, Color fill) {
        Circle circle = new Circle(x, y, GraphPicture.PORT_RADIUS, fill);
        circle.setStroke(MUTED);
        circle.setStrokeWidth(1.5);
        return circle;
    }
}
