#pragma once
// StepValues: every number the stepper shows for one (layer, direction, sample, step, unit) — the
// four gates with their pre-activation split into its four terms, the cell and hidden state — read
// from an ExplorerSnapshot's trace and recomputed from the parameters, so the view can print
//   f_t = σ(W_if x_t + b_if + W_hf h_{t−1} + b_hf) = σ(in + b_if + rec + b_hf) = σ(a) = f
// and prove that the printed sum is the pre-activation the core recorded. Qt-free.
//
// The terms for gate γ ∈ {i, f, g, o} and unit u (rows γ·H + u of torch's 4H-row matrices):
//   inputPart     = W_iγ[u, :] · x_t          x_t: this layer's input at step t (H_in or D·H_out)
//   recurrentPart = W_hγ[u, :] · h_{t−1}      h_{t−1}: the direction's previous H_out values
//   biasIh, biasHh = b_iγ[u], b_hγ[u]         (0 when bias = false)
//   sum = inputPart + biasIh + recurrentPart + biasHh     (in double)
// With proj_size P: m_t = o_t ⊙ tanh(c_t) (H values) and h_t = W_hr m_t (P values); the view
// shows h_t[p] for p = min(u, P − 1).
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

// Which recorded pass the stepper looks at. All indices are clamped by the caller.
struct StepSelection {
  int64_t layer = 0;
  int64_t direction = 0;  // 0 forward, 1 reverse
  int64_t sample = 0;     // n (0 for unbatched input)
  int64_t step = 0;       // t, the real time index (also for the reverse direction)
  int64_t unit = 0;       // u in [0, H)
};

struct GateTerms {
  double inputPart = 0.0;
  double biasIh = 0.0;
  double recurrentPart = 0.0;
  double biasHh = 0.0;
  double sum = 0.0;          // the four terms added in double
  double recordedPre = 0.0;  // trace.gatesPre (the core's a_t)
  double value = 0.0;        // trace.gates (σ or tanh of a_t; a what-if clamp's value instead)
  bool clamped = false;      // a what-if gate clamp (or knock-out) set value: it is not σ(a_t)
};

struct StepValues {
  bool active = true;  // false: step t is padding for this sample (not computed)
  int64_t length = 0;  // the sample's true length (L without packing)
  bool hasBias = true;
  bool projection = false;
  int64_t projRow = 0;  // p shown for h_t with projection (min(u, P − 1)); else u

  std::vector<double> x;               // x_t, the layer's input (H_in or D·H_out)
  std::vector<double> hPrev;           // h_{t−1} (H_out)
  std::string initialStateSource;      // the file h_0, c_0 came from; "": zeros
  double cPrev = 0.0;                  // c_{t−1}[u]
  std::array<GateTerms, 4> gates;      // i, f, g, o for unit u
  double cell = 0.0;                   // c_t[u] (trace)
  double cellTanh = 0.0;               // tanh(c_t[u]) (trace)
  double m = 0.0;                      // o ⊙ tanh(c_t) [u] (trace: hiddenRaw with projection)
  double hidden = 0.0;                 // h_t[projRow] (trace)
  double hPrevShown = 0.0;             // h_{t−1}[projRow]
  double projectionSum = 0.0;          // W_hr[p, :] · m_t recomputed (projection only)
  std::vector<double> mAll;            // m_t (H values; projection only)
  std::vector<double> projRowWeights;  // W_hr[p, :] (projection only)

  // max over the four gates of |sum − recordedPre|: 0 up to float rounding.
  double maxPreActivationError() const;
};

// Gate row blocks in torch's order.
enum class Gate { kI = 0, kF = 1, kG = 2, kO = 3 };

// Reads and recomputes every value for sel. Requires: sel in range for the snapshot
// (layer < layers, direction < D, sample < N, step < L, unit < H) and a trace recorded with
// pre-activations (buildExplorerSnapshot records them).
StepValues computeStepValues(const ExplorerSnapshot& snapshot, const StepSelection& sel);

}  // namespace lstmviz::ui
