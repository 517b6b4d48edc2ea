#pragma once
// The Jacobian of nn.LSTM's output with respect to its input, by the core's own backward (exact,
// no finite differences). Samples never interact in an LSTM, so only each sample's own block is
// kept:
//   J[n, t, j, s, f] = ∂output[n, t, j] / ∂input[n, s, f]      shape (N, L, D·H_out, L, H_in)
// with the sample axis first whatever the layout (unbatched input: N = 1). h_0 / c_0 and the
// parameters are held fixed; gate clamps (gate_clamp.h) apply as in forward (a clamped gate passes
// no gradient through its pre-activation). With lengths (packing), rows t ≥ lengths[n] and
// columns s ≥ lengths[n] are zero. Equals torch.autograd.functional.jacobian of nn.LSTM run on
// the sample alone (parity test: tests/nn/lstm_jacobian_test.cpp).
//
// Method (reverse mode, batched): the sample is replicated B times and run forward once; one
// backward pass with B one-hot output gradients — copy b gets the row (t_b, j_b) — yields B rows
// of J at once. Cost: L·D·H_out backward columns per sample, each a full BPTT over the sample's
// length; memory: a trace of B copies.
#include <cstdint>
#include <type_traits>
#include <vector>

#include "core/common/tensor.h"
#include "core/nn/gate_clamp.h"
#include "core/nn/lstm.h"

namespace lstmviz::core {

// One sample's block J[sample] of shape (L, D·H_out, L, H_in). input / initial / lengths as for
// Lstm::forward; clamps as TraceOptions::clamps (a clamp of another sample is ignored).
// rowsPerPass: B, the copies per backward pass (memory ∝ B·L·H). Throws what forward throws and
// ShapeError when sample is out of range.
template <typename T>
Tensor<T> lstmSampleJacobian(const Lstm<T>& lstm, const Tensor<T>& input,
                             const LstmState<std::type_identity_t<T>>* initial,
                             const std::vector<int64_t>* lengths, int64_t sample,
                             const std::vector<GateClamp>& clamps = {}, int64_t rowsPerPass = 128);

// The same block by forward mode: one tangent per input element (s, f) pushed through the
// sample's own trace (lstm_jacobian_forward.cpp), L·H_in tangent columns instead of L·D·H_out
// backward rows, each only over the steps causality allows — the cheaper way when H_in < D·H_out,
// which the Memory view's connectivity uses. Same numbers as lstmSampleJacobian to rounding
// (tested against it and against torch).
template <typename T>
Tensor<T> lstmSampleJacobianForward(const Lstm<T>& lstm, const Tensor<T>& input,
                                    const LstmState<std::type_identity_t<T>>* initial,
                                    const std::vector<int64_t>* lengths, int64_t sample,
                                    const std::vector<GateClamp>& clamps = {});

// How lstmJacobian computes each block: reverse mode (the core's backward, lstmSampleJacobian)
// or forward mode (lstmSampleJacobianForward). The numbers agree to rounding.
enum class JacobianMode { kReverse, kForward };

// Every sample's block: (N, L, D·H_out, L, H_in).
template <typename T>
Tensor<T> lstmJacobian(const Lstm<T>& lstm, const Tensor<T>& input,
                       const LstmState<std::type_identity_t<T>>* initial,
                       const std::vector<int64_t>* lengths,
                       const std::vector<GateClamp>& clamps = {},
                       JacobianMode mode = JacobianMode::kReverse);

}  // namespace lstmviz::core
