package org.layerwright.app.files;

import java.nio.file.Path;

/** Where Layerwright keeps its own files for the user: {@code $XDG_CONFIG_HOME/layerwright}, else ~/.config. */
public final class UserDirectories {
    private UserDirectories() {
    }

    /** The configuration directory (it may not exist yet). */
    public static Path configDirectory() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("layerwright");
    }
}
