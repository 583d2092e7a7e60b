"""Prints each layer_names attribute (or chunk) of a weights file: name, element count, string length."""
import sys

import h5py

with h5py.File(sys.argv[1], "r") as f:
    for name in sorted(k for k in f.attrs.keys() if k.startswith("layer_names")):
        value = f.attrs[name]
        print(name, len(value), value.dtype.itemsize)
