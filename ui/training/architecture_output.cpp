#include "ui/training/architecture_output.h"

#include <algorithm>
#include <cmath>

#include "core/common/error.h"
#include "ui/training/training_setup.h"

namespace lstmviz::ui {

namespace {

constexpr int64_t kFanForecasts = 20;  // forecasts drawn at most

// error[s·F + f] = mean over steps of (p − y)² of feature f, for p, y (S, L, F).
std::vector<double> featureErrors(const core::Tensor<float>& p, const core::Tensor<float>& y,
                                  int64_t count) {
  const int64_t l = y.size(1), f = y.size(2);
  if (p.numel() != count * l * f)
    throw core::Error("the reconstruction does not have the input's shape");
  std::vector<double> e(count * f, 0.0);
  for (int64_t s = 0; s < count; ++s)
    for (int64_t t = 0; t < l; ++t)
      for (int64_t k = 0; k < f; ++k) {
        const int64_t at = (s * l + t) * f + k;
        const double d = static_cast<double>(p.data[at]) - y.data[at];
        e[s * f + k] += d * d / static_cast<double>(l);
      }
  return e;
}

void forecast(core::Model<float>& model, const TrainingSetup& setup, int64_t maxSamples,
              ArchitectureOutput& out) {
  const core::ExperimentData& data = setup.data;
  const core::TrainingData& val = data.validation.empty() ? data.train : data.validation;
  const int64_t count = std::min(val.size(), maxSamples);
  if (count == 0 || val.y.dim() != 3) return;
  const int64_t k = val.y.size(1), o = val.y.size(2);
  const core::Tensor<float> pred = predictInChunks(model, val.x, count);
  if (pred.numel() != count * k * o)
    throw core::Error("the forecast does not have the targets' shape (S, K, O)");
  out.kind = ArchitectureOutput::Kind::kForecast;
  out.horizon = k;
  if (!data.targetNames.empty()) out.targetName = data.targetNames.front();
  const bool scale = data.targetScaler.columns() > 0;
  const auto units = [&](double v) { return scale ? data.targetScaler.inverseValue(v, 0) : v; };
  // Window s's step j is series step s + j: the truth is window s's first step up to the last
  // window, then the last window's remaining steps.
  for (int64_t t = 0; t < count + k - 1; ++t) {
    const int64_t s = std::min(t, count - 1);
    out.truth.push_back(units(val.y.data[(s * k + (t - s)) * o]));
  }
  const int64_t stride = std::max<int64_t>({1, k / 2, (count + kFanForecasts - 1) / kFanForecasts});
  for (int64_t s = 0; s < count; s += stride) {
    ArchitectureOutput::Forecast f;
    f.start = s;
    for (int64_t j = 0; j < k; ++j) f.values.push_back(units(pred.data[(s * k + j) * o]));
    out.forecasts.push_back(std::move(f));
  }
  out.stepError.assign(k, 0.0);
  for (int64_t s = 0; s < count; ++s)
    for (int64_t j = 0; j < k; ++j)
      for (int64_t c = 0; c < o; ++c) {
        const int64_t at = (s * k + j) * o + c;
        const double d = static_cast<double>(pred.data[at]) - val.y.data[at];
        out.stepError[j] += d * d / static_cast<double>(count * o);
      }
}

void reconstruction(core::Model<float>& model, const TrainingSetup& setup, int64_t maxSamples,
                    ArchitectureOutput& out) {
  const core::ExperimentData& data = setup.data;
  // The test part holds the anomalies (anomalies: the second half of the series).
  const core::TrainingData& part = data.test.empty() ? data.validation : data.test;
  const int64_t count = std::min(part.size(), maxSamples);
  const int64_t trainCount = std::min(data.train.size(), maxSamples);
  if (count == 0 || trainCount == 0 || part.x.dim() != 3) return;
  const int64_t l = part.x.size(1), f = part.x.size(2);
  const core::Tensor<float> pred = predictInChunks(model, part.x, count);
  out.error = featureErrors(pred, part.y, count);
  const std::vector<double> trainErrors =
      featureErrors(predictInChunks(model, data.train.x, trainCount), data.train.y, trainCount);

  out.kind = ArchitectureOutput::Kind::kReconstruction;
  out.features = f;
  out.windowLength = l;
  out.featureNames = data.targetNames;
  out.featureNames.resize(f);
  for (int64_t s = 0; s < count; ++s)
    for (int64_t k = 0; k < f; ++k) {
      const int64_t at = (s * l + l - 1) * f + k;
      out.input.push_back(part.x.data[at]);
      out.reconstruction.push_back(pred.data[at]);
    }
  out.threshold.assign(f, 0.0);
  for (int64_t k = 0; k < f; ++k) {
    double mean = 0, sq = 0;
    for (int64_t s = 0; s < trainCount; ++s) mean += trainErrors[s * f + k];
    mean /= static_cast<double>(trainCount);
    for (int64_t s = 0; s < trainCount; ++s)
      sq += (trainErrors[s * f + k] - mean) * (trainErrors[s * f + k] - mean);
    out.threshold[k] = mean + 3.0 * std::sqrt(sq / static_cast<double>(trainCount));
  }
  const bool labelled =
      static_cast<int64_t>(data.anomalyLabels.size()) >= count * f && &part == &data.test;
  out.labels.assign(count * f, 0);
  for (int64_t s = 0; s < count; ++s) {
    bool flag = false, label = false;
    for (int64_t k = 0; k < f; ++k) {
      flag = flag || out.error[s * f + k] > out.threshold[k];
      if (labelled) out.labels[s * f + k] = data.anomalyLabels[s * f + k];
      label = label || out.labels[s * f + k] != 0;
    }
    out.flagged.push_back(flag);
    out.flaggedCount += flag;
    out.labelledCount += label;
    out.truePositives += flag && label;
  }
}

}  // namespace

core::Tensor<float> predictInChunks(core::Model<float>& model, const core::Tensor<float>& x,
                                    int64_t count) {
  const int64_t perSample = x.numel() / std::max<int64_t>(1, x.size(0));
  core::Tensor<float> out;
  for (int64_t begin = 0; begin < count; begin += kPredictionChunk) {
    const int64_t end = std::min(count, begin + kPredictionChunk);
    core::Shape shape = x.shape;
    shape[0] = end - begin;
    core::Tensor<float> chunk(shape);
    std::copy(x.data.begin() + begin * perSample, x.data.begin() + end * perSample,
              chunk.data.begin());
    const core::Tensor<float> pred = model.forward(chunk, nullptr, false);
    if (out.shape.empty()) {
      out.shape = pred.shape;
      out.shape[0] = 0;
    }
    out.shape[0] += pred.size(0);
    out.data.insert(out.data.end(), pred.data.begin(), pred.data.end());
  }
  return out;
}

std::shared_ptr<const ArchitectureOutput> evaluateArchitectureOutput(core::Model<float>& model,
                                                                     const TrainingSetup& setup,
                                                                     int64_t epoch,
                                                                     int64_t maxSamples) {
  auto out = std::make_shared<ArchitectureOutput>();
  out->epoch = epoch;
  out->architecture = setup.config.modelArchitecture();
  if (setup.data.classification) return out;
  switch (setup.config.modelArchitecture()) {
    case core::Architecture::kSeq2Seq:
    case core::Architecture::kOneToMany:
      forecast(model, setup, maxSamples, *out);
      break;
    case core::Architecture::kAutoencoder:
      reconstruction(model, setup, maxSamples, *out);
      break;
    default:
      break;
  }
  return out;
}

}  // namespace lstmviz::ui
