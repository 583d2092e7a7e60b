"""Keras model "iris_mlp", rebuilt with the functional API.

Written by Layerwright from the model's architecture; weights are not included.
"""
from tensorflow import keras
from tensorflow.keras import layers

# Sequential model "iris_mlp"
dense_input = keras.Input(shape=(4,), name="dense_input")
dense = layers.Dense(16, activation="relu", name="dense")(dense_input)
dense_1 = layers.Dense(3, activation="softmax", name="dense_1")(dense)
model = keras.Model(inputs=dense_input, outputs=dense_1, name="iris_mlp")

if __name__ == "__main__":
    model.summary()
