package org.layerwright.io;

/**
 * A YAML document asks for a tag that could run code or build arbitrary objects ({@code !!python/object/apply},
 * {@code !!python/name}, a Java class name, ...). Only standard YAML and {@code !!python/tuple} are read.
 */
public class RefusedYamlTagException extends InvalidModelFileException {
    private final String tag;

    public RefusedYamlTagException(String source, String tag, String position) {
        super(source, position, "the YAML tag " + tag + " is refused: it could run code or create arbitrary"
                + " objects. Keras model YAML only needs standard YAML and !!python/tuple; remove the tag or"
                + " re-export the model to JSON.", null);
        this.tag = tag;
    }

    /** The refused tag, as written in the document ({@code !!python/object/apply:os.system}). */
    public String tag() {
        return tag;
    }
}
