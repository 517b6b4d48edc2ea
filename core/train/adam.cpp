#include "core/train/adam.h"

#include <cmath>

#include "core/common/error.h"

namespace lstmviz::core {

namespace {

// torch.maximum: nan if either operand is nan.
template <typename T>
T nanMaximum(T a, T b) {
  return (std::isnan(a) || a > b) ? a : b;
}

}  // namespace

template <typename T>
Adam<T>::Adam(std::vector<ParamSlot<T>> slots, const AdamOptions& options)
    : Adam("Adam", std::move(slots), options, /*decoupled=*/false) {}

template <typename T>
Adam<T>::Adam(std::string name, std::vector<ParamSlot<T>> slots, const AdamOptions& options,
              bool decoupled)
    : Optimizer<T>(std::move(name), std::move(slots), options.lr),
      options_(options),
      decoupled_(decoupled) {
  if (!(options.eps >= 0.0)) throw Error("Invalid epsilon value: " + pythonFloat(options.eps));
  if (!(options.beta1 >= 0.0 && options.beta1 < 1.0))
    throw Error("Invalid beta parameter at index 0: " + pythonFloat(options.beta1));
  if (!(options.beta2 >= 0.0 && options.beta2 < 1.0))
    throw Error("Invalid beta parameter at index 1: " + pythonFloat(options.beta2));
  if (!(options.weightDecay >= 0.0))
    throw Error("Invalid weight_decay value: " + pythonFloat(options.weightDecay));
  resetState();
}

template <typename T>
void Adam<T>::resetState() {
  state_.assign(this->slots_.size(), {});
  for (size_t s = 0; s < state_.size(); ++s) {
    const auto size = static_cast<size_t>(this->slots_[s].size);
    state_[s].expAvg.assign(size, T(0));
    state_[s].expAvgSq.assign(size, T(0));
    if (options_.amsgrad) state_[s].maxExpAvgSq.assign(size, T(0));
  }
  this->stepCount_ = 0;
}

template <typename T>
void Adam<T>::step() {
  const double lr = this->lr_;
  const T beta1 = static_cast<T>(options_.beta1);
  const T beta2 = static_cast<T>(options_.beta2);
  const T oneMinusBeta1 = static_cast<T>(1.0 - options_.beta1);
  const T oneMinusBeta2 = static_cast<T>(1.0 - options_.beta2);
  const T eps = static_cast<T>(options_.eps);
  const T weightDecay = static_cast<T>(options_.weightDecay);
  const T decay = static_cast<T>(1.0 - lr * options_.weightDecay);
  const bool coupledDecay = !decoupled_ && options_.weightDecay != 0.0;

  for (size_t s = 0; s < this->slots_.size(); ++s) {
    const ParamSlot<T>& slot = this->slots_[s];
    if (slot.grads == nullptr) continue;
    SlotState& state = state_[s];
    ++state.step;
    const auto t = static_cast<double>(state.step);
    const double biasCorrection1 = 1.0 - std::pow(options_.beta1, t);
    const double biasCorrection2 = 1.0 - std::pow(options_.beta2, t);
    const T negStepSize = static_cast<T>(-(lr / biasCorrection1));
    const T biasCorrection2Sqrt = static_cast<T>(std::sqrt(biasCorrection2));

    for (int64_t k = 0; k < slot.size; ++k) {
      T p = slot.values[k];
      T g = slot.grads[k];
      if (decoupled_) p = p * decay;
      if (coupledDecay) g = g + weightDecay * p;
      T& m = state.expAvg[k];
      T& v = state.expAvgSq[k];
      m = m * beta1 + oneMinusBeta1 * g;
      v = v * beta2 + oneMinusBeta2 * g * g;
      T second = v;
      if (options_.amsgrad) {
        T& vMax = state.maxExpAvgSq[k];
        vMax = nanMaximum(vMax, v);
        second = vMax;
      }
      const T denom = std::sqrt(second) / biasCorrection2Sqrt + eps;
      slot.values[k] = p + negStepSize * m / denom;
    }
  }
  ++this->stepCount_;
}

template class Adam<float>;
template class Adam<double>;

}  // namespace lstmviz::core
