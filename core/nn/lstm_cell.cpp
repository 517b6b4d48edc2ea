#include "core/nn/lstm_cell.h"

#include <cmath>
#include <random>
#include <string>

#include "core/common/error.h"

namespace lstmviz::core {

namespace {

// Batch size of a cell call: input (N, H_in) → N, (H_in) → unbatched.
template <typename T>
int64_t checkCellArguments(const Tensor<T>& input, const Tensor<T>* h, const Tensor<T>* c,
                           int64_t inputSize, int64_t hiddenSize) {
  if (input.dim() != 1 && input.dim() != 2)
    throw ShapeError("LSTMCell: Expected input to be 1-D or 2-D but received " +
                     std::to_string(input.dim()) + "-D tensor");
  if (input.size(-1) != inputSize)
    throw ShapeError("input has inconsistent input_size: got " + std::to_string(input.size(-1)) +
                     " expected " + std::to_string(inputSize));
  const int64_t n = input.dim() == 2 ? input.shape[0] : 1;
  const Shape want = input.dim() == 2 ? Shape{n, hiddenSize} : Shape{hiddenSize};
  for (const Tensor<T>* state : {h, c}) {
    if (state && state->shape != want)
      throw ShapeError(std::string(state == h ? "hx" : "cx") + " has shape " +
                       shapeToString(state->shape) + ", expected " + shapeToString(want));
  }
  return n;
}

// Columns = samples: the (N, W) row-major tensor is a W × N column-major matrix.
template <typename T>
Matrix<T> columns(const Tensor<T>* t, int64_t rows, int64_t n) {
  if (!t) return Matrix<T>::Zero(rows, n);
  return Eigen::Map<const Matrix<T>>(t->ptr(), rows, n);
}

template <typename T>
Tensor<T> toTensor(const Matrix<T>& m, const Shape& shape) {
  return Tensor<T>(shape, std::vector<T>(m.data(), m.data() + m.size()));
}

template <typename T>
Tensor<T> toTensor(const RowMatrix<T>& m) {
  return Tensor<T>({m.rows(), m.cols()}, std::vector<T>(m.data(), m.data() + m.size()));
}

template <typename T>
Matrix<T> sigmoid(const Matrix<T>& a) {
  return (T(1) / (T(1) + (-a.array()).exp())).matrix();
}

}  // namespace

template <typename T>
LstmCell<T>::LstmCell(int64_t inputSize, int64_t hiddenSize, bool bias)
    : inputSize_(inputSize), hiddenSize_(hiddenSize), bias_(bias) {
  if (inputSize <= 0) throw ShapeError("input_size must be greater than zero");
  if (hiddenSize <= 0) throw ShapeError("hidden_size must be greater than zero");
  weightIh_ = RowMatrix<T>::Zero(4 * hiddenSize, inputSize);
  weightHh_ = RowMatrix<T>::Zero(4 * hiddenSize, hiddenSize);
  biasIh_ = Matrix<T>::Zero(bias ? 4 * hiddenSize : 0, 1);
  biasHh_ = Matrix<T>::Zero(bias ? 4 * hiddenSize : 0, 1);
}

template <typename T>
void LstmCell<T>::resetParameters(uint64_t seed) {
  std::mt19937_64 rng(seed);
  const double bound = 1.0 / std::sqrt(static_cast<double>(hiddenSize_));
  std::uniform_real_distribution<double> uniform(-bound, bound);
  auto fill = [&](T* data, int64_t size) {
    for (int64_t i = 0; i < size; ++i) data[i] = static_cast<T>(uniform(rng));
  };
  fill(weightIh_.data(), weightIh_.size());
  fill(weightHh_.data(), weightHh_.size());
  fill(biasIh_.data(), biasIh_.size());
  fill(biasHh_.data(), biasHh_.size());
}

template <typename T>
std::pair<Tensor<T>, Tensor<T>> LstmCell<T>::forward(const Tensor<T>& input, const Tensor<T>* h,
                                                     const Tensor<T>* c) const {
  const int64_t n = checkCellArguments(input, h, c, inputSize_, hiddenSize_);
  const int64_t hs = hiddenSize_;
  Matrix<T> x2h = weightIh_ * columns(&input, inputSize_, n);
  Matrix<T> h2h = weightHh_ * columns(h, hs, n);
  if (bias_) {
    x2h.colwise() += biasIh_.col(0);
    h2h.colwise() += biasHh_.col(0);
  }
  const Matrix<T> a = x2h + h2h;
  const Matrix<T> i = sigmoid<T>(a.topRows(hs)), f = sigmoid<T>(a.middleRows(hs, hs));
  const Matrix<T> g = a.middleRows(2 * hs, hs).array().tanh().matrix();
  const Matrix<T> o = sigmoid<T>(a.bottomRows(hs));
  const Matrix<T> cNext = f.cwiseProduct(columns(c, hs, n)) + i.cwiseProduct(g);
  const Matrix<T> hNext = o.cwiseProduct(cNext.array().tanh().matrix());
  const Shape shape = input.dim() == 2 ? Shape{n, hs} : Shape{hs};
  return {toTensor(hNext, shape), toTensor(cNext, shape)};
}

// Deltas (see lstm_kernels.cpp for the same derivation): with dh = dL/dh', dc' = dL/dc',
//   dc = dc' + dh ⊙ o ⊙ (1 − tanh²(c')), da_o = dh ⊙ tanh(c') ⊙ o(1−o), da_i = dc ⊙ g ⊙ i(1−i),
//   da_f = dc ⊙ c ⊙ f(1−f), da_g = dc ⊙ i ⊙ (1−g²); dx = W_ihᵀ da, dh_prev = W_hhᵀ da,
//   dc_prev = dc ⊙ f, dW_ih = da xᵀ, dW_hh = da hᵀ, db = Σ_n da.
template <typename T>
LstmCellGradients<T> LstmCell<T>::backward(const Tensor<T>& input, const Tensor<T>* h,
                                           const Tensor<T>* c, const Tensor<T>& dHNext,
                                           const Tensor<T>& dCNext) const {
  const int64_t n = checkCellArguments(input, h, c, inputSize_, hiddenSize_);
  const int64_t hs = hiddenSize_;
  checkCellArguments(input, &dHNext, &dCNext, inputSize_, hiddenSize_);
  const Matrix<T> x = columns(&input, inputSize_, n), hPrev = columns(h, hs, n),
                  cPrev = columns(c, hs, n);
  Matrix<T> a = weightIh_ * x + weightHh_ * hPrev;
  if (bias_) a.colwise() += biasIh_.col(0) + biasHh_.col(0);
  // Named matrices (not expressions): every array view below must outlive its statement.
  const Matrix<T> iM = sigmoid<T>(a.topRows(hs)), fM = sigmoid<T>(a.middleRows(hs, hs));
  const Matrix<T> gM = a.middleRows(2 * hs, hs).array().tanh().matrix();
  const Matrix<T> oM = sigmoid<T>(a.bottomRows(hs));
  const Matrix<T> cTanhM = (fM.array() * cPrev.array() + iM.array() * gM.array()).tanh().matrix();
  const Matrix<T> dhM = columns(&dHNext, hs, n);
  const auto i = iM.array(), f = fM.array(), g = gM.array(), o = oM.array();
  const auto cTanh = cTanhM.array(), dh = dhM.array();
  const Matrix<T> dc =
      (columns(&dCNext, hs, n).array() + dh * o * (T(1) - cTanh.square())).matrix();
  Matrix<T> da(4 * hs, n);
  da.topRows(hs) = dc.array() * g * i * (T(1) - i);
  da.middleRows(hs, hs) = dc.array() * cPrev.array() * f * (T(1) - f);
  da.middleRows(2 * hs, hs) = dc.array() * i * (T(1) - g.square());
  da.bottomRows(hs) = dh * cTanh * o * (T(1) - o);

  LstmCellGradients<T> grads;
  const Shape inShape = input.shape;
  const Shape stateShape = input.dim() == 2 ? Shape{n, hs} : Shape{hs};
  grads.weightIh = toTensor<T>(RowMatrix<T>(da * x.transpose()));
  grads.weightHh = toTensor<T>(RowMatrix<T>(da * hPrev.transpose()));
  if (bias_) {
    const Matrix<T> db = da.rowwise().sum();
    grads.biasIh = toTensor(db, {4 * hs});
    grads.biasHh = toTensor(db, {4 * hs});
  }
  grads.input = toTensor(Matrix<T>(weightIh_.transpose() * da), inShape);
  grads.h = toTensor(Matrix<T>(weightHh_.transpose() * da), stateShape);
  grads.c = toTensor(Matrix<T>(dc.array() * f), stateShape);
  return grads;
}

template class LstmCell<float>;
template class LstmCell<double>;

}  // namespace lstmviz::core
