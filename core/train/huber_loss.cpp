#include "core/train/huber_loss.h"

#include <cmath>

#include "core/common/error.h"

namespace lstmviz::core {

template <typename T>
HuberLoss<T>::HuberLoss(double delta) : delta_(delta) {
  if (!(delta > 0.0)) throw Error("huber_loss does not support non-positive values for delta.");
}

template <typename T>
T HuberLoss<T>::forward(const Tensor<T>& pred, const Tensor<T>& target) const {
  this->checkSameShape(pred, target);
  const T delta = static_cast<T>(delta_);
  double sum = 0.0;
  for (int64_t k = 0; k < pred.numel(); ++k) {
    const T z = std::abs(pred.data[k] - target.data[k]);
    // As torch's kernel: the 0.5 literals are double, so each term is evaluated in double and
    // stored as T.
    const T term = static_cast<T>(z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta));
    sum += static_cast<double>(term);
  }
  return static_cast<T>(sum / static_cast<double>(pred.numel()));
}

template <typename T>
Tensor<T> HuberLoss<T>::gradient(const Tensor<T>& pred, const Tensor<T>& target) const {
  this->checkSameShape(pred, target);
  const T delta = static_cast<T>(delta_);
  const T norm = static_cast<T>(1.0 / static_cast<double>(pred.numel()));
  Tensor<T> grad(pred.shape);
  for (int64_t k = 0; k < pred.numel(); ++k) {
    const T x = pred.data[k] - target.data[k];
    if (x <= -delta) {
      grad.data[k] = -norm * delta;
    } else if (x >= delta) {
      grad.data[k] = norm * delta;
    } else {
      grad.data[k] = norm * x;
    }
  }
  return grad;
}

template class HuberLoss<float>;
template class HuberLoss<double>;

}  // namespace lstmviz::core
