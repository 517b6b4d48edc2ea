#pragma once
// LstmTrace: everything one forward pass computed, kept for backward (BPTT) and for the views.
// Allocated once for (layers × directions × L × N × units) and reused while the sizes stay the
// same, so repeated forward/backward calls do not allocate.
//
// Column convention: in every matrix that is "× L·N" wide, column t·N + n holds step t of
// sample n, with t the real time index (also for the reverse direction). State matrices are
// (L+1)·N wide: they hold the initial state in one extra slot so that "state at t" and "state
// before t" are both plain column blocks:
//   forward:  state(t) = column block t+1, previous(t) = block t,   initial = block 0
//   reverse:  state(t) = column block t,   previous(t) = block t+1, initial = block L
// With variable lengths (packing), steps t >= length_n are inactive for sample n: their gate
// columns are zero and their state columns carry the state unchanged (forward: the state at the
// true last step; reverse: the initial state), so previous(t) stays a plain block for every t.
#include <Eigen/Core>
#include <cstdint>
#include <vector>

#include "core/nn/gate_clamp.h"
#include "core/nn/lstm_config.h"
#include "core/nn/packed_weights.h"

namespace lstmviz::core {

template <typename T>
using Matrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>;  // column-major
template <typename T>
using RowMatrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct TraceOptions {
  bool recordPreActivations = true;  // keep gatesPre (display); off for training only
  bool recordGradients = true;       // keep dCell after backward (display); dGatesPre and dHidden
                                     // are always kept: the weight gradients are built from them
  bool training = false;             // dropout between layers is active only in training mode
  uint64_t dropoutSeed = 0;
  int64_t memoryBudgetBytes = int64_t{4} << 30;  // a trace larger than this is refused
  // Gates forced to constants in forward and backward (gate_clamp.h; checked by the caller, see
  // checkEdits in lstm_edits.h). Empty: the plain nn.LSTM, at unchanged speed.
  std::vector<GateClamp> clamps;
};

template <typename T>
struct DirectionTrace {
  bool reverse = false;
  int64_t layer = 0;
  int64_t batch = 0;  // N
  int64_t steps = 0;  // L

  Matrix<T> gatesPre;   // 4H × L·N  a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh  (if recorded)
  Matrix<T> gates;      // 4H × L·N  rows [0,H) i = σ(a_i), [H,2H) f = σ(a_f),
                        //           [2H,3H) g = tanh(a_g), [3H,4H) o = σ(a_o)
  Matrix<T> cell;       // H × (L+1)·N  c_t = f ⊙ c_{t-1} + i ⊙ g
  Matrix<T> cellTanh;   // H × L·N  tanh(c_t)
  Matrix<T> hiddenRaw;  // H × L·N  m_t = o ⊙ tanh(c_t); only with projection (else = hidden)
  Matrix<T> hidden;     // H_out × (L+1)·N  h_t = W_hr m_t with projection, else m_t

  // Filled by backward:
  Matrix<T> dGatesPre;  // 4H × L·N  dL/da_t
  Matrix<T> dHidden;    // H_out × L·N  dL/dh_t, total (from output and from step t±1)
  Matrix<T> dCell;      // H × L·N  dL/dc_t, total (if recordGradients)

  // Scratch kept between calls: W_hh (forward) or W_hhᵀ (backward) packed once per pass for the
  // per-step products (see packed_weights.h). Not part of the recorded values.
  PackedWeights<T> packedRecurrent;

  int64_t stateBlock(int64_t t) const { return reverse ? t : t + 1; }
  int64_t previousBlock(int64_t t) const { return reverse ? t + 1 : t; }
  int64_t initialBlock() const { return reverse ? steps : 0; }
  // Column of (t, n) in an L·N-wide matrix.
  int64_t column(int64_t t, int64_t n) const { return t * batch + n; }
  // Column of (t, n) in cell / hidden.
  int64_t stateColumn(int64_t t, int64_t n) const { return stateBlock(t) * batch + n; }
};

template <typename T>
struct LstmTrace {
  LstmConfig config;
  int64_t batch = 0;             // N (1 for unbatched input)
  int64_t steps = 0;             // L
  bool unbatched = false;        // the input was (L, H_in)
  std::vector<int64_t> lengths;  // N entries when packed, empty when every sequence has L steps
  TraceOptions options;

  // layerInput[k]: in_k × L·N, the input of layer k (layer 0: the user's input in the column
  // convention above; layer k > 0: layer k-1's output, concatenated directions, after dropout).
  std::vector<Matrix<T>> layerInput;
  // dropoutMask[k] for k > 0 when dropout is active: D·H_out × L·N, entries 0 or 1/(1-p).
  std::vector<Matrix<T>> dropoutMask;
  // directions[k·D + d].
  std::vector<DirectionTrace<T>> directions;
  // Backward's scratch, kept between calls so that repeated training steps allocate nothing:
  // dL/d(layer output) (D·H_out × L·N) and dL/d(layer input) (in_k × L·N).
  Matrix<T> scratchOutputGrad, scratchInputGrad;

  const DirectionTrace<T>& at(int64_t layer, int64_t direction) const {
    return directions[layer * config.numDirections() + direction];
  }
  DirectionTrace<T>& at(int64_t layer, int64_t direction) {
    return directions[layer * config.numDirections() + direction];
  }
  int64_t length(int64_t n) const { return lengths.empty() ? steps : lengths[n]; }
  bool isActive(int64_t t, int64_t n) const { return t < length(n); }
  bool packed() const { return !lengths.empty(); }

  // Bytes a trace of this size holds (all matrices above, scalars of type T).
  static int64_t bytesFor(const LstmConfig& config, int64_t batch, int64_t steps,
                          const TraceOptions& options);
  // Throws ResourceError("recording this forward pass (batch N, L steps, K layers) would need X
  // MiB, more than the budget of Y MiB; ...") when bytesFor exceeds options.memoryBudgetBytes —
  // the check allocate makes first, for callers that refuse a size before doing any work.
  static void requireWithinBudget(const LstmConfig& config, int64_t batch, int64_t steps,
                                  const TraceOptions& options);
  // Sizes every matrix for (config, batch, steps, options); keeps the memory when unchanged.
  // Throws ResourceError (requireWithinBudget) when too large.
  void allocate(const LstmConfig& config, int64_t batch, int64_t steps,
                const TraceOptions& options);
};

}  // namespace lstmviz::core
