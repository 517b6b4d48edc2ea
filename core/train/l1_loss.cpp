#include "core/train/l1_loss.h"

#include <cmath>

namespace lstmviz::core {

template <typename T>
T L1Loss<T>::forward(const Tensor<T>& pred, const Tensor<T>& target) const {
  this->checkSameShape(pred, target);
  double sum = 0.0;
  for (int64_t k = 0; k < pred.numel(); ++k)
    sum += static_cast<double>(std::abs(pred.data[k] - target.data[k]));
  return static_cast<T>(sum / static_cast<double>(pred.numel()));
}

template <typename T>
Tensor<T> L1Loss<T>::gradient(const Tensor<T>& pred, const Tensor<T>& target) const {
  this->checkSameShape(pred, target);
  // torch: mean's backward gives 1/n (a float division), abs's backward multiplies by sgn.
  const T scale = T(1) / static_cast<T>(pred.numel());
  Tensor<T> grad(pred.shape);
  for (int64_t k = 0; k < pred.numel(); ++k) {
    const T diff = pred.data[k] - target.data[k];
    const T sign = diff > T(0) ? T(1) : (diff < T(0) ? T(-1) : T(0));
    grad.data[k] = scale * sign;
  }
  return grad;
}

template class L1Loss<float>;
template class L1Loss<double>;

}  // namespace lstmviz::core
