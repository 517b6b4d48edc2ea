#include "core/nn/lstm_torch_code.h"

#include <sstream>

namespace lstmviz::core {

namespace {

// nn.LSTM's forward in eval mode, step by step, with clamps. Same equations as lstm.h; the order
// of the sums is torch's cell (F.linear(x, W_ih, b_ih) + F.linear(h, W_hh, b_hh)).
constexpr const char* kEditedForward = R"PY(import torch
import torch.nn.functional as F


def lstm_forward_edited(lstm, x, hx=None, lengths=None, clamps=()):
    """nn.LSTM's forward (eval mode) as an explicit loop over layers, directions and steps, with
    gates clamped after their activation. clamps: tuples (gate, layer, direction, unit,
    first_step, last_step, sample, value) with gate one of 'i', 'f', 'g', 'o', direction 0 or 1
    (reverse), steps inclusive (real time index), sample None for every sample. lengths: as for
    pack_padded_sequence (steps past a length are skipped, output there is 0).
    Returns output, (h_n, c_n) exactly as nn.LSTM lays them out."""
    unbatched = x.dim() == 2
    if unbatched:
        x = x.unsqueeze(1)
        if hx is not None:
            hx = (hx[0].unsqueeze(1), hx[1].unsqueeze(1))
    elif lstm.batch_first:
        x = x.transpose(0, 1)
    L, N = x.shape[0], x.shape[1]
    D = 2 if lstm.bidirectional else 1
    H = lstm.hidden_size
    H_out = lstm.proj_size if lstm.proj_size > 0 else H
    if hx is None:
        hx = (x.new_zeros(D * lstm.num_layers, N, H_out), x.new_zeros(D * lstm.num_layers, N, H))
    lens = torch.full((N,), L) if lengths is None else torch.as_tensor(lengths).reshape(N)
    h_n, c_n, layer_input = [], [], x
    for k in range(lstm.num_layers):
        outs = []
        for d in range(D):
            sfx = "_l%d%s" % (k, "_reverse" if d else "")
            w_ih, w_hh = getattr(lstm, "weight_ih" + sfx), getattr(lstm, "weight_hh" + sfx)
            b_ih = getattr(lstm, "bias_ih" + sfx) if lstm.bias else None
            b_hh = getattr(lstm, "bias_hh" + sfx) if lstm.bias else None
            w_hr = getattr(lstm, "weight_hr" + sfx) if lstm.proj_size > 0 else None
            h, c = hx[0][k * D + d], hx[1][k * D + d]
            out = [None] * L
            for t in (range(L - 1, -1, -1) if d else range(L)):
                active = (t < lens).reshape(N, 1)
                gates = F.linear(layer_input[t], w_ih, b_ih) + F.linear(h, w_hh, b_hh)
                i, f, g, o = gates.chunk(4, 1)
                gate = {"i": torch.sigmoid(i), "f": torch.sigmoid(f), "g": torch.tanh(g),
                        "o": torch.sigmoid(o)}
                for name, layer, direction, unit, first, last, sample, value in clamps:
                    if layer == k and direction == d and first <= t <= last:
                        gate[name] = gate[name].clone()
                        if sample is None:
                            gate[name][:, unit] = value
                        else:
                            gate[name][sample, unit] = value
                c_new = gate["f"] * c + gate["i"] * gate["g"]
                h_new = gate["o"] * torch.tanh(c_new)
                if w_hr is not None:
                    h_new = F.linear(h_new, w_hr)
                c = torch.where(active, c_new, c)
                h = torch.where(active, h_new, h)
                out[t] = torch.where(active, h_new, torch.zeros_like(h_new))
            outs.append(torch.stack(out))
            h_n.append(h)
            c_n.append(c)
        layer_input = torch.cat(outs, 2)
    output, h_n, c_n = layer_input, torch.stack(h_n), torch.stack(c_n)
    if unbatched:
        return output.squeeze(1), (h_n.squeeze(1), c_n.squeeze(1))
    if lstm.batch_first:
        output = output.transpose(0, 1)
    return output, (h_n, c_n)
)PY";

std::string pyNumber(double v) {
  std::ostringstream s;
  s.precision(17);
  s << v;
  std::string text = s.str();
  if (text.find_first_of(".en") == std::string::npos) text += ".0";
  return text;
}

std::string pyIndex(const std::vector<int64_t>& index) {
  std::string s;
  for (size_t i = 0; i < index.size(); ++i) s += (i ? ", " : "") + std::to_string(index[i]);
  return s;
}

std::string pyShape(const Shape& shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + (shape.size() == 1 ? ",)" : ")");
}

}  // namespace

