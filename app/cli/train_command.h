#pragma once
// `lstmviz-cli train`: fit an LSTM + Linear head (core/nn/sequence_model.h) to a data set with the
// PyTorch-style Trainer (core/train/trainer.h) and write the trained state_dict as safetensors,
// loadable into the torch module with load_state_dict.
//
// Settings: --config FILE.json (an ExperimentConfig, core/train/experiment.h: dataset, seq_len,
// LSTM, head, init and training) or the defaults; every flag given on the command line overrides
// the file. Without --config, --head, --loss, --optimizer and --lr are required.
//
// Data (one source; --config's dataset unless --data, --dataset or --csv is given):
//   --data D.safetensors   x (S, L, F) float; y (S, O) float for regression / BCE, (S,) int64
//                          for cross_entropy, (S, L, O) / (S, L) for head 'seq'; optionally
//                          x_val, y_val (same layout), lengths, lengths_val (int64, one per sample)
//   --dataset NAME         built in (loadExperimentData): sine, stock, airline, anomalies (windows
//                          of --window steps, chronological 70/15/15 split, standardised with the
//                          training part), fashion_mnist (cross_entropy; 55 000 / 5 000 / 10 000),
//                          adding (regression), copy (head seq and cross_entropy)
//   --csv FILE [--target COL] [--window L]   windows over a CSV series, split and scaled as above
// Model: from --init I.safetensors (lstm.* and head.* as torch names them: the LstmConfig is
// inferred, head.weight gives O), or the experiment's LSTM (--hidden-size H [--num-layers K
// --bidirectional --proj-size P --no-bias --seed S]) built by buildExperimentModel with its init
// scheme (torch's default unless the config says otherwise); O from the data.
// When the data has a test part, the test loss (and accuracy) is printed after training.
#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>

namespace lstmviz::cli {

// What the command line said; an empty string or nullopt means "not given" (keep the config's).
struct TrainOptions {
  std::string configPath;
  std::string dataPath, outPath, initPath, logDir;
  std::string dataset, csvPath, target;
  std::optional<int64_t> window;
  std::optional<int64_t> hiddenSize, numLayers, projSize;
  bool bidirectional = false, noBias = false;
  std::optional<uint64_t> seed;
  std::string head, loss, optimizer;
  std::optional<double> lr;
  std::optional<double> momentum, weightDecay;
  bool nesterov = false;
  std::optional<int64_t> epochs, batchSize;
  bool noShuffle = false, dropLast = false;
  std::optional<double> clipGradNorm, clipGradValue;
  std::optional<int64_t> plateauPatience, plateauCooldown;
  std::optional<double> plateauFactor, plateauThreshold, plateauMinLr;
  std::optional<int64_t> earlyStoppingPatience;
  std::optional<double> minDelta;
  bool overwrite = false;  // --overwrite: replace the previous run in --log-dir
  // Progress: a bar redrawn in place (true) or one line per epoch (false). Set by runTrain from
  // isatty(stderr) unless a caller forces it.
  std::optional<bool> progressBar;
};

// Registers the subcommand and its flags (bound to options, which must outlive app).
CLI::App* addTrainCommand(CLI::App& app, TrainOptions& options);

// Runs the command: progress on stderr, a summary line on stdout. Throws core::Error for bad input
// (missing tensors, wrong shapes or dtypes, non-finite data, conflicting options) and when the
// training run fails (NaN, unwritable log directory), with the trainer's message.
void runTrain(const TrainOptions& options);

}  // namespace lstmviz::cli
