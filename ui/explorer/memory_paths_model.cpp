#include "ui/explorer/memory_paths_model.h"

#include "core/nn/lstm_jacobian.h"

namespace lstmviz::ui {

namespace {

// Rows [n] of a (rows, N, width) tensor as (rows, 1, width).
core::Tensor<float> middleSlice(const core::Tensor<float>& t, int64_t n) {
  const int64_t rows = t.size(0), batch = t.size(1), width = t.size(2);
  core::Tensor<float> out({rows, 1, width});
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t k = 0; k < width; ++k)
      out.data[r * width + k] = t.data[(r * batch + n) * width + k];
  return out;
}

}  // namespace

MemoryPaths computeMemoryPaths(const ExplorerSnapshot& snapshot, int64_t sample,
                               MemoryTarget target) {
  const core::LstmConfig& c = snapshot.config.lstm;
  const int64_t steps = snapshot.steps();
  const int64_t features = c.inputSize;
  const int64_t width = c.numDirections() * c.outputSize();  // D·H_out
  const std::vector<int64_t>* lengths = snapshot.lengths.empty() ? nullptr : &snapshot.lengths;
  const core::LstmState<float>* initial = snapshot.initial ? &*snapshot.initial : nullptr;

  MemoryPaths paths;
  paths.sample = sample;
  paths.target = target;
  paths.length = lengths ? (*lengths)[sample] : steps;
  paths.connectivity = core::connectivity(
      core::lstmSampleJacobianForward(snapshot.lstm, snapshot.input, initial, lengths, sample));

  // The sample alone, in the snapshot's layout with N = 1: its elements are (t, f) row-major in
  // every layout, and so are its output's (t, j).
  core::Tensor<float> input;
  std::optional<core::LstmState<float>> state;
  if (snapshot.config.unbatched) {
    input = snapshot.input;
    if (initial) state = *initial;
  } else {
    if (c.batchFirst) {
      input = core::Tensor<float>({1, steps, features});
      std::copy_n(snapshot.input.data.begin() + sample * steps * features, steps * features,
                  input.data.begin());
    } else {
      input = middleSlice(snapshot.input, sample);
    }
    if (initial)
      state =
          core::LstmState<float>{middleSlice(initial->h, sample), middleSlice(initial->c, sample)};
  }
  std::vector<int64_t> length;
  if (lengths) length = {paths.length};

  core::Tensor<float> weights(
      snapshot.config.unbatched
          ? core::Shape{steps, width}
          : (c.batchFirst ? core::Shape{1, steps, width} : core::Shape{steps, 1, width}));
  const int64_t last = paths.length - 1;
  if (target == MemoryTarget::kUnitZero) {
    weights.data[last * width] = 1;
  } else {
    for (int64_t j = 0; j < width; ++j) weights.data[last * width + j] = 1;
  }
  const core::LstmState<float>* s = state ? &*state : nullptr;
  const std::vector<int64_t>* l = lengths ? &length : nullptr;
  paths.gxi = core::gradientTimesInput(snapshot.lstm, input, s, l, weights);
  paths.ig =
      core::integratedGradients(snapshot.lstm, input, s, l, weights, kIntegratedGradientsSteps);
  paths.gradientInput.assign(steps, 0.0);
  paths.integrated.assign(steps, 0.0);
  for (int64_t t = 0; t < steps; ++t)
    for (int64_t f = 0; f < features; ++f) {
      paths.gradientInput[t] += paths.gxi.attributions.data[t * features + f];
      paths.integrated[t] += paths.ig.attributions.data[t * features + f];
    }
  return paths;
}

int64_t memoryJacobianElements(const core::ExperimentConfig& config) {
  const core::LstmConfig& c = config.lstm;
  return config.seqLen * c.numDirections() * c.outputSize() * config.seqLen * c.inputSize;
}

double memoryPathsFlops(const core::ExperimentConfig& config) {
  const double forward = explorerForwardFlops(config);
  const double perSample = forward / std::max<int64_t>(1, config.unbatched ? 1 : config.batch);
  // Forward mode: L·H_in tangents through the sample's trace; attributions: m + 2 forward and
  // backward passes (≈ 3 forwards each) of the sample alone.
  return perSample * static_cast<double>(config.seqLen * config.lstm.inputSize) +
         3.0 * static_cast<double>(kIntegratedGradientsSteps + 2) * perSample;
}

}  // namespace lstmviz::ui
