#pragma once
// EarlyStopping: stop training when the validation loss has not improved for `patience` epochs.
//   improved  ⇔  val < best − min_delta          (best starts at +inf; nan never improves)
//   stop      ⇔  epochs since the last improvement ≥ patience
// It remembers the best epoch so the trainer can restore the best weights. (torch has no
// equivalent; this is the usual Keras/Lightning rule with mode 'min'.)
#include <cstdint>

namespace lstmviz::core {

struct EarlyStoppingOptions {
  int64_t patience = 10;  // epochs without improvement before stopping; ≥ 1
  double minDelta = 0.0;  // ≥ 0
};

class EarlyStopping {
 public:
  struct Step {
    bool improved = false;  // this epoch set a new best: save its weights
    bool stop = false;      // patience exhausted: stop and restore the best weights
  };

  // Throws Error unless patience ≥ 1 and minDelta ≥ 0.
  explicit EarlyStopping(const EarlyStoppingOptions& options = {});

  // Records the validation loss of the next epoch (epochs count from 1).
  Step step(double valLoss);

  const EarlyStoppingOptions& options() const { return options_; }
  double best() const { return best_; }
  int64_t bestEpoch() const { return bestEpoch_; }  // 0 until a finite loss was seen
  int64_t epoch() const { return epoch_; }          // number of step() calls
  int64_t epochsWithoutImprovement() const { return epoch_ - bestEpoch_; }
  bool shouldStop() const { return epoch_ - bestEpoch_ >= options_.patience; }
  void reset();

 private:
  EarlyStoppingOptions options_;
  double best_ = 0.0;
  int64_t bestEpoch_ = 0;
  int64_t epoch_ = 0;
};

}  // namespace lstmviz::core
