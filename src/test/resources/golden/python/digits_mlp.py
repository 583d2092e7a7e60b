"""Keras model "digits_mlp", rebuilt with the functional API.

Written by Layerwright from the model's architecture; weights are not included.
"""
from tensorflow import keras
from tensorflow.keras import layers

# Sequential model "digits_mlp"
flatten_input = keras.Input(shape=(8, 8), name="flatten_input")
flatten = layers.Flatten(name="flatten")(flatten_input)
dense = layers.Dense(64, activation="relu", name="dense")(flatten)
dense_1 = layers.Dense(10, activation="softmax", name="dense_1")(dense)
model = keras.Model(inputs=flatten_input, outputs=dense_1, name="digits_mlp")

if __name__ == "__main__":
    model.summary()
