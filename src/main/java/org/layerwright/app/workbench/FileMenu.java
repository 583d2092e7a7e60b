package org.layerwright.app.workbench;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The File menu's items: New, Open, Open Recent, Samples, Save, Save As, Import, Export. */
final class FileMenu {
    private final FileActions actions;
    private final Menu samples;
    private final Menu export;
    private final Menu recent = new Menu("Open Recent");

    FileMenu(FileActions actions, Menu samples, Menu export) {
        this.actions = actions;
        this.samples = samples;
        this.export = export;
    }

    List<MenuItem> items() {
        recent.setId("menu-open-recent");
        refreshRecent();
        actions.recentFiles().addListener((ListChangeListener<Path>) change -> refreshRecent());
        Menu importMenu = new Menu("Import");
        importMenu.getItems().addAll(
                withId(MainMenu.item("Architecture…", MainMenu.shortcut(KeyCode.I),
                        e -> actions.importArchitecture()), "menu-import-architecture"),
                withId(MainMenu.item("Weights into Current Model…", new KeyCodeCombination(KeyCode.I,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), e -> actions.importWeights()),
                        "menu-import-weights"));
        return List.of(
                withId(MainMenu.item("New", MainMenu.shortcut(KeyCode.N), e -> actions.newDocument()), "menu-new"),
                withId(MainMenu.item("Open…", MainMenu.shortcut(KeyCode.O), e -> actions.open()), "menu-open"),
                recent,
                samples,
                new SeparatorMenuItem(),
                withId(MainMenu.item("Save", MainMenu.shortcut(KeyCode.S), e -> actions.save()), "menu-save"),
                withId(MainMenu.item("Save As…", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), e -> actions.saveAs()), "menu-save-as"),
                new SeparatorMenuItem(),
                importMenu,
                export);
    }

    private void refreshRecent() {
        recent.getItems().clear();
        for (Path file : actions.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.toAbsolutePath().getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> actions.openRecent(file));
            recent.getItems().add(item);
        }
        if (!recent.getItems().isEmpty()) {
            MenuItem clear = new MenuItem("Clear Recent Files");
            clear.setOnAction(e -> actions.clearRecentFiles());
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
        recent.setDisable(actions.recentFiles().isEmpty());
    }

    private static MenuItem withId(MenuItem item, String id) {
        item.setId(id);
        return item;
    }
}
