#include "app/cli/forward_whatif.h"

#include <filesystem>

#include "core/nn/lstm_torch_code.h"

namespace lstmviz::cli {

namespace {

// A Python string literal (double quotes, backslash escapes).
std::string pyString(const std::string& text) {
  std::string s = "\"";
  for (char ch : text) {
    if (ch == '\\' || ch == '"') s += '\\';
    s += ch;
  }
  return s + "\"";
}

std::string pyBool(bool value) { return value ? "True" : "False"; }

constexpr const char* kSafetensorsIo = R"PY(import json
import struct
import sys

import torch

DTYPES = {"F32": torch.float32, "F64": torch.float64, "F16": torch.float16,
          "BF16": torch.bfloat16, "I64": torch.int64, "I32": torch.int32}


def read_tensors(path):
    """safetensors (by hand: u64 header length, JSON header, raw little-endian data), .npy, .npz"""
    if path.endswith(".npy") or path.endswith(".npz"):
        import numpy
        loaded = numpy.load(path)
        if path.endswith(".npy"):
            return {"input": torch.from_numpy(loaded)}
        return {k: torch.from_numpy(loaded[k]) for k in loaded.files}
    with open(path, "rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(size))
        data = f.read()
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        dtype = DTYPES[info["dtype"]]
        flat = torch.frombuffer(bytearray(data[begin:end]), dtype=dtype) if end > begin \
            else torch.zeros(0, dtype=dtype)
        tensors[name] = flat.reshape(info["shape"])
    return tensors


def write_tensors(path, tensors):
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        t = t.detach().float().contiguous()
        blob = struct.pack("<%df" % t.numel(), *t.reshape(-1).tolist())
        header[name] = {"dtype": "F32", "shape": list(t.shape),
                        "data_offsets": [offset, offset + len(blob)]}
        blobs.append(blob)
        offset += len(blob)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))

)PY";

}  // namespace

void addWhatIfFlags(CLI::App& cmd, WhatIfOptions& options) {
  cmd.add_option("--edit", options.edits,
                 "change one value before the run (repeatable, applied in order): a parameter "
                 "element NAME[i,j]=V (weight_hh_l0[5,3]=0.25, bias_ih_l1_reverse[7]=0), an input "
                 "value x[i,j,k]=V indexed as the input tensor is laid out, or h0[...]=V / "
                 "c0[...]=V (zeros first when the input file has no h_0, c_0); negative indices "
                 "count from the end")
      ->type_name("TEXT")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd.add_option("--clamp", options.clamps,
                 "force a gate of a unit to a value (repeatable): G@lK[_reverse]:uU[:tA-B|:tA|:tA-]"
                 "[:nS]=V, G one of i f g o, steps A..B inclusive (default every step), sample S "
                 "(default every sample); e.g. f@l0:u3:t2-7=1.0. The clamped gate passes no "
                 "gradient to its pre-activation")
      ->type_name("TEXT")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd.add_option("--knockout", options.knockouts,
                 "knock a unit out (repeatable): lK[_reverse]:uU[:nS], the clamp o = 0 at every "
                 "step, so h_t[U] = 0 (with proj_size: cell unit U no longer reaches h_t)")
      ->type_name("TEXT")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd.add_flag("--jacobian", options.jacobian,
               "also write jacobian (N, L, D*H_out, L, H_in): d output[n,t,j] / d input[n,s,f] per "
               "sample by backpropagation (sample axis first in every layout; zero past lengths)");
  cmd.add_option("--jacobian-mode", options.jacobianMode,
                 "how --jacobian is computed: reverse (one backward row per output element, "
                 "L*D*H_out rows) or forward (one tangent per input element, L*H_in columns; "
                 "faster when H_in < D*H_out); the same numbers")
      ->check(CLI::IsMember({"reverse", "forward"}))
      ->capture_default_str();
  cmd.add_option("--torch-code", options.torchCodePath,
                 "write a Python script (torch 1.13+) that loads the same files, makes the same "
                 "edits and runs the same forward; `python3 FILE OUT.safetensors` writes its "
                 "output, h_n and c_n")
      ->type_name("FILE");
}

core::LstmEdits parseWhatIfEdits(const WhatIfOptions& options) {
  core::LstmEdits edits;
  for (const std::string& text : options.edits) edits.values.push_back(core::parseValueEdit(text));
  for (const std::string& text : options.clamps) edits.clamps.push_back(core::parseGateClamp(text));
  for (const std::string& text : options.knockouts)
    edits.knockouts.push_back(core::parseKnockout(text));
  return edits;
}

std::string forwardTorchScript(const core::LstmImport<float>& imported,
                               const std::string& weightsPath, const std::string& inputPath,
                               const core::LstmEdits& edits, const core::Shape& inputShape,
                               const std::string& commandLine) {
  const core::LstmConfig& c = imported.lstm.config();
  std::string py = "#!/usr/bin/python3\n";
  py += "# Written by " + commandLine + "\n";
  py += "# The same run in PyTorch (1.13+): python3 THIS_FILE [OUT.safetensors]\n";
  py += kSafetensorsIo;
  py +=
      "weights = read_tensors(" + pyString(std::filesystem::absolute(weightsPath).string()) + ")\n";
  py += "lstm = torch.nn.LSTM(" + std::to_string(c.inputSize) + ", " +
        std::to_string(c.hiddenSize) + ", num_layers=" + std::to_string(c.numLayers) +
        ", bias=" + pyBool(c.bias) + ", batch_first=" + pyBool(c.batchFirst) +
        ", bidirectional=" + pyBool(c.bidirectional) + ", proj_size=" + std::to_string(c.projSize) +
        ")\n";
  py += "lstm.load_state_dict({\n";
  for (const auto& [key, name] : imported.mapping) {
    py += "    " + pyString(name) + ": weights[" + pyString(key) + "].float().reshape(lstm." +
          name + ".shape),\n";
  }
  py += "})\nlstm.eval()\n";
  py += "inputs = read_tensors(" + pyString(std::filesystem::absolute(inputPath).string()) + ")\n";
  py += "x = inputs[\"input\"].float()\n";
  py += "h0 = inputs[\"h_0\"].float() if \"h_0\" in inputs else None\n";
  py += "c0 = inputs[\"c_0\"].float() if \"c_0\" in inputs else None\n";
  py += "lengths = inputs[\"lengths\"].long().tolist() if \"lengths\" in inputs else None\n\n";
  py += core::torchCodeForEdits(c, edits, inputShape);
  py +=
      "\nprint(\"output\", tuple(output.shape), \"h_n\", tuple(h_n.shape), \"c_n\", "
      "tuple(c_n.shape))\n";
  py += "if len(sys.argv) > 1:\n";
  py += "    write_tensors(sys.argv[1], {\"output\": output, \"h_n\": h_n, \"c_n\": c_n})\n";
  return py;
}

}  // namespace lstmviz::cli
