#pragma once
// HuberLoss<T>: torch.nn.HuberLoss(reduction='mean', delta).
//   z_k = |x_k − y_k|
//   ℓ_k = 0.5 z_k²              if z_k < δ
//       = δ (z_k − 0.5 δ)       otherwise
//   L = (1/n) Σ ℓ_k
//   dL/dx_k = (1/n) · (x_k − y_k)   if −δ < x_k − y_k < δ
//           = ±(1/n) · δ            otherwise (sign of x_k − y_k)
// Requires δ > 0 (torch: "huber_loss does not support non-positive values for delta.").
#include "core/train/loss.h"

namespace lstmviz::core {

template <typename T>
class HuberLoss final : public Loss<T> {
 public:
  // Throws Error unless delta > 0.
  explicit HuberLoss(double delta = 1.0);

  double delta() const { return delta_; }
  std::string name() const override { return "HuberLoss"; }
  T forward(const Tensor<T>& pred, const Tensor<T>& target) const override;
  Tensor<T> gradient(const Tensor<T>& pred, const Tensor<T>& target) const override;

 private:
  double delta_;
};

extern template class HuberLoss<float>;
extern template class HuberLoss<double>;

}  // namespace lstmviz::core
