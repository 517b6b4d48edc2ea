#pragma once
// Adam<T>: torch.optim.Adam (torch 1.13, single-tensor path, not capturable), per element, for a
// gradient g at the slot's step t = 1, 2, ...:
//   g = g + λ p                                   if weight_decay λ ≠ 0 (L2, coupled)
//   m = β1 m + (1 − β1) g
//   v = β2 v + (1 − β2) g²                        (torch: v·β2 + ((1 − β2)·g)·g)
//   v̂max = max(v̂max, v)                           if amsgrad (v̂ = v̂max below)
//   bias_correction1 = 1 − β1^t,  bias_correction2 = 1 − β2^t       (in double)
//   step_size = lr / bias_correction1                                (in double)
//   denom = sqrt(v̂) / sqrt(bias_correction2) + ε
//   p = p − step_size · m / denom                 (torch's addcdiv: p + ((−step_size)·m)/denom)
// m, v, v̂max start at zero. The step count t is per slot (a slot skipped for lack of gradients
// does not advance), as torch keeps state['step'] per parameter.
#include <cstdint>
#include <vector>

#include "core/train/optimizer.h"

namespace lstmviz::core {

struct AdamOptions {
  double lr = 1e-3;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double eps = 1e-8;
  double weightDecay = 0.0;
  bool amsgrad = false;
};

template <typename T>
class Adam : public Optimizer<T> {
 public:
  // Throws Error with torch's messages: "Invalid learning rate: ...", "Invalid epsilon value:
  // ...", "Invalid beta parameter at index 0: ...", "Invalid weight_decay value: ...".
  Adam(std::vector<ParamSlot<T>> slots, const AdamOptions& options = {});

  const AdamOptions& options() const { return options_; }
  void step() override;
  void resetState() override;
  // The slot's own step count t (0 before its first update).
  int64_t slotStep(size_t slot) const { return state_[slot].step; }

 protected:
  // decoupled: AdamW's rule p = p · (1 − lr·λ) before the update, instead of g += λ p.
  Adam(std::string name, std::vector<ParamSlot<T>> slots, const AdamOptions& options,
       bool decoupled);

 private:
  struct SlotState {
    int64_t step = 0;
    std::vector<T> expAvg;       // m
    std::vector<T> expAvgSq;     // v
    std::vector<T> maxExpAvgSq;  // v̂max (amsgrad only)
  };

  AdamOptions options_;
  bool decoupled_;
  std::vector<SlotState> state_;
};

extern template class Adam<float>;
extern template class Adam<double>;

}  // namespace lstmviz::core
