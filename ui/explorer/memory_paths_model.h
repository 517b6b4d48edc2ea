#pragma once
// What the Memory view draws for one sample of an ExplorerSnapshot, computed by core's
// memory_paths (Qt-free, so it can run on a worker thread):
//   connectivity   C[t, s] = ‖∂output[t] / ∂x[s]‖_F, (L, L), from lstmSampleJacobianForward
//   gradient × input and integrated gradients of f(x) = output[last step] · w (one unit or the
//   sum of the units) or of the head's prediction, summed over the features per input step s.
// All of it on the snapshot as it ran: under what-if edits the edited parameters and input and
// every gate clamp / knock-out (snapshot.edits.gateClamps()) hold in the Jacobian and the
// attributions, as in the recorded trace the survival reads.
// The cheap parts (forget-gate survival, the hidden-state PCA) read the recorded trace directly
// in the view.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/nn/head_kind.h"
#include "core/nn/memory_paths.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

// The scalar the attributions explain.
enum class MemoryTarget {
  kUnitZero,  // output[n, last step, 0]
  kSum,       // Σ_j output[n, last step, j]
  kHead,      // the head's prediction: y_k = W[k] · headInput + b[k] (memoryHead), k its argmax
};

// The Linear head of config's model (many_to_one / many_to_many: a SequenceModel whose head reads
// this nn.LSTM as config.head says), as buildExperimentModel initialises it — torch's Linear
// default drawn from init.seed ^ kHeadSeedMix, O outputs as loadExperimentData gives them (the
// classes, anomalies' 3 sensors, a CSV's targets, else 1). Not trained: the explorer receives the
// LSTM's weights only. nullopt for the other architectures (their head reads a decoder).
struct MemoryHead {
  core::HeadKind kind = core::HeadKind::kLast;
  core::Tensor<float> weight;            // (O, in_features), torch's head.weight
  std::vector<float> bias;               // (O)
  std::vector<std::string> outputNames;  // classification: the class names; else empty
};
std::optional<MemoryHead> memoryHead(const core::ExperimentConfig& config);

struct MemoryPaths {
  int64_t sample = 0;
  MemoryTarget target = MemoryTarget::kUnitZero;
  int64_t length = 0;      // the sample's true length (L without packing)
  int64_t targetStep = 0;  // the output step f reads (the head seq's chosen step)
  // kHead: the head's output k attributed (its largest at the target), y_k and the bias b_k.
  int64_t headOutput = -1;
  double headValue = 0, headBias = 0;
  std::optional<MemoryHead> head;
  // (L, L): ‖∂output[t] / ∂x[s]‖, or with kHead and head seq ‖W ∂output[t] / ∂x[s]‖ (the head's
  // outputs y_t; headConnectivity)
  core::Tensor<float> connectivity;
  bool headConnectivity = false;
  std::vector<double> gradientInput;  // (L) Σ_f of gradient × input at step s
  std::vector<double> integrated;     // (L) Σ_f of integrated gradients at step s
  core::Attribution<float> gxi;       // the full results (one sample: N = 1 in the input's shape)
  core::Attribution<float> ig;
};

inline constexpr int64_t kIntegratedGradientsSteps = 128;  // m: trapezoid intervals

// Computes the connectivity and attributions of `sample`. Attributions run on the sample alone
// (its input, h_0 / c_0 and length cut out of the batch); the Jacobian on the whole snapshot
// input, as lstmSampleJacobianForward(snapshot.lstm, snapshot.input, …, sample, clamps).
// step: the output step a head seq's prediction is read at (clamped to the sample's length;
// the other targets read the last step). Throws Error for kHead without a head (memoryHead).
// Requires: 0 ≤ sample < snapshot.batch().
MemoryPaths computeMemoryPaths(const ExplorerSnapshot& snapshot, int64_t sample,
                               MemoryTarget target, int64_t step = -1);

// Values of one sample's Jacobian, L·D·H_out·L·H_in: the memory computeMemoryPaths needs (×4
// bytes). The view draws nothing above kMaxJacobianElements (200 MB).
int64_t memoryJacobianElements(const core::ExperimentConfig& config);
inline constexpr int64_t kMaxJacobianElements = 50'000'000;

// Floating-point operations of computeMemoryPaths (an estimate): the view computes it on a worker
// thread above a threshold.
double memoryPathsFlops(const core::ExperimentConfig& config);

}  // namespace lstmviz::ui
