#include "ui/explorer/memory_paths_model.h"

#include <algorithm>

#include "core/data/dataset_registry.h"
#include "core/nn/linear.h"
#include "core/nn/lstm_jacobian.h"
#include "core/nn/model.h"
#include "core/nn/sequence_model.h"

namespace lstmviz::ui {

namespace {

// The head's O as loadExperimentData gives it for config.dataset (core/train/experiment.h).
int64_t headOutputCount(const core::ExperimentConfig& config) {
  const core::DatasetInfo& d = core::datasetInfo(config.dataset);
  if (d.classes > 0) return d.classes;
  if (config.dataset == "anomalies") return d.features;  // every sensor
  if (config.dataset == "csv" && !config.csvTarget.empty())
    return 1 + std::count(config.csvTarget.begin(), config.csvTarget.end(), ',');
  return 1;
}

// The clamps of the sample cut out of the batch: its own and those of every sample, as clamps of
// every sample (N = 1); another sample's are dropped.
std::vector<core::GateClamp> clampsOfSampleAlone(const std::vector<core::GateClamp>& clamps,
                                                 int64_t sample) {
  std::vector<core::GateClamp> alone;
  for (core::GateClamp clamp : clamps) {
    if (clamp.sample != core::GateClamp::kAllSamples && clamp.sample != sample) continue;
    clamp.sample = core::GateClamp::kAllSamples;
    alone.push_back(clamp);
  }
  return alone;
}

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

std::optional<MemoryHead> memoryHead(const core::ExperimentConfig& config) {
  const core::Architecture architecture = config.modelArchitecture();
  if (architecture != core::Architecture::kManyToOne &&
      architecture != core::Architecture::kManyToMany)
    return std::nullopt;
  core::SequenceModelConfig model;
  model.lstm = config.lstm;
  model.head = config.head;
  model.steps = config.seqLen;
  try {
    model.outputSize = headOutputCount(config);
  } catch (const core::Error&) {  // an unknown dataset: no head to speak of
    return std::nullopt;
  }
  core::Linear<float> linear(model.headInputSize(), model.outputSize);
  linear.resetParameters(config.init.seed ^ core::kHeadSeedMix);  // as buildExperimentModel
  MemoryHead head;
  head.kind = config.head;
  head.weight = core::Tensor<float>({linear.outFeatures(), linear.inFeatures()});
  std::copy_n(linear.parameters().begin(), head.weight.data.size(), head.weight.data.begin());
  head.bias.assign(linear.parameters().end() - linear.outFeatures(), linear.parameters().end());
  if (config.dataset == "copy") {
    head.outputNames = {"blank"};
    for (int64_t k = 1; k < linear.outFeatures(); ++k)
      head.outputNames.push_back("symbol " + std::to_string(k));
  }
  return head;
}

MemoryPaths computeMemoryPaths(const ExplorerSnapshot& snapshot, int64_t sample,
                               MemoryTarget target, int64_t step) {
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
  const int64_t last = paths.length - 1;
  paths.targetStep = last;
  const std::vector<core::GateClamp> clamps = snapshot.edits.gateClamps();  // what ran
  if (target == MemoryTarget::kHead) {
    paths.head = memoryHead(snapshot.config);
    if (!paths.head)
      throw core::Error("the " +
                        std::string(core::architectureName(snapshot.config.modelArchitecture())) +
                        " model's head reads its decoder, not this nn.LSTM");
    if (paths.head->kind == core::HeadKind::kSeq)
      paths.targetStep = step < 0 ? last : std::min(step, last);
  }
  const core::Tensor<float> jacobian = core::lstmSampleJacobianForward(
      snapshot.lstm, snapshot.input, initial, lengths, sample, clamps);
  paths.headConnectivity = paths.head && paths.head->kind == core::HeadKind::kSeq;
  paths.connectivity = paths.headConnectivity ? core::headConnectivity(jacobian, paths.head->weight)
                                              : core::connectivity(jacobian);

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
  const std::vector<int64_t>* l = lengths ? &length : nullptr;
  if (target == MemoryTarget::kUnitZero) {
    weights.data[last * width] = 1;
  } else if (target == MemoryTarget::kSum) {
    for (int64_t j = 0; j < width; ++j) weights.data[last * width + j] = 1;
  } else {
    // y_k = v_k · output(x) + b_k for each head output k (N = 1: every layout's elements are
    // (t, j) row-major); the largest is the prediction attributed.
    const MemoryHead& head = *paths.head;
    const int64_t outputs = head.weight.size(0), in = head.weight.size(1);
    const core::SequenceLayout layout = snapshot.layout();
    std::vector<core::Tensor<float>> v(outputs);
    for (int64_t k = 0; k < outputs; ++k) {
      core::Tensor<float> row({in});
      std::copy_n(head.weight.data.begin() + k * in, in, row.data.begin());
      if (head.kind == core::HeadKind::kSeq) {
        v[k] = core::Tensor<float>({1, steps, width});
        std::copy_n(row.data.begin(), width, v[k].data.begin() + paths.targetStep * width);
      } else {
        v[k] =
            core::headOutputWeights(head.kind, row, {1, steps, width}, true, c.numDirections(), l);
      }
      double y = head.bias[k];
      for (int64_t t = 0; t < steps; ++t)
        for (int64_t j = 0; j < width; ++j)
          y += double(v[k].data[t * width + j]) * layout.at(snapshot.result.output, sample, t, j);
      if (paths.headOutput < 0 || y > paths.headValue) {
        paths.headOutput = k;
        paths.headValue = y;
        paths.headBias = head.bias[k];
      }
    }
    std::copy(v[paths.headOutput].data.begin(), v[paths.headOutput].data.end(),
              weights.data.begin());
  }
  const core::LstmState<float>* s = state ? &*state : nullptr;
  const std::vector<core::GateClamp> aloneClamps =
      clampsOfSampleAlone(clamps, snapshot.config.unbatched ? 0 : sample);
  paths.gxi = core::gradientTimesInput(snapshot.lstm, input, s, l, weights, aloneClamps);
  paths.ig =
      core::integratedGradients(snapshot.lstm, input, s, l, weights, kIntegratedGradientsSteps,
                                static_cast<const core::Tensor<float>*>(nullptr), aloneClamps);
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
