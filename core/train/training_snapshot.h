#pragma once
// What a training run reports: per-batch and per-epoch records, histograms, events, and the
// TrainingSnapshot value that the trainer publishes (as shared_ptr<const>) to whoever watches —
// the GUI's dashboard from another thread, or the CLI's progress line. A snapshot is immutable
// once published; the trainer never touches it again.
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace lstmviz::core {

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

struct BatchRecord {
  int64_t epoch = 0;       // 1-based
  int64_t batch = 0;       // 1-based within the epoch
  int64_t globalStep = 0;  // 1-based optimizer step count
  double loss = kNoValue;
  double lr = kNoValue;              // the rate this step used
  double gradNormBefore = kNoValue;  // total 2-norm of all gradients before clipping
  double gradNormAfter = kNoValue;   // after clipping (equal when not clipped)
  bool clipped = false;
};

struct EpochRecord {
  int64_t epoch = 0;                // 1-based
  double trainLoss = kNoValue;      // mean of the batch losses weighted by batch size
  double valLoss = kNoValue;        // NaN without validation data
  double trainAccuracy = kNoValue;  // classification only
  double valAccuracy = kNoValue;
  double lr = kNoValue;               // the rate used during this epoch
  double gradNorm = kNoValue;         // mean over batches, before clipping
  double gradNormClipped = kNoValue;  // mean over batches, after clipping
  double clippedFraction = 0;         // fraction of batches whose gradient was clipped
  double seconds = 0;
  bool lrReduced = false;  // ReduceLROnPlateau lowered the rate after this epoch
  bool best = false;       // best validation loss so far (early stopping's checkpoint)
};

// One histogram of a parameter's values or gradients; LSTM matrices are split by gate block.
struct Histogram {
  std::string parameter;  // state_dict name, e.g. "lstm.weight_hh_l0"
  std::string gate;       // "i", "f", "g", "o", or "" for a whole tensor (head, projection)
  bool gradient = false;
  int64_t epoch = 0;
  double min = 0, max = 0;      // range of the finite values; bins span [min, max]
  std::vector<int64_t> counts;  // bins of equal width over [min, max]
  int64_t zeros = 0, nans = 0, infs = 0, total = 0;
};

struct TrainingEvent {
  enum class Kind { kLrReduced, kBestEpoch, kEarlyStop, kNonFinite, kStopped, kFinished, kError };
  Kind kind = Kind::kFinished;
  int64_t epoch = 0;
  int64_t batch = 0;
  std::string message;
};
const char* trainingEventName(TrainingEvent::Kind kind);

// Gradients through time of the fixed "watch" batch: mean over samples of ‖dL/dh_t‖ and
// ‖dL/dc_t‖ for each layer and direction (index layer·D + direction) and step t.
struct GradientsThroughTime {
  int64_t epoch = 0;
  std::vector<std::vector<double>> hiddenNorm;  // [layer·D + d][t]
  std::vector<std::vector<double>> cellNorm;
};

struct TrainingSnapshot {
  enum class State { kRunning, kPaused, kStopped, kFinished, kFailed };
  State state = State::kRunning;
  int64_t epoch = 0;  // current (1-based) epoch
  int64_t batch = 0;  // batches done in the current epoch
  int64_t batchesPerEpoch = 0;
  int64_t totalEpochs = 0;
  double secondsElapsed = 0;
  double secondsRemaining = kNoValue;  // estimate from the pace so far

  // Batch records since the previous snapshot (consumers accumulate them); all epoch records.
  std::vector<BatchRecord> newBatches;
  std::vector<EpochRecord> epochs;
  int64_t bestEpoch = 0;  // 0 until a validation loss was seen
  // Newest histograms (weights and gradients, per parameter and gate), refreshed each epoch.
  std::shared_ptr<const std::vector<Histogram>> histograms;
  std::shared_ptr<const GradientsThroughTime> gradientsThroughTime;
  // The model's parameters at this snapshot (state_dict order, flat) — the explorer follows
  // them. Refreshed at epoch ends and when the run stops.
  std::shared_ptr<const std::vector<float>> parameters;
  std::vector<TrainingEvent> events;  // all events so far
  std::string message;                // last status line, e.g. the reason for stopping
};

}  // namespace lstmviz::core
