"""Prints an HDF5 file's structure as h5py (the reference reader Keras uses) sees it, one line per item.

Attributes: name, storage type (fixed-length string with padding and character set, variable-length string,
or NumPy dtype), shape and value. Datasets: path, dtype, shape, layout and the SHA-256 of their little-endian
bytes, so a test can compare values exactly without printing them.
"""
import hashlib
import sys

import h5py
import numpy as np

PAD = {h5py.h5t.STR_NULLPAD: "nullpad", h5py.h5t.STR_NULLTERM: "nullterm", h5py.h5t.STR_SPACEPAD: "spacepad"}
CSET = {h5py.h5t.CSET_ASCII: "ascii", h5py.h5t.CSET_UTF8: "utf8"}


def text(value):
    if isinstance(value, bytes):
        return value.decode("utf8")
    return str(value)


def attr_line(path, obj, name):
    attr_id = h5py.h5a.open(obj.id, name.encode("utf8"))
    tid = attr_id.get_type()
    value = obj.attrs[name]
    shape = attr_id.shape
    if isinstance(tid, h5py.h5t.TypeStringID):
        if tid.is_variable_str():
            kind = "vlen %s %s" % (PAD[tid.get_strpad()], CSET[tid.get_cset()])
        else:
            kind = "fixed%d %s %s" % (tid.get_size(), PAD[tid.get_strpad()], CSET[tid.get_cset()])
        if shape == ():
            shown = text(value)
        else:
            shown = "[" + ", ".join(text(v) for v in value) + "]"
        if name == "model_config" or name == "training_config":
            shown = "sha256:" + hashlib.sha256(text(value).encode("utf8")).hexdigest()
    else:
        kind = np.dtype(value.dtype).str
        shown = repr(value.tolist())
    return "attr %s %s %s %s %s" % (path, name, kind, shape, shown)


def main(file_name):
    lines = []
    with h5py.File(file_name, "r") as f:
        def visit(path, obj):
            if isinstance(obj, h5py.Dataset):
                data = np.ascontiguousarray(obj[()]).astype(obj.dtype.newbyteorder("<"))
                layout = "contiguous" if obj.chunks is None else "chunked"
                lines.append("dataset /%s %s %s %s sha256:%s" % (path, obj.dtype.str, obj.shape, layout,
                                                                hashlib.sha256(data.tobytes()).hexdigest()))
            else:
                lines.append("group /%s" % path)
            for name in sorted(obj.attrs.keys()):
                lines.append(attr_line("/" + path, obj, name))

        for name in sorted(f.attrs.keys()):
            lines.append(attr_line("/", f, name))
        f.visititems(visit)
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1])
