#pragma once
// TrainerOptions: the settings of one training run (loss, optimizer, epochs, batching, clipping,
// scheduler, early stopping, teacher forcing) — plain values, read by the Trainer
// (core/train/trainer.h) and held by the experiment configuration.
#include <cstdint>
#include <optional>
#include <string>

#include "core/train/early_stopping.h"
#include "core/train/reduce_lr_on_plateau.h"

namespace lstmviz::core {

enum class LossKind { kMse, kL1, kHuber, kCrossEntropy, kBce };
enum class OptimizerKind { kSgd, kAdam, kAdamW, kRmsprop };
const char* lossKindName(LossKind kind);            // "mse", "l1", "huber", "cross_entropy", "bce"
const char* optimizerKindName(OptimizerKind kind);  // "sgd", "adam", "adamw", "rmsprop"
LossKind parseLossKind(const std::string& name);    // throws Error listing the choices
OptimizerKind parseOptimizerKind(const std::string& name);

struct TrainerOptions {
  LossKind loss = LossKind::kMse;
  double huberDelta = 1.0;
  OptimizerKind optimizer = OptimizerKind::kAdam;
  double lr = 1e-3;
  double momentum = 0.0;              // SGD, RMSprop
  bool nesterov = false;              // SGD
  std::optional<double> weightDecay;  // torch's default when absent (0; AdamW 0.01)
  int64_t epochs = 10;
  int64_t batchSize = 32;
  bool shuffle = true;
  bool dropLast = false;
  uint64_t seed = 0;                      // shuffling and dropout
  double clipGradNorm = 0.0;              // > 0: clip_grad_norm_(max_norm)
  double clipGradValue = 0.0;             // > 0: clip_grad_value_(clip_value)
  std::optional<PlateauOptions> plateau;  // ReduceLROnPlateau on the validation loss
  std::optional<EarlyStoppingOptions> earlyStopping;
  bool restoreBestWeights = true;  // with early stopping: end on the best epoch's weights
  // seq2seq: probability that a training batch is teacher forced (the decoder reads the true
  // previous target instead of its own prediction), drawn per batch from seed: 0 never, 1 always.
  // Validation and test are always free-running.
  double teacherForcing = 0.0;
  int histogramBins = 40;
  int64_t watchBatchSize = 8;        // samples of the fixed batch whose BPTT gradients are recorded
  double snapshotIntervalMs = 30.0;  // batch snapshots at most this often (epoch ends always)
  std::string runDirectory;          // empty: write no files
  bool overwriteRunDirectory = false;  // replace a previous run in runDirectory (else refused)

  // Throws Error naming the first invalid option (e.g. "batch_size should be a positive
  // integer value, but got batch_size=0", torch's DataLoader wording).
  void validate() const;
};

}  // namespace lstmviz::core
