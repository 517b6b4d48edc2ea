#include "core/train/cross_entropy_loss.h"

#include <cmath>
#include <limits>

#include "core/common/error.h"

namespace lstmviz::core {

namespace {

template <typename T>
void checkLogits(const Tensor<T>& logits) {
  if (logits.dim() != 2 || logits.size(1) == 0)
    throw ShapeError("CrossEntropyLoss: expected logits of shape (N, C) with C > 0, got " +
                     shapeToString(logits.shape));
}

}  // namespace

template <typename T>
Tensor<T> CrossEntropyLoss<T>::logSoftmax(const Tensor<T>& logits) {
  checkLogits(logits);
  const int64_t n = logits.size(0);
  const int64_t c = logits.size(1);
  Tensor<T> out(logits.shape);
  for (int64_t row = 0; row < n; ++row) {
    const T* x = logits.ptr() + row * c;
    T* y = out.ptr() + row * c;
    T max = x[0];
    for (int64_t k = 1; k < c; ++k) max = std::max(max, x[k]);
    double sum = 0.0;
    for (int64_t k = 0; k < c; ++k) sum += static_cast<double>(std::exp(x[k] - max));
    const T logSum = std::log(static_cast<T>(sum));
    for (int64_t k = 0; k < c; ++k) y[k] = (x[k] - max) - logSum;
  }
  return out;
}

template <typename T>
Tensor<T> CrossEntropyLoss<T>::softmaxBackward(const Tensor<T>& logProb,
                                               const Tensor<T>& gradLogProb) {
  const int64_t n = logProb.size(0);
  const int64_t c = logProb.size(1);
  Tensor<T> grad(logProb.shape);
  for (int64_t row = 0; row < n; ++row) {
    const T* lp = logProb.ptr() + row * c;
    const T* g = gradLogProb.ptr() + row * c;
    T rowSum = T(0);
    for (int64_t k = 0; k < c; ++k) rowSum += g[k];
    for (int64_t k = 0; k < c; ++k) grad.data[row * c + k] = g[k] - std::exp(lp[k]) * rowSum;
  }
  return grad;
}

template <typename T>
void CrossEntropyLoss<T>::checkClasses(const Tensor<T>& logits,
                                       const Tensor<int64_t>& classes) const {
  checkLogits(logits);
  if (classes.dim() != 1)
    throw ShapeError("CrossEntropyLoss: expected class targets of shape (N,), got " +
                     shapeToString(classes.shape));
  if (classes.size(0) != logits.size(0))
    throw ShapeError("Expected input batch_size (" + std::to_string(logits.size(0)) +
                     ") to match target batch_size (" + std::to_string(classes.size(0)) + ").");
  for (int64_t cls : classes.data)
    if (cls != ignoreIndex_ && (cls < 0 || cls >= logits.size(1)))
      throw Error("Target " + std::to_string(cls) + " is out of bounds.");
}

template <typename T>
T CrossEntropyLoss<T>::forward(const Tensor<T>& logits, const Tensor<int64_t>& classes) const {
  checkClasses(logits, classes);
  const Tensor<T> logProb = logSoftmax(logits);
  const int64_t c = logits.size(1);
  double sum = 0.0;
  int64_t kept = 0;
  for (int64_t row = 0; row < logits.size(0); ++row) {
    if (classes.data[row] == ignoreIndex_) continue;
    sum += static_cast<double>(logProb.data[row * c + classes.data[row]]);
    ++kept;
  }
  if (kept == 0) return std::numeric_limits<T>::quiet_NaN();
  return static_cast<T>(-sum / static_cast<double>(kept));
}

template <typename T>
Tensor<T> CrossEntropyLoss<T>::gradient(const Tensor<T>& logits,
                                        const Tensor<int64_t>& classes) const {
  checkClasses(logits, classes);
  const Tensor<T> logProb = logSoftmax(logits);
  const int64_t c = logits.size(1);
  int64_t kept = 0;
  for (int64_t cls : classes.data) kept += cls != ignoreIndex_;
  // nll_loss backward: −weight / total_weight at the target class (nan when nothing is kept).
  const T g = kept == 0 ? std::numeric_limits<T>::quiet_NaN() : -T(1) / static_cast<T>(kept);
  Tensor<T> gradLogProb(logits.shape);
  for (int64_t row = 0; row < logits.size(0); ++row)
    if (classes.data[row] != ignoreIndex_) gradLogProb.data[row * c + classes.data[row]] = g;
  return softmaxBackward(logProb, gradLogProb);
}

template <typename T>
Tensor<int64_t> CrossEntropyLoss<T>::toClasses(const Tensor<T>& target) const {
  Tensor<int64_t> classes(target.shape);
  for (int64_t k = 0; k < target.numel(); ++k) {
    const T value = target.data[k];
    if (!(std::floor(value) == value) || std::abs(value) > T(1 << 24))
      throw Error("CrossEntropyLoss: class target " + std::to_string(value) + " at index " +
                  std::to_string(k) + " is not an integer class index");
    classes.data[k] = static_cast<int64_t>(value);
  }
  return classes;
}

template <typename T>
void CrossEntropyLoss<T>::checkProbabilities(const Tensor<T>& logits,
                                             const Tensor<T>& target) const {
  checkLogits(logits);
  if (target.shape != logits.shape)
    throw ShapeError("Expected target size " + shapeToString(logits.shape) + ", got " +
                     shapeToString(target.shape));
  if (logits.size(0) == 0) throw ShapeError("CrossEntropyLoss: empty input (torch returns nan)");
}

template <typename T>
T CrossEntropyLoss<T>::forward(const Tensor<T>& logits, const Tensor<T>& target) const {
  if (target.dim() != 2) return forward(logits, toClasses(target));
  checkProbabilities(logits, target);
  const Tensor<T> logProb = logSoftmax(logits);
  double sum = 0.0;
  for (int64_t k = 0; k < logProb.numel(); ++k)
    sum += static_cast<double>(logProb.data[k] * target.data[k]);
  return static_cast<T>(-sum / static_cast<double>(logits.size(0)));
}

template <typename T>
Tensor<T> CrossEntropyLoss<T>::gradient(const Tensor<T>& logits, const Tensor<T>& target) const {
  if (target.dim() != 2) return gradient(logits, toClasses(target));
  checkProbabilities(logits, target);
  const Tensor<T> logProb = logSoftmax(logits);
  const T scale = -T(1) / static_cast<T>(logits.size(0));
  Tensor<T> gradLogProb(logits.shape);
  for (int64_t k = 0; k < logProb.numel(); ++k) gradLogProb.data[k] = scale * target.data[k];
  return softmaxBackward(logProb, gradLogProb);
}

template class CrossEntropyLoss<float>;
template class CrossEntropyLoss<double>;

}  // namespace lstmviz::core
