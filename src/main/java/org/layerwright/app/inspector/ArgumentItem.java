package org.layerwright.app.inspector;

import java.util.List;

/**
 * One argument of the selected layer as the inspector shows it.
 *
 * @param key     the Keras argument name ({@code units})
 * @param kind    which editor it gets
 * @param value   the current config value
 * @param choices the choices of a choice-like argument, else empty
 */
public record ArgumentItem(String key, ArgumentKind kind, Object value, List<String> choices) {

    /** The value as the editor shows it. */
    public String displayValue() {
        return kind.isKerasObject() ? kind.shortName(value) : ValueParser.format(value);
    }

    public boolean editable() {
        return kind != ArgumentKind.FIXED;
    }
}
