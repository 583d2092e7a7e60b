"""Keras model "sequential", rebuilt with the functional API.

Written by Layerwright from the model's architecture; weights are not included.
"""
from tensorflow import keras
from tensorflow.keras import layers

# Sequential model "sequential"
conv2d_input = keras.Input(shape=(28, 28, 1), name="conv2d_input")
conv2d = layers.Conv2D(32, (3, 3), name="conv2d")(conv2d_input)
max_pooling2d = layers.MaxPooling2D(name="max_pooling2d")(conv2d)
batch_normalization = layers.BatchNormalization(name="batch_normalization")(max_pooling2d)
model = keras.Model(inputs=conv2d_input, outputs=batch_normalization, name="sequential")

if __name__ == "__main__":
    model.summary()
