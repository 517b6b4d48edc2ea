#include "core/nn/linear.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <random>
#include <string>

#include "core/common/error.h"
#include "core/nn/matrix_product.h"

namespace lstmviz::core {

template <typename T>
Linear<T>::Linear(int64_t inFeatures, int64_t outFeatures) : in_(inFeatures), out_(outFeatures) {
  if (in_ <= 0 || out_ <= 0)
    throw ShapeError("Linear: in_features and out_features must be greater than zero, got (" +
                     std::to_string(in_) + ", " + std::to_string(out_) + ")");
  parameters_.assign(parameterCount(), T(0));
  gradients_.assign(parameterCount(), T(0));
}

template <typename T>
void Linear<T>::resetParameters(uint64_t seed) {
  // kaiming_uniform(a = √5): gain = √(2 / (1 + a²)) = √(1/3), bound = √3 · gain / √fan_in
  // = 1/√in; the bias bound is 1/√fan_in as well.
  std::mt19937_64 rng(seed);
  const double bound = 1.0 / std::sqrt(static_cast<double>(in_));
  std::uniform_real_distribution<double> uniform(-bound, bound);
  for (T& value : parameters_) value = static_cast<T>(uniform(rng));
}

template <typename T>
Matrix<T> Linear<T>::forward(const Eigen::Ref<const Matrix<T>>& x) const {
  assert(x.rows() == in_);
  Matrix<T> y(out_, x.cols());
  multiply(operandOf(weight()), operandOf(x), operandOf(y), false);  // W x, split between threads
  y.colwise() += bias();
  return y;
}

template <typename T>
Matrix<T> Linear<T>::backward(const Eigen::Ref<const Matrix<T>>& x,
                              const Eigen::Ref<const Matrix<T>>& dY, bool accumulate) {
  assert(x.rows() == in_ && dY.rows() == out_ && x.cols() == dY.cols());
  if (!accumulate) zeroGradients();
  Eigen::Map<RowMatrix<T>> dW(gradients_.data(), out_, in_);
  Eigen::Map<Vector> db(gradients_.data() + out_ * in_, out_);
  multiply(operandOf(dY), operandOf(x).transposed(), operandOf(dW), true);  // dW += dY xᵀ
  db += dY.rowwise().sum();
  Matrix<T> dX(in_, dY.cols());
  multiply(operandOf(weight()).transposed(), operandOf(dY), operandOf(dX), false);  // Wᵀ dY
  return dX;
}

template <typename T>
Tensor<T> Linear<T>::forward(const Tensor<T>& x) const {
  const int64_t width = x.dim() == 0 ? 1 : x.size(-1);
  const int64_t rows = width > 0 ? x.numel() / width : 0;
  if (x.dim() == 0 || width != in_)
    throw ShapeError("mat1 and mat2 shapes cannot be multiplied (" + std::to_string(rows) + "x" +
                     std::to_string(width) + " and " + std::to_string(in_) + "x" +
                     std::to_string(out_) + ")");
  Shape shape = x.shape;
  shape.back() = out_;
  Tensor<T> y(shape);
  // Row-major (…, in) is column-major in × M: one column per leading index.
  Eigen::Map<Matrix<T>>(y.ptr(), out_, rows) =
      forward(Eigen::Map<const Matrix<T>>(x.ptr(), in_, rows));
  return y;
}

template <typename T>
void Linear<T>::appendParameters(const std::string& prefix, std::vector<ParameterRef<T>>& out) {
  out.push_back({prefix + ".weight", {out_, in_}, parameters_.data(), gradients_.data()});
  out.push_back(
      {prefix + ".bias", {out_}, parameters_.data() + out_ * in_, gradients_.data() + out_ * in_});
}

template class Linear<float>;
template class Linear<double>;

}  // namespace lstmviz::core
