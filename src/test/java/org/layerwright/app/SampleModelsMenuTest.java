package org.layerwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.layerwright.app.export.SampleModels;
import org.layerwright.core.Keras;
import org.layerwright.core.errors.UnsupportedModelOperationException;
import org.layerwright.editor.ModelConversion;
import org.layerwright.editor.ModelDocument;

/** File ▸ Samples lists every sample the editor can open, and each opens with its layers. */
class SampleModelsMenuTest {
    /** Uses a layer twice, which the editor (one card per layer) refuses; the summary command opens it. */
    private static final String SHARED_LAYER_SAMPLE = "shared_dense_siamese.json";

    @Test
    void theMenuListsEverySampleTheEditorOpens() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("sample-models"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = SampleModels.all().stream().map(SampleModels.Sample::file)
                .collect(Collectors.toCollection(TreeSet::new));
        files.remove(SHARED_LAYER_SAMPLE);
        assertEquals(files, listed);
        assertThrows(UnsupportedModelOperationException.class, () -> ModelConversion.fromJson(
                Files.readString(Path.of("sample-models", SHARED_LAYER_SAMPLE))));
    }

    @Test
    void everyListedSampleOpensFromTheClassPath() throws IOException {
        for (SampleModels.Sample sample : SampleModels.all()) {
            Keras.clearSession();
            ModelDocument document = SampleModels.open(sample);
            ModelDocument fromFile = ModelConversion.fromJson(Files.readString(Path.of("sample-models",
                    sample.file())));
            assertEquals(fromFile.modelName(), document.modelName(), sample.file());
            assertEquals(fromFile.graph().size(), document.graph().size(), sample.file());
        }
    }
}
