package org.layerwright.io.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Keras;
import org.layerwright.core.Model;
import org.layerwright.core.config.PythonJson;
import org.layerwright.core.errors.InvalidConfigException;
import org.layerwright.io.Models;

/** The single steps of the migrations, on small hand-written configs in each generation's form. */
class MigrationsTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private static Map<String, Object> parse(String json) {
        return Models.parseJson(json, "test");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstLayerConfig(Migrations.Result result) {
        Object config = result.envelope().get("config");
        List<Object> layers = config instanceof List ? (List<Object>) config
                : (List<Object>) ((Map<String, Object>) config).get("layers");
        return (Map<String, Object>) ((Map<String, Object>) layers.get(0)).get("config");
    }

    @Test
    void keras1RegularizersAndConstraintsBecomeTfKerasObjects() {
        Migrations.Result result = Migrations.normalize(parse("{\"class_name\": \"Sequential\", \"keras_version\":"
                + " \"1.2.2\", \"config\": [{\"class_name\": \"Dense\", \"config\": {\"name\": \"d\", \"output_dim\": 4,"
                + " \"input_dim\": 3, \"init\": \"normal\", \"bias\": false, \"W_regularizer\": {\"name\":"
                + " \"L1L2Regularizer\", \"l1\": 0.0, \"l2\": 0.01}, \"W_constraint\": {\"name\": \"MaxNorm\", \"m\": 3,"
                + " \"axis\": 0}, \"b_regularizer\": null}}]}"));
        assertEquals(KerasGeneration.KERAS_1, result.generation());
        assertEquals("{\"name\": \"d\", \"units\": 4, \"kernel_initializer\": \"random_normal\", \"use_bias\": false,"
                + " \"kernel_regularizer\": {\"class_name\": \"L1L2\", \"config\": {\"l1\": 0.0, \"l2\":"
                + " 0.009999999776482582}}, \"kernel_constraint\": {\"class_name\": \"MaxNorm\", \"config\":"
                + " {\"max_value\": 3, \"axis\": 0}}, \"bias_regularizer\": null, \"batch_input_shape\": [null, 3]}",
                PythonJson.dumps(firstLayerConfig(result)));
    }

