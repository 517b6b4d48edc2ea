#pragma once
// MseLoss<T>: torch.nn.MSELoss(reduction='mean').
//   L = (1/n) Σ (x_k − y_k)²            n = numel(x); x, y of the same shape
//   dL/dx_k = (2/n) · (x_k − y_k)       (torch's mse_loss_backward: norm · (x − y), norm = 2/n)
#include "core/train/loss.h"

namespace lstmviz::core {

template <typename T>
class MseLoss final : public Loss<T> {
 public:
  std::string name() const override { return "MSELoss"; }
  T forward(const Tensor<T>& pred, const Tensor<T>& target) const override;
  Tensor<T> gradient(const Tensor<T>& pred, const Tensor<T>& target) const override;
};

extern template class MseLoss<float>;
extern template class MseLoss<double>;

}  // namespace lstmviz::core
