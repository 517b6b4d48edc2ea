#pragma once
// ExperimentConfig: everything that defines one model, its data and its training — the GUI's
// session and `--config FILE.json`, the run directory's experiment.json (written by `lstmviz-cli
// train --log-dir` beside the trainer's config.json), and the CLI's built-in datasets. Plain
// values only (no Eigen, no Qt): the views include this header; core/train/experiment.h turns a
// configuration into data and a model.
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
//                  "teacher_forcing": 0},
//     "whatif": [] }
// plus "init.projection" (weight_hr, like "weights") and "training.plateau.eps" (1e-8).
// Integers must be written as integers (2, not 2.0); seeds are non-negative. Names: head as
// headKindName, loss/optimizer as lossKindName/optimizerKindName, init weights "torch_default",
// "xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal", "orthogonal", init bias
// "torch_default", "zeros", "forget_gate_one". experimentToJson writes every key.
// "architecture" (architectureName) and "head" name the model together: many_to_one takes head
// last / hn / flatten / mean, many_to_many head seq (an absent architecture follows the head; an
// absent head of many_to_many is seq); the other three ignore the head.
// "whatif" lists the explorer's what-if edits in core/nn/lstm_edits.h's text syntax, e.g.
// ["weight_hh_l0[5,3]=0.25", "x[0,2,0]=1.5", "f@l0:u3:t2-7=1.0", "l0:u5"]: the explorer runs
// its nn.LSTM with them (and keeps the unedited run beside it); training ignores them.
#include <cstdint>
#include <string>
#include <vector>

#include "core/nn/architecture.h"
#include "core/nn/head_kind.h"
#include "core/nn/lstm_config.h"
#include "core/train/lstm_init_scheme.h"
#include "core/train/trainer_options.h"

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
  std::vector<std::string> whatIf;  // explorer edits, canonical texts (lstm_edits.h)

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
  // whatif: each text must parse and fit the explorer's run (checkEdits on its input shape).
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

}  // namespace lstmviz::core
