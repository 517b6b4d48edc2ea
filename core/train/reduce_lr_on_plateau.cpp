#include "core/train/reduce_lr_on_plateau.h"

#include <algorithm>
#include <limits>

#include "core/common/error.h"

namespace lstmviz::core {

ReduceLrOnPlateau::ReduceLrOnPlateau(const PlateauOptions& options) : options_(options) {
  if (!(options.factor < 1.0)) throw Error("Factor should be < 1.0.");
  if (options.patience < 0) throw Error("ReduceLROnPlateau: patience must be >= 0");
  if (options.cooldown < 0) throw Error("ReduceLROnPlateau: cooldown must be >= 0");
  if (!(options.minLr >= 0.0)) throw Error("ReduceLROnPlateau: min_lr must be >= 0");
  if (!(options.eps >= 0.0)) throw Error("ReduceLROnPlateau: eps must be >= 0");
  reset();
}

void ReduceLrOnPlateau::reset() {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  best_ = options_.mode == PlateauOptions::Mode::kMin ? kInf : -kInf;
  cooldownCounter_ = 0;
  numBadEpochs_ = 0;
}

bool ReduceLrOnPlateau::isBetter(double metric) const {
  using Mode = PlateauOptions::Mode;
  using ThresholdMode = PlateauOptions::ThresholdMode;
  const bool rel = options_.thresholdMode == ThresholdMode::kRel;
  if (options_.mode == Mode::kMin)
    return rel ? metric < best_ * (1.0 - options_.threshold) : metric < best_ - options_.threshold;
  return rel ? metric > best_ * (options_.threshold + 1.0) : metric > best_ + options_.threshold;
}

bool ReduceLrOnPlateau::step(double metric, double& lr) {
  ++lastEpoch_;
  if (isBetter(metric)) {
    best_ = metric;
    numBadEpochs_ = 0;
  } else {
    ++numBadEpochs_;
  }
  if (inCooldown()) {
    --cooldownCounter_;
    numBadEpochs_ = 0;
  }
  bool reduced = false;
  if (numBadEpochs_ > options_.patience) {
    const double newLr = std::max(lr * options_.factor, options_.minLr);
    if (lr - newLr > options_.eps) {
      lr = newLr;
      reduced = true;
    }
    cooldownCounter_ = options_.cooldown;
    numBadEpochs_ = 0;
  }
  return reduced;
}

}  // namespace lstmviz::core
