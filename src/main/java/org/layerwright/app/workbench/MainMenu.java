package org.layerwright.app.workbench;

import java.util.function.Predicate;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import org.layerwright.app.export.ExportMenus;

/**
 * The menus and their shortcuts: Ctrl+N/O/S, Ctrl+Shift+S, Delete, Ctrl+Z/Y, Ctrl+C/V, Ctrl+D, Ctrl+A, Ctrl+0, F2,
 * Ctrl+L, Ctrl+G.
 */
final class MainMenu {
    /** File ▸ Export, filled by the exporters. */
    private final Menu export = new Menu("Export");
    private final MainViewModel main;
    private final MainWindow window;
    private final DocumentOpener opener;

    MainMenu(MainViewModel main, MainWindow window, DocumentOpener opener) {
        this.main = main;
        this.window = window;
        this.opener = opener;
    }

    MenuBar build() {
        Menu file = new Menu("File");
        file.setId("menu-file");
        Predicate<String> confirmDiscard = opener instanceof FileActions actions ? actions::confirmDiscard
                : action -> true;
        Menu samples = ExportMenus.install(export, main, window, confirmDiscard);
        if (opener instanceof FileActions actions) {
            file.getItems().setAll(new FileMenu(actions, samples, export).items());
        } else {
            file.getItems().addAll(item("Open…", shortcut(KeyCode.O), e -> opener.chooseAndOpen(
                    window.getScene().getWindow(), main)), samples, export);
        }
        Menu edit = new Menu("Edit");
        MenuItem undo = item("Undo", shortcut(KeyCode.Z), e -> main.undo());
        undo.disableProperty().bind(main.canUndoProperty().not());
        MenuItem redo = item("Redo", shortcut(KeyCode.Y), e -> main.redo());
        redo.disableProperty().bind(main.canRedoProperty().not());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("Copy", shortcut(KeyCode.C), e -> main.copySelection()),
                item("Paste", shortcut(KeyCode.V), e -> main.paste()),
                item("Duplicate", shortcut(KeyCode.D), e -> main.duplicateSelection()),
                item("Delete", new KeyCodeCombination(KeyCode.DELETE), e -> main.deleteSelection()),
                item("Select All", shortcut(KeyCode.A), e -> main.selectAll()),
                item("Rename", new KeyCodeCombination(KeyCode.F2), e -> window.focusName()),
                new SeparatorMenuItem(),
                item("Group into Model", shortcut(KeyCode.G), e -> main.groupSelection()));
        Menu view = new Menu("View");
        view.getItems().addAll(
                item("Zoom In", shortcut(KeyCode.EQUALS), e -> zoom(1.2)),
                item("Zoom Out", shortcut(KeyCode.MINUS), e -> zoom(1 / 1.2)),
                item("Fit to View", shortcut(KeyCode.DIGIT0), e -> window.canvas().fitToView()),
                item("Tidy Layout", shortcut(KeyCode.L), e -> {
                    main.tidyLayout();
                    window.canvas().fitToView();
                }));
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setId("menu-bar");
        return bar;
    }

    private void zoom(double factor) {
        window.canvas().zoomBy(factor, window.canvas().getWidth() / 2, window.canvas().getHeight() / 2);
    }

    static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    static MenuItem item(String text, KeyCombination keys, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(keys);
        item.setOnAction(action);
        return item;
    }
}
