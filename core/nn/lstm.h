#pragma once
// Lstm<T>: torch.nn.LSTM, exactly — same parameters (names, shapes, order, gate order i, f, g, o),
// same layouts (seq-first, batch_first, unbatched, bidirectional, stacked, projected, packed),
// same numbers — with every intermediate value recorded in an LstmTrace and a full BPTT backward.
//
// Equations (torch.nn.LSTM documentation), for each layer, direction and step t:
//   i_t = σ(W_ii x_t + b_ii + W_hi h_{t-1} + b_hi)
//   f_t = σ(W_if x_t + b_if + W_hf h_{t-1} + b_hf)
//   g_t = tanh(W_ig x_t + b_ig + W_hg h_{t-1} + b_hg)
//   o_t = σ(W_io x_t + b_io + W_ho h_{t-1} + b_ho)
//   c_t = f_t ⊙ c_{t-1} + i_t ⊙ g_t
//   h_t = o_t ⊙ tanh(c_t)                 (with proj_size > 0: h_t = W_hr (o_t ⊙ tanh(c_t)))
// Layer k > 0 reads layer k-1's output (both directions concatenated), through dropout in
// training mode. The reverse direction reads the sequence from its (true) last step back to 0.
//
// Shapes (letters in lstm_config.h): input (L, N, H_in) | (N, L, H_in) batch_first | (L, H_in);
// h_0, h_n (D·layers, N, H_out); c_0, c_n (D·layers, N, H); output (L, N, D·H_out) (batch_first:
// (N, L, D·H_out)); unbatched drops the N axis everywhere.
//
// Speed: per layer and direction the input projection of all steps is one matrix product; the
// time loop only does the recurrent product and elementwise work into preallocated trace memory;
// weight gradients are large products after the time loop.
#include <cstdint>
#include <optional>
#include <vector>

#include "core/common/tensor.h"
#include "core/nn/lstm_config.h"
#include "core/nn/lstm_trace.h"

namespace lstmviz::core {

template <typename T>
struct LstmState {
  Tensor<T> h;  // (D·layers, N, H_out) or (D·layers, H_out) for unbatched input
  Tensor<T> c;  // (D·layers, N, H)     or (D·layers, H)
};

template <typename T>
struct LstmOutput {
  Tensor<T> output;  // (L, N, D·H_out) | (N, L, D·H_out) | (L, D·H_out); zero past each length
  Tensor<T> hN;      // (D·layers, N, H_out): layer-major, forward then reverse for each layer
  Tensor<T> cN;      // (D·layers, N, H)
};

template <typename T>
struct LstmGradients {
  std::vector<T> parameters;  // flat, same layout as Lstm::parameters()
  Tensor<T> input;            // same shape as the input
  Tensor<T> h0;               // same shape as h_0 (zeros' gradient when h_0 was not given)
  Tensor<T> c0;
};

template <typename T>
class Lstm {
 public:
  // Parameters above this many bytes are refused up front (ResourceError naming the size).
  static constexpr int64_t kMaxParameterBytes = int64_t{8} << 30;

  // Validates the config (ShapeError with torch's message); parameters start at zero.
  // Throws ResourceError when the parameters would exceed kMaxParameterBytes.
  explicit Lstm(const LstmConfig& config);

  const LstmConfig& config() const { return config_; }
  const std::vector<LstmParamSpec>& specs() const { return specs_; }
  // Flat parameter buffer in torch's registration order (see lstmParameterSpecs).
  std::vector<T>& parameters() { return parameters_; }
  const std::vector<T>& parameters() const { return parameters_; }
  // Spec by torch name, or nullptr.
  const LstmParamSpec* findSpec(const std::string& name) const;
  // Spec of (layer, direction, kind), or nullptr (e.g. a bias when bias = false).
  const LstmParamSpec* findSpec(int64_t layer, int64_t direction, LstmParamKind kind) const;
  // Row-major view with torch's shape (vectors as a column).
  Eigen::Map<RowMatrix<T>> param(const LstmParamSpec& spec);
  Eigen::Map<const RowMatrix<T>> param(const LstmParamSpec& spec) const;

  // torch's reset_parameters(): every parameter ~ U(-1/√H, 1/√H), deterministic for a seed.
  void resetParameters(uint64_t seed);

  // Forward pass. initial: (h_0, c_0), zeros when absent. lengths: one per sample, each in
  // [1, L], with pack_padded_sequence(..., enforce_sorted=False) semantics (unbatched: ignored
  // unless of size 1). Records into trace (allocated on demand). Throws ShapeError with torch's
  // messages for any shape mismatch, ResourceError when the trace exceeds its budget.
  LstmOutput<T> forward(const Tensor<T>& input, LstmTrace<T>& trace,
                        const LstmState<T>* initial = nullptr,
                        const std::vector<int64_t>* lengths = nullptr,
                        const TraceOptions& options = {}) const;

  // BPTT through the pass recorded in trace. Each gradient may be null (zeros); when given it
  // must have the shape of output / h_n / c_n. Writes (overwrites) every field of grads and the
  // trace's dGatesPre, dHidden and dCell. Requires: trace came from forward() of this Lstm with
  // unchanged parameters.
  void backward(LstmTrace<T>& trace, const Tensor<T>* gradOutput, const Tensor<T>* gradHN,
                const Tensor<T>* gradCN, LstmGradients<T>& grads) const;

 private:
  LstmConfig config_;
  std::vector<LstmParamSpec> specs_;
  std::vector<T> parameters_;
};

extern template class Lstm<float>;
extern template class Lstm<double>;

}  // namespace lstmviz::core
