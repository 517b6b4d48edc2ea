#pragma once
// Loss<T>: the abstract base of the training losses — torch.nn's losses with reduction='mean'.
// Each implementation gives the value L(pred, target) and its gradient dL/dpred (the gradient
// torch's autograd leaves in pred.grad after L.backward()), with torch's formulas and order of
// operations so that float results agree with torch to a few ulps.
//
// Targets: regression and BCE losses take a target of pred's shape; CrossEntropyLoss takes class
// indices (N,), given either as Tensor<int64_t> or, through this interface, as a Tensor<T> of
// integral values (exact in float up to 2^24 classes).
#include <string>

#include "core/common/tensor.h"

namespace lstmviz::core {

template <typename T>
class Loss {
 public:
  virtual ~Loss() = default;

  // torch's module name, e.g. "MSELoss".
  virtual std::string name() const = 0;
  // Returns the mean-reduced loss. Throws ShapeError (torch's words) when the shapes disagree.
  virtual T forward(const Tensor<T>& pred, const Tensor<T>& target) const = 0;
  // Returns dL/dpred, of pred's shape, for dL/dL = 1. Throws ShapeError like forward().
  virtual Tensor<T> gradient(const Tensor<T>& pred, const Tensor<T>& target) const = 0;

 protected:
  // Elementwise losses: throws ShapeError "Target size (torch.Size([3])) must be the same as
  // input size (torch.Size([3, 1]))" (torch's BCEWithLogitsLoss message; MSE/L1/Huber would
  // only warn and broadcast in torch, which is never what a trainer means) unless the shapes
  // match, and "<name>: empty input" for zero elements (torch would return nan).
  void checkSameShape(const Tensor<T>& pred, const Tensor<T>& target) const;
};

extern template class Loss<float>;
extern template class Loss<double>;

}  // namespace lstmviz::core
