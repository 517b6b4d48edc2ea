#pragma once
// torchCodeForEdits: the PyTorch (1.13+) code that makes the same change as an LstmEdits — what
// the what-if lab's "Copy as PyTorch" puts on the clipboard and what `lstmviz-cli forward
// --torch-code` wraps into a runnable script. Qt-free; plain text.
//
// The snippet expects these Python names (TorchCodeNames): `lstm` an nn.LSTM with the model's
// weights, `x` the input tensor, `h0`, `c0` the initial state or None, `lengths` a list / tensor
// of lengths or None (pack_padded_sequence semantics), and ends with
//   output, (h_n, c_n) = ...
// equal to the edited run of Lstm<T> (forwardWithEdits) up to float rounding:
//   - parameter edits:  with torch.no_grad(): lstm.weight_hh_l0[5, 3] = 0.25
//   - input / state edits: x[0, 2, 1] = 1.5 (h0 / c0 are created as zeros first when None)
//   - gate clamps and knock-outs: nn.LSTM has no per-step hook, so the snippet defines
//     lstm_forward_edited(), nn.LSTM's forward (eval mode) as an explicit loop over layers,
//     directions and steps with the layer's own weights, which replaces the gate values listed in
//     `clamps` after their activation (a clamped gate gets no gradient through its
//     pre-activation, as in the core).
//   - no clamp: the ordinary call (through pack_padded_sequence when lengths is given).
#include <string>

#include "core/common/tensor.h"
#include "core/nn/lstm_config.h"
#include "core/nn/lstm_edits.h"

namespace lstmviz::core {

struct TorchCodeNames {
  std::string module = "lstm";
  std::string input = "x";
  std::string h0 = "h0";
  std::string c0 = "c0";
  std::string lengths = "lengths";
};

// Requires: checkEdits(edits, config, inputShape) passed. inputShape is x's shape (it gives the
// shapes of zero h0 / c0 and the number of steps of a knock-out).
std::string torchCodeForEdits(const LstmConfig& config, const LstmEdits& edits,
                              const Shape& inputShape, const TorchCodeNames& names = {});

// The Python source of lstm_forward_edited(lstm, x, hx=None, lengths=None, clamps=()) alone
// (imports included), for scripts that clamp by themselves.
std::string torchEditedForwardFunction();

}  // namespace lstmviz::core
