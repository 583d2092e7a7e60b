/**
 * TensorFlow.js Layers models: the weights manifest of a {@code model.json}, its binary weight shards (read, with
 * tfjs's uint8/uint16/float16 quantizations dequantized to float32, and written as the tfjs converter writes them),
 * and the matching of manifest names to a model's weights as tfjs-layers matches them.
 */
package org.layerwright.io.tfjs;
