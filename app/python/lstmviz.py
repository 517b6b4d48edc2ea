"""lstmviz: from a PyTorch notebook into lstmviz in one line. Needs only torch.

    import sys; sys.path.insert(0, "path/to/lstmviz/app/python")
    import lstmviz

    lstmviz.save("mine.safetensors", model, x)   # model's state_dict + the batch x
    lstmviz.show(model, x)                        # the same into a temporary file, opens lstmviz

    watch = lstmviz.Watch("runs/mine", model, x_probe)
    for epoch in range(1, 11):
        ...                                       # your own training loop
        watch.log(epoch, train_loss, val_loss, lr=optimizer.param_groups[0]["lr"])

save writes one safetensors file holding model.state_dict() under its own names plus `input`
(and `lengths`, `h_0`, `c_0` when given), with metadata batch_first taken from the model's
nn.LSTM. The same file is both --weights and --input of `lstmviz-cli forward`, and
`lstmviz --open FILE` opens it with that model and batch.

Watch writes a run directory in lstmviz's format (core/train/run_directory.h):
    metrics.csv                        one row per logged epoch (lstmviz's columns; what is not
                                       known, e.g. the gradient norm, is left empty)
    checkpoints/epoch_0001.safetensors the model's state_dict after each logged epoch
    last.safetensors                   the latest of them
    probe.safetensors                  the probe batch (input, lengths, h_0, c_0), written once
Every file is written atomically (a temporary file in the same folder, flushed, fsync'ed and
renamed over the old one), so a reader never sees a half-written file.
"""
import json
import math
import os
import shutil
import struct
import subprocess
import tempfile
import time

import torch

__all__ = ["save", "show", "Watch", "write_safetensors"]

_DTYPES = {
    torch.float32: "F32",
    torch.float64: "F64",
    torch.float16: "F16",
    torch.bfloat16: "BF16",
    torch.int64: "I64",
    torch.int32: "I32",
}

_INPUT_NAMES = ("input", "lengths", "h_0", "c_0")
_METRICS_HEADER = "epoch,train_loss,val_loss,lr,grad_norm,grad_norm_clipped,clipped_fraction,seconds"


def _tensor_bytes(t):
    """(safetensors dtype name, little-endian bytes) of t."""
    t = t.detach().contiguous().cpu()
    if t.dtype not in _DTYPES:  # bool, uint8, ...: as float, the way load_state_dict copies
        t = t.float()
    name = _DTYPES[t.dtype]
    if t.dtype == torch.bfloat16:  # numpy has no bfloat16: the raw 16-bit patterns
        t = t.view(torch.int16)
    array = t.numpy()
    return name, array.astype(array.dtype.newbyteorder("<")).tobytes()


def _write_atomically(path, data):
    """Writes bytes to path through a temporary file in the same folder and a rename."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_safetensors(path, tensors, metadata=None):
    """tensors: list of (name, torch.Tensor) in file order; metadata: dict of str -> str.

    The safetensors layout: u64 LE header length | JSON header padded with spaces to 8 bytes |
    raw little-endian tensor bytes, in order from offset 0."""
    header = {"__metadata__": {str(k): str(v) for k, v in (metadata or {}).items()}}
    blobs = []
    offset = 0
    for name, t in tensors:
        if name in header:
            raise ValueError("lstmviz: the tensor name %r appears twice" % name)
        dtype, blob = _tensor_bytes(t)
        header[name] = {
            "dtype": dtype,
            "shape": list(t.shape),
            "data_offsets": [offset, offset + len(blob)],
        }
        offset += len(blob)
        blobs.append(blob)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    _write_atomically(path, struct.pack("<Q", len(text)) + text + b"".join(blobs))


def _state_dict(model):
    return model.state_dict() if isinstance(model, torch.nn.Module) else dict(model)


def _batch_first(model):
    """batch_first of the model's nn.LSTM (the model itself or a submodule), else None."""
    if not isinstance(model, torch.nn.Module):
        return None
    for module in model.modules():
        if isinstance(module, torch.nn.LSTM):
            return bool(module.batch_first)
    return None


def _batch_tensors(x, lengths, h0, c0):
    if (h0 is None) != (c0 is None):
        raise ValueError("lstmviz: give h0 and c0 together, or neither")
    tensors = [("input", torch.as_tensor(x).detach().float())]
    if lengths is not None:
        tensors.append(("lengths", torch.as_tensor(lengths).detach().long()))
    if h0 is not None:
        tensors.append(("h_0", torch.as_tensor(h0).detach().float()))
        tensors.append(("c_0", torch.as_tensor(c0).detach().float()))
    return tensors


