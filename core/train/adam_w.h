#pragma once
// AdamW<T>: torch.optim.AdamW (torch 1.13, single-tensor path): Adam with decoupled weight decay.
// Per element, at the slot's step t:
//   p = p · (1 − lr·λ)                            (stepweight decay, 1 − lr·λ in double)
//   then Adam's update (adam.h) without the L2 term: m, v, [v̂max], bias corrections,
//   p = p − (lr / (1 − β1^t)) · m / (sqrt(v̂) / sqrt(1 − β2^t) + ε)
// Same options as Adam except weight_decay, whose default is 0.01 as in torch.
#include "core/train/adam.h"

namespace lstmviz::core {

struct AdamWOptions {
  double lr = 1e-3;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double eps = 1e-8;
  double weightDecay = 1e-2;
  bool amsgrad = false;
};

template <typename T>
class AdamW final : public Adam<T> {
 public:
  // Throws Error with torch's messages, as Adam.
  AdamW(std::vector<ParamSlot<T>> slots, const AdamWOptions& options = {});
};

extern template class AdamW<float>;
extern template class AdamW<double>;

}  // namespace lstmviz::core
