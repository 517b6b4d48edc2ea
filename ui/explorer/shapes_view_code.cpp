#include "ui/explorer/shapes_view_code.h"

#include <sstream>
#include <vector>

namespace lstmviz::ui {

namespace {

std::string tuple(const std::vector<int64_t>& values) {
  std::ostringstream out;
  out << '(';
  bool first = true;
  for (int64_t v : values) {
    if (!first) out << ", ";
    out << v;
    first = false;
  }
  if (values.size() == 1) out << ',';
  out << ')';
  return out.str();
}

std::string torchSize(const std::vector<int64_t>& values) {
  std::ostringstream out;
  out << "torch.Size([";
  bool first = true;
  for (int64_t v : values) {
    if (!first) out << ", ";
    out << v;
    first = false;
  }
  out << "])";
  return out.str();
}

const char* pyBool(bool value) { return value ? "True" : "False"; }

// Pads `code` to a fixed column before a trailing comment.
std::string line(const std::string& code, const std::string& comment = {}, size_t column = 26) {
  if (comment.empty()) return code + "\n";
  std::string padded = code;
  if (padded.size() < column) padded.resize(column, ' ');
  return padded + "  # " + comment + "\n";
}

}  // namespace

std::string pytorchCode(const core::ExperimentConfig& c) {
  const auto& l = c.lstm;
  const int64_t n = c.batch, steps = c.seqLen, d = l.numDirections(), hOut = l.outputSize();
  const int64_t dl = d * l.numLayers, dh = d * hOut;
  const bool bf = l.batchFirst && !c.unbatched;
  std::ostringstream out;
  out << "import torch\nfrom torch import nn\n";
  if (!c.lengths.empty())
    out << "from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence\n";
  out << "\n";
  std::ostringstream dropout;
  dropout << l.dropout;
  out << "lstm = nn.LSTM(input_size=" << l.inputSize << ", hidden_size=" << l.hiddenSize
      << ", num_layers=" << l.numLayers << ",\n               bias=" << pyBool(l.bias)
      << ", batch_first=" << pyBool(l.batchFirst) << ", dropout=" << dropout.str()
      << ",\n               bidirectional=" << pyBool(l.bidirectional)
      << ", proj_size=" << l.projSize << ")\n\n";

  if (c.unbatched) {
    out << line("x = torch.randn" + tuple({steps, l.inputSize}), "(L, H_in): unbatched, no N axis");
    out << line("h_0 = torch.zeros" + tuple({dl, hOut}), "(D*num_layers, H_out)");
    out << line("c_0 = torch.zeros" + tuple({dl, l.hiddenSize}), "(D*num_layers, H)");
  } else {
    out << line(
        "x = torch.randn" + (bf ? tuple({n, steps, l.inputSize}) : tuple({steps, n, l.inputSize})),
        bf ? "(N, L, H_in)" : "(L, N, H_in): seq-first");
    if (bf) out << "# h_0 and c_0 keep N in the middle, even with batch_first=True\n";
    out << line("h_0 = torch.zeros" + tuple({dl, n, hOut}), "(D*num_layers, N, H_out)");
    out << line("c_0 = torch.zeros" + tuple({dl, n, l.hiddenSize}), "(D*num_layers, N, H)");
  }
  if (!c.lengths.empty() && !c.unbatched) {
    out << "lengths = torch.tensor([";
    for (size_t i = 0; i < c.lengths.size(); ++i) out << (i ? ", " : "") << c.lengths[i];
    out << "])\n";
    out << "packed = pack_padded_sequence(x, lengths, batch_first=" << pyBool(bf)
        << ", enforce_sorted=False)\n";
    out << "packed_out, (h_n, c_n) = lstm(packed, (h_0, c_0))\n";
    out << "output, _ = pad_packed_sequence(packed_out, batch_first=" << pyBool(bf)
        << ", total_length=" << steps << ")  # zeros past each length\n";
  } else {
    out << "output, (h_n, c_n) = lstm(x, (h_0, c_0))\n";
  }
  out << "\n";
  if (c.unbatched) {
    out << line("output.shape", torchSize({steps, dh}) + " = (L, D*H_out)", 12);
    out << line("h_n.shape", torchSize({dl, hOut}) + " = (D*num_layers, H_out)", 12);
    out << line("c_n.shape", torchSize({dl, l.hiddenSize}) + " = (D*num_layers, H)", 12);
  } else {
    out << line(
        "output.shape",
        torchSize(bf ? std::vector<int64_t>{n, steps, dh} : std::vector<int64_t>{steps, n, dh}) +
            (bf ? " = (N, L, D*H_out)" : " = (L, N, D*H_out)"),
        12);
    out << line("h_n.shape", torchSize({dl, n, hOut}) + " = (D*num_layers, N, H_out)", 12);
    out << line("c_n.shape", torchSize({dl, n, l.hiddenSize}) + " = (D*num_layers, N, H)", 12);
  }
  out << "\n# what the head reads (head = " << core::headKindName(c.head) << ")\n";
  const std::string lastStep = bf ? "output[:, -1]" : "output[-1]";
  const std::string nAxis = c.unbatched ? "" : std::to_string(n) + ", ";
  switch (c.head) {
    case core::HeadKind::kLast:
      out << line("features = " + lastStep,
                  "(" + nAxis + std::to_string(dh) + "): every sample's last step");
      break;
    case core::HeadKind::kHn:
      out << line("features = h_n[-1]", "(" + nAxis + std::to_string(hOut) + "): last layer" +
                                            (d == 2 ? ", REVERSE direction" : ""));
      if (d == 2)
        out << line("both = torch.cat([h_n[-2], h_n[-1]], dim=-1)",
                    "both directions' final states");
      break;
    case core::HeadKind::kFlatten:
      if (c.unbatched)
        out << line("features = output.reshape(-1)", "(" + std::to_string(steps * dh) + ")");
      else if (bf)
        out << line("features = output.reshape(" + std::to_string(n) + ", -1)",
                    "(N, L*D*H_out) = (" + nAxis + std::to_string(steps * dh) + ")");
      else
        out << line("features = output.permute(1, 0, 2).reshape(" + std::to_string(n) + ", -1)",
                    "permute first: (L, N, ·) must become (N, L, ·)");
      break;
    case core::HeadKind::kMean:
      out << line(std::string("features = output.mean(dim=") + (bf ? "1" : "0") + ")",
                  "(" + nAxis + std::to_string(dh) + "): average over the L steps");
      break;
    case core::HeadKind::kSeq:
      out << line("head = nn.Linear(" + std::to_string(dh) + ", 1)");
      out << line("y = head(output)", "applied to every step: the TimeDistributed(Dense) of Keras");
      break;
  }
  return out.str();
}

std::vector<std::string> kerasModelLines(const core::ExperimentConfig& c, core::HeadKind head,
                                         int64_t outputs, const std::string& source) {
  const auto& l = c.lstm;
  std::vector<std::string> lines;
  if (l.projSize > 0) {
    lines.push_back("# no Keras equivalent: keras.layers.LSTM has no proj_size");
    return lines;
  }
  const int64_t h = l.hiddenSize, d = l.numDirections();
  const std::string dense = "layers.Dense(" + std::to_string(outputs) + ")";
  const bool lastNeedsSequence = head == core::HeadKind::kSeq || head == core::HeadKind::kFlatten ||
                                 head == core::HeadKind::kMean;
  for (int64_t k = 0; k < l.numLayers; ++k) {
    const bool last = k + 1 == l.numLayers;
    const bool sequences = !last || lastNeedsSequence;
    std::string layer =
        "layers.LSTM(" + std::to_string(h) + ", return_sequences=" + (sequences ? "True" : "False");
    if (last && head == core::HeadKind::kHn) layer += ", return_state=True";
    if (!l.bias) layer += ", use_bias=False";
    layer += ")";
    if (d == 2) layer = "layers.Bidirectional(" + layer + ")";
    const std::string in = k == 0 ? source : "x";
    std::string comment = sequences ? "every step: (N, L, " + std::to_string(d * h) + ")"
                                    : "last step only: (N, " + std::to_string(d * h) + ")";
    if (last && head == core::HeadKind::kHn) {
      lines.push_back(
          line((d == 2 ? "x, h_f, c_f, h_b, c_b = " : "x, h, c = ") + layer + "(" + in + ")",
               d == 2 ? "h_b is torch's h_n[-1]" : "h is torch's h_n[-1]"));
    } else {
      lines.push_back(line("x = " + layer + "(" + in + ")", comment));
    }
    if (!last && l.dropout > 0)
      lines.push_back(line("x = layers.Dropout(" + std::to_string(l.dropout).substr(0, 4) + ")(x)",
                           "torch's dropout between layers"));
  }
  switch (head) {
    case core::HeadKind::kLast:
      lines.push_back(
          line("outputs = " + dense + "(x)", "return_sequences=False == output[:, -1]"));
      break;
    case core::HeadKind::kHn:
      lines.push_back(line("outputs = " + dense + (d == 2 ? "(h_b)" : "(h)")));
      break;
    case core::HeadKind::kFlatten:
      lines.push_back(line("x = layers.Flatten()(x)", "(N, L*D*H): keeps every step"));
      lines.push_back(line("outputs = " + dense + "(x)"));
      break;
    case core::HeadKind::kMean:
      lines.push_back(line("x = layers.GlobalAveragePooling1D()(x)", "output.mean(dim=1)"));
      lines.push_back(line("outputs = " + dense + "(x)"));
      break;
    case core::HeadKind::kSeq:
      lines.push_back(line("outputs = layers.TimeDistributed(" + dense + ")(x)",
                           "= " + dense + "(x) = nn.Linear on (N, L, ·)"));
      break;
  }
  for (auto& text : lines)
    while (!text.empty() && text.back() == '\n') text.pop_back();
  return lines;
}

std::string kerasCode(const core::ExperimentConfig& c) {
  const auto& l = c.lstm;
  std::ostringstream out;
  if (l.projSize > 0) {
    out << "# Keras has no equivalent of proj_size (h_t = W_hr (o_t * tanh(c_t))):\n"
           "# keras.layers.LSTM always outputs hidden_size units. Set proj_size = 0 to see\n"
           "# the Keras model with the same shapes.\n";
    return out.str();
  }
  out << "from tensorflow import keras\nfrom tensorflow.keras import layers\n\n";
  out << line("inputs = keras.Input(shape=(" + std::to_string(c.seqLen) + ", " +
                  std::to_string(l.inputSize) + "))",
              "Keras is always batch-first: (N, L, H_in)");
  if (!c.lengths.empty())
    out << line("x = layers.Masking(mask_value=0.0)(inputs)",
                "padding steps skipped, like pack_padded_sequence");
  for (const auto& text : kerasModelLines(c, c.head, 1, c.lengths.empty() ? "inputs" : "x"))
    out << text << '\n';
  out << "model = keras.Model(inputs, outputs)\n\n";
  out << "# Weights: Keras' kernel is (H_in, 4H) with gates i, f, c, o; torch's weight_ih_l0 is\n"
         "# (4H, H_in) with gates i, f, g, o. Keras has one bias; torch adds b_ih + b_hh.\n";
  if (c.unbatched) out << "# Keras always has a batch axis: feed x[None] for one sequence.\n";
  return out.str();
}

}  // namespace lstmviz::ui
