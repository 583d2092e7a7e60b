"""Keras model "shared_dense_siamese", rebuilt with the functional API.

Written by Layerwright from the model's architecture; weights are not included.
"""
from tensorflow import keras
from tensorflow.keras import layers

# Functional model "shared_dense_siamese"
left = keras.Input(shape=(64,), name="left")
right = keras.Input(shape=(64,), name="right")
# "encoder" is shared: it is called 2 times.
encoder = layers.Dense(32, activation="relu", name="encoder")
encoder_out1 = encoder(left)
encoder_out2 = encoder(right)
concatenate = layers.Concatenate(name="concatenate")([encoder_out1, encoder_out2])
same = layers.Dense(1, activation="sigmoid", name="same")(concatenate)
model = keras.Model(inputs=[left, right], outputs=same, name="shared_dense_siamese")

if __name__ == "__main__":
    model.summary()
