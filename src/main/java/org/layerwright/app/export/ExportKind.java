package org.layerwright.app.export;

/** What File ▸ Export can write, with its menu text, file type and extension. */
public enum ExportKind {
    PNG("Canvas as PNG…", "PNG image", "png"),
    SVG("Canvas as SVG…", "SVG drawing", "svg"),
    PYTHON("Keras Python code…", "Python source", "py"),
    SUMMARY("Summary as text…", "Text file", "txt");

    private final String menuText;
    private final String description;
    private final String extension;

    ExportKind(String menuText, String description, String extension) {
        this.menuText = menuText;
        this.description = description;
        this.extension = extension;
    }

    public String menuText() {
        return menuText;
    }

    /** The file type as a save dialog names it. */
    public String description() {
        return description;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
