package org.layerwright.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.layerwright.testing.Golden;

/** The YAML writer against text written by PyYAML's {@code yaml.dump} for the same Python values. */
class PyYamlTest {
    @Test
    void scalarsAreQuotedWrappedAndTaggedAsPyYamlDoes() {
        List<Object> strings = new ArrayList<>(List.of("", " lead", "trail ", "a b", "true", "Yes", "off", "1", "1.5",
                "1e5", "0x1F", "07", "~", "null", "2020-01-01", "=", "<<", "- a", "a: b", "a:b", "#x", "a #b",
                "caf\u00e9", "x\ny", "it's", "[x]", "a,b", "? x", "@x", "---x", "x \ny", ".inf", "12:30",
                "a very long string with spaces that goes on and on beyond the eighty column limit of pyyaml for"
                        + " sure"));
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("training", false);
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("m", Map.of());
        empty.put("l", List.of());
        Map<String, Object> nestedTuple = new LinkedHashMap<>();
        nestedTuple.put("t", PyTuple.of(PyTuple.ofInts(1, 2)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("strings", strings);
        data.put("floats", List.of(1e-05, 0.001, 1.0, 0.0, 1e16, 3.000000106112566e-06, 0.009999999776482582, -2.5));
        data.put("tuples", List.of(PyTuple.of(), PyTuple.of(null, 28, 28), nestedTuple));
        data.put("nodes", List.of(List.of(List.of("input_1", 0, 0, Map.of()), List.of("input_2", 0, 0, training))));
        data.put("empty", empty);
        data.put("B", 1);
        data.put("_a", 2);
        data.put("a", null);
        assertEquals(Golden.read("golden/yaml/pyyaml_scalars.yaml"), PyYaml.dump(data));
    }

    @Test
    void floatsUsePyYamlStyle() {
        assertEquals("1.0e-05", PyYaml.floatText(1e-05));
        assertEquals("1.0e-07", PyYaml.floatText(1e-07));
        assertEquals("0.001", PyYaml.floatText(0.001));
        assertEquals(".nan", PyYaml.floatText(Double.NaN));
        assertEquals("-.inf", PyYaml.floatText(Double.NEGATIVE_INFINITY));
    }

    /** Base64 function code (as Lambda layers hold it), indented lines and long lines, written by PyYAML. */
    @Test
    void multilineAndLongStringsWrapAsPyYamlDoes() throws Exception {
        @SuppressWarnings("unchecked")
        List<Object> strings = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                Golden.read("golden/yaml/pyyaml_multiline_input.json"), List.class);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("function", strings);
        data.put("nested", Map.of("deep", Map.of("f", strings.get(1))));
        assertEquals(Golden.read("golden/yaml/pyyaml_multiline.yaml"), PyYaml.dump(data));
    }
}
