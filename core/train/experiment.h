#pragma once
// Experiment: everything that defines one model, its data and its training — the GUI's session and
// `--config FILE.json`, the run directory's experiment.json (written by `lstmviz-cli train
// --log-dir` beside the trainer's config.json), and the CLI's built-in datasets — plus
// the functions that turn it into data and a model. Shared by lstmviz (explorer and training
// dashboard) and lstmviz-cli so both build the same model from the same settings.
//
// JSON (every key optional; absent keys keep the defaults below; unknown keys are refused):
//   { "lstm": {"input_size": 1, "hidden_size": 12, "num_layers": 1, "bias": true,
//              "batch_first": true, "dropout": 0, "bidirectional": false, "proj_size": 0},
//     "batch": 8, "unbatched": false, "seq_len": 20, "lengths": [],
//     "architecture": "many_to_one", "head": "last", "naive_padded_last": false,
//     "horizon": 1, "decoder_hidden_size": 0,
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
//                  "restore_best_weights": true, "huber_delta": 1.0,
//                  "teacher_forcing": 0} }
// plus "init.projection" (weight_hr, like "weights") and "training.plateau.eps" (1e-8).
// Integers must be written as integers (2, not 2.0); seeds are non-negative. Names: head as
// headKindName, loss/optimizer as lossKindName/optimizerKindName, init weights "torch_default",
// "xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal", "orthogonal", init bias
// "torch_default", "zeros", "forget_gate_one". experimentToJson writes every key.
// "architecture" (architectureName) and "head" name the model together: many_to_one takes head
// last / hn / flatten / mean, many_to_many head seq (an absent architecture follows the head; an
// absent head of many_to_many is seq); the other three ignore the head.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/data/normalizer.h"
#include "core/nn/architecture.h"
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
//   "anomalies"     three correlated sensors with injected spikes and level shifts, for the
//                   autoencoder (F = 3)
//   "fashion_mnist" Fashion-MNIST row by row, (28 steps × 28 features), 10 classes
//   "adding"        the adding problem, many-to-one regression (F = 2)
//   "copy"          the copy task, per-step classification
//   "csv"           the user's CSV (csvPath, csvTarget), windows of seqLen, regression
// loadExperimentData documents the exact targets, splits and scaling of each; the facts about
// each (F, classes, what each architecture takes) are core/data/dataset_registry.h's.
const std::vector<std::string>& experimentDatasetNames();

// Names of the init schemes in the JSON ("torch_default", "xavier_uniform", ...; "zeros",
// "forget_gate_one"). The parse functions throw Error listing the choices.
const char* initWeightsName(LstmInitScheme::Weights weights);
LstmInitScheme::Weights parseInitWeights(const std::string& name);
const char* initBiasName(LstmInitScheme::Bias bias);
LstmInitScheme::Bias parseInitBias(const std::string& name);

struct ExperimentConfig {
  LstmConfig lstm = defaultLstm();  // the explorer's nn.LSTM; batchFirst is a display choice
  int64_t batch = 8;                // N of the explorer's example batch
  bool unbatched = false;           // explorer: feed one sequence (L, H_in) without the N axis
  int64_t seqLen = 20;              // L (window length for series datasets)
  std::vector<int64_t> lengths;     // explorer packing demo: true length per sample, or empty
  // The model: see modelArchitecture(). many_to_one / many_to_many are decided by head.
  Architecture architecture = Architecture::kManyToOne;
  HeadKind head = HeadKind::kLast;
  bool naivePaddedLast = false;
  int64_t horizon = 1;            // K: future steps seq2seq / one_to_many predict (built-in data)
  int64_t decoderHiddenSize = 0;  // autoencoder: the decoder's H; 0 = the encoder's hidden_size
  std::string dataset = "sine";
  std::string csvPath;    // dataset "csv"
  std::string csvTarget;  // column name to predict; empty: the last column
  LstmInitScheme init;
  TrainerOptions training;

  static LstmConfig defaultLstm() {
    LstmConfig c;
    c.inputSize = 1;
    c.hiddenSize = 12;
    c.batchFirst = true;
    return c;
  }
  // The architecture that trains: kManyToMany for a head architecture with head seq, kManyToOne
  // for one with another head, otherwise `architecture`.
  Architecture modelArchitecture() const {
    if (isHeadArchitecture(architecture))
      return head == HeadKind::kSeq ? Architecture::kManyToMany : Architecture::kManyToOne;
    return architecture;
  }

  // Throws Error naming the first invalid field, prefixed with its JSON section and worded as
  // torch words it: "lstm: hidden_size must be greater than zero", "training: batch_size should
  // be a positive integer value, but got batch_size=0", "training: Invalid momentum value: -1.0",
  // "training.plateau: Factor should be < 1.0.", "lengths[2] = 30 is outside [1, seq_len = 20]".
  // Does not check that the dataset fits the head and loss (loadExperimentData does), so an
  // editor may pass through such states.
  void validate() const;

  // Equal in every setting the JSON holds (training.runDirectory and the display settings are
  // not compared). Doubles compare exactly.
  bool operator==(const ExperimentConfig&) const;
};

// Parse / write the JSON above. Parse throws Error naming the key path and the problem
// ("config: training.lr: expected a number, got \"fast\""; "config: unknown key lstm.hiden_size
// (expected one of input_size, hidden_size, ...)"; "config: line 3, column 9: syntax error ...").
// The result is validated (validate(), prefixed "config: "). training.runDirectory and the
// trainer's display settings (histogramBins, watchBatchSize, snapshotIntervalMs) are not part of
// the JSON; they keep their defaults.
ExperimentConfig experimentFromJson(const std::string& text);
// The same for a file; errors are FileError starting with the path instead of "config".
ExperimentConfig experimentFromFile(const std::string& path);
// Pretty JSON (2-space indent) with every key. Doubles are written in their shortest form that
// parses back to the same bits, so experimentFromJson(experimentToJson(c)) == c for a valid c.
std::string experimentToJson(const ExperimentConfig& config);
// Writes experimentToJson(config) to path atomically (writeFileAtomically). Throws FileError.
void saveExperiment(const ExperimentConfig& config, const std::string& path);

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
