#pragma once
// Linear<T>: torch.nn.Linear(in_features, out_features) with bias.
//
//   forward   Y = W X + b 1ᵀ              X: in × M (one sample or step per column), Y: out × M
//   backward  dW = dY Xᵀ,  db = dY 1,  dX = Wᵀ dY
//
// W is (out × in) row-major and b is (out), stored in one flat buffer in torch's state_dict
// order (weight, then bias); the gradient buffer has the same layout. torch's default init
// (reset_parameters): W ~ kaiming_uniform(a = √5), which is U(−1/√in, 1/√in), and
// b ~ U(−1/√in, 1/√in). A Linear on a 3-D tensor (N, L, in) acts on the last axis only, i.e.
// on every step separately — the same computation as Keras' TimeDistributed(Dense).
#include <Eigen/Core>
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/tensor.h"
#include "core/nn/lstm_trace.h"
#include "core/nn/model.h"

namespace lstmviz::core {

template <typename T>
class Linear {
 public:
  using Vector = Eigen::Matrix<T, Eigen::Dynamic, 1>;

  // Throws ShapeError unless both sizes are > 0. Parameters start at zero.
  Linear(int64_t inFeatures, int64_t outFeatures);

  int64_t inFeatures() const { return in_; }
  int64_t outFeatures() const { return out_; }
  int64_t parameterCount() const { return out_ * in_ + out_; }

  // Flat buffers: weight (out·in, row-major) then bias (out).
  std::vector<T>& parameters() { return parameters_; }
  const std::vector<T>& parameters() const { return parameters_; }
  std::vector<T>& gradients() { return gradients_; }
  const std::vector<T>& gradients() const { return gradients_; }
  Eigen::Map<RowMatrix<T>> weight() { return {parameters_.data(), out_, in_}; }
  Eigen::Map<const RowMatrix<T>> weight() const { return {parameters_.data(), out_, in_}; }
  Eigen::Map<Vector> bias() { return {parameters_.data() + out_ * in_, out_}; }
  Eigen::Map<const Vector> bias() const { return {parameters_.data() + out_ * in_, out_}; }
  Eigen::Map<const RowMatrix<T>> weightGradient() const { return {gradients_.data(), out_, in_}; }
  Eigen::Map<const Vector> biasGradient() const { return {gradients_.data() + out_ * in_, out_}; }

  // torch's reset_parameters(): W and b ~ U(−1/√in, 1/√in), deterministic for a seed (the
  // numbers differ from torch's generator, the distribution is the same).
  void resetParameters(uint64_t seed);

  // Y = W X + b 1ᵀ. Requires: x.rows() == inFeatures(). Returns out × M.
  Matrix<T> forward(const Eigen::Ref<const Matrix<T>>& x) const;
  // Gradients of the pass forward(x) for dL/dY = dY (out × M): writes dW = dY Xᵀ and db = dY 1
  // into gradients() (added to them when accumulate, e.g. a head applied once per decoder step)
  // and returns dX = Wᵀ dY (in × M).
  Matrix<T> backward(const Eigen::Ref<const Matrix<T>>& x, const Eigen::Ref<const Matrix<T>>& dY,
                     bool accumulate = false);
  // torch's F.linear on a row-major tensor (…, in) → (…, out), any leading shape. Throws
  // ShapeError with torch's message "mat1 and mat2 shapes cannot be multiplied (MxK and in x out)".
  Tensor<T> forward(const Tensor<T>& x) const;

  void zeroGradients() { std::fill(gradients_.begin(), gradients_.end(), T(0)); }
  // Appends "<prefix>.weight" (out × in) and "<prefix>.bias" (out), views into this Linear.
  void appendParameters(const std::string& prefix, std::vector<ParameterRef<T>>& out);

 private:
  int64_t in_;
  int64_t out_;
  std::vector<T> parameters_;
  std::vector<T> gradients_;
};

extern template class Linear<float>;
extern template class Linear<double>;

}  // namespace lstmviz::core
