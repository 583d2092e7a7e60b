"""Writes a weights file whose name lists are variable-length UTF-8 string arrays (as h5py writes Python str
lists) and whose keras_version/backend are fixed-length strings: the opposite string types to Keras 2's own
files, which a loader must accept too. Layout: dense (4, 3) kernel and (3,) bias holding 0.5 + 0.01 * i."""
import sys

import h5py
import numpy as np

with h5py.File(sys.argv[1], "w") as f:
    f.attrs.create("layer_names", ["dense", "dropout"], dtype=h5py.string_dtype("utf-8"))
    f.attrs["backend"] = np.bytes_("tensorflow")
    f.attrs["keras_version"] = np.bytes_("2.6.0")
    g = f.create_group("dense")
    g.attrs.create("weight_names", ["dense/kernel:0", "dense/bias:0"], dtype=h5py.string_dtype("utf-8"))
    g["dense/kernel:0"] = (0.5 + 0.01 * np.arange(12, dtype="f4")).reshape(4, 3)
    g["dense/bias:0"] = 0.5 + 0.01 * np.arange(3, dtype="f4")
    f.create_group("dropout").attrs["weight_names"] = np.array([], dtype="f8")
