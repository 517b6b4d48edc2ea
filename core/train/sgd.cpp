#include "core/train/sgd.h"

#include <cmath>

#include "core/common/error.h"

namespace lstmviz::core {

namespace {

double requiredLr(const SgdOptions& options) {
  if (std::isnan(options.lr))
    throw Error("parameter group didn't specify a value of required optimization parameter lr");
  return options.lr;
}

}  // namespace

template <typename T>
Sgd<T>::Sgd(std::vector<ParamSlot<T>> slots, const SgdOptions& options)
    : Optimizer<T>("SGD", std::move(slots), requiredLr(options)), options_(options) {
  if (!(options.momentum >= 0.0))
    throw Error("Invalid momentum value: " + pythonFloat(options.momentum));
  if (!(options.weightDecay >= 0.0))
    throw Error("Invalid weight_decay value: " + pythonFloat(options.weightDecay));
  if (options.nesterov && (options.momentum <= 0.0 || options.dampening != 0.0))
    throw Error("Nesterov momentum requires a momentum and zero dampening");
  resetState();
}

template <typename T>
void Sgd<T>::resetState() {
  momentumBuffers_.assign(this->slots_.size(), {});
  this->stepCount_ = 0;
}

template <typename T>
void Sgd<T>::step() {
  // Python scalars become T where torch applies them to a float tensor.
  const T weightDecay = static_cast<T>(options_.weightDecay);
  const T momentum = static_cast<T>(options_.momentum);
  const T oneMinusDampening = static_cast<T>(1.0 - options_.dampening);
  const T negLr = static_cast<T>(-this->lr_);
  for (size_t s = 0; s < this->slots_.size(); ++s) {
    const ParamSlot<T>& slot = this->slots_[s];
    if (slot.grads == nullptr) continue;
    std::vector<T>& buffer = momentumBuffers_[s];
    const bool firstStep = buffer.empty();
    if (options_.momentum != 0.0 && firstStep) buffer.resize(slot.size);
    for (int64_t k = 0; k < slot.size; ++k) {
      T p = slot.values[k];
      T d = slot.grads[k];
      if (options_.weightDecay != 0.0) d = d + weightDecay * p;
      if (options_.momentum != 0.0) {
        T& b = buffer[k];
        b = firstStep ? d : b * momentum + oneMinusDampening * d;
        d = options_.nesterov ? d + momentum * b : b;
      }
      slot.values[k] = p + negLr * d;
    }
  }
  ++this->stepCount_;
}

template class Sgd<float>;
template class Sgd<double>;

}  // namespace lstmviz::core
