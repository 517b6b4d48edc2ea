#include "ui/model/explorer_snapshot.h"

#include <algorithm>
#include <cmath>
#include <span>

#include "core/common/error.h"
#include "core/data/dataset_registry.h"
#include "core/data/memory_tasks.h"
#include "core/data/normalizer.h"
#include "core/data/synthetic_series.h"
#include "core/nn/lstm_benchmark.h"
#include "core/train/experiment.h"
#include "core/train/lstm_init.h"

namespace lstmviz::ui {

namespace {

constexpr int64_t kWindowStride = 5;  // consecutive example windows start 5 steps apart
constexpr int64_t kFeatureLag = 3;    // feature f is the sine lagged by 3f steps

// The built-in noisy sine, standardised to mean 0 and standard deviation 1.
const std::vector<float>& standardisedSine() {
  static const std::vector<float> values = [] {
    core::SineOptions options;
    options.length = 1000;
    const core::Series sine = core::makeNoisySine(options);
    return core::Normalizer::fit(sine, core::NormalizationKind::kStandard)
        .transform(sine)
        .column(0);
  }();
  return values;
}

// The first `samples` sequences of config's memory task, drawn as loadExperimentData draws the
// whole task (core/train/experiment.h: the same options, seed config.training.seed): the
// generator draws sample after sample from one stream, so these are the first sequences of its
// 2000 — the first of the training part, which keeps their order. Throws Error when seq_len is
// too short for the task, with loadExperimentData's words.
core::SequenceDataset memoryTaskSequences(const core::ExperimentConfig& config, int64_t samples) {
  if (config.dataset == "adding") {
    if (config.seqLen < 2)
      throw core::Error("dataset 'adding' needs seq_len ≥ 2 (one marker in each half)");
    core::AddingOptions a;
    a.samples = samples;
    a.length = config.seqLen;
    a.seed = config.training.seed;
    return core::makeAddingProblem(a);
  }
  core::CopyOptions o;
  o.samples = samples;
  o.copyLength = std::max<int64_t>(1, config.seqLen / 4);
  o.delay = config.seqLen - 2 * o.copyLength;
  o.alphabet = core::datasetInfo("copy").features - 2;  // the symbols; blank and delimiter aside
  o.seed = config.training.seed;
  if (o.delay < 1)
    throw core::Error(
        "dataset 'copy' needs seq_len ≥ 3 (K symbols, a delay, the K recalled); got " +
        std::to_string(config.seqLen));
  return core::makeCopyTask(o);
}

}  // namespace

bool explorerInputIsTask(const std::string& dataset) {
  return dataset == "copy" || dataset == "adding";
}

std::string explorerInputSource(const core::ExperimentConfig& config) {
  if (!explorerInputIsTask(config.dataset)) return {};
  return "the " + core::datasetInfo(config.dataset).title + " (seed " +
         std::to_string(config.training.seed) + ")";
}

double explorerForwardFlops(const core::ExperimentConfig& config) {
  const int64_t n = config.unbatched ? 1 : std::max<int64_t>(config.batch, 0);
  return core::lstmForwardFlops(config.lstm, n, std::max<int64_t>(config.seqLen, 0));
}

core::Tensor<float> explorerExampleBatch(int64_t batch, int64_t steps, int64_t features) {
  const std::vector<float>& s = standardisedSine();
  const auto period = static_cast<int64_t>(s.size());
  core::Tensor<float> x({batch, steps, features});
  for (int64_t n = 0; n < batch; ++n)
    for (int64_t t = 0; t < steps; ++t)
      for (int64_t f = 0; f < features; ++f)
        x.at({n, t, f}) = s[(n * kWindowStride + t + f * kFeatureLag) % period];
  return x;
}

void checkExplorerConfig(const core::ExperimentConfig& config,
                         const std::vector<float>* lstmParameters) {
  config.lstm.validate();  // the parameter count's limit included
  if (config.seqLen < 1)
    throw core::ShapeError("seq_len must be at least 1, got " + std::to_string(config.seqLen));
  if (!config.unbatched && config.batch < 1)
    throw core::ShapeError("batch size must be at least 1, got " + std::to_string(config.batch));
  const int64_t parameters = core::lstmParameterCount(config.lstm);
  if (lstmParameters != nullptr && static_cast<int64_t>(lstmParameters->size()) != parameters)
    throw core::ShapeError("the weights hold " + std::to_string(lstmParameters->size()) +
                           " values but this nn.LSTM has " + std::to_string(parameters) +
                           " parameters");
  const int64_t n = config.unbatched ? 1 : config.batch;
  // The trace's budget refuses an absurd batch × seq_len up front, naming the size.
  core::LstmTrace<float>::requireWithinBudget(config.lstm, n, config.seqLen, core::TraceOptions{});
  if (!config.lengths.empty() && static_cast<int64_t>(config.lengths.size()) != n)
    throw core::ShapeError("lengths holds " + std::to_string(config.lengths.size()) +
                           " values for a batch of " + std::to_string(n));
  if (explorerInputIsTask(
          config.dataset)) {  // the task's input: its features are nn.LSTM's input_size
    const int64_t features = core::datasetInfo(config.dataset).features;
    if (config.lstm.inputSize != features)
      throw core::ShapeError(
          "input.size(-1) must be equal to input_size. Expected " +
          std::to_string(config.lstm.inputSize) + ", got " + std::to_string(features) + ": the " +
          core::datasetInfo(config.dataset).title + "'s input has " + std::to_string(features) +
          " features per step (" +
          (config.dataset == "copy" ? "one-hot over blank, symbol 1 … 8 and the delimiter"
                                    : "value and marker") +
          "); set input_size = " + std::to_string(features));
    if (config.seqLen < (config.dataset == "copy" ? 3 : 2)) (void)memoryTaskSequences(config, 1);
  }
  if (!config.whatIf.empty())
    core::checkEdits(core::parseEditList(config.whatIf), config.lstm,
                     core::editInputShape(config.lstm, n, config.seqLen, config.unbatched));
}

std::shared_ptr<const ExplorerSnapshot> buildExplorerSnapshot(
    const core::ExperimentConfig& config, const std::vector<float>* lstmParameters) {
  checkExplorerConfig(config, lstmParameters);
  if (!config.whatIf.empty()) {  // the unedited run first: it is the edited one's ghost
    core::ExperimentConfig unedited = config;
    unedited.whatIf.clear();
    return applyWhatIfEdits(buildExplorerSnapshot(unedited, lstmParameters),
                            core::parseEditList(config.whatIf));
  }

  auto snapshot = std::make_shared<ExplorerSnapshot>(config.lstm);
  snapshot->config = config;
  core::Lstm<float>& lstm = snapshot->lstm;
  if (lstmParameters != nullptr) {
    lstm.parameters() = *lstmParameters;
  } else {
    core::initLstmParameters(std::span<float>(lstm.parameters()), config.lstm, config.init);
  }

  const int64_t n = snapshot->batch(), l = config.seqLen, f = config.lstm.inputSize;
  // forward() below reuses this allocation (same shapes, default options).
  snapshot->trace.allocate(config.lstm, n, l, core::TraceOptions{});
  core::Tensor<float> sampleMajor;
  if (explorerInputIsTask(config.dataset)) {
    core::SequenceDataset task = memoryTaskSequences(config, n);
    sampleMajor = std::move(task.x);
    snapshot->featureNames = std::move(task.featureNames);
    snapshot->inputSource = explorerInputSource(config);
  } else {
    sampleMajor = explorerExampleBatch(n, l, f);
  }
  const core::SequenceLayout layout = snapshot->layout();
  core::Tensor<float>& input = snapshot->input;
  input = core::Tensor<float>(layout.sequenceShape(f));
  for (int64_t s = 0; s < n; ++s)
    for (int64_t t = 0; t < l; ++t)
      for (int64_t k = 0; k < f; ++k) layout.at(input, s, t, k) = sampleMajor.at({s, t, k});

  snapshot->lengths = config.lengths;
  const std::vector<int64_t>* lengths = config.lengths.empty() ? nullptr : &snapshot->lengths;
  snapshot->result = lstm.forward(input, snapshot->trace, nullptr, lengths);
  return snapshot;
}

std::shared_ptr<const ExplorerSnapshot> applyWhatIfEdits(
    const std::shared_ptr<const ExplorerSnapshot>& snapshot, const core::LstmEdits& edits) {
  std::shared_ptr<const ExplorerSnapshot> original =
      snapshot->original ? snapshot->original : snapshot;
  if (edits.empty()) return original;
  core::checkEdits(edits, original->config.lstm, original->input.shape);

  auto next = std::make_shared<ExplorerSnapshot>(original->config.lstm);
  next->config = original->config;
  next->lengths = original->lengths;
  next->featureNames = original->featureNames;
  next->inputSource = original->inputSource;
  next->initialStateSource = original->initialStateSource;
  next->config.whatIf = core::formatEditList(edits);
  next->edits = edits;
  next->original = original;
  const core::LstmState<float>* initial = original->initial ? &*original->initial : nullptr;
  const std::vector<int64_t>* lengths = next->lengths.empty() ? nullptr : &next->lengths;
  next->result =
      core::forwardWithEdits(original->lstm, edits, original->input, initial, lengths, next->trace,
                             core::TraceOptions{}, next->lstm, next->input, next->initial);
  return next;
}

}  // namespace lstmviz::ui
