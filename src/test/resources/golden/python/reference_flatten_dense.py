"""Keras model "sequential", rebuilt with the functional API.

Written by Layerwright from the model's architecture; weights are not included.
"""
from tensorflow import keras
from tensorflow.keras import layers

# Sequential model "sequential"
flatten_input = keras.Input(shape=(28, 28), name="flatten_input")
flatten = layers.Flatten(name="flatten")(flatten_input)
dense = layers.Dense(10, name="dense")(flatten)
activation = layers.Activation("softmax", name="activation")(dense)
model = keras.Model(inputs=flatten_input, outputs=activation, name="sequential")

if __name__ == "__main__":
    model.summary()
