"""Keras model "lstm_text_classifier", rebuilt with the functional API.

Written by Layerwright from the model's architecture; weights are not included.
"""
from tensorflow import keras
from tensorflow.keras import layers

# Sequential model "lstm_text_classifier"
embedding_input = keras.Input(shape=(200,), name="embedding_input")
embedding = layers.Embedding(10000, 32, input_length=200, name="embedding")(embedding_input)
lstm = layers.LSTM(32, name="lstm")(embedding)
dense = layers.Dense(1, activation="sigmoid", name="dense")(lstm)
model = keras.Model(inputs=embedding_input, outputs=dense, name="lstm_text_classifier")

if __name__ == "__main__":
    model.summary()
