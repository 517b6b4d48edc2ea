#include "core/train/early_stopping.h"

#include <limits>

#include "core/common/error.h"

namespace lstmviz::core {

EarlyStopping::EarlyStopping(const EarlyStoppingOptions& options) : options_(options) {
  if (options.patience < 1) throw Error("EarlyStopping: patience must be >= 1");
  if (!(options.minDelta >= 0.0)) throw Error("EarlyStopping: min_delta must be >= 0");
  reset();
}

void EarlyStopping::reset() {
  best_ = std::numeric_limits<double>::infinity();
  bestEpoch_ = 0;
  epoch_ = 0;
}

EarlyStopping::Step EarlyStopping::step(double valLoss) {
  ++epoch_;
  Step result;
  if (valLoss < best_ - options_.minDelta) {
    best_ = valLoss;
    bestEpoch_ = epoch_;
    result.improved = true;
  }
  result.stop = shouldStop();
  return result;
}

}  // namespace lstmviz::core
