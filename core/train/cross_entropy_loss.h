#pragma once
// CrossEntropyLoss<T>: torch.nn.CrossEntropyLoss(reduction='mean', ignore_index=-100) on logits
// x of shape (N, C), as log_softmax followed by nll_loss:
//   m_n = max_c x_nc,  log p_nc = (x_nc − m_n) − log Σ_c' exp(x_nc' − m_n)   (stable log-softmax)
// Class targets y (N,) of int64 in [0, C), or ignore_index (that sample is left out):
//   L = −(1/K) Σ_{n: y_n ≠ ignore} log p_{n,y_n}          K = number of samples not ignored
// Class-probability targets q (N, C) (torch ≥ 1.10, chosen when the target has x's shape):
//   L = −(1/N) Σ_n Σ_c q_nc log p_nc
// Gradient, as torch's log_softmax backward of the nll gradient G = dL/dlog p:
//   dL/dx_nc = G_nc − p_nc Σ_c' G_nc'   with G_nc = −[c = y_n]/K   (or −q_nc/N)
// i.e. (p_nc − [c = y_n]) / K for class targets. K = 0 (all ignored) gives nan, as in torch.
#include <cstdint>

#include "core/train/loss.h"

namespace lstmviz::core {

template <typename T>
class CrossEntropyLoss final : public Loss<T> {
 public:
  static constexpr int64_t kDefaultIgnoreIndex = -100;
  explicit CrossEntropyLoss(int64_t ignoreIndex = kDefaultIgnoreIndex)
      : ignoreIndex_(ignoreIndex) {}

  int64_t ignoreIndex() const { return ignoreIndex_; }
  std::string name() const override { return "CrossEntropyLoss"; }

  // Class indices as int64 (N,). Throws ShapeError unless logits are (N, C) with C > 0 and
  // classes (N,) ("Expected input batch_size (3) to match target batch_size (2)."), and Error
  // "Target 7 is out of bounds." for an index outside [0, C) that is not ignoreIndex.
  T forward(const Tensor<T>& logits, const Tensor<int64_t>& classes) const;
  Tensor<T> gradient(const Tensor<T>& logits, const Tensor<int64_t>& classes) const;

  // Through the Loss interface: a target of shape (N,) holds class indices as integral values of
  // T (Error if one is not integral); a target of shape (N, C) holds class probabilities.
  T forward(const Tensor<T>& logits, const Tensor<T>& target) const override;
  Tensor<T> gradient(const Tensor<T>& logits, const Tensor<T>& target) const override;

  // log_softmax over the last axis of (N, C) logits, computed as above.
  static Tensor<T> logSoftmax(const Tensor<T>& logits);

 private:
  // Shape and range checks; throw as documented on forward().
  void checkClasses(const Tensor<T>& logits, const Tensor<int64_t>& classes) const;
  Tensor<int64_t> toClasses(const Tensor<T>& target) const;
  void checkProbabilities(const Tensor<T>& logits, const Tensor<T>& target) const;
  // dL/dx from G = dL/dlog p: G − p · rowsum(G).
  static Tensor<T> softmaxBackward(const Tensor<T>& logProb, const Tensor<T>& gradLogProb);

  int64_t ignoreIndex_;
};

extern template class CrossEntropyLoss<float>;
extern template class CrossEntropyLoss<double>;

}  // namespace lstmviz::core
