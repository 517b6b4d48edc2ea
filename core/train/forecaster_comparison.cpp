#include "core/train/forecaster_comparison.h"

#include <algorithm>
#include <numeric>

#include "core/common/error.h"
#include "core/data/dataset_registry.h"

namespace lstmviz::core {

namespace {

// Trains a model for `config` on `data` (train, validation) and returns it.
std::unique_ptr<Model<float>> trained(const ExperimentConfig& config, const ExperimentData& data,
                                      const std::string& name) {
  auto model = buildExperimentModel(config, data);
  Trainer trainer(*model, data.train, data.validation, config.training);
  const auto result = trainer.run();
  if (result->state == TrainingSnapshot::State::kFailed)
    throw Error("compare-forecasters: training " + name + " failed: " + result->message);
  return model;
}

// stepError[k] = mean over samples n and targets o of (pred[n, k, o] − truth[n, k, o])²;
// pred and truth hold S·K·O values in that order.
std::vector<double> stepErrors(const std::vector<float>& pred, const Tensor<float>& truth) {
  const int64_t s = truth.size(0), k = truth.size(1), o = truth.size(2);
  std::vector<double> errors(k, 0.0);
  for (int64_t n = 0; n < s; ++n)
    for (int64_t j = 0; j < k; ++j)
      for (int64_t t = 0; t < o; ++t) {
        const int64_t at = (n * k + j) * o + t;
        const double diff = static_cast<double>(pred[at]) - truth.data[at];
        errors[j] += diff * diff;
      }
  for (double& e : errors) e /= static_cast<double>(s * o);
  return errors;
}

ForecasterResult result(std::string name, std::string description, std::vector<double> errors) {
  ForecasterResult r{std::move(name), std::move(description), std::move(errors), 0.0};
  r.meanError = std::accumulate(r.stepError.begin(), r.stepError.end(), 0.0) /
                static_cast<double>(r.stepError.size());
  return r;
}

// Folds y (S, K, O) into (S, K·O): the K-wide head's targets.
void flattenTargets(TrainingData& part) {
  if (part.y.dim() == 3) part.y.shape = {part.y.shape[0], part.y.shape[1] * part.y.shape[2]};
}

}  // namespace

ForecasterComparison compareForecasters(const ExperimentConfig& base) {
  if (!datasetInfo(base.dataset).series)
    throw Error("compare-forecasters: dataset '" + base.dataset +
                "' is not a series; choose sine, airline, anomalies or a CSV");
  ExperimentConfig c = base;
  c.training.runDirectory.clear();
  c.training.teacherForcing = 0.0;
  c.head = HeadKind::kLast;

  // The shared validation windows: x (S, L, F), the next K steps y (S, K, O).
  ExperimentConfig seq2seq = c;
  seq2seq.architecture = Architecture::kSeq2Seq;
  const ExperimentData seqData = loadExperimentData(seq2seq);
  if (seqData.validation.empty())
    throw Error("compare-forecasters: '" + base.dataset + "' leaves no validation window");
  std::vector<int64_t> all(seqData.inputSize);
  std::iota(all.begin(), all.end(), 0);
  if (seqData.targetFeatures != all)
    throw Error(
        "compare-forecasters: the rolled one-step model feeds its predictions back as "
        "the next input, so every input feature must be a target; '" +
        base.dataset + "' predicts " + std::to_string(seqData.outputSize) + " of its " +
        std::to_string(seqData.inputSize) + " features");
  const Tensor<float>& xVal = seqData.validation.x;
  const Tensor<float>& yVal = seqData.validation.y;
  const int64_t k = seqData.horizon, f = seqData.inputSize, l = xVal.size(1), s = xVal.size(0);

  ForecasterComparison out;
  out.horizon = k;
  out.data = seqData.description;

  {  // (a) many_to_one with a K·O-wide head.
    ExperimentConfig wide = c;
    wide.architecture = Architecture::kManyToOne;
    ExperimentData data = seqData;
    for (TrainingData* part : {&data.train, &data.validation, &data.test}) flattenTargets(*part);
    data.outputSize = k * data.outputSize;
    data.perStep = false;
    auto model = trained(wide, data, "the K-wide head");
    out.results.push_back(result("many_to_one_k_head",
                                 "many-to-one, a Linear head with K·O outputs (all steps at once)",
                                 stepErrors(model->forward(xVal, nullptr, false).data, yVal)));
  }
  {  // (b) RepeatVector decoder: one_to_many on the flattened window.
    ExperimentConfig repeat = c;
    repeat.architecture = Architecture::kOneToMany;
    const ExperimentData data = loadExperimentData(repeat);
    auto model = trained(repeat, data, "the RepeatVector decoder");
    out.results.push_back(
        result("repeat_vector",
               "RepeatVector(K): the window as one vector, repeated K times, decoder LSTM",
               stepErrors(model->forward(data.validation.x, nullptr, false).data, yVal)));
  }
  for (const double teacher : {1.0, 0.0}) {  // (c) seq2seq, validated free-running
    ExperimentConfig config = seq2seq;
    config.training.teacherForcing = teacher;
    auto model = trained(config, seqData, "seq2seq");
    out.results.push_back(
        result(teacher > 0 ? "seq2seq_teacher_forcing" : "seq2seq_free_running",
               teacher > 0 ? "seq2seq trained with teacher forcing, forecasting free-running"
                           : "seq2seq trained free-running (reads its own predictions)",
               stepErrors(model->forward(xVal, nullptr, false).data, yVal)));
  }
  {  // (d) a one-step model rolled forward K times.
    ExperimentConfig oneStep = c;
    oneStep.architecture = Architecture::kManyToOne;
    const ExperimentData data = loadExperimentData(oneStep);
    auto model = trained(oneStep, data, "the one-step model");
    Tensor<float> window = xVal;
    std::vector<float> pred(s * k * f);
    for (int64_t j = 0; j < k; ++j) {
      const Tensor<float> next = model->forward(window, nullptr, false);  // (S, F)
      for (int64_t n = 0; n < s; ++n) {
        float* row = window.ptr() + n * l * f;
        std::copy(row + f, row + l * f, row);  // drop the oldest step
        std::copy(next.ptr() + n * f, next.ptr() + (n + 1) * f, row + (l - 1) * f);
        std::copy(next.ptr() + n * f, next.ptr() + (n + 1) * f, pred.data() + (n * k + j) * f);
      }
    }
    out.results.push_back(result("one_step_rolled",
                                 "one-step many-to-one, its prediction fed back K times",
                                 stepErrors(pred, yVal)));
  }
  return out;
}

}  // namespace lstmviz::core
