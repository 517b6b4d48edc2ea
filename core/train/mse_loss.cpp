#include "core/train/mse_loss.h"

namespace lstmviz::core {

template <typename T>
T MseLoss<T>::forward(const Tensor<T>& pred, const Tensor<T>& target) const {
  this->checkSameShape(pred, target);
  double sum = 0.0;  // torch sums the float squares pairwise; a double sum is as close
  for (int64_t k = 0; k < pred.numel(); ++k) {
    const T diff = pred.data[k] - target.data[k];
    sum += static_cast<double>(diff * diff);
  }
  return static_cast<T>(sum / static_cast<double>(pred.numel()));
}

template <typename T>
Tensor<T> MseLoss<T>::gradient(const Tensor<T>& pred, const Tensor<T>& target) const {
  this->checkSameShape(pred, target);
  const T norm = static_cast<T>(2.0 / static_cast<double>(pred.numel()));
  Tensor<T> grad(pred.shape);
  for (int64_t k = 0; k < pred.numel(); ++k) grad.data[k] = norm * (pred.data[k] - target.data[k]);
  return grad;
}

template class MseLoss<float>;
template class MseLoss<double>;

}  // namespace lstmviz::core
