#pragma once
// L1Loss<T>: torch.nn.L1Loss(reduction='mean').
//   L = (1/n) Σ |x_k − y_k|
//   dL/dx_k = (1/n) · sign(x_k − y_k), with sign(0) = 0 (torch's abs backward uses sgn)
#include "core/train/loss.h"

namespace lstmviz::core {

template <typename T>
class L1Loss final : public Loss<T> {
 public:
  std::string name() const override { return "L1Loss"; }
  T forward(const Tensor<T>& pred, const Tensor<T>& target) const override;
  Tensor<T> gradient(const Tensor<T>& pred, const Tensor<T>& target) const override;
};

extern template class L1Loss<float>;
extern template class L1Loss<double>;

}  // namespace lstmviz::core
