#include "core/nn/whatif_benchmark.h"

#include <Eigen/Core>
#include <algorithm>
#include <functional>
#include <random>
#include <vector>

#include "core/common/error.h"
#include "core/nn/lstm_edits.h"
#include "core/nn/lstm_jacobian.h"
#include "core/nn/memory_paths.h"
#include "core/nn/thread_budget.h"

namespace lstmviz::core {

WhatIfBenchmarkResult benchmarkWhatIf(const LstmBenchmarkSpec& spec) {
  if (spec.batch < 1 || spec.seqLen < 1 || spec.reps < 1)
    throw ShapeError("bench needs batch, seq-len and reps of at least 1");
  LstmConfig config = spec.config;
  config.batchFirst = true;
  Lstm<float> lstm(config), edited(config);
  lstm.resetParameters(0);
  std::mt19937_64 rng(1);
  std::normal_distribution<float> normal;
  Tensor<float> x({spec.batch, spec.seqLen, config.inputSize});
  for (float& v : x.data) v = normal(rng);

  // A learner's typical what-if: one weight, one input value, f = 1 of a unit over a range.
  LstmEdits edits;
  edits.values.push_back(parseValueEdit("weight_hh_l0[1,0]=0.5"));
  edits.values.push_back(parseValueEdit("x[0,0,0]=1.5"));
  GateClamp clamp;
  clamp.unit = 0;
  clamp.firstStep = 0;
  clamp.lastStep = spec.seqLen / 2;
  edits.clamps.push_back(clamp);

  WhatIfBenchmarkResult r;
  r.threads = ThreadBudget::current();
  LstmTrace<float> trace;
  Tensor<float> editedInput;
  std::optional<LstmState<float>> editedInitial;
  LstmOutput<float> out;
  const TraceOptions full;
  auto editForward = [&] {
    out = forwardWithEdits(lstm, edits, x, nullptr, nullptr, trace, full, edited, editedInput,
                           editedInitial);
  };
  r.plainForwardMs =
      medianMs([&] { lstm.forward(x, trace, nullptr, nullptr, full); }, spec.reps, 1);
  r.editForwardMs = medianMs(editForward, spec.reps, 1);
  LstmGradients<float> grads;
  Tensor<float> ones;
  r.editForwardBackwardMs = medianMs(
      [&] {
        editForward();
        if (ones.shape != out.output.shape) ones = Tensor<float>(out.output.shape, 1.0f);
        edited.backward(trace, &ones, nullptr, nullptr, grads);
      },
      spec.reps, 1);
  const int reps = std::max(1, spec.reps / 4);
  Tensor<float> jacobian;
  r.sampleJacobianMs =
      medianMs([&] { jacobian = lstmSampleJacobian(lstm, x, nullptr, nullptr, 0); }, reps, 1);
  r.connectivityMs = medianMs(
      [&] { connectivity(lstmSampleJacobianForward(lstm, x, nullptr, nullptr, 0)); }, spec.reps, 1);
  return r;
}

}  // namespace lstmviz::core
