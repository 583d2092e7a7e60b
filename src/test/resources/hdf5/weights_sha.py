"""Prints the Keras weights of an HDF5 file as h5py reads them, as Keras's loader walks them: for each name in
layer_names (or model_weights/layer_names), each weight in weight_names with its shape and the SHA-256 of its
values as little-endian float32."""
import hashlib
import sys

import h5py
import numpy as np


def strings(group, name):
    if name in group.attrs:
        values = group.attrs[name]
    else:
        values = []
        i = 0
        while "%s%d" % (name, i) in group.attrs:
            values.extend(group.attrs["%s%d" % (name, i)])
            i += 1
    return [v.decode("utf8") if hasattr(v, "decode") else str(v) for v in values]


with h5py.File(sys.argv[1], "r") as f:
    g = f if ("layer_names" in f.attrs or "layer_names0" in f.attrs) else f["model_weights"]
    for layer in strings(g, "layer_names"):
        for weight in strings(g[layer], "weight_names"):
            value = np.ascontiguousarray(np.asarray(g[layer][weight]), dtype="<f4")
            print("%s/%s %s sha256:%s" % (layer, weight, value.shape, hashlib.sha256(value.tobytes()).hexdigest()))
