"""Keras model "mnist_mlp", rebuilt with the functional API.

Written by Layerwright from the model's architecture; weights are not included.
"""
from tensorflow import keras
from tensorflow.keras import layers

# Sequential model "mnist_mlp"
flatten_input = keras.Input(shape=(28, 28), name="flatten_input")
flatten = layers.Flatten(name="flatten")(flatten_input)
dense = layers.Dense(512, activation="relu", name="dense")(flatten)
dense_1 = layers.Dense(256, activation="relu", name="dense_1")(dense)
dense_2 = layers.Dense(10, activation="softmax", name="dense_2")(dense_1)
model = keras.Model(inputs=flatten_input, outputs=dense_2, name="mnist_mlp")

if __name__ == "__main__":
    model.summary()
