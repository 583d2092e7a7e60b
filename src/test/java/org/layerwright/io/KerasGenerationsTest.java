package org.layerwright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.layerwright.core.Keras;
import org.layerwright.core.errors.UnknownLayerException;
import org.layerwright.io.migrate.KerasGeneration;
import org.layerwright.testing.Golden;

/**
 * Real model files of every Keras generation (see fixtures/keras/MANIFEST.tsv) read into tf.keras 2.6 models.
 * Parameter counts are Keras's: the published figures (Keras examples, keras.applications, KotlinDL) where there
 * are any, otherwise the Keras formulas applied to the file's config.
 */
class KerasGenerationsTest {
    @BeforeEach
    void freshSession() {
        Keras.clearSession();
    }

    private static ModelDocument read(String fixture) {
        return Models.documentFromMap(Models.parseJson(Golden.read("fixtures/keras/" + fixture), fixture), fixture);
    }

    private static String json(String fixture) {
        return read(fixture).model().toJson();
    }

    // ------------------------------------------------------------------ Keras 1.x

    @Test
    void keras1MnistMlpHasTheExamplesParameterCount() {
        ModelDocument doc = read("dl4j_k1_mnist_mlp_tf_config.json");
        assertEquals(KerasGeneration.KERAS_1, doc.generation());
        assertEquals(669_706, doc.model().countParams());
    }

    @Test
    void keras1ConvolutionsBecomeConv2D() {
        for (String fixture : new String[] {"dl4j_k1_mnist_cnn_tf_config.json", "kerasjs_k1_mnist_cnn.json"}) {
            Keras.clearSession();
            ModelDocument doc = read(fixture);
            assertEquals(KerasGeneration.KERAS_1, doc.generation());
            assertEquals(600_810, doc.model().countParams());
            String json = doc.model().toJson();
            assertTrue(json.contains("{\"class_name\": \"Conv2D\", \"config\": {\"name\": \"convolution2d_1\","
                    + " \"trainable\": true, \"batch_input_shape\": [null, 28, 28, 1], \"dtype\": \"float32\","
                    + " \"filters\": 32, \"kernel_size\": [3, 3], \"strides\": [1, 1], \"padding\": \"valid\","
                    + " \"data_format\": \"channels_last\""), json);
            assertTrue(json.contains("{\"class_name\": \"Dropout\", \"config\": {\"name\": \"dropout_1\","
                    + " \"trainable\": true, \"dtype\": \"float32\", \"rate\": 0.25,"), json);
            assertFalse(json.contains("nb_filter") || json.contains("border_mode") || json.contains("\"init\""));
        }
    }

    @Test
    void keras1LstmArgumentsAreRenamed() {
        ModelDocument doc = read("dl4j_k1_imdb_lstm_tf_config.json");
        assertEquals(2_691_713, doc.model().countParams());
        String json = doc.model().toJson();
        assertTrue(json.contains("\"units\": 128, \"activation\": \"tanh\", \"recurrent_activation\":"
                + " \"hard_sigmoid\", \"use_bias\": true, \"kernel_initializer\": {\"class_name\": \"GlorotUniform\","
                + " \"config\": {\"seed\": null}}, \"recurrent_initializer\": {\"class_name\": \"GlorotUniform\","
                + " \"config\": {\"seed\": null}}, \"bias_initializer\": {\"class_name\": \"Zeros\", \"config\": {}},"
                + " \"unit_forget_bias\": true,"), json);
        assertTrue(json.contains("\"dropout\": 0.2, \"recurrent_dropout\": 0.0, \"implementation\": 1"), json);
        assertTrue(json.contains("\"embeddings_initializer\": {\"class_name\": \"RandomUniform\", \"config\":"
                + " {\"minval\": -0.05, \"maxval\": 0.05, \"seed\": null}}"), json);
        assertEquals(10_451, read("dl4j_k1_simple_lstm_tf_config.json").model().countParams());
    }

    @Test
    void keras1MergeBecomesConcatenateAndNodesGainKwargs() {
        ModelDocument doc = read("dl4j_k1_mlp_fapi_multiloss_config.json");
        assertEquals(KerasGeneration.KERAS_1, doc.generation());
        assertEquals(44, doc.model().countParams());
        assertEquals(2, doc.model().outputs().size());
        assertTrue(doc.model().toJson().contains("{\"class_name\": \"Concatenate\", \"config\": {\"name\": \"merge_1\","
                + " \"trainable\": true, \"dtype\": \"float32\", \"axis\": -1}, \"name\": \"merge_1\","
                + " \"inbound_nodes\": [[[\"input1\", 0, 0, {}], [\"input2\", 0, 0, {}]]]}"));
    }

    @Test
    void keras1InceptionV3WithMergeConcatenations() {
        ModelDocument doc = read("kerasjs_k1_inception_v3.json");
        // Keras 1's InceptionV3 keeps conv biases and BatchNormalization gammas, unlike tf.keras's.
        assertEquals(23_660_968, doc.model().countParams());
        assertEquals(15, doc.model().layers().stream().filter(l -> l.className().equals("Concatenate")).count());
    }

    // ------------------------------------------------------------------ multi-backend Keras 2.0-2.3

