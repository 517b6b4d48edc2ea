#pragma once
// GateClamp: force one gate of one unit to a constant over a range of steps — the what-if lab's
// "f = 1 remembers everything, f = 0 forgets, i = 0 writes nothing, o = 1 shows the whole cell".
//
// Forward, for the (layer, direction) named, each active step t in [firstStep, lastStep] (real
// time index, also for the reverse direction) and each selected sample n:
//   gate_t[unit, n] = value            (replacing σ(a) or tanh(a); a is still recorded in gatesPre)
// and c_t, h_t are then computed from the clamped gates as usual. Backward: a clamped gate is a
// constant, so its derivative wrt its own pre-activation is zero (dL/da = 0 at that row and step);
// every other path uses the clamped value (dc_{t-1} = dc_t ⊙ f with the clamped f, …). Steps past
// a sequence's length (packing) stay inactive. Clamps are applied in list order (the last wins).
//
// A knocked-out unit (lstm_edits.h) is the clamp o = 0 at every step: m_t[u] = o_t[u]·tanh(c_t[u])
// = 0, i.e. h_t[u] = 0 without projection (with proj_size, cell unit u's column of W_hr no longer
// reaches h_t); its cell state still evolves but is never read.
#include <cstdint>
#include <limits>
#include <string>

#include "core/nn/lstm_config.h"
#include "core/nn/lstm_gates.h"

namespace lstmviz::core {

struct GateClamp {
  static constexpr int64_t kLastStep = std::numeric_limits<int64_t>::max();
  static constexpr int64_t kAllSamples = -1;

  int64_t layer = 0;
  int64_t direction = 0;  // 0 forward, 1 reverse
  LstmGate gate = LstmGate::kForget;
  int64_t unit = 0;  // in [0, H)
  int64_t firstStep = 0;
  int64_t lastStep = kLastStep;  // inclusive; kLastStep = to the end
  int64_t sample = kAllSamples;  // one sample n, or every sample
  double value = 1.0;

  bool covers(int64_t t) const { return t >= firstStep && t <= lastStep; }
  // Row of this gate and unit in a 4H-row gate matrix, for hidden size h.
  int64_t row(int64_t h) const { return static_cast<int64_t>(gate) * h + unit; }
};

// What makes `clamp` not fit a run of `config` over `steps` steps and `batch` samples ("layer 2
// does not exist (num_layers=2)", "unit 9 is out of bounds for hidden_size 8", a step or sample
// out of range, a value that is not finite), or "" when it fits. Lstm::forward refuses a clamp
// that does not fit (ShapeError), so the kernels may index with it.
std::string gateClampProblem(const GateClamp& clamp, const LstmConfig& config, int64_t steps,
                             int64_t batch);

}  // namespace lstmviz::core
