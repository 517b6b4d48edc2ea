#pragma once
// TrainingHistory: everything the dashboard draws about one run, accumulated on the GUI thread from
// the trainer's immutable snapshots (whose batch records are deltas and whose histograms and
// gradients-through-time are only the newest). Plain data, no Qt: views read it, never the trainer.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/nn/head_kind.h"
#include "core/nn/lstm_config.h"
#include "core/train/training_snapshot.h"

namespace lstmviz::ui {

struct ArchitectureOutput;

// What the task plot shows, computed on the worker thread from the model at an epoch end.
struct TaskEvaluation {
  enum class Kind { kNone, kForecast, kClassification, kReconstruction };
  Kind kind = Kind::kNone;
  int64_t epoch = 0;
  // kForecast: per validation sample, the (first) target and prediction, de-normalised.
  std::vector<double> target, prediction;
  std::string targetName;  // the target's name (a CSV column, any script), the value axis's label
  // kClassification: confusion[trueClass][predictedClass] over the validation set.
  std::vector<std::vector<int64_t>> confusion;
  std::vector<std::string> classNames;
  // kReconstruction: per validation window the mean squared reconstruction error, the threshold
  // (mean + 3 std of the training windows' errors) and whether the window is flagged.
  std::vector<double> reconstructionError;
  double threshold = 0;
  std::vector<bool> flagged;
  // seq2seq / one_to_many forecasts, the autoencoder's reconstruction and anomalies
  // (architecture_output.h); kind kNone for the head architectures.
  std::shared_ptr<const ArchitectureOutput> output;
};

struct TrainingHistory {
  std::vector<core::BatchRecord> batches;  // every batch so far, in order
  std::vector<core::EpochRecord> epochs;   // every finished epoch
  // One entry per finished epoch (weights and gradients per parameter and gate).
  std::vector<std::shared_ptr<const std::vector<core::Histogram>>> histograms;
  std::vector<std::shared_ptr<const core::GradientsThroughTime>> gradients;
  std::shared_ptr<const core::TrainingSnapshot> latest;
  std::shared_ptr<const TaskEvaluation> evaluation;
  std::string description;  // the data in the interface language (DataDescription), UTF-8
  bool classification = false;
  bool bidirectional = false;  // gradients rows are layer·2 + direction
  // What the loss reads of the LSTM the explorer runs — where gradients enter
  // (explorerLstmReadout: the head, or kHn for an encoder, kSeq for one_to_many's decoder).
  core::HeadKind head = core::HeadKind::kLast;
  // The model's LSTM that the explorer runs (TrainingSetup::lstmModule, ::lstm): "lstm",
  // "encoder" or "decoder" and its nn.LSTM arguments; "" until the worker has built the model.
  // TrainingController::lstmParametersChanged carries this LSTM's parameters.
  std::string lstmModule;
  core::LstmConfig lstm;

  // Folds one snapshot in: appends its new batches and any histograms / gradients of an epoch not
  // yet seen, takes its epoch records.
  void add(const std::shared_ptr<const core::TrainingSnapshot>& snapshot);
  void clear() { *this = TrainingHistory(); }
  // Epoch of a histogram set (0 for an empty set).
  static int64_t epochOf(const std::vector<core::Histogram>& set) {
    return set.empty() ? 0 : set.front().epoch;
  }
};

}  // namespace lstmviz::ui
