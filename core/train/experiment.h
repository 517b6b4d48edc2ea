#pragma once
// The experiment pipeline: an ExperimentConfig (core/experiment/experiment_config.h) becomes data
// (loadExperimentData) and a model (buildExperimentModel) that a Trainer fits. Shared by lstmviz
// (explorer and training dashboard) and lstmviz-cli so both build the same model from the same
// settings.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/data/normalizer.h"
#include "core/experiment/experiment_config.h"
#include "core/nn/model.h"
#include "core/nn/sequence_model.h"
#include "core/train/lstm_init.h"
#include "core/train/trainer.h"

namespace lstmviz::core {

// The data of an experiment: chronological train / validation / test parts, normalised with the
// training part's statistics (regression series), ready for the Trainer.
struct ExperimentData {
  TrainingData train, validation, test;
  bool classification = false;  // targets are class indices (cross entropy)
  bool perStep = false;         // targets per step (head seq)
  int64_t inputSize = 0;        // F
  int64_t outputSize = 0;       // O (classes for classification)
  int64_t steps = 0;            // L (1 for one_to_many's (S, F) inputs)
  int64_t horizon = 1;          // K: y (S, K, O) of seq2seq / one_to_many (L for (S, L, O))
  // seq2seq: the input features the O targets are (y_{−1} = x[:, −1, targetFeatures]); empty:
  // the first O.
  std::vector<int64_t> targetFeatures;
  // Regression: column k of targetScaler is target k (the last axis of y), so
  // targetScaler.inverseInPlace(y, {0, …, O−1}) gives original units. Targets that were not
  // scaled (adding) get kNone with O columns; classification gets a Normalizer of 0 columns.
  Normalizer targetScaler;
  std::vector<std::string> targetNames;  // regression: O names (series columns)
  std::vector<std::string> classNames;   // classification: one per class
  std::vector<std::string> warnings;     // CSV cells filled in, columns skipped (for the user)
  // anomalies: per test window, the AnomalyLabel of each feature (test.size() × F, row-major):
  // the largest label over the window's steps (core/data/synthetic_series.h); empty otherwise.
  std::vector<int64_t> anomalyLabels;
  // e.g. "noisy sine [windows of 20 steps, 680 train / 150 validation / 150 test, ...]"
  std::string description;
};

// Builds the data for config.dataset with config.seqLen (L) and config.modelArchitecture();
// generated datasets are drawn with config.training.seed.
//   series (sine, stock, airline, csv, anomalies): windows of L steps (WindowDataset); the
//     architecture decides the targets: many_to_one the step after the window, many_to_many the
//     window shifted by one step, seq2seq the next K = config.horizon steps of the targets
//     (targetFeatures: where they are among the inputs), one_to_many the same K steps from the
//     window flattened into one vector x (S, L·F), the autoencoder the window itself (y = x).
//     Chronological split 70 / 15 / 15 % of the rows (ChronologicalSplit: a window belongs to the
//     part holding its targets), every column standardised with the training rows' mean and std.
//       sine     F = 1, O = 1 (value)
//       stock    F = 5 (high, low, volume, gdp, cpi), O = 1: the next day's high (as note 004's
//                StockDataset predicts one price from the five features)
//       airline  F = 1, O = 1 (passengers, 144 months)
//       csv      the numeric columns of csvPath; the targets csvTarget, one column name or several
//                separated by commas (empty: the last column)
//   anomalies  makeSineWithAnomalies (2000 steps, F = 3 correlated sensors, the first half
//     clean; each anomaly hits one or several sensors). The autoencoder and head seq reconstruct
//     the window (targets = inputs); many_to_one predicts the next step of all three, seq2seq and
//     one_to_many the next K. Train / validation are the clean first 40 % / next 10 % of the
//     rows, test the second half with the spikes and level shifts; standardised with the train
//     rows. anomalyLabels holds the test windows' labels.
//   fashion_mnist  28 steps × 28 pixels in [0, 1], 10 classes (cross_entropy, many-to-one): the
//     first 55 000 training images train, the last 5 000 validate, the 10 000 test images test.
//     seq_len is ignored (L = 28).
//   adding, copy and fashion_mnist take the many_to_one / many_to_many architectures only.
//   adding  makeAddingProblem(S = 2000, L): F = 2, O = 1, many-to-one regression, unscaled.
//   copy    makeCopyTask(S = 2000, K = max(1, L / 4), delay L − 2K, alphabet 8): F = 10, 9 classes
//     per step (head seq, cross_entropy). adding and copy split their samples 70 / 15 / 15 %.
// Throws Error with a clear message (unknown dataset, Fashion-MNIST package missing naming
// dataset-fashion-mnist, a CSV error naming line and column, a head/loss that does not fit, a
// series too short for L).
ExperimentData loadExperimentData(const ExperimentConfig& config);

// The model of config.modelArchitecture() for data — the one place a configuration becomes a
// model (explorer, training dashboard, lstmviz-cli, run directory). Its LSTM is config.lstm with
// input_size = data.inputSize and batch_first:
//   many_to_one / many_to_many  SequenceModel (head config.head, O = data.outputSize,
//                               L = data.steps): "lstm.*", "head.*"
//   one_to_many                 OneToManyModel (decoder = that LSTM, K = data.horizon steps):
//                               "decoder.*", "head.*"
//   seq2seq                     Seq2SeqModel (encoder = that LSTM, K = data.horizon,
//                               data.targetFeatures): "encoder.*", "decoder.*", "head.*"
//   autoencoder                 AutoencoderModel (encoder = that LSTM, decoder the same with
//                               hidden_size config.decoderHiddenSize unless 0): "encoder.*", …
// The encoder (or only) LSTM is initialised with initLstmParameters(config.init), a decoder with
// the same scheme from init.seed + 1, the head with torch's Linear default
// (U(−1/√width, 1/√width)) from init.seed ^ kHeadSeedMix. Throws ShapeError for an invalid LSTM
// config or data that does not fit the architecture.
std::unique_ptr<Model<float>> buildExperimentModel(const ExperimentConfig& config,
                                                   const ExperimentData& data);

}  // namespace lstmviz::core
