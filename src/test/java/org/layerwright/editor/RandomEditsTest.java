package org.layerwright.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.layerwright.editor.analysis.NodeAnalysis;
import org.layerwright.editor.commands.AddLayerCommand;
import org.layerwright.editor.commands.ConnectCommand;
import org.layerwright.editor.commands.DisconnectCommand;
import org.layerwright.editor.commands.MoveNodesCommand;
import org.layerwright.editor.commands.RemoveLayersCommand;
import org.layerwright.editor.commands.RenameLayerCommand;
import org.layerwright.editor.commands.SetLayerArgumentCommand;

/** Thousands of random edits, all undone, must give back the first graph and its analysis exactly. */
class RandomEditsTest {
    private static final List<String> CLASSES = List.of("Dense", "Dropout", "Flatten", "Conv2D", "ReLU",
            "Concatenate", "BatchNormalization", "Activation");

    @Test
    void undoingEveryRandomEditFindsTheFirstGraphAgain() {
        for (long seed = 1; seed <= 3; seed++) {
            ModelDocument document = TestDocuments.sample();
            Snapshot first = Snapshot.of(document);
            Random random = new Random(seed);
            int applied = 0;
            for (int i = 0; i < 1_500; i++) {
                Command command = randomCommand(document, random);
                if (command != null) {
                    document.undoStack().execute(command);
                    applied++;
                }
            }
            Snapshot edited = Snapshot.of(document);
            while (document.undoStack().undo()) {
                applied--;
            }
            assertEquals(first, Snapshot.of(document), "seed " + seed);
            while (document.undoStack().redo()) {
                applied++;
            }
            assertEquals(edited, Snapshot.of(document), "seed " + seed);
        }
    }

    @Test
    void theIncrementalAnalysisAgreesWithAFullOneAfterRandomEdits() {
        ModelDocument document = TestDocuments.sample();
        Random random = new Random(42);
        for (int i = 0; i < 1_000; i++) {
            Command command = randomCommand(document, random);
            if (command != null) {
                document.undoStack().execute(command);
            }
        }
        ModelDocument fresh = new ModelDocument("copy", false);
        fresh.load(document.graph().nodes(), document.graph().wires());
        Map<String, NodeAnalysis> incremental = new HashMap<>();
        Map<String, NodeAnalysis> full = new HashMap<>();
        for (String id : document.graph().ids()) {
            incremental.put(id, document.analysis(id));
            full.put(id, fresh.analysis(id));
        }
        assertEquals(full, incremental);
    }

    private static Command randomCommand(ModelDocument document, Random random) {
        LayerGraph graph = document.graph();
        List<String> ids = graph.ids();
        String any = ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
        switch (random.nextInt(8)) {
            case 0:
                return new AddLayerCommand(LayerTemplates.newNode(document, CLASSES.get(random.nextInt(
                        CLASSES.size())), random.nextInt(800), random.nextInt(800)), random.nextInt(ids.size() + 1));
            case 1:
                return any == null || random.nextInt(3) != 0 ? null : new RemoveLayersCommand(Set.of(any));
            case 2:
                if (ids.size() < 2) {
                    return null;
                }
                String to = ids.get(random.nextInt(ids.size()));
                return any.equals(to) ? null : new ConnectCommand(new Wire(any, 0, to, random.nextInt(2)));
            case 3:
                List<Wire> wires = graph.wires();
                return wires.isEmpty() ? null : new DisconnectCommand(wires.get(random.nextInt(wires.size())));
            case 4:
                if (any == null || !graph.node(any).config().containsKey("units")) {
                    return null;
                }
                return new SetLayerArgumentCommand(any, "units", random.nextInt(5) - 1);
            case 5:
                return any == null ? null : new RenameLayerCommand(any, "layer_" + random.nextInt(1_000_000));
            case 6:
                return any == null ? null : new MoveNodesCommand(Map.of(any, new MoveNodesCommand.Point(
                        random.nextInt(900), random.nextInt(900))), random.nextInt(3));
            default:
                if (ids.isEmpty()) {
                    return null;
                }
                Fragment fragment = Fragment.copy(graph, Set.of(any));
                return fragment.pasteCommand(document, 20, 20);
        }
    }

    /** Everything a user could see of a document: nodes, wires and every node's analysis. */
    private record Snapshot(List<LayerNode> nodes, List<Wire> wires, Map<String, NodeAnalysis> analyses) {
        static Snapshot of(ModelDocument document) {
            Map<String, NodeAnalysis> analyses = new HashMap<>();
            for (String id : document.graph().ids()) {
                analyses.put(id, document.analysis(id));
            }
            return new Snapshot(document.graph().nodes(), List.copyOf(document.graph().wires()), analyses);
        }
    }
}
