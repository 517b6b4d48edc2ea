#include "core/train/bce_with_logits_loss.h"

#include <algorithm>
#include <cmath>

namespace lstmviz::core {

template <typename T>
T BceWithLogitsLoss<T>::forward(const Tensor<T>& logits, const Tensor<T>& target) const {
  this->checkSameShape(logits, target);
  double sum = 0.0;
  for (int64_t k = 0; k < logits.numel(); ++k) {
    const T x = logits.data[k];
    const T y = target.data[k];
    const T m = std::max(-x, T(0));
    const T term = ((T(1) - y) * x + m) + std::log(std::exp(-m) + std::exp(-x - m));
    sum += static_cast<double>(term);
  }
  return static_cast<T>(sum / static_cast<double>(logits.numel()));
}

template <typename T>
Tensor<T> BceWithLogitsLoss<T>::gradient(const Tensor<T>& logits, const Tensor<T>& target) const {
  this->checkSameShape(logits, target);
  const T n = static_cast<T>(logits.numel());
  Tensor<T> grad(logits.shape);
  for (int64_t k = 0; k < logits.numel(); ++k) {
    const T sigmoid = T(1) / (T(1) + std::exp(-logits.data[k]));
    grad.data[k] = (sigmoid - target.data[k]) / n;
  }
  return grad;
}

template class BceWithLogitsLoss<float>;
template class BceWithLogitsLoss<double>;

}  // namespace lstmviz::core
