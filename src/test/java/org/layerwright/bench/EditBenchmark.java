package org.layerwright.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.layerwright.core.summary.SummaryRow;
import org.layerwright.editor.ModelDocument;
import org.layerwright.editor.TestDocuments;
import org.layerwright.editor.analysis.NodeAnalysis;
import org.layerwright.editor.commands.SetLayerArgumentCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The editor's budget: in a 1,000-layer document, changing one Dense's {@code units} and getting the updated summary
 * rows must take well under 5 ms. Run with {@code mvn -Pbench verify -Dbench.include=EditBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EditBenchmark {
    private ModelDocument document;
    private String middle;
    private final List<SummaryRow> updatedRows = new ArrayList<>();
    private int units = 16;

    @Setup
    public void openLargeDocument() {
        document = TestDocuments.chain(1_000, 16);
        middle = TestDocuments.id(document, "dense_499");
        document.addListener(change -> {
            updatedRows.clear();
            for (String id : change.changedNodes()) {
                NodeAnalysis analysis = document.analysis(id);
                if (analysis != null) {
                    updatedRows.add(analysis.row());
                }
            }
        });
    }

    /** One edit through the undo stack, as the inspector makes it, up to the rows the summary panel redraws. */
    @Benchmark
    public List<SummaryRow> changeUnitsOfOneDense() {
        units = units == 16 ? 17 : 16;
        document.undoStack().execute(new SetLayerArgumentCommand(middle, "units", units));
        return updatedRows;
    }
}
