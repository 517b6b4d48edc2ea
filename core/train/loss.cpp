#include "core/train/loss.h"

#include "core/common/error.h"

namespace lstmviz::core {

template <typename T>
void Loss<T>::checkSameShape(const Tensor<T>& pred, const Tensor<T>& target) const {
  if (pred.shape != target.shape)
    throw ShapeError("Target size (torch.Size(" + shapeToString(target.shape) +
                     ")) must be the same as input size (torch.Size(" + shapeToString(pred.shape) +
                     "))");
  if (pred.numel() == 0) throw ShapeError(name() + ": empty input (torch would return nan)");
}

template class Loss<float>;
template class Loss<double>;

}  // namespace lstmviz::core
