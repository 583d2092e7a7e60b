package org.layerwright.app.export;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to save an export. The window uses a {@link FileChooser}; tests put a chooser that answers at once,
 * so they run the same export code headless.
 */
@FunctionalInterface
public interface ExportFileChooser {
    /** The file to write, or null when the user cancels. */
    Path chooseTarget(Window owner, ExportKind kind, String suggestedName);

    /** The platform's save dialog; the extension is added when the user leaves it out. */
    static ExportFileChooser dialog() {
        return (owner, kind, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + kind.menuText().replace("…", ""));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(),
                    "*." + kind.extension()));
            chooser.setInitialFileName(suggestedName);
            File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return null;
            }
            String name = file.getName();
            return name.contains(".") ? file.toPath() : file.toPath().resolveSibling(name + "." + kind.extension());
        };
    }
}
