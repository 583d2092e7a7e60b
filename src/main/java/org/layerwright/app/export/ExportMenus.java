package org.layerwright.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.app.workbench.MainWindow;
import org.layerwright.editor.ModelDocument;

/**
 * File ▸ Export (canvas as PNG or SVG, Keras Python code, summary as text) and File ▸ Samples. The window keeps
 * its instance ({@link #of}), so tests can swap the save dialog for a chooser that answers at once.
 */
public final class ExportMenus {
    private final MainViewModel main;
    private final MainWindow window;
    private final ExportActions actions;
    private final Predicate<String> confirmDiscard;
    private ExportFileChooser chooser = ExportFileChooser.dialog();

    private ExportMenus(MainViewModel main, MainWindow window, Predicate<String> confirmDiscard) {
        this.main = main;
        this.window = window;
        this.confirmDiscard = confirmDiscard;
        this.actions = new ExportActions(main, window.summary());
    }

    /**
     * Fills a window's File ▸ Export menu, registers the menus with the window, and returns its File ▸ Samples
     * menu. {@code confirmDiscard} is asked before a sample replaces unsaved work (false keeps the work).
     */
    public static Menu install(Menu export, MainViewModel main, MainWindow window,
            Predicate<String> confirmDiscard) {
        ExportMenus menus = new ExportMenus(main, window, confirmDiscard);
        window.getProperties().put(ExportMenus.class, menus);
        menus.fillExportMenu(export);
        return menus.samplesMenu();
    }

    /** The menus registered with a window. */
    public static ExportMenus of(MainWindow window) {
        return Objects.requireNonNull((ExportMenus) window.getProperties().get(ExportMenus.class),
                "the window has no export menus");
    }

    /** Replaces the save dialog (tests answer with a file at once). */
    public void useChooser(ExportFileChooser replacement) {
        this.chooser = Objects.requireNonNull(replacement);
    }

    private void fillExportMenu(Menu export) {
        export.setId("menu-export");
        for (ExportKind kind : ExportKind.values()) {
            MenuItem item = new MenuItem(kind.menuText());
            item.setId("export-" + kind.extension());
            item.setOnAction(e -> chooseAndExport(kind));
            export.getItems().add(item);
        }
    }

    private Menu samplesMenu() {
        Menu samples = new Menu("Samples");
        samples.setId("menu-samples");
        for (SampleModels.Sample sample : SampleModels.all()) {
            MenuItem item = new MenuItem(sample.title());
            item.setId("sample-" + sample.file().replace(".json", ""));
            item.setOnAction(e -> openSample(sample));
            samples.getItems().add(item);
        }
        return samples;
    }

    /** Asks for a file, then writes the export; does nothing when the user cancels. */
    public void chooseAndExport(ExportKind kind) {
        Path target = chooser.chooseTarget(window.getScene().getWindow(), kind, actions.suggestedName(kind));
        if (target != null) {
            actions.export(kind, target);
        }
    }

    /** Opens a sample model in place of the current document. */
    public void openSample(SampleModels.Sample sample) {
        if (!confirmDiscard.test("opening a sample")) {
            return;
        }
        try {
            ModelDocument document = SampleModels.open(sample);
            main.open(document);
            window.canvas().fitToView(0.8);
            main.tell("Opened sample " + sample.file());
        } catch (IOException | RuntimeException e) {
            main.tell("Cannot open sample " + sample.file() + ": " + e.getMessage());
        }
    }
}
