#pragma once
// LstmCell<T>: torch.nn.LSTMCell — one step of an LSTM, written the classic hand-made way the
// learners' notes use: two affine maps x2h (W_ih x + b_ih) and h2h (W_hh h + b_hh), their sum
// chunked into four gate blocks i, f, g, o:
//   [a_i; a_f; a_g; a_o] = x2h(x) + h2h(h)
//   c' = σ(a_f) ⊙ c + σ(a_i) ⊙ tanh(a_g),   h' = σ(a_o) ⊙ tanh(c')
// Parameters (torch names): weight_ih (4H × H_in), weight_hh (4H × H), bias_ih, bias_hh (4H).
// It is independent of Lstm<T>'s kernels, so "a loop of cells equals nn.LSTM" is a real test.
#include <cstdint>
#include <vector>

#include "core/common/tensor.h"
#include "core/nn/lstm_trace.h"

namespace lstmviz::core {

template <typename T>
struct LstmCellGradients {
  Tensor<T> weightIh, weightHh, biasIh, biasHh;
  Tensor<T> input, h, c;
};

template <typename T>
class LstmCell {
 public:
  // Throws ShapeError for non-positive sizes. Parameters start at zero.
  LstmCell(int64_t inputSize, int64_t hiddenSize, bool bias = true);

  int64_t inputSize() const { return inputSize_; }
  int64_t hiddenSize() const { return hiddenSize_; }
  bool hasBias() const { return bias_; }
  RowMatrix<T>& weightIh() { return weightIh_; }  // 4H × H_in
  RowMatrix<T>& weightHh() { return weightHh_; }  // 4H × H
  Matrix<T>& biasIh() { return biasIh_; }         // 4H × 1
  Matrix<T>& biasHh() { return biasHh_; }
  // U(-1/√H, 1/√H) for every parameter, as torch's reset_parameters.
  void resetParameters(uint64_t seed);

  // input (N, H_in) or unbatched (H_in); h, c (N, H) or (H) — zeros when null.
  // Returns (h', c') with h's shape. Throws ShapeError with torch's messages.
  std::pair<Tensor<T>, Tensor<T>> forward(const Tensor<T>& input, const Tensor<T>* h,
                                          const Tensor<T>* c) const;
  // Gradients of Σ h'⊙dH + Σ c'⊙dC for the arguments of the last forward (recomputed here).
  LstmCellGradients<T> backward(const Tensor<T>& input, const Tensor<T>* h, const Tensor<T>* c,
                                const Tensor<T>& dHNext, const Tensor<T>& dCNext) const;

 private:
  int64_t inputSize_, hiddenSize_;
  bool bias_;
  RowMatrix<T> weightIh_, weightHh_;
  Matrix<T> biasIh_, biasHh_;
};

extern template class LstmCell<float>;
extern template class LstmCell<double>;

}  // namespace lstmviz::core
