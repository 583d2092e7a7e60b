"""Keras model "two_heads", rebuilt with the functional API.

Written by Layerwright from the model's architecture; weights are not included.
"""
from tensorflow import keras
from tensorflow.keras import layers

# Functional model "two_heads"
features = keras.Input(shape=(20,), name="features")
trunk = layers.Dense(32, activation="relu", name="trunk")(features)
category = layers.Dense(5, activation="softmax", name="category")(trunk)
score = layers.Dense(1, name="score")(trunk)
model = keras.Model(inputs=features, outputs=[category, score], name="two_heads")

if __name__ == "__main__":
    model.summary()
