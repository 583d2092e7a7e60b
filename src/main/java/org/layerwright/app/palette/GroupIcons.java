package org.layerwright.app.palette;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import org.layerwright.core.layers.LayerCatalog;

/**
 * The icon of each layer group, drawn from the project's SVG files ({@code icons/<group>.svg}, 24 × 24, bundled in
 * the jar). Only the {@code d} and {@code fill} of each {@code <path>} are read; nothing in the file is executed.
 */
public final class GroupIcons {
    private static final Pattern PATH = Pattern.compile("<path\\s+d=\"([^\"]+)\"\\s+fill=\"(#[0-9a-fA-F]{6})\"");
    private static final Map<LayerCatalog.Group, List<String[]>> CACHE = new EnumMap<>(LayerCatalog.Group.class);

    private GroupIcons() {
    }

    /** The icon of a group, scaled to {@code size} pixels. */
    public static Node forGroup(LayerCatalog.Group group, double size) {
        Group icon = new Group();
        for (String[] path : paths(group)) {
            SVGPath shape = new SVGPath();
            shape.setContent(path[0]);
            shape.setFill(Color.web(path[1]));
            icon.getChildren().add(shape);
        }
        icon.setScaleX(size / 24);
        icon.setScaleY(size / 24);
        Group sized = new Group(icon);
        sized.getStyleClass().add("group-icon");
        return sized;
    }

    /** The icon of the group a layer class belongs to (Models for nested models and unknown classes). */
    public static Node forClass(String className, double size) {
        LayerCatalog.Entry entry = LayerCatalog.find(className);
        return forGroup(entry == null ? LayerCatalog.Group.MODELS : entry.group(), size);
    }

    private static synchronized List<String[]> paths(LayerCatalog.Group group) {
        return CACHE.computeIfAbsent(group, GroupIcons::load);
    }

    private static List<String[]> load(LayerCatalog.Group group) {
        String resource = "/icons/" + group.name().toLowerCase(Locale.ROOT) + ".svg";
        List<String[]> paths = new ArrayList<>();
        try (InputStream in = GroupIcons.class.getResourceAsStream(resource)) {
            if (in == null) {
                return paths;
            }
            Matcher m = PATH.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                paths.add(new String[] {m.group(1), m.group(2)});
            }
        } catch (IOException unreadable) {
            // An icon is decoration: without it the palette still works.
            return paths;
        }
        return paths;
    }
}
