#pragma once
// InputBatch: a learner's own batch for the explorer and lstmviz-cli forward — the tensor handed
// to nn.LSTM and, optionally, its lengths and initial state — read from one file:
//   input    (L, N, H_in) seq-first, (N, L, H_in) batch_first, or (L, H_in) unbatched; float
//   lengths  (N) integers, pack_padded_sequence(..., enforce_sorted=False) semantics
//   h_0, c_0 (D·num_layers, N, H_out) and (D·num_layers, N, H), both or neither
// The layout of `input` is not in the tensor: metadata "batch_first" ("true"/"false", as
// lstmviz.save writes it) says it when present.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/tensor.h"
#include "core/nn/lstm.h"

namespace lstmviz::core {

struct InputBatch {
  Tensor<float> input;
  std::vector<int64_t> lengths;             // empty: every sample has L steps
  std::optional<LstmState<float>> initial;  // (h_0, c_0); nullopt: zeros
  std::optional<bool> batchFirst;           // the file's own word on the layout, if any
  std::string source;                       // the path, for messages
  std::string initialSource;  // where `initial` came from when not `source` (a carried state)
};

// Reads `path`: a .npy (the input alone), an .npz (arrays named input, lengths, h_0, c_0) or a
// safetensors file (any other name; tensors of those names). Throws FileError naming the file and
// the tensor: no `input`, a tensor of a non-float dtype (lengths: non-integer or not 1-D), h_0
// without c_0 or the reverse, NaN or Inf in input, h_0 or c_0 (every later value would be NaN).
InputBatch readInputBatch(const std::string& path);

}  // namespace lstmviz::core
