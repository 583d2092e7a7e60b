"""Keras model "sequential_1", rebuilt with the functional API.

Written by Layerwright from the model's architecture; weights are not included.
"""
from tensorflow import keras
from tensorflow.keras import layers

# Sequential model "sequential"
dense_input = keras.Input(shape=(8,), name="dense_input")
dense = layers.Dense(4, name="dense")(dense_input)
dense_1 = layers.Dense(2, name="dense_1")(dense)
sequential = keras.Model(inputs=dense_input, outputs=dense_1, name="sequential")

# Sequential model "sequential_1"
sequential_input = keras.Input(shape=(8,), name="sequential_input")
sequential_out = sequential(sequential_input)
dense_2 = layers.Dense(1, name="dense_2")(sequential_out)
model = keras.Model(inputs=sequential_input, outputs=dense_2, name="sequential_1")

if __name__ == "__main__":
    model.summary()