    @Test
    void keras1MergeModesBecomeMergeLayers() {
        String[][] modes = {{"concat", "Concatenate"}, {"sum", "Add"}, {"mul", "Multiply"}, {"ave", "Average"},
            {"max", "Maximum"}, {"dot", "Dot"}, {"cos", "Dot"}};
        for (String[] mode : modes) {
            Map<String, Object> entry = parse("{\"class_name\": \"Merge\", \"config\": {\"name\": \"m\", \"mode\": \""
                    + mode[0] + "\", \"concat_axis\": 1, \"dot_axes\": 1, \"mode_type\": \"raw\"}}");
            Keras1Merge.migrate(entry, "config.layers[2] (layer 'm')");
            assertEquals(mode[1], entry.get("class_name"), mode[0]);
        }
        Map<String, Object> cos = parse("{\"class_name\": \"Merge\", \"config\": {\"name\": \"m\", \"mode\": \"cos\","
                + " \"dot_axes\": 1}}");
        Keras1Merge.migrate(cos, "here");
        assertEquals("{\"name\": \"m\", \"trainable\": true, \"axes\": 1, \"normalize\": true}",
                PythonJson.dumps(cos.get("config")));
        Map<String, Object> lambda = parse("{\"class_name\": \"Merge\", \"config\": {\"name\": \"m\", \"mode\":"
                + " \"lambda-code\", \"mode_type\": \"lambda\"}}");
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> Keras1Merge.migrate(lambda, "config.layers[2] (layer 'm')"));
        assertEquals("config.layers[2] (layer 'm'): this Merge layer uses a Python function as its mode, which cannot"
                + " be read. Expected mode concat, sum, mul, ave, max, dot or cos.", e.getMessage());
    }

    @Test
    void keras1SequentialMergeOfBranchesBecomesFunctional() {
        String branch = "{\"class_name\": \"Sequential\", \"config\": [{\"class_name\": \"Dense\", \"config\":"
                + " {\"name\": \"%s\", \"output_dim\": 8, \"input_dim\": %d, \"batch_input_shape\": [null, %d],"
                + " \"init\": \"glorot_uniform\", \"activation\": \"relu\"}}]}";
        String json = "{\"class_name\": \"Sequential\", \"keras_version\": \"1.2.2\", \"config\": [{\"class_name\":"
                + " \"Merge\", \"config\": {\"name\": \"merge_1\", \"mode\": \"concat\", \"concat_axis\": -1, \"layers\": ["
                + String.format(branch, "left", 3, 3) + ", " + String.format(branch, "right", 5, 5) + "]}},"
                + " {\"class_name\": \"Dense\", \"config\": {\"name\": \"out\", \"output_dim\": 1, \"init\":"
                + " \"glorot_uniform\", \"activation\": \"sigmoid\"}}]}";
        Model model = Models.modelFromJson(json);
        assertEquals("Functional", model.className());
        // left 3*8+8, right 5*8+8, out 16+1
        assertEquals(32 + 48 + 17, model.countParams());
        assertEquals(2, model.inputs().size());
    }

    @Test
    void keras1RecurrentArgumentsAreRenamed() {
        Migrations.Result result = Migrations.normalize(parse("{\"class_name\": \"Sequential\", \"keras_version\":"
                + " \"1.2.2\", \"config\": [{\"class_name\": \"GRU\", \"config\": {\"name\": \"g\", \"output_dim\": 4,"
                + " \"input_dim\": 3, \"input_length\": 7, \"init\": \"glorot_uniform\", \"inner_init\": \"orthogonal\","
                + " \"inner_activation\": \"hard_sigmoid\", \"U_regularizer\": null, \"dropout_W\": 0.1, \"dropout_U\":"
                + " 0.2, \"consume_less\": \"gpu\"}}]}"));
        assertEquals("{\"name\": \"g\", \"units\": 4, \"kernel_initializer\": \"glorot_uniform\","
                + " \"recurrent_initializer\": \"orthogonal\", \"recurrent_activation\": \"hard_sigmoid\","
                + " \"recurrent_regularizer\": null, \"dropout\": 0.1, \"recurrent_dropout\": 0.2, \"implementation\": 2,"
                + " \"batch_input_shape\": [null, 7, 3], \"reset_after\": false}",
                PythonJson.dumps(firstLayerConfig(result)));
    }

    @Test
    void keras1PoolingAndPaddingArguments() {
        Map<String, Object> pool = parse("{\"class_name\": \"MaxPooling1D\", \"config\": {\"name\": \"p\","
                + " \"pool_length\": 2, \"stride\": null, \"border_mode\": \"valid\"}}");
        Keras1Layers.migrate(pool, "here");
        assertEquals("{\"name\": \"p\", \"pool_size\": [2], \"strides\": null, \"padding\": \"valid\"}",
                PythonJson.dumps(pool.get("config")));
        Map<String, Object> pad = parse("{\"class_name\": \"ZeroPadding2D\", \"config\": {\"name\": \"z\","
                + " \"padding\": [3, 1], \"dim_ordering\": \"th\"}}");
        Keras1Layers.migrate(pad, "here");
        assertEquals("{\"name\": \"z\", \"padding\": [[3, 3], [1, 1]], \"data_format\": \"channels_first\"}",
                PythonJson.dumps(pad.get("config")));
    }

    @Test
    void multiBackendVarianceScalingBecomesTheNamedInitializer() {
        assertEquals("{\"class_name\": \"HeNormal\", \"config\": {\"seed\": 3}}", PythonJson.dumps(
                MultiBackendMigration.namedInitializer(parse("{\"class_name\": \"VarianceScaling\", \"config\":"
                        + " {\"scale\": 2.0, \"mode\": \"fan_in\", \"distribution\": \"normal\", \"seed\": 3}}"))));
        Map<String, Object> custom = parse("{\"class_name\": \"VarianceScaling\", \"config\": {\"scale\": 0.5,"
                + " \"mode\": \"fan_in\", \"distribution\": \"normal\", \"seed\": null}}");
        assertEquals(custom, MultiBackendMigration.namedInitializer(custom));
    }

    @Test
    void generationsAreDetectedFromVersionAndShape() {
        assertEquals(KerasGeneration.KERAS_2_MULTI_BACKEND, GenerationDetector.detect(parse(
                "{\"class_name\": \"Model\", \"keras_version\": \"2.2.4\", \"config\": {\"layers\": []}}")));
        assertEquals(KerasGeneration.TF_KERAS_2, GenerationDetector.detect(parse(
                "{\"class_name\": \"Model\", \"keras_version\": \"2.2.4-tf\", \"config\": {\"layers\": []}}")));
        assertEquals(KerasGeneration.KERAS_2_13, GenerationDetector.detect(parse("{\"class_name\": \"Sequential\","
                + " \"keras_version\": \"2.15.0\", \"config\": {\"layers\": [{\"module\": \"keras.layers\","
                + " \"class_name\": \"Dense\", \"config\": {}, \"registered_name\": null}]}}")));
        assertEquals(KerasGeneration.KERAS_3, GenerationDetector.detect(parse("{\"class_name\": \"Functional\","
                + " \"config\": {\"layers\": [{\"class_name\": \"Dense\", \"config\": {}, \"inbound_nodes\":"
                + " [{\"args\": [], \"kwargs\": {}}]}]}}")));
        assertEquals(KerasGeneration.KERAS_1, GenerationDetector.detect(parse("{\"class_name\": \"Sequential\","
                + " \"config\": [{\"class_name\": \"Dense\", \"config\": {\"output_dim\": 3}}]}")));
    }

    @Test
    void keras3MixedPolicyAndSingleOutputs() {
        Migrations.Result result = Migrations.normalize(parse("{\"module\": \"keras\", \"class_name\":"
                + " \"Sequential\", \"config\": {\"name\": \"s\", \"trainable\": true, \"dtype\": {\"module\": \"keras\","
                + " \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}, \"registered_name\": null},"
                + " \"layers\": [{\"module\": \"keras.layers\", \"class_name\": \"Dense\", \"config\": {\"name\": \"d\","
                + " \"dtype\": {\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\":"
                + " \"mixed_float16\"}, \"registered_name\": null}, \"units\": 2}, \"registered_name\": null,"
                + " \"build_config\": {\"input_shape\": [null, 3]}}]}, \"registered_name\": null}"));
        assertEquals(KerasGeneration.KERAS_3, result.generation());
        assertEquals("{\"class_name\": \"Sequential\", \"config\": {\"name\": \"s\", \"layers\": [{\"class_name\":"
                + " \"Dense\", \"config\": {\"name\": \"d\", \"dtype\": {\"class_name\": \"Policy\", \"config\":"
                + " {\"name\": \"mixed_float16\"}}, \"units\": 2}}]}}", PythonJson.dumps(result.envelope()));
    }
}
