#pragma once
// `lstmviz-cli train`: fit one of the five LSTM architectures (core/nn/architecture.h: an LSTM +
// Linear head, one-to-many, seq2seq, autoencoder) to a data set with the PyTorch-style Trainer
// (core/train/trainer.h) and write the trained state_dict as safetensors, loadable into the torch
// module of the model's header (core/nn/*_model.h) with load_state_dict.
//
// Settings: --config FILE.json (an ExperimentConfig, core/train/experiment.h: dataset, seq_len,
// architecture, LSTM, head, init and training) or the defaults; every flag given on the command
// line overrides the file. Without --config, --loss, --optimizer and --lr are required, and --head
// for many_to_one (the default architecture).
//
// Data (one source; --config's dataset unless --data, --dataset or --csv is given):
//   --data D.safetensors   laid out per architecture (app/cli/train_data_file.h): x (S, L, F)
//                          or (S, F) for one_to_many; y (S, O), (S, L, O), (S, K, O) or class
//                          indices; none for the autoencoder (y = x); optionally x_val, y_val,
//                          lengths, lengths_val. seq2seq: --target-features i,j,…
//   --dataset NAME         built in (loadExperimentData): sine, stock, airline, anomalies (windows
//                          of --window steps, chronological split, standardised with the training
//                          part; seq2seq / one_to_many predict the next --horizon K steps, the
//                          autoencoder the window), fashion_mnist, adding, copy
//   --csv FILE [--target COL[,COL…]] [--window L]   windows over a CSV series, split and scaled
// Model: from --init I.safetensors (the torch module's state_dict: app/cli/train_init.h), or the
// experiment's LSTM (--hidden-size H [--num-layers K --bidirectional --proj-size P --no-bias
// --decoder-hidden-size H_d --seed S]) built by buildExperimentModel with its init scheme.
// seq2seq trains with --teacher-forcing R (per batch; validation and test free-running).
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
  std::string architecture;    // many_to_one (default), many_to_many, one_to_many, seq2seq, …
  std::string targetFeatures;  // seq2seq with --data: "0,2"
  std::optional<int64_t> horizon, decoderHiddenSize;
  std::optional<double> teacherForcing;
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
