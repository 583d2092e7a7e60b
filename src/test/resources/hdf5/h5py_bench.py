"""Measures h5py (the reader and writer Keras uses) on a Keras weights file: reads every weight as Keras's
loader does, and writes the same layout as Keras's save_weights does. Prints the median MB/s (10^6 bytes) of
several runs, so a benchmark can report h5py next to its own figures."""
import os
import statistics
import sys
import time

import h5py
import numpy as np


def names(group, attr):
    return [n.decode("utf8") if hasattr(n, "decode") else n for n in group.attrs[attr]]


def read_all(path):
    arrays = []
    with h5py.File(path, "r") as f:
        for layer in names(f, "layer_names"):
            g = f[layer]
            arrays.append([(w, np.asarray(g[w])) for w in names(g, "weight_names")])
    return arrays


def write_all(path, layer_names, arrays):
    with h5py.File(path, "w") as f:
        f.attrs["layer_names"] = [n.encode("utf8") for n in layer_names]
        f.attrs["backend"] = b"tensorflow"
        f.attrs["keras_version"] = b"2.6.0"
        for layer, weights in sorted(zip(layer_names, arrays)):
            g = f.create_group(layer)
            g.attrs["weight_names"] = [w.encode("utf8") for w, _ in weights]
            for w, value in weights:
                d = g.create_dataset(w, value.shape, dtype=value.dtype)
                d[()] = value


def main(path, runs):
    size = sum(v.nbytes for layer in read_all(path) for _, v in layer)
    with h5py.File(path, "r") as f:
        layer_names = names(f, "layer_names")
    reads, writes = [], []
    out = path + ".h5py.h5"
    for _ in range(runs):
        start = time.perf_counter()
        arrays = read_all(path)
        reads.append(time.perf_counter() - start)
        start = time.perf_counter()
        write_all(out, layer_names, arrays)
        writes.append(time.perf_counter() - start)
    os.remove(out)
    mb = size / 1e6
    print("h5py %s: %.1f MB of weights; read %.0f MB/s, write %.0f MB/s (median of %d)"
          % (h5py.__version__, mb, mb / statistics.median(reads), mb / statistics.median(writes), runs))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5)
