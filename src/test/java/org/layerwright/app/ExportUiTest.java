package org.layerwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layerwright.app.export.ExportKind;
import org.layerwright.app.export.ExportMenus;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.app.workbench.MainWindow;
import org.layerwright.core.Keras;
import org.layerwright.core.summary.SummaryOptions;
import org.layerwright.core.summary.SummaryStyle;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.ModelConversion;
import org.layerwright.editor.TestDocuments;
import org.layerwright.editor.Wire;
import org.layerwright.editor.picture.GraphPicture;
import org.layerwright.testing.Golden;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/** File ▸ Export and File ▸ Samples in the real window, headless, with a chooser that answers at once. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {
    @TempDir
    Path dir;
    private MainViewModel main;
    private MainWindow window;
    private ExportKind asked;

    @Start
    void start(Stage stage) {
        Keras.clearSession();
        main = new MainViewModel(TestDocuments.sample());
        window = TestWindows.show(stage, main);
        ExportMenus.of(window).useChooser((owner, kind, suggested) -> {
            asked = kind;
            return suggested.endsWith(".cancel") ? null : dir.resolve(suggested);
        });
    }

    /** Opens File, then a submenu, then moves straight across into it (a diagonal would cross other items). */
    private static void clickSubmenuItem(FxRobot robot, String submenuId, String itemId) {
        robot.clickOn("File");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + submenuId);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node row = robot.lookup("#" + submenuId).query();
        robot.moveBy(row.getBoundsInLocal().getWidth() / 2 + 20, 0);
        robot.clickOn("#" + itemId);
    }

    private Path exportThroughTheMenu(FxRobot robot, String itemId) {
        clickSubmenuItem(robot, "menu-export", itemId);
        WaitForAsyncUtils.waitForFxEvents();
        return dir.resolve("mnist_mlp." + asked.extension());
    }

    @Test
    void canvasAsPngIsTheWholeGraphWhateverTheZoom(FxRobot robot) throws Exception {
        // Zoomed in far, the canvas shows part of one layer; the export still draws every layer.
        robot.interact(() -> window.canvas().zoomBy(6, 0, 0));
        Path file = exportThroughTheMenu(robot, "export-png");
        assertEquals(ExportKind.PNG, asked);
        BufferedImage image = ImageIO.read(file.toFile());
        GraphPicture picture = GraphPicture.of(main.document());
        GraphPicture.Box bounds = picture.bounds();
        assertEquals(bounds.width() * 2, image.getWidth(), 2.0);
        assertEquals(bounds.height() * 2, image.getHeight(), 2.0);
        int background = image.getRGB(2, 2);
        Set<Integer> colours = new HashSet<>();
        for (GraphPicture.Card card : picture.cards()) {
            GraphPicture.Box b = card.box();
            int cardX = (int) ((b.x() - bounds.x() + b.width() - 4) * 2);
            int cardY = (int) ((b.y() - bounds.y() + b.height() / 2) * 2);
            int inside = image.getRGB(cardX, cardY);
            assertEquals(0xffffffff, inside, card.name() + "'s card is drawn white");
            for (int x = (int) ((b.x() - bounds.x()) * 2); x < (b.x() - bounds.x() + b.width()) * 2; x++) {
                colours.add(image.getRGB(x, (int) ((b.y() - bounds.y() + 16) * 2)));
            }
        }
        assertTrue(background != 0xffffffff, "the margin has the canvas background");
        assertTrue(colours.size() > 10, "the name rows hold text in several shades: " + colours.size());
        assertTrue(main.statusProperty().get().startsWith("Exported canvas as png to "), main.statusProperty().get());
    }

    @Test
    void canvasAsSvgHasOneGroupPerLayer(FxRobot robot) throws Exception {
        Path file = exportThroughTheMenu(robot, "export-svg");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
        var groups = svg.getElementsByTagName("g");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            names.add(((org.w3c.dom.Element) groups.item(i)).getAttribute("data-name"));
        }
        assertEquals(Set.of("flatten_input", "flatten", "dense", "dense_1", "dense_2"), names);
    }

    @Test
    void kerasPythonCodeIsTheGoldenCodeOfTheSample(FxRobot robot) throws Exception {
        Path file = exportThroughTheMenu(robot, "export-py");
        assertEquals(Golden.read("golden/python/mnist_mlp.py"), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void summaryAsTextUsesTheChosenStyle(FxRobot robot) throws Exception {
        robot.interact(() -> window.summary().styleProperty().set(SummaryStyle.TF_2_12));
        Path file = exportThroughTheMenu(robot, "export-txt");
        String expected = ModelConversion.toModel(main.document()).summaryText(SummaryOptions.of(SummaryStyle.TF_2_12));
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(expected.contains("\n Layer (type) "), expected);
    }

    @Test
    void cancellingTheDialogWritesNothing(FxRobot robot) throws Exception {
        ExportMenus.of(window).useChooser((owner, kind, suggested) -> null);
        clickSubmenuItem(robot, "menu-export", "export-svg");
        WaitForAsyncUtils.waitForFxEvents();
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aModelWithAProblemCannotBeExportedAsPythonAndTheStatusSaysWhy(FxRobot robot) throws Exception {
        robot.interact(() -> {
            LayerNode input = main.document().graph().byName("flatten_input");
            String conv = main.addLayer("Conv2D", input.x() + 300, input.y() + 100);
            main.connect(Wire.of(input.id(), conv));
        });
        Path file = exportThroughTheMenu(robot, "export-py");
        assertFalse(Files.exists(file));
        assertTrue(main.statusProperty().get().startsWith("Cannot export keras python code: "),
                main.statusProperty().get());
    }

    @Test
    void aSampleOpensFromTheSamplesMenu(FxRobot robot) {
        clickSubmenuItem(robot, "menu-samples", "sample-resnet_block");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("resnet_block", main.document().modelName());
        assertEquals(11, main.document().graph().size());
        assertEquals("Opened sample resnet_block.json", main.statusProperty().get());
    }
}
