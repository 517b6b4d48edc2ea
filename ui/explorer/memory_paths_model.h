#pragma once
// What the Memory view draws for one sample of an ExplorerSnapshot, computed by core's
// memory_paths (Qt-free, so it can run on a worker thread):
//   connectivity   C[t, s] = ‖∂output[t] / ∂x[s]‖_F, (L, L), from lstmSampleJacobianForward
//   gradient × input and integrated gradients of f(x) = output[last step] · w (one unit or the
//   sum of the units), summed over the features per input step s.
// The cheap parts (forget-gate survival, the hidden-state PCA) read the recorded trace directly
// in the view.
#include <cstdint>
#include <vector>

#include "core/nn/memory_paths.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

// The scalar the attributions explain.
enum class MemoryTarget {
  kUnitZero,  // output[n, last step, 0]
  kSum,       // Σ_j output[n, last step, j]
};

struct MemoryPaths {
  int64_t sample = 0;
  MemoryTarget target = MemoryTarget::kUnitZero;
  int64_t length = 0;                 // the sample's true length (L without packing)
  core::Tensor<float> connectivity;   // (L, L)
  std::vector<double> gradientInput;  // (L) Σ_f of gradient × input at step s
  std::vector<double> integrated;     // (L) Σ_f of integrated gradients at step s
  core::Attribution<float> gxi;       // the full results (one sample: N = 1 in the input's shape)
  core::Attribution<float> ig;
};

inline constexpr int64_t kIntegratedGradientsSteps = 128;  // m: trapezoid intervals

// Computes the connectivity and attributions of `sample`. Attributions run on the sample alone
// (its input, h_0 / c_0 and length cut out of the batch); the Jacobian on the whole snapshot
// input, as lstmSampleJacobianForward(snapshot.lstm, snapshot.input, …, sample). Requires:
// 0 ≤ sample < snapshot.batch().
MemoryPaths computeMemoryPaths(const ExplorerSnapshot& snapshot, int64_t sample,
                               MemoryTarget target);

// Values of one sample's Jacobian, L·D·H_out·L·H_in: the memory computeMemoryPaths needs (×4
// bytes). The view draws nothing above kMaxJacobianElements (200 MB).
int64_t memoryJacobianElements(const core::ExperimentConfig& config);
inline constexpr int64_t kMaxJacobianElements = 50'000'000;

// Floating-point operations of computeMemoryPaths (an estimate): the view computes it on a worker
// thread above a threshold.
double memoryPathsFlops(const core::ExperimentConfig& config);

}  // namespace lstmviz::ui
