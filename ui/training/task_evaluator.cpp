#include "ui/training/task_evaluator.h"

#include <algorithm>
#include <cmath>

#include "core/common/error.h"
#include "ui/training/architecture_output.h"

namespace lstmviz::ui {

TaskEvaluator::TaskEvaluator(const TrainingSetup& setup, int64_t maxSamples)
    : setup_(setup),
      maxSamples_(maxSamples),
      model_(core::buildExperimentModel(setup.config, setup.data)) {}

std::shared_ptr<const TaskEvaluation> TaskEvaluator::evaluate(const std::vector<float>& parameters,
                                                              int64_t epoch) {
  size_t offset = 0;
  for (const auto& p : model_->parameters()) {
    if (offset + p.size() > parameters.size())
      throw core::Error("snapshot parameters are shorter than the model's");
    std::copy(parameters.begin() + offset, parameters.begin() + offset + p.size(), p.values);
    offset += p.size();
  }
  auto result = std::make_shared<TaskEvaluation>();
  result->epoch = epoch;
  // What seq2seq / one_to_many / the autoencoder produce (ArchitectureOutputView draws it).
  result->output = evaluateArchitectureOutput(*model_, setup_, epoch, maxSamples_);
  const core::ExperimentData& data = setup_.data;
  // Reconstruction (the LSTM autoencoder on the anomaly series): the test part holds the
  // anomalies, so that is where flagged windows can appear.
  const core::Architecture architecture = setup_.config.modelArchitecture();
  const bool reconstruction =
      (architecture == core::Architecture::kAutoencoder ||
       (setup_.config.dataset == "anomalies" && architecture == core::Architecture::kManyToMany)) &&
      !data.classification;
  const core::TrainingData& val = reconstruction && !data.test.empty() ? data.test
                                  : data.validation.empty()            ? data.train
                                                                       : data.validation;
  const int64_t count = std::min(val.size(), maxSamples_);
  if (count == 0) return result;
  const core::Tensor<float> pred = predictInChunks(*model_, val.x, count);

  if (data.classification) {
    result->kind = TaskEvaluation::Kind::kClassification;
    const int64_t classes = pred.size(-1);
    result->confusion.assign(classes, std::vector<int64_t>(classes, 0));
    result->classNames = data.classNames;
    const int64_t rows = pred.numel() / classes;
    for (int64_t r = 0; r < rows && r < val.labels.numel(); ++r) {
      const float* row = pred.ptr() + r * classes;
      const int64_t predicted = std::max_element(row, row + classes) - row;
      const int64_t truth = val.labels.data[r];
      if (truth >= 0 && truth < classes) ++result->confusion[truth][predicted];
    }
    return result;
  }

  const int64_t perSample = pred.numel() / count;
  if (reconstruction) {
    // Mean squared error of each window; threshold from the training windows' errors.
    result->kind = TaskEvaluation::Kind::kReconstruction;
    auto errors = [&](const core::Tensor<float>& p, const core::TrainingData& d, int64_t n) {
      std::vector<double> e(n, 0.0);
      for (int64_t s = 0; s < n; ++s) {
        for (int64_t k = 0; k < perSample; ++k) {
          const double diff = p.data[s * perSample + k] - d.y.data[s * perSample + k];
          e[s] += diff * diff;
        }
        e[s] /= perSample;
      }
      return e;
    };
    result->reconstructionError = errors(pred, val, count);
    const int64_t trainCount = std::min(data.train.size(), maxSamples_);
    const std::vector<double> trainErrors =
        errors(predictInChunks(*model_, data.train.x, trainCount), data.train, trainCount);
    double mean = 0, sq = 0;
    for (double e : trainErrors) mean += e;
    mean /= std::max<size_t>(1, trainErrors.size());
    for (double e : trainErrors) sq += (e - mean) * (e - mean);
    result->threshold = mean + 3.0 * std::sqrt(sq / std::max<size_t>(1, trainErrors.size()));
    for (double e : result->reconstructionError) result->flagged.push_back(e > result->threshold);
    return result;
  }

  // Forecast: the first output of each sample (per-step heads: the last step), in data units.
  result->kind = TaskEvaluation::Kind::kForecast;
  if (!data.targetNames.empty()) result->targetName = data.targetNames.front();
  const int64_t outputs = pred.size(-1);
  const bool scale = data.targetScaler.columns() > 0;
  for (int64_t s = 0; s < count; ++s) {
    const int64_t at = (s + 1) * perSample - outputs;  // last step's first output
    const double p = pred.data[at], t = val.y.data[at];
    result->prediction.push_back(scale ? data.targetScaler.inverseValue(p, 0) : p);
    result->target.push_back(scale ? data.targetScaler.inverseValue(t, 0) : t);
  }
  return result;
}

}  // namespace lstmviz::ui
