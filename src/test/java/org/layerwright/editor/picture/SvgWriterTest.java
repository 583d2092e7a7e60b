package org.layerwright.editor.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Keras;
import org.layerwright.editor.LayerNode;
import org.layerwright.editor.LayerTemplates;
import org.layerwright.editor.ModelConversion;
import org.layerwright.editor.ModelDocument;
import org.layerwright.editor.Wire;
import org.layerwright.editor.commands.AddLayerCommand;
import org.layerwright.editor.commands.ConnectCommand;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG export is well-formed XML with one group per layer, the whole graph in view, problems in red. */
class SvgWriterTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private static ModelDocument sample(String name) throws Exception {
        return ModelConversion.fromJson(Files.readString(Path.of("sample-models", name + ".json")));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> layerGroups(Document svg) {
        List<Element> groups = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (g.getAttribute("class").startsWith("layer")) {
                groups.add(g);
            }
        }
        return groups;
    }

    @Test
    void everyLayerIsOneGroupWithItsNameTypeShapeAndParameters() throws Exception {
        ModelDocument document = sample("resnet_block");
        Document svg = parse(SvgWriter.write(document));
        List<Element> groups = layerGroups(svg);
        assertEquals(document.graph().size(), groups.size());
        for (int i = 0; i < groups.size(); i++) {
            LayerNode node = document.graph().nodes().get(i);
            Element g = groups.get(i);
            assertEquals(node.name(), g.getAttribute("data-name"));
            String shown = g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(0).getTextContent();
            assertTrue(shown.equals(node.name()) || shown.endsWith("…")
                    && node.name().startsWith(shown.substring(0, shown.length() - 1)), shown);
        }
        Element add = groups.stream().filter(g -> g.getAttribute("data-name").equals("add")).findFirst().orElseThrow();
        assertTrue(add.getTextContent().contains("(None, 32, 32, 16)"), add.getTextContent());
        Element dense = groups.stream().filter(g -> g.getAttribute("data-name").equals("dense")).findFirst()
                .orElseThrow();
        assertTrue(dense.getTextContent().contains("170 params"), dense.getTextContent());
        assertEquals(document.graph().wires().size(),
                svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength());
    }

    @Test
    void theViewBoxHoldsTheWholeGraph() throws Exception {
        ModelDocument document = sample("two_heads");
        GraphPicture picture = GraphPicture.of(document);
        Element root = parse(SvgWriter.write(document)).getDocumentElement();
        String[] box = root.getAttribute("viewBox").split(" ");
        double left = Double.parseDouble(box[0]);
        double top = Double.parseDouble(box[1]);
        double right = left + Double.parseDouble(box[2]);
        double bottom = top + Double.parseDouble(box[3]);
        for (GraphPicture.Card card : picture.cards()) {
            GraphPicture.Box b = card.box();
            assertTrue(b.x() >= left && b.y() >= top && b.x() + b.width() <= right
                    && b.y() + b.height() <= bottom, card.name() + " is outside the view box");
        }
        assertEquals(box[2], root.getAttribute("width"));
    }

    @Test
    void aProblemLayerHasARedBorderAndItsMessageAsTitle() throws Exception {
        ModelDocument document = sample("mnist_mlp");
        LayerNode input = document.graph().byName("flatten_input");
        LayerNode conv = LayerTemplates.newNode(document, "Conv2D", input.x() + 300, input.y() + 100);
        document.undoStack().execute(new AddLayerCommand(conv));
        document.undoStack().execute(new ConnectCommand(Wire.of(input.id(), conv.id())));
        Document svg = parse(SvgWriter.write(document));
        Element bad = layerGroups(svg).stream().filter(g -> g.getAttribute("class").equals("layer problem"))
                .findFirst().orElseThrow();
        assertEquals(conv.name(), bad.getAttribute("data-name"));
        Element card = (Element) bad.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").item(0);
        assertEquals(SvgWriter.PROBLEM, card.getAttribute("stroke"));
        String title = bad.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
        assertEquals(document.analysis(conv.id()).problem().message(), title);
        assertEquals(1, layerGroups(svg).stream().filter(g -> g.getAttribute("class").contains("problem")).count());
    }

    @Test
    void longTextsAreShortenedToTheCardWithAnEllipsis() {
        assertEquals("dense", CardText.fit("dense", 100, CardText.BOLD));
        assertEquals("batch_normal…", CardText.fit("batch_normalization_1", 104, CardText.BOLD));
        assertTrue(CardText.width(CardText.fit("x".repeat(80), 200, CardText.REGULAR), CardText.REGULAR) <= 200);
    }

    @Test
    void namesAreEscapedAndNumbersAreShort() {
        assertEquals("a&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;", SvgWriter.escape("a<b> & \"c\" 'd'"));
        assertEquals("40", SvgWriter.num(40.0));
        assertEquals("12.5", SvgWriter.num(12.5));
        assertEquals("-3.33", SvgWriter.num(-10 / 3.0));
    }
}
