"""Records layers, calls and models the way a Keras script makes them (see the package docstring)."""
import types


class KerasObject:
    """An initializer, regularizer, constraint or policy: its class name and arguments."""

    def __init__(self, class_name, kwargs):
        self.class_name = class_name
        self.kwargs = kwargs

    def describe(self):
        return {"class_name": self.class_name, "config": self.kwargs}


class _ObjectModule(types.ModuleType):
    """A module whose every attribute is a class making a KerasObject."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return lambda *args, **kwargs: KerasObject(name, dict(kwargs, **({"args": list(args)} if args else {})))


class Tensor:
    """One output of one call of a layer."""

    def __init__(self, layer, call, index):
        self.layer = layer
        self.call = call
        self.index = index

    def ref(self):
        return [self.layer.name, self.call, self.index]


class Layer:
    """Any layer: keeps its class name, arguments and calls."""

    def __init__(self, *args, **kwargs):
        self.class_name = type(self).__name__
        self.args = list(args)
        self.kwargs = kwargs
        self.name = kwargs.get("name")
        self.calls = []

    def __call__(self, inputs, *args, **kwargs):
        if args:
            raise TypeError(self.class_name + " was called with extra positional arguments")
        tensors = list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]
        for t in tensors + [v for v in kwargs.values() if isinstance(v, Tensor)]:
            if not isinstance(t, Tensor):
                raise TypeError(self.class_name + " was called on " + repr(t))
        self.calls.append({
            "form": "list" if isinstance(inputs, (list, tuple)) else "single",
            "tensors": tensors,
            "kwargs": kwargs,
        })
        count = self.output_count()
        outputs = [Tensor(self, len(self.calls) - 1, i) for i in range(count)]
        return outputs[0] if count == 1 else outputs

    def output_count(self):
        states = {"LSTM": 2, "GRU": 1, "SimpleRNN": 1}
        if self.class_name in states and self.kwargs.get("return_state"):
            return 1 + states[self.class_name]
        if self.class_name == "Bidirectional" and self.args and isinstance(self.args[0], Layer):
            inner = self.args[0]
            return 1 + 2 * (inner.output_count() - 1)
        return 1


class InputLayer(Layer):
    pass


def Input(shape, batch_size=None, name=None, dtype=None, sparse=False, ragged=False):
    layer = InputLayer(shape=list(shape), batch_size=batch_size, name=name, dtype=dtype, sparse=sparse,
                       ragged=ragged)
    return Tensor(layer, 0, 0)


class Model(Layer):
    def __init__(self, inputs, outputs, name=None):
        super().__init__(name=name)
        self.class_name = "Model"
        self.inputs = list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]
        self.outputs = list(outputs) if isinstance(outputs, (list, tuple)) else [outputs]
        self.name = name

    def output_count(self):
        return len(self.outputs)

    def summary(self):
        pass


class _LayerModule(types.ModuleType):
    """keras.layers: every attribute is a Layer subclass of that name."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        cls = type(name, (Layer,), {})
        setattr(self, name, cls)
        return cls


layers = _LayerModule("tensorflow.keras.layers")
initializers = _ObjectModule("tensorflow.keras.initializers")
regularizers = _ObjectModule("tensorflow.keras.regularizers")
constraints = _ObjectModule("tensorflow.keras.constraints")
mixed_precision = types.SimpleNamespace(Policy=lambda name: KerasObject("Policy", {"name": name}))
