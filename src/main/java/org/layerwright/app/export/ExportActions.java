package org.layerwright.app.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.layerwright.app.summary.SummaryViewModel;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.editor.ModelConversion;
import org.layerwright.editor.picture.GraphPicture;
import org.layerwright.editor.picture.SvgWriter;
import org.layerwright.io.hdf5.AtomicFiles;
import org.layerwright.io.python.KerasPythonWriter;

/**
 * The exports of the open document: the whole canvas as PNG or SVG, the model as Keras Python code, the summary as
 * Keras prints it in the chosen style. Each writes through a temporary file and a rename, and says in the status
 * bar what it wrote or why it could not.
 */
public final class ExportActions {
    /** PNG pixels per canvas unit. */
    static final double PNG_SCALE = 2;
    private final MainViewModel main;
    private final SummaryViewModel summary;

    public ExportActions(MainViewModel main, SummaryViewModel summary) {
        this.main = main;
        this.summary = summary;
    }

    /** Writes one kind of export to a file; the summary is written when its background text is ready. */
    public CompletableFuture<Path> export(ExportKind kind, Path target) {
        try {
            switch (kind) {
                case PNG -> CanvasPng.write(GraphPicture.of(main.document()), PNG_SCALE, target);
                case SVG -> writeText(target, () -> SvgWriter.write(main.document()));
                case PYTHON -> writeText(target, () -> KerasPythonWriter.write(
                        ModelConversion.toModel(main.document())));
                case SUMMARY -> {
                    return summary.kerasText().thenApply(text -> {
                        writeText(target, () -> text);
                        return target;
                    }).whenComplete((done, error) -> report(kind, target, error));
                }
                default -> throw new IllegalArgumentException(kind.name());
            }
        } catch (RuntimeException e) {
            report(kind, target, e);
            return CompletableFuture.failedFuture(e);
        }
        report(kind, target, null);
        return CompletableFuture.completedFuture(target);
    }

    /** The file name a save dialog suggests: the model's name with the kind's extension. */
    public String suggestedName(ExportKind kind) {
        return main.document().modelName().replaceAll("[^A-Za-z0-9_.-]", "_") + "." + kind.extension();
    }

    private static void writeText(Path target, Supplier<String> text) {
        String content = text.get();
        AtomicFiles.write(target, file -> Files.writeString(file, content, StandardCharsets.UTF_8));
    }

    private void report(ExportKind kind, Path target, Throwable error) {
        String what = kind.menuText().replace("…", "");
        Runnable tell;
        if (error == null) {
            tell = () -> main.tell("Exported " + what.toLowerCase(java.util.Locale.ROOT) + " to " + target);
        } else {
            Throwable cause = error.getCause() != null && error instanceof java.util.concurrent.CompletionException
                    ? error.getCause() : error;
            tell = () -> main.tell("Cannot export " + what.toLowerCase(java.util.Locale.ROOT) + ": "
                    + cause.getMessage());
        }
        if (javafx.application.Platform.isFxApplicationThread()) {
            tell.run();
        } else {
            javafx.application.Platform.runLater(tell);
        }
    }
}
