#pragma once
// Trace export: the per-step values an LstmTrace recorded, as named tensors a learner (or torch)
// can read — the same names and layout the CLI writes (`forward --trace`) and the GUI exports.
//
// For layer k and direction d, six tensors named "trace.l{k}[_reverse].{q}":
//   q = i, f, g, o   gates (i = σ(a_i), f = σ(a_f), g = tanh(a_g), o = σ(a_o)), width H
//   q = c            cell state c_t, width H
//   q = h            the layer's h_t after the projection (its output), width H_out
// each shaped (N, L, width) — sample-major, t the real time index also for the reverse
// direction — or (L, width) when the input was unbatched. Steps t >= lengths[n] of a packed
// batch are zero (as in pad_packed_sequence's output).
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/tensor.h"
#include "core/nn/lstm_trace.h"

namespace lstmviz::core {

enum class TraceQuantity { kInputGate, kForgetGate, kCellGate, kOutputGate, kCell, kHidden };

inline constexpr TraceQuantity kTraceQuantities[] = {
    TraceQuantity::kInputGate,  TraceQuantity::kForgetGate, TraceQuantity::kCellGate,
    TraceQuantity::kOutputGate, TraceQuantity::kCell,       TraceQuantity::kHidden};

// "i", "f", "g", "o", "c" or "h".
const char* traceQuantityName(TraceQuantity quantity);
// "trace.l1_reverse.f" for (1, 1, kForgetGate).
std::string traceTensorName(int64_t layer, int64_t direction, TraceQuantity quantity);

template <typename T>
struct NamedTensor {
  std::string name;
  Tensor<T> tensor;
};

// One quantity of one (layer, direction) as (N, L, width), or (L, width) if trace.unbatched.
// Requires: trace was filled by Lstm<T>::forward; layer and direction in range.
template <typename T>
Tensor<T> traceQuantity(const LstmTrace<T>& trace, int64_t layer, int64_t direction,
                        TraceQuantity quantity);

// Every quantity of every layer and direction, layer-major, forward before reverse, in the
// order i, f, g, o, c, h.
template <typename T>
std::vector<NamedTensor<T>> exportTrace(const LstmTrace<T>& trace);

extern template Tensor<float> traceQuantity(const LstmTrace<float>&, int64_t, int64_t,
                                            TraceQuantity);
extern template Tensor<double> traceQuantity(const LstmTrace<double>&, int64_t, int64_t,
                                             TraceQuantity);
extern template std::vector<NamedTensor<float>> exportTrace(const LstmTrace<float>&);
extern template std::vector<NamedTensor<double>> exportTrace(const LstmTrace<double>&);

}  // namespace lstmviz::core
