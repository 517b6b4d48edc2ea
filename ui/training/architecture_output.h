#pragma once
// ArchitectureOutput: what the trained model of a multi-step or reconstruction architecture
// produces, computed on the training worker from the model at an epoch end (TaskEvaluator) and
// drawn by ArchitectureOutputView. Qt-free plain data.
//   seq2seq, one_to_many  a fan of K-step forecasts over the validation windows against the truth
//                         (first target, original units) and the validation MSE per horizon step
//   autoencoder           the test part (the anomalous half of "anomalies"): each window's input
//                         and reconstruction at its last step, the per-window, per-feature
//                         reconstruction error, a threshold per feature from the training
//                         windows, the flagged windows and the true anomaly labels
// The head architectures (many_to_one, many_to_many) produce kNone: the task plot shows them.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/nn/architecture.h"
#include "core/nn/model.h"

namespace lstmviz::ui {

struct TrainingSetup;

struct ArchitectureOutput {
  enum class Kind { kNone, kForecast, kReconstruction };
  Kind kind = Kind::kNone;
  core::Architecture architecture = core::Architecture::kManyToOne;  // the model's
  int64_t epoch = 0;

  // kForecast. The validation windows are consecutive (window s starts one step after window
  // s−1), so window s's k-th future step is the series' step s + k (k = 0 … K−1).
  int64_t horizon = 0;     // K
  std::string targetName;  // the first target's name (y[..., 0]); "" when the data has none
  // truth[t] = the first target at series step t, t = 0 … S + K − 2, original units.
  std::vector<double> truth;
  struct Forecast {
    int64_t start = 0;           // the series step of its first predicted value
    std::vector<double> values;  // K predictions of the first target, original units
  };
  std::vector<Forecast> forecasts;  // every stride-th window's forecast, in order
  // stepError[k] = mean over the validation windows and the O targets of (ŷ_k − y_k)² in
  // standardised units: their mean is the validation MSE.
  std::vector<double> stepError;

  // kReconstruction, on the test windows (S of them, L steps, F features).
  int64_t features = 0;                   // F
  int64_t windowLength = 0;               // L
  std::vector<std::string> featureNames;  // F names (the series' columns)
  // input[s·F + f], reconstruction[s·F + f]: window s's last step, standardised; window s ends at
  // test step s + L − 1.
  std::vector<double> input, reconstruction;
  // error[s·F + f] = mean over the L steps of (x̂ − x)² of feature f in window s.
  std::vector<double> error;
  // threshold[f] = mean + 3 std of error[·, f] over the training windows (clean data).
  std::vector<double> threshold;
  std::vector<bool> flagged;    // S: some feature's error above its threshold
  std::vector<int64_t> labels;  // S·F: the true AnomalyLabel of each window and feature (0 none)
  // Windows flagged, flagged and labelled, labelled (any feature).
  int64_t flaggedCount = 0, truePositives = 0, labelledCount = 0;
};

// model's prediction (eval mode) for the first `count` samples of x (S, …): forward passes of at
// most kPredictionChunk samples, concatenated on axis 0.
constexpr int64_t kPredictionChunk = 256;
core::Tensor<float> predictInChunks(core::Model<float>& model, const core::Tensor<float>& x,
                                    int64_t count);

// The output of `model` (loaded with the epoch's parameters) on setup's data; at most
// maxSamples windows are evaluated per part. Returns kind kNone for the head architectures and
// classification data. Throws core::Error if the model's output does not have the data's shape.
std::shared_ptr<const ArchitectureOutput> evaluateArchitectureOutput(core::Model<float>& model,
                                                                     const TrainingSetup& setup,
                                                                     int64_t epoch,
                                                                     int64_t maxSamples = 2000);

}  // namespace lstmviz::ui
