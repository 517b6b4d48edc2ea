#pragma once
// Sgd<T>: torch.optim.SGD (torch 1.13, single-tensor path), per element, for a gradient g:
//   d = g + λ p                                  if weight_decay λ ≠ 0
//   if momentum μ ≠ 0:
//     b = d                                      at the slot's first step (no dampening)
//     b = μ b + (1 − τ) d                        afterwards (dampening τ)
//     d = d + μ b   if nesterov,   else d = b
//   p = p − lr d
// Defaults are torch's; lr has none in torch, so it must be given (Error otherwise).
#include <limits>
#include <vector>

#include "core/train/optimizer.h"

namespace lstmviz::core {

struct SgdOptions {
  double lr = std::numeric_limits<double>::quiet_NaN();  // required
  double momentum = 0.0;
  double dampening = 0.0;
  double weightDecay = 0.0;
  bool nesterov = false;
};

template <typename T>
class Sgd final : public Optimizer<T> {
 public:
  // Throws Error with torch's messages: "Invalid learning rate: ...", "Invalid momentum value:
  // ...", "Invalid weight_decay value: ...", "Nesterov momentum requires a momentum and zero
  // dampening", and for a missing lr "parameter group didn't specify a value of required
  // optimization parameter lr".
  Sgd(std::vector<ParamSlot<T>> slots, const SgdOptions& options);

  const SgdOptions& options() const { return options_; }
  void step() override;
  void resetState() override;

 private:
  SgdOptions options_;
  std::vector<std::vector<T>> momentumBuffers_;  // per slot; empty until its first step
};

extern template class Sgd<float>;
extern template class Sgd<double>;

}  // namespace lstmviz::core
