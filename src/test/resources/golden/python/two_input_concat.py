"""Keras model "two_input_concat", rebuilt with the functional API.

Written by Layerwright from the model's architecture; weights are not included.
"""
from tensorflow import keras
from tensorflow.keras import layers

# Functional model "two_input_concat"
input_1 = keras.Input(shape=(16,), name="input_1")
input_2 = keras.Input(shape=(8,), name="input_2")
concatenate = layers.Concatenate(name="concatenate")([input_1, input_2])
dense = layers.Dense(1, name="dense")(concatenate)
model = keras.Model(inputs=[input_1, input_2], outputs=dense, name="two_input_concat")

if __name__ == "__main__":
    model.summary()