def _metadata(model, source):
    meta = {"source": source, "torch_version": torch.__version__}
    batch_first = _batch_first(model)
    if batch_first is not None:
        meta["batch_first"] = "true" if batch_first else "false"
    return meta


def save(path, model, x, lengths=None, h0=None, c0=None):
    """Writes model.state_dict() (under its own names) and the batch x (as `input`, plus
    `lengths`, `h_0`, `c_0` when given) into one safetensors file at path, atomically.
    model may also be a state_dict. Returns path."""
    state = [(k, v) for k, v in _state_dict(model).items()]
    clash = [k for k, _ in state if k in _INPUT_NAMES]
    if clash:
        raise ValueError("lstmviz.save: the state_dict has a tensor named %r, the name of the "
                         "input; rename that module" % clash[0])
    write_safetensors(path, state + _batch_tensors(x, lengths, h0, c0),
                      _metadata(model, "lstmviz.save"))
    return path


def _gui_path():
    """$LSTMVIZ, lstmviz on PATH, or this checkout's build/bin/lstmviz."""
    if os.environ.get("LSTMVIZ"):
        return os.environ["LSTMVIZ"]
    found = shutil.which("lstmviz")
    if found:
        return found
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "..", "..", "build", "bin", "lstmviz")


def show(model, x, lengths=None, h0=None, c0=None):
    """Saves model and batch into a temporary file (as save) and starts the lstmviz window on
    it (`lstmviz --open FILE`). Returns (path, the started subprocess.Popen)."""
    fd, path = tempfile.mkstemp(prefix="lstmviz_", suffix=".safetensors")
    os.close(fd)
    save(path, model, x, lengths, h0, c0)
    return path, subprocess.Popen([_gui_path(), "--open", path])


def _number(v):
    """A metrics.csv field: '' for None or NaN, else the shortest exact decimal."""
    if v is None:
        return ""
    v = float(v)
    return "" if math.isnan(v) else repr(v)


class Watch:
    """Keeps a run directory lstmviz can follow while your own PyTorch loop trains model.

    Watch(run_dir, model, probe_x, lengths=None, h0=None, c0=None) writes probe.safetensors
    (the probe batch, once); each log(epoch, train_loss, val_loss=None, lr=None) writes the
    model's current state_dict as checkpoints/epoch_NNNN.safetensors and last.safetensors, then
    rewrites metrics.csv with every row so far (the checkpoint is in place before its row)."""

    def __init__(self, run_dir, model, probe_x, lengths=None, h0=None, c0=None):
        self.run_dir = str(run_dir)
        self.model = model
        self.rows = []
        os.makedirs(os.path.join(self.run_dir, "checkpoints"), exist_ok=True)
        write_safetensors(os.path.join(self.run_dir, "probe.safetensors"),
                          _batch_tensors(probe_x, lengths, h0, c0),
                          _metadata(model, "lstmviz.Watch"))
        self._last = time.monotonic()

    def checkpoint_path(self, epoch):
        return os.path.join(self.run_dir, "checkpoints", "epoch_%04d.safetensors" % epoch)

    def log(self, epoch, train_loss, val_loss=None, lr=None):
        epoch = int(epoch)
        if epoch < 1 or (self.rows and epoch <= self.rows[-1][0]):
            raise ValueError("lstmviz.Watch.log: epochs are 1, 2, 3, ... in order; got %d after %s"
                             % (epoch, self.rows[-1][0] if self.rows else "none"))
        state = list(_state_dict(self.model).items())
        meta = _metadata(self.model, "lstmviz.Watch")
        meta["epoch"] = str(epoch)
        write_safetensors(self.checkpoint_path(epoch), state, meta)
        write_safetensors(os.path.join(self.run_dir, "last.safetensors"), state, meta)
        now = time.monotonic()
        self.rows.append((epoch, train_loss, val_loss, lr, now - self._last))
        self._last = now
        lines = [_METRICS_HEADER]
        for e, train, val, rate, seconds in self.rows:
            lines.append(",".join([str(e), _number(train), _number(val), _number(rate), "", "",
                                   "", _number(seconds)]))
        _write_atomically(os.path.join(self.run_dir, "metrics.csv"),
                          ("\n".join(lines) + "\n").encode("utf-8"))
