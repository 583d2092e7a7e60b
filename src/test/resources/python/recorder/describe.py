"""Runs Keras scripts against the recording stand-in and prints, as JSON, the model each one builds.

Usage: describe.py SCRIPT... ; prints {"SCRIPT": description or {"error": message}}.
"""
import json
import runpy
import sys

from tensorflow import keras


def value(v):
    if isinstance(v, keras.KerasObject):
        return {"class_name": v.class_name, "config": {k: value(x) for k, x in v.kwargs.items()}}
    if isinstance(v, keras.Layer):
        return {"class_name": v.class_name, "name": v.name}
    if isinstance(v, (list, tuple)):
        return [value(x) for x in v]
    if isinstance(v, dict):
        return {k: value(x) for k, x in v.items()}
    if callable(v):
        return {"function": v.__name__}
    return v


def describe(model):
    layers = []
    seen = set()

    def visit(tensor):
        layer = tensor.layer
        call = layer.calls[tensor.call] if layer.calls else None
        key = (id(layer), tensor.call)
        if key in seen:
            return
        seen.add(key)
        if call is not None:
            for t in call["tensors"] + [v for v in call["kwargs"].values() if isinstance(v, keras.Tensor)]:
                visit(t)
        if all(l is not layer for l in layers):
            layers.append(layer)

    for output in model.outputs:
        visit(output)
    described = []
    for layer in layers:
        calls = []
        for call in layer.calls:
            if not any((id(layer), i) in seen for i in range(len(layer.calls))):
                continue
            calls.append({
                "form": call["form"],
                "inputs": [t.ref() for t in call["tensors"]],
                "kwargs": {k: (v.ref() if isinstance(v, keras.Tensor) else value(v)) for k, v in call["kwargs"].items()},
            })
        entry = {"class_name": layer.class_name, "name": layer.name, "args": value(layer.args),
                 "kwargs": value(layer.kwargs), "calls": calls}
        if isinstance(layer, keras.Model):
            entry["model"] = describe(layer)
        described.append(entry)
    return {"name": model.name, "inputs": [t.ref() for t in model.inputs],
            "outputs": [t.ref() for t in model.outputs], "layers": described}


results = {}
for script in sys.argv[1:]:
    try:
        namespace = runpy.run_path(script, run_name="recorded")
        results[script] = describe(namespace["model"])
    except Exception as e:  # the test shows the message of any script that fails
        results[script] = {"error": type(e).__name__ + ": " + str(e)}
print(json.dumps(results))
