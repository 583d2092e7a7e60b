"""Keras model "resnet_block", rebuilt with the functional API.

Written by Layerwright from the model's architecture; weights are not included.
"""
from tensorflow import keras
from tensorflow.keras import layers

# Functional model "resnet_block"
image = keras.Input(shape=(32, 32, 3), name="image")
conv2d = layers.Conv2D(16, (3, 3), padding="same", activation="relu", name="conv2d")(image)
conv2d_1 = layers.Conv2D(16, (3, 3), padding="same", name="conv2d_1")(conv2d)
batch_normalization = layers.BatchNormalization(name="batch_normalization")(conv2d_1)
activation = layers.Activation("relu", name="activation")(batch_normalization)
conv2d_2 = layers.Conv2D(16, (3, 3), padding="same", name="conv2d_2")(activation)
batch_normalization_1 = layers.BatchNormalization(name="batch_normalization_1")(conv2d_2)
add = layers.Add(name="add")([conv2d, batch_normalization_1])
activation_1 = layers.Activation("relu", name="activation_1")(add)
global_average_pooling2d = layers.GlobalAveragePooling2D(name="global_average_pooling2d")(activation_1)
dense = layers.Dense(10, activation="softmax", name="dense")(global_average_pooling2d)
model = keras.Model(inputs=image, outputs=dense, name="resnet_block")

if __name__ == "__main__":
    model.summary()
