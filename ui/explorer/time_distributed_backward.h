#pragma once
// The backward half of "is TimeDistributed(Dense) different from Linear on a 3-D tensor?": one
// seeded nn.Linear(W = D·H_out → O) applied to the snapshot's output z (N, L, W), and a seeded
// upstream gradient G = dL/dy (N, L, O) (as if L = Σ G ⊙ y), back-propagated two ways:
//   A (TimeDistributed, a loop over t): each step is its own call, so it gets its own gradient
//       dW_t = Σ_n G[n, t] z[n, t]ᵀ  (O × W),   db_t = Σ_n G[n, t]
//     and the shared Dense's gradient is their sum over the steps, dW_A = Σ_t dW_t;
//   B (Linear on 3-D): one call on the N·L rows, dW_B = G_rowsᵀ z_rows in one product.
// The two are the same sum in another order: equal up to rounding (exactly in real numbers).
// The error reaching the LSTM at step t, dz[n, t] = Wᵀ G[n, t], is the same in both (each step's
// slice of B's dz is A's dz_t). Qt-free; T = float for the view, double for gradient checks.
#include <cstdint>
#include <vector>

#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

template <typename T>
struct TimeDistributedGradient {
  int64_t steps = 0, outFeatures = 0, inFeatures = 0;
  std::vector<T> stepWeightGradient;  // dW_t[0, 0] for t = 0 … L−1 (what the view lists)
  std::vector<T> stepWeightNorm;      // ‖dW_t‖ (Frobenius) per step
  std::vector<T> weightGradientA;     // dW_A = Σ_t dW_t, O × W row-major
  std::vector<T> weightGradientB;     // dW_B, one product over N·L rows
  std::vector<T> biasGradientA, biasGradientB;  // O each
  double maxWeightDifference = 0.0;             // max |dW_A − dW_B|
  double maxBiasDifference = 0.0;               // max |db_A − db_B|
  double maxInputGradDifference = 0.0;          // max over n, t of |dz_A − dz_B|
  double maxWeightGradient = 0.0;               // max |dW_B|, the scale of the numbers compared
};

// Requires: a snapshot from buildExplorerSnapshot. The Linear and G are deterministic for seed
// (the Linear is the forward comparison's, compareTimeDistributed with the same seed).
template <typename T>
TimeDistributedGradient<T> compareTimeDistributedBackward(const ExplorerSnapshot& snapshot,
                                                          int64_t outFeatures = 3,
                                                          uint64_t seed = 7);

// The seeded upstream gradient G used above: (N·L·O) values in [−1, 1], sample-major.
std::vector<double> timeDistributedUpstream(int64_t count, uint64_t seed);

}  // namespace lstmviz::ui
