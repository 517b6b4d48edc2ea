#pragma once
// Optimizer<T>: the abstract base of the torch.optim optimizers (MiniDNN style: optimizers update
// flat parameter vectors). The optimizer sees a list of slots, each a flat span of parameters
// with its gradient — typically one slot per module (e.g. the whole Lstm::parameters() vector and
// LstmGradients::parameters). Every update here is elementwise, so a slot holding several torch
// tensors back to back behaves exactly like those tensors in one torch param group.
//
// Like torch: a slot whose grads pointer is null at step() is skipped (torch skips p.grad None):
// its state (momentum buffer, step count) is left untouched. All slots share one learning rate
// (one torch param group). Hyper-parameters are doubles, as Python floats are; each is rounded
// to T exactly where torch rounds a Python scalar to the tensor's dtype.
//
// Not thread-safe; step() runs on the training thread.
#include <cstdint>
#include <string>
#include <vector>

namespace lstmviz::core {

template <typename T>
struct ParamSlot {
  T* values = nullptr;       // size elements, updated in place by step()
  const T* grads = nullptr;  // size elements, read by step(); null = no gradient this step
  int64_t size = 0;
  std::string name;  // for messages, e.g. "lstm" or "head"
};

template <typename T>
class Optimizer {
 public:
  virtual ~Optimizer() = default;

  // torch's class name, e.g. "Adam".
  const std::string& name() const { return name_; }
  // One update of every slot that has gradients, with the current lr().
  virtual void step() = 0;
  // Forgets all state (moments, momentum buffers, step counts): the next step() is a first step.
  virtual void resetState() = 0;

  double lr() const { return lr_; }
  // Takes effect at the next step() (like setting param_group['lr']). Throws Error if lr < 0.
  void setLr(double lr);

  const std::vector<ParamSlot<T>>& parameterSlots() const { return slots_; }
  // Points the optimizer at new buffers (e.g. after the owner reallocated them), keeping state.
  // Throws ShapeError unless the count and the size of every slot are unchanged.
  void rebind(std::vector<ParamSlot<T>> newSlots);
  // Number of step() calls since construction or resetState().
  int64_t stepCount() const { return stepCount_; }

 protected:
  // Throws Error "Invalid learning rate: -0.1" (torch's words) if lr < 0 or nan, ShapeError if a
  // slot has a negative size or a null values pointer.
  Optimizer(std::string name, std::vector<ParamSlot<T>> slots, double lr);

  std::string name_;
  std::vector<ParamSlot<T>> slots_;
  double lr_;
  int64_t stepCount_ = 0;
};

// Python's repr of a float ("0.1", "1e-08", "-1.0"), for torch-worded messages.
std::string pythonFloat(double value);

extern template class Optimizer<float>;
extern template class Optimizer<double>;

}  // namespace lstmviz::core
