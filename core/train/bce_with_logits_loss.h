#pragma once
// BceWithLogitsLoss<T>: torch.nn.BCEWithLogitsLoss(reduction='mean'), no weight, no pos_weight.
// With m_k = max(−x_k, 0), torch 1.13 evaluates, in this order,
//   ℓ_k = ((1 − y_k) x_k + m_k) + log(exp(−m_k) + exp(−x_k − m_k))
// which equals the textbook stable form max(x, 0) − x·y + log(1 + exp(−|x|)) and never
// overflows. L = (1/n) Σ ℓ_k;  dL/dx_k = (σ(x_k) − y_k) / n,  σ(x) = 1 / (1 + exp(−x)).
// Targets y are probabilities in [0, 1] (not checked, as in torch), of x's shape.
#include "core/train/loss.h"

namespace lstmviz::core {

template <typename T>
class BceWithLogitsLoss final : public Loss<T> {
 public:
  std::string name() const override { return "BCEWithLogitsLoss"; }
  T forward(const Tensor<T>& logits, const Tensor<T>& target) const override;
  Tensor<T> gradient(const Tensor<T>& logits, const Tensor<T>& target) const override;
};

extern template class BceWithLogitsLoss<float>;
extern template class BceWithLogitsLoss<double>;

}  // namespace lstmviz::core
