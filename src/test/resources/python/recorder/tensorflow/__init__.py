"""A stand-in for TensorFlow for Layerwright's tests: it records what a Keras script builds, computes nothing.

Only the names a script written by Layerwright uses exist: keras.Input, keras.Model, keras.layers.<Class>,
keras.initializers/regularizers/constraints.<Class> and keras.mixed_precision.Policy.
"""
from . import keras  # noqa: F401
