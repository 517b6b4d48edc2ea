#pragma once
// ReduceLrOnPlateau: torch.optim.lr_scheduler.ReduceLROnPlateau (torch 1.13), one param group.
// At each step(metric):
//   better = metric < best·(1 − threshold)   (mode min, rel)  | metric < best − threshold (abs)
//          = metric > best·(1 + threshold)   (mode max, rel)  | metric > best + threshold (abs)
//   if better: best = metric, bad = 0   else bad += 1
//   if cooldown_counter > 0: cooldown_counter −= 1, bad = 0       (bad epochs in cooldown ignored)
//   if bad > patience:
//     new_lr = max(lr · factor, min_lr);  lr = new_lr only if lr − new_lr > eps
//     cooldown_counter = cooldown, bad = 0
// best starts at +inf (min) or −inf (max). A nan metric is never better.
#include <cstdint>

#include "core/train/optimizer.h"

namespace lstmviz::core {

struct PlateauOptions {
  enum class Mode { kMin, kMax };
  enum class ThresholdMode { kRel, kAbs };
  Mode mode = Mode::kMin;
  double factor = 0.1;
  int64_t patience = 10;
  double threshold = 1e-4;
  ThresholdMode thresholdMode = ThresholdMode::kRel;
  int64_t cooldown = 0;
  double minLr = 0.0;
  double eps = 1e-8;
};

class ReduceLrOnPlateau {
 public:
  // Throws Error "Factor should be < 1.0." (torch's words) and for a negative patience, cooldown,
  // min_lr or eps.
  explicit ReduceLrOnPlateau(const PlateauOptions& options = {});

  // Records one epoch's metric; lr is the current learning rate, lowered in place when the
  // plateau rule fires. Returns true iff lr changed (the GUI marks those epochs).
  bool step(double metric, double& lr);
  // The same on an optimizer's learning rate.
  template <typename T>
  bool step(double metric, Optimizer<T>& optimizer) {
    double lr = optimizer.lr();
    const bool reduced = step(metric, lr);
    if (reduced) optimizer.setLr(lr);
    return reduced;
  }

  const PlateauOptions& options() const { return options_; }
  double best() const { return best_; }
  int64_t numBadEpochs() const { return numBadEpochs_; }
  int64_t cooldownCounter() const { return cooldownCounter_; }
  bool inCooldown() const { return cooldownCounter_ > 0; }
  int64_t lastEpoch() const { return lastEpoch_; }  // number of step() calls
  // torch's _reset(): best = worst, bad epochs and cooldown counter to 0.
  void reset();

 private:
  bool isBetter(double metric) const;

  PlateauOptions options_;
  double best_ = 0.0;
  int64_t numBadEpochs_ = 0;
  int64_t cooldownCounter_ = 0;
  int64_t lastEpoch_ = 0;
};

}  // namespace lstmviz::core
