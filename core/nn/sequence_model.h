#pragma once
// SequenceModel<T>: nn.LSTM(batch_first=True) followed by an nn.Linear head — the many-to-one and
// many-to-many models of the learners' notes. The torch module it equals:
//
//   class SequenceModel(nn.Module):
//     def __init__(self):  self.lstm = nn.LSTM(..., batch_first=True); self.head = nn.Linear(..)
//     def forward(self, x):                    # x (N, L, H_in)
//       output, (h_n, c_n) = self.lstm(x)      # output (N, L, D·H_out), h_n (D·layers, N, H_out)
//       return self.head(z)                    # z per HeadKind below
//
// Head input z and prediction y (W, b the head's weight (O × width) and bias (O)):
//   kLast     z_n = output[n, L−1]                  width D·H_out     y (N, O)
//             — bidirectional: forward h at step L−1 ‖ reverse h at step L−1 (which is the
//               reverse direction's FIRST step, it has read only x_{L−1}). With lengths the
//               true last step output[n, len_n − 1] is used, unless naivePaddedLast, which keeps
//               output[n, L−1]: zeros past len_n, so y_n = b for a padded one-layer sample.
//   kHn       z_n = h_n[(layers−1)·D + D−1, n]      width H_out       y (N, O)
//             — the last layer's LAST direction only: for bidirectional, the reverse state after
//               reading the whole sequence. Equals kLast for one direction without lengths.
//               With lengths it is the state at each true last step (packing).
//   kFlatten  z_n = output[n].reshape(L·D·H_out)    width L·D·H_out   y (N, O)
//             — needs the L given in the config; with lengths the padded steps are zeros.
//   kMean     z_n = (1/len_n) Σ_{t<len_n} output[n, t]  width D·H_out  y (N, O)
//             — len_n = L without lengths (= output.mean(1)); with lengths the mean over the
//               true steps only (= output.sum(1) / lengths[:, None]), not over the padding.
//   kSeq      z_{n,t} = output[n, t]                width D·H_out     y (N, L, O)
//             — the same Linear at every step (TimeDistributed(Dense) ≡ Linear on 3-D). With
//               lengths, y at padded steps is b (the output there is zero); mask it in the loss.
//   y = W z + b.
//
// Backward: dz = Wᵀ dy, scattered back into dL/d(output) (kLast, kFlatten, kMean, kSeq) or
// dL/d(h_n) (kHn), then Lstm::backward. Parameter names: "lstm.<torch name>", "head.weight",
// "head.bias" (loads into the torch module above with load_state_dict).
#include <cstdint>
#include <string>
#include <vector>

#include "core/nn/head_kind.h"
#include "core/nn/linear.h"
#include "core/nn/lstm.h"
#include "core/nn/lstm_modules.h"
#include "core/nn/model.h"

namespace lstmviz::core {

struct SequenceModelConfig {
  LstmConfig lstm;  // batchFirst is forced to true: the model's input is (N, L, H_in)
  HeadKind head = HeadKind::kLast;
  int64_t outputSize = 1;        // O
  int64_t steps = 0;             // L; required (> 0) by kFlatten, whose head width depends on it
  bool naivePaddedLast = false;  // kLast with lengths: take output[:, -1] anyway (the mistake)

  // The head's in_features for this config (see the table above).
  int64_t headInputSize() const;
};

template <typename T>
class SequenceModel : public Model<T> {
 public:
  // Throws ShapeError for an invalid LSTM config, O ≤ 0, or kFlatten without steps.
  // Parameters start at zero; call resetParameters.
  explicit SequenceModel(const SequenceModelConfig& config);
  SequenceModel(const SequenceModel&) = delete;  // parameters() hands out raw pointers
  SequenceModel& operator=(const SequenceModel&) = delete;

  const SequenceModelConfig& config() const { return config_; }
  Lstm<T>& lstm() { return lstm_; }
  const Lstm<T>& lstm() const { return lstm_; }
  Linear<T>& head() { return head_; }
  const Linear<T>& head() const { return head_; }
  // torch's defaults: the LSTM ~ U(−1/√H, 1/√H), the head ~ U(−1/√width, 1/√width)
  // (LstmModules::resetParameters).
  void resetParameters(uint64_t seed) { modules_.resetParameters(seed); }
  // Options of the recorded trace (recordPreActivations, budget, ...); training and
  // dropoutSeed are set by forward.
  void setTraceOptions(const TraceOptions& options) { traceOptions_ = options; }

  // "lstm+last", "lstm+hn", "lstm+flatten", "lstm+mean", "lstm+seq".
  std::string kind() const override;
  std::vector<ParameterRef<T>> parameters() override { return modules_.parameters(); }
  // x (N, L, H_in); lengths as in Lstm::forward. Returns (N, O), or (N, L, O) for kSeq. Throws
  // ShapeError for a non-3-D x, torch's LSTM messages, and torch's Linear message when kFlatten
  // gets another L than configured. training: dropout between layers, a new mask per call.
  Tensor<T> forward(const Tensor<T>& x, const std::vector<int64_t>* lengths,
                    bool training) override;
  // dPrediction of the shape of the last prediction (ShapeError otherwise); overwrites every
  // parameter gradient and inputGradient().
  void backward(const Tensor<T>& dPrediction) override;
  const LstmTrace<T>* trace() const override { return hasForward_ ? &trace_ : nullptr; }

  // The LSTM's result in the last forward: output (N, L, D·H_out), h_n, c_n.
  const LstmOutput<T>& lstmOutput() const { return lstmOut_; }
  // The head's input z of the last forward, one column per sample (per (n, t) for kSeq, column
  // n·L + t).
  const Matrix<T>& headInput() const { return headInput_; }
  // dL/dx (N, L, H_in) of the last backward.
  const Tensor<T>& inputGradient() const { return inputGrad_; }
  // The step kLast read for each sample in the last forward (len_n − 1, or L − 1).
  const std::vector<int64_t>& lastSteps() const { return lastSteps_; }

 private:
  SequenceModelConfig config_;
  LstmModules<T> modules_;  // lstm, head
  Lstm<T>& lstm_ = modules_.lstm(0);
  Linear<T>& head_ = modules_.head();
  std::vector<T>& lstmGrad_ = modules_.lstmGradients(0);  // same layout as lstm_.parameters()
  TraceOptions traceOptions_;
  uint64_t dropoutCalls_ = 0;

  // State of the last forward, kept for backward and the views.
  bool hasForward_ = false;
  LstmTrace<T> trace_;
  LstmOutput<T> lstmOut_;
  std::vector<int64_t> lengths_;    // empty without lengths
  std::vector<int64_t> lastSteps_;  // kLast: the step read per sample
  Matrix<T> headInput_;
  Shape predictionShape_;
  LstmGradients<T> lstmGrads_;
  Tensor<T> inputGrad_;
};

extern template class SequenceModel<float>;
extern template class SequenceModel<double>;

}  // namespace lstmviz::core
