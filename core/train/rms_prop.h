#pragma once
// RmsProp<T>: torch.optim.RMSprop (torch 1.13, single-tensor path), per element, for a gradient g:
//   g = g + λ p                                   if weight_decay λ ≠ 0
//   s = α s + (1 − α) g²                          (torch: s·α + ((1 − α)·g)·g)
//   if centered:  ḡ = α ḡ + (1 − α) g,   a = sqrt(s − ḡ²)
//   else:         a = sqrt(s)
//   a = a + ε
//   if momentum μ > 0:  b = μ b + g / a,   p = p − lr b
//   else:               p = p − lr g / a      (torch's addcdiv: p + ((−lr)·g)/a)
// s, ḡ, b start at zero. Defaults are torch's: lr 0.01, α 0.99, ε 1e-8.
#include <vector>

#include "core/train/optimizer.h"

namespace lstmviz::core {

struct RmsPropOptions {
  double lr = 1e-2;
  double alpha = 0.99;
  double eps = 1e-8;
  double weightDecay = 0.0;
  double momentum = 0.0;
  bool centered = false;
};

template <typename T>
class RmsProp final : public Optimizer<T> {
 public:
  // Throws Error with torch's messages: "Invalid learning rate: ...", "Invalid epsilon value:
  // ...", "Invalid momentum value: ...", "Invalid weight_decay value: ...", "Invalid alpha
  // value: ...".
  RmsProp(std::vector<ParamSlot<T>> slots, const RmsPropOptions& options = {});

  const RmsPropOptions& options() const { return options_; }
  void step() override;
  void resetState() override;

 private:
  struct SlotState {
    std::vector<T> squareAvg;  // s
    std::vector<T> gradAvg;    // ḡ (centered only)
    std::vector<T> momentum;   // b (momentum > 0 only)
  };

  RmsPropOptions options_;
  std::vector<SlotState> state_;
};

extern template class RmsProp<float>;
extern template class RmsProp<double>;

}  // namespace lstmviz::core
