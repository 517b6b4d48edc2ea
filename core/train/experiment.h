#pragma once
// Experiment: everything that defines one model, its data and its training — the GUI's session and
// `--config FILE.json`, the run directory's config.json, and the CLI's built-in datasets — plus
// the functions that turn it into data and a model. Shared by lstmviz (explorer and training
// dashboard) and lstmviz-cli so both build the same model from the same settings.
//
// JSON (every key optional; absent keys keep the defaults below; unknown keys are refused):
//   { "lstm": {"input_size": 1, "hidden_size": 12, "num_layers": 1, "bias": true,
//              "batch_first": true, "dropout": 0, "bidirectional": false, "proj_size": 0},
//     "batch": 8, "unbatched": false, "seq_len": 20, "lengths": [],
//     "head": "last", "naive_padded_last": false,
//     "dataset": "sine", "csv": {"path": "", "target": ""},
//     "init": {"weights": "torch_default", "recurrent": "torch_default", "bias": "torch_default",
//              "gain": 1.0, "seed": 0},
//     "training": {"loss": "mse", "optimizer": "adam", "lr": 0.001, "momentum": 0,
//                  "nesterov": false, "weight_decay": null, "epochs": 10, "batch_size": 32,
//                  "shuffle": true, "drop_last": false, "seed": 0, "clip_grad_norm": 0,
//                  "clip_grad_value": 0,
//                  "plateau": null | {"mode": "min", "factor": 0.1, "patience": 10,
//                                     "threshold": 1e-4, "threshold_mode": "rel",
//                                     "cooldown": 0, "min_lr": 0},
//                  "early_stopping": null | {"patience": 5, "min_delta": 0},
//                  "restore_best_weights": true} }
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/data/normalizer.h"
#include "core/nn/head_kind.h"
#include "core/nn/lstm_config.h"
#include "core/nn/sequence_model.h"
#include "core/train/lstm_init.h"
#include "core/train/trainer.h"

namespace lstmviz::core {

// Built-in datasets by name (see experimentDatasetNames):
//   "sine"          noisy two-frequency sine, next-step regression (F = 1)
//   "stock"         synthetic stock (high, low, volume, gdp, cpi), next-step regression (F = 5)
//   "airline"       airline passengers 1949–1960, next-step regression (F = 1)
//   "anomalies"     sine with injected spikes and level shifts, for the autoencoder (F = 1)
//   "fashion_mnist" Fashion-MNIST row by row, (28 steps × 28 features), 10 classes
//   "adding"        the adding problem, many-to-one regression (F = 2)
//   "copy"          the copy task, per-step classification
//   "csv"           the user's CSV (csvPath, csvTarget), windows of seqLen, regression
const std::vector<std::string>& experimentDatasetNames();

struct ExperimentConfig {
  LstmConfig lstm = defaultLstm();  // the explorer's nn.LSTM; batchFirst is a display choice
  int64_t batch = 8;                // N of the explorer's example batch
  bool unbatched = false;           // explorer: feed one sequence (L, H_in) without the N axis
  int64_t seqLen = 20;              // L (window length for series datasets)
  std::vector<int64_t> lengths;     // explorer packing demo: true length per sample, or empty
  HeadKind head = HeadKind::kLast;
  bool naivePaddedLast = false;
  std::string dataset = "sine";
  std::string csvPath;              // dataset "csv"
  std::string csvTarget;            // column name to predict; empty: the last column
  LstmInitScheme init;
  TrainerOptions training;

  static LstmConfig defaultLstm() {
    LstmConfig c;
    c.inputSize = 1;
    c.hiddenSize = 12;
    c.batchFirst = true;
    return c;
  }
  // Throws Error naming the first invalid field in the JSON's words ("lstm.hidden_size must be
  // positive", "training: batch_size should be a positive integer value, but got batch_size=0").
  void validate() const;
};

// Parse / write the JSON above. Parse throws Error naming the key path and the problem
// ("config: training.lr: expected a number, got \"fast\""; "config: unknown key lstm.hiden_size";
// "config: line 3, column 9: syntax error ..."). The result is validated.
ExperimentConfig experimentFromJson(const std::string& text);
ExperimentConfig experimentFromFile(const std::string& path);  // FileError naming the path
std::string experimentToJson(const ExperimentConfig& config);  // pretty, round-trips exactly
void saveExperiment(const ExperimentConfig& config, const std::string& path);  // atomic

// The data of an experiment: chronological train / validation / test parts, normalised with the
// training part's statistics (regression series), ready for the Trainer.
struct ExperimentData {
  TrainingData train, validation, test;
  bool classification = false;  // targets are class indices (cross entropy)
  bool perStep = false;         // targets per step (head seq)
  int64_t inputSize = 0;        // F
  int64_t outputSize = 0;       // O (classes for classification)
  int64_t steps = 0;            // L
  Normalizer targetScaler;      // inverse for display of regression targets (identity otherwise)
  std::vector<std::string> classNames;  // classification: one per class
  std::string description;      // e.g. "sine (1000 steps, windows of 20, 784 train / 97 val ...)"
};

// Builds the data for config.dataset with config.seqLen and config.head (seq: per-step targets).
// Throws Error with a clear message (unknown dataset, Fashion-MNIST package missing naming
// dataset-fashion-mnist, a CSV error naming line and column, a head/loss that does not fit).
ExperimentData loadExperimentData(const ExperimentConfig& config);

// The SequenceModel for config and data: config.lstm with inputSize = data.inputSize and
// batch_first, head config.head with outputSize = data.outputSize, initialised with config.init.
std::unique_ptr<SequenceModel<float>> buildExperimentModel(const ExperimentConfig& config,
                                                           const ExperimentData& data);

}  // namespace lstmviz::core