std::string torchEditedForwardFunction() { return kEditedForward; }

std::string torchCodeForEdits(const LstmConfig& c, const LstmEdits& edits, const Shape& inputShape,
                              const TorchCodeNames& names) {
  std::ostringstream py;
  const bool unbatched = inputShape.size() == 2;
  const int64_t steps = unbatched ? inputShape[0] : (c.batchFirst ? inputShape[1] : inputShape[0]);
  const int64_t batch = unbatched ? 1 : (c.batchFirst ? inputShape[0] : inputShape[1]);
  const int64_t count = c.numDirections() * c.numLayers;
  auto state = [&](int64_t width) {
    return unbatched ? Shape{count, width} : Shape{count, batch, width};
  };

  if (edits.gateClamps().size() > 0) py << kEditedForward << "\n\n";
  py << "# lstmviz what-if edits (" << (edits.empty() ? "none" : "in order") << ")\n";
  bool anyParameter = false;
  for (const ValueEdit& e : edits.values) {
    if (e.target != EditTarget::kParameter) continue;
    if (!anyParameter) py << "with torch.no_grad():\n";
    anyParameter = true;
    py << "    " << names.module << "." << e.parameter << "[" << pyIndex(e.index)
       << "] = " << pyNumber(e.value) << "\n";
  }
  bool needsState = false;
  for (const ValueEdit& e : edits.values)
    needsState |= e.target == EditTarget::kH0 || e.target == EditTarget::kC0;
  if (needsState)
    py << "if " << names.h0 << " is None:  # nn.LSTM's default initial state\n    " << names.h0
       << " = torch.zeros" << pyShape(state(c.outputSize())) << "\n    " << names.c0
       << " = torch.zeros" << pyShape(state(c.hiddenSize)) << "\n";
  bool cloned = false;
  for (const ValueEdit& e : edits.values) {
    if (e.target == EditTarget::kParameter) continue;
    if (!cloned)  // the caller's tensors stay as they were
      py << names.input << " = " << names.input << ".clone()\n"
         << (needsState ? names.h0 + ", " + names.c0 + " = " + names.h0 + ".clone(), " + names.c0 +
                              ".clone()\n"
                        : std::string());
    cloned = true;
    const std::string& tensor = e.target == EditTarget::kInput ? names.input
                                : e.target == EditTarget::kH0  ? names.h0
                                                               : names.c0;
    py << tensor << "[" << pyIndex(e.index) << "] = " << pyNumber(e.value) << "\n";
  }

  const std::string hx =
      "None if " + names.h0 + " is None else (" + names.h0 + ", " + names.c0 + ")";
  if (edits.gateClamps().empty()) {
    py << "if " << names.lengths << " is None:\n"
       << "    output, (h_n, c_n) = " << names.module << "(" << names.input << ", " << hx << ")\n"
       << "else:\n"
       << "    packed = torch.nn.utils.rnn.pack_padded_sequence(\n"
       << "        " << names.input << ", torch.as_tensor(" << names.lengths
       << "), batch_first=" << (c.batchFirst ? "True" : "False") << ", enforce_sorted=False)\n"
       << "    packed_output, (h_n, c_n) = " << names.module << "(packed, " << hx << ")\n"
       << "    output, _ = torch.nn.utils.rnn.pad_packed_sequence(\n"
       << "        packed_output, batch_first=" << (c.batchFirst ? "True" : "False")
       << ", total_length=" << steps << ")\n";
    return py.str();
  }
  py << "clamps = [  # (gate, layer, direction, unit, first_step, last_step, sample, value)\n";
  auto clampLine = [&](const GateClamp& k, const std::string& comment) {
    const int64_t last = k.lastStep == GateClamp::kLastStep ? steps - 1 : k.lastStep;
    py << "    (\"" << gateLetter(k.gate) << "\", " << k.layer << ", " << k.direction << ", "
       << k.unit << ", " << k.firstStep << ", " << last << ", "
       << (k.sample == GateClamp::kAllSamples ? std::string("None") : std::to_string(k.sample))
       << ", " << pyNumber(k.value) << "),  # " << comment << "\n";
  };
  for (const GateClamp& k : edits.clamps) clampLine(k, formatGateClamp(k));
  for (const UnitKnockout& k : edits.knockouts)
    clampLine(k.asClamp(), "knock out " + formatKnockout(k) + ": o = 0, so h_t[" +
                               std::to_string(k.unit) + "] = 0");
  py << "]\n"
     << "output, (h_n, c_n) = lstm_forward_edited(" << names.module << ".eval(), " << names.input
     << ", " << hx << ", " << names.lengths << ", clamps)\n";
  return py.str();
}

}  // namespace lstmviz::core
