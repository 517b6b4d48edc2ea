#include "core/train/rms_prop.h"

#include <cmath>

#include "core/common/error.h"

namespace lstmviz::core {

template <typename T>
RmsProp<T>::RmsProp(std::vector<ParamSlot<T>> slots, const RmsPropOptions& options)
    : Optimizer<T>("RMSprop", std::move(slots), options.lr), options_(options) {
  if (!(options.eps >= 0.0)) throw Error("Invalid epsilon value: " + pythonFloat(options.eps));
  if (!(options.momentum >= 0.0))
    throw Error("Invalid momentum value: " + pythonFloat(options.momentum));
  if (!(options.weightDecay >= 0.0))
    throw Error("Invalid weight_decay value: " + pythonFloat(options.weightDecay));
  if (!(options.alpha >= 0.0)) throw Error("Invalid alpha value: " + pythonFloat(options.alpha));
  resetState();
}

template <typename T>
void RmsProp<T>::resetState() {
  state_.assign(this->slots_.size(), {});
  for (size_t s = 0; s < state_.size(); ++s) {
    const auto size = static_cast<size_t>(this->slots_[s].size);
    state_[s].squareAvg.assign(size, T(0));
    if (options_.centered) state_[s].gradAvg.assign(size, T(0));
    if (options_.momentum > 0.0) state_[s].momentum.assign(size, T(0));
  }
  this->stepCount_ = 0;
}

template <typename T>
void RmsProp<T>::step() {
  const T alpha = static_cast<T>(options_.alpha);
  const T oneMinusAlpha = static_cast<T>(1.0 - options_.alpha);
  const T eps = static_cast<T>(options_.eps);
  const T weightDecay = static_cast<T>(options_.weightDecay);
  const T momentum = static_cast<T>(options_.momentum);
  const T negLr = static_cast<T>(-this->lr_);
  for (size_t s = 0; s < this->slots_.size(); ++s) {
    const ParamSlot<T>& slot = this->slots_[s];
    if (slot.grads == nullptr) continue;
    SlotState& state = state_[s];
    for (int64_t k = 0; k < slot.size; ++k) {
      const T p = slot.values[k];
      T g = slot.grads[k];
      if (options_.weightDecay != 0.0) g = g + weightDecay * p;
      T& sq = state.squareAvg[k];
      sq = sq * alpha + oneMinusAlpha * g * g;
      T avg;
      if (options_.centered) {
        T& ga = state.gradAvg[k];
        ga = ga * alpha + oneMinusAlpha * g;
        avg = std::sqrt(sq + T(-1) * ga * ga);
      } else {
        avg = std::sqrt(sq);
      }
      avg = avg + eps;
      if (options_.momentum > 0.0) {
        T& b = state.momentum[k];
        b = b * momentum + T(1) * g / avg;
        slot.values[k] = p + negLr * b;
      } else {
        slot.values[k] = p + negLr * g / avg;
      }
    }
  }
  ++this->stepCount_;
}

template class RmsProp<float>;
template class RmsProp<double>;

}  // namespace lstmviz::core
