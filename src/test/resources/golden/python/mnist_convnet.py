"""Keras model "mnist_convnet", rebuilt with the functional API.

Written by Layerwright from the model's architecture; weights are not included.
"""
from tensorflow import keras
from tensorflow.keras import layers

# Sequential model "mnist_convnet"
conv2d_input = keras.Input(shape=(28, 28, 1), name="conv2d_input")
conv2d = layers.Conv2D(32, (3, 3), activation="relu", name="conv2d")(conv2d_input)
max_pooling2d = layers.MaxPooling2D(name="max_pooling2d")(conv2d)
conv2d_1 = layers.Conv2D(64, (3, 3), activation="relu", name="conv2d_1")(max_pooling2d)
max_pooling2d_1 = layers.MaxPooling2D(name="max_pooling2d_1")(conv2d_1)
flatten = layers.Flatten(name="flatten")(max_pooling2d_1)
dropout = layers.Dropout(0.5, name="dropout")(flatten)
dense = layers.Dense(10, activation="softmax", name="dense")(dropout)
model = keras.Model(inputs=conv2d_input, outputs=dense, name="mnist_convnet")

if __name__ == "__main__":
    model.summary()