    @Test
    void multiBackendGlorotIsWrittenAsGlorotUniform() {
        ModelDocument doc = read("dl4j_k2_mnist_mlp_tf_config.json");
        assertEquals(KerasGeneration.KERAS_2_MULTI_BACKEND, doc.generation());
        assertEquals(669_706, doc.model().countParams());
        String json = doc.model().toJson();
        assertFalse(json.contains("VarianceScaling"), json);
        assertTrue(json.contains("\"kernel_initializer\": {\"class_name\": \"GlorotUniform\", \"config\":"
                + " {\"seed\": null}}"), json);
    }

    @Test
    void multiBackendFunctionalModelsReadAsFunctional() {
        ModelDocument add = read("dl4j_k2_simple_add_config.json");
        assertEquals(436, add.model().countParams());
        assertTrue(add.model().toJson().startsWith("{\"class_name\": \"Functional\""));
        Keras.clearSession();
        ModelDocument merge = read("dl4j_k2_mlp_fapi_multiloss_config.json");
        assertEquals(44, merge.model().countParams());
        Keras.clearSession();
        assertEquals(23_881_170, read("dl4j_k2_agz_dual_res_config.json").model().countParams());
    }

    // ------------------------------------------------------------------ tf.keras 2.x

    @Test
    void tfKerasModelsHaveThePublishedParameterCounts() {
        ModelDocument cifar = read("kotlindl_cifar10_cnn_config.json");
        assertEquals(KerasGeneration.TF_KERAS_2, cifar.generation());
        assertEquals(122_570, cifar.model().countParams());
        Keras.clearSession();
        assertEquals(138_357_544, read("kotlindl_app_vgg.json").model().countParams());
        Keras.clearSession();
        assertEquals(23_851_784, read("kotlindl_app_inception.json").model().countParams());
        Keras.clearSession();
        assertEquals(844_326, read("kotlindl_lenet_config.json").model().countParams());
        Keras.clearSession();
        assertEquals(95_849, read("kotlindl_lstm_config.json").model().countParams());
        Keras.clearSession();
        assertEquals(222_666, read("kotlindl_toyresnet_config.json").model().countParams());
    }

    @Test
    void tfKeras224InitializerDtypesAreDropped() {
        String json = json("kotlindl_lenet_config.json");
        assertFalse(json.contains("\"config\": {\"dtype\""), json);
    }

    // ------------------------------------------------------------------ TensorFlow.js

    @Test
    void tfjsLayersModelReadsItsTopology() {
        ModelDocument doc = read("ml5_doodlenet_tfjs_model.json");
        assertEquals(KerasGeneration.TF_KERAS_2, doc.generation());
        assertEquals(544_201, doc.model().countParams());
        assertEquals(Map.of(), doc.extras(), "format, generatedBy, convertedBy and weightsManifest are tfjs's own");
        assertTrue(doc.model().toJson().startsWith("{\"class_name\": \"Sequential\""));
    }

    @Test
    void tfjsTopologyWithoutModelConfigWrapperIsRead() {
        String text = Golden.read("fixtures/keras/ml5_doodlenet_tfjs_model.json");
        Map<String, Object> document = Models.parseJson(text, "doodlenet");
        @SuppressWarnings("unchecked")
        Map<String, Object> topology = (Map<String, Object>) document.get("modelTopology");
        @SuppressWarnings("unchecked")
        Map<String, Object> envelope = (Map<String, Object>) topology.remove("model_config");
        envelope.put("keras_version", topology.get("keras_version"));
        document.put("modelTopology", envelope);
        assertEquals(544_201, Models.documentFromMap(document, "doodlenet").model().countParams());
    }

    @Test
    void tfjsModelWithAMissingLayerNamesTheLayer() {
        String fixture = "ml5_cvae_decoder_tfjs_model.json";
        String text = Golden.read("fixtures/keras/" + fixture).replace("\"Conv2DTranspose\"", "\"FancyDeconv\"");
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class,
                () -> Models.documentFromMap(Models.parseJson(text, fixture), fixture));
        assertEquals("ml5_cvae_decoder_tfjs_model.json: config.layers[5] (layer 'conv2d_transpose_1'): unknown layer"
                + " class FancyDeconv. Layerwright cannot read this layer yet; replace it with a layer from the"
                + " palette, or check the spelling.", e.getMessage());
        assertEquals("config.layers[5] (layer 'conv2d_transpose_1')", e.place());
        assertInstanceOf(UnknownLayerException.class, e.getCause());
    }

    /** Dense 67 → 784, then transposed convolutions 16 → 32 → 16 → 1 (3 × 3): 53,312 + 4,640 + 4,624 + 145. */
    @Test
    void tfjsDecoderWithTransposedConvolutionsReads() {
        ModelDocument doc = read("ml5_cvae_decoder_tfjs_model.json");
        assertEquals(62_721, doc.model().countParams());
    }

    // ------------------------------------------------------------------ Keras 2.13+ and Keras 3

    @Test
    void keras3ConfigIsRead() {
        ModelDocument doc = Models.documentFromMap(Models.parseJson(Golden.read("golden/keras3/functional.json"),
                "functional.json"), "functional.json");
        assertEquals(KerasGeneration.KERAS_3, doc.generation());
        // Written by hand in Keras 3's format (Keras 3 has no YAML and no keras_version in to_json()).
        assertEquals(Golden.read("golden/json/tf26_model2.json"), doc.model().toJson());
    }
}
