package org.layerwright.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.layerwright.core.config.PyTuple;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the YAML Keras's {@code to_yaml()} wrote, safely: SnakeYAML's {@link SafeConstructor} (standard YAML
 * types only) plus PyYAML's {@code !!python/tuple}, read as a {@link PyTuple}. Every other tag, the ones that made
 * Keras's own {@code model_from_yaml} unsafe, is refused with a {@link RefusedYamlTagException} before anything is
 * constructed from it.
 */
final class SafeYaml {
    private static final Tag PYTHON_TUPLE = new Tag("tag:yaml.org,2002:python/tuple");
    /** Large models (NASNet, ~800 KB of JSON) are bigger as YAML than SnakeYAML's default 3 MB allows. */
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private SafeYaml() {
    }

    /** The top-level mapping of a YAML document; {@code source} names it in errors. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String text, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        // Let every tag reach the constructor, which refuses all but the standard ones and !!python/tuple with
        // the tag and its position (SnakeYAML's own check would only reject some of them, with a vaguer message).
        options.setTagInspector(tag -> true);
        Yaml yaml = new Yaml(new KerasYamlConstructor(options, source));
        Object value;
        try {
            value = yaml.load(text);
        } catch (RefusedYamlTagException e) {
            throw e;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column "
                    + (mark.getColumn() + 1);
            throw new InvalidModelFileException(source, null, "not valid YAML" + where + ": " + e.getProblem()
                    + ". Is the file complete?", e);
        } catch (YAMLException e) {
            throw new InvalidModelFileException(source, null, "not valid YAML: " + e.getMessage(), e);
        }
        if (!(value instanceof Map)) {
            throw new InvalidModelFileException(source, null, "expected a YAML mapping at the top level, found "
                    + (value == null ? "nothing" : value.getClass().getSimpleName()) + ".", null);
        }
        return (Map<String, Object>) value;
    }

    /** SafeConstructor with {@code !!python/tuple} added and a clear refusal for every other unknown tag. */
    private static final class KerasYamlConstructor extends SafeConstructor {
        KerasYamlConstructor(LoaderOptions options, String source) {
            super(options);
            this.yamlConstructors.put(PYTHON_TUPLE, new ConstructTuple());
            this.yamlConstructors.put(null, new Refuse(source));
            this.yamlMultiConstructors.clear();
        }

        private final class ConstructTuple extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                if (!(node instanceof SequenceNode)) {
                    throw new RefusedYamlTagException(null, "!!python/tuple on a " + node.getNodeId() + " node",
                            position(node));
                }
                List<Object> items = new ArrayList<>(constructSequence((SequenceNode) node));
                return PyTuple.copyOf(items);
            }
        }
    }

    /** The constructor of last resort: any tag SafeConstructor does not know. */
    private static final class Refuse extends AbstractConstruct {
        private final String source;

        Refuse(String source) {
            this.source = source;
        }

        @Override
        public Object construct(Node node) {
            throw new RefusedYamlTagException(source, shortTag(node.getTag()), position(node));
        }
    }

    private static String shortTag(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    private static String position(Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? null : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }
}
