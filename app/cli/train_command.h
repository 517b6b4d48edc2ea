#pragma once
// `lstmviz-cli train`: fit an LSTM + Linear head (core/nn/sequence_model.h) to a data set with the
// PyTorch-style Trainer (core/train/trainer.h) and write the trained state_dict as safetensors,
// loadable into the torch module with load_state_dict.
//
// Data (exactly one source):
//   --data D.safetensors   x (S, L, F) float; y (S, O) float for regression / BCE, (S,) int64
//                          for cross_entropy, (S, L, O) / (S, L) for head 'seq'; optionally
//                          x_val, y_val (same layout), lengths, lengths_val (int64, one per sample)
//   --dataset NAME         built in: sine, airline (windows of --window steps over the series,
//                          chronological 80/20 split, standardised with train statistics), adding
//                          (the adding problem, regression), copy (the copy task, head seq and
//                          cross_entropy)
//   --csv FILE --target COL --window L   windows over a CSV series, split and scaled as above
// Model: from --init I.safetensors (lstm.* and head.* as torch names them: the LstmConfig is
// inferred, head.weight gives O), or --hidden-size H [--num-layers K --bidirectional
// --proj-size P --no-bias --seed S] with torch's default initialisation; O from the targets
// (the largest class index + 1 for cross_entropy).
#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>

namespace lstmviz::cli {

struct TrainOptions {
  std::string dataPath, outPath, initPath, logDir;
  std::string dataset, csvPath, target;
  int64_t window = 12;
  int64_t hiddenSize = 0, numLayers = 1, projSize = 0;
  bool bidirectional = false, noBias = false;
  uint64_t seed = 0;
  std::string head, loss, optimizer;
  double lr = 0;
  std::optional<double> momentum, weightDecay;
  bool nesterov = false;
  int64_t epochs = 10, batchSize = 32;
  bool noShuffle = false, dropLast = false;
  std::optional<double> clipGradNorm, clipGradValue;
  std::optional<int64_t> plateauPatience, plateauCooldown;
  std::optional<double> plateauFactor, plateauThreshold, plateauMinLr;
  std::optional<int64_t> earlyStoppingPatience;
  std::optional<double> minDelta;
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
