#pragma once
// Seq2SeqModel<T>: encoder–decoder for multi-step forecasting. The encoder LSTM reads the input
// window; its final (h_n, c_n) initialise a decoder LSTM that is run one step at a time for k
// future steps, each step's input being the previous prediction (autoregressive), and one Linear
// head maps each decoder output to the O target features. The torch module it equals:
//
//   class Seq2Seq(nn.Module):
//     def __init__(self):  self.encoder = nn.LSTM(F, H, ..., batch_first=True)
//                          self.decoder = nn.LSTM(O, H, ..., batch_first=True)  # same H, layers,
//                          self.head = nn.Linear(D·H_out, O)                    # D, proj_size
//     def forward(self, x, teacher=None):              # x (N, L, F)
//       _, state = self.encoder(x)                     # (h_n, c_n), true last steps if packed
//       y = x[:, -1:, targets]                         # y_{−1}: (N, 1, O), x[n, len_n − 1]
//       preds = []
//       for j in range(k):
//         out, state = self.decoder(y, state)          # one step: out (N, 1, D·H_out)
//         p = self.head(out); preds.append(p)          # (N, 1, O)
//         y = teacher[:, j:j+1] if teacher is not None else p
//       return torch.cat(preds, 1)                     # (N, k, O)
//
// The decoder is run as k separate one-step Lstm::forward calls, one trace each: that is the
// definition above, exact by construction, and backward is the same calls in reverse order —
// dL/dp_j = G_j + dL/d(input of step j+1) (unless teacher forced), the state gradients of step j
// become dL/d(h_n, c_n) of step j−1, and after step 0 they enter the encoder's backward;
// dL/dy_{−1} is added into dL/dx at [n, len_n − 1, targets]. The head's gradients accumulate
// over the k steps. Parameter names "encoder.*", "decoder.*", "head.weight", "head.bias".
#include <cstdint>
#include <string>
#include <vector>

#include "core/nn/linear.h"
#include "core/nn/lstm.h"
#include "core/nn/lstm_modules.h"
#include "core/nn/model.h"

namespace lstmviz::core {

struct Seq2SeqConfig {
  LstmConfig encoder;      // inputSize = F; batchFirst is forced to true
  int64_t outputSize = 1;  // O: target features per step (the decoder's input and output)
  int64_t horizon = 1;     // k: future steps predicted
  // Indices into the F input features of the O targets, in order (y_{−1} = x[n, last, these]).
  // Empty: the first O features.
  std::vector<int64_t> targetFeatures;

  // The decoder's nn.LSTM arguments: the encoder's with input_size = O.
  LstmConfig decoderConfig() const;
};

template <typename T>
class Seq2SeqModel : public Model<T> {
 public:
  // Throws ShapeError for an invalid LSTM config, O ≤ 0, k ≤ 0, or targetFeatures whose size is
  // not O or with an index outside [0, F) (without targetFeatures: O > F). Parameters start at 0.
  explicit Seq2SeqModel(const Seq2SeqConfig& config);
  Seq2SeqModel(const Seq2SeqModel&) = delete;
  Seq2SeqModel& operator=(const Seq2SeqModel&) = delete;

  const Seq2SeqConfig& config() const { return config_; }
  const std::vector<int64_t>& targetFeatures() const { return targets_; }
  Lstm<T>& encoder() { return encoder_; }
  Lstm<T>& decoder() { return decoder_; }
  Linear<T>& head() { return head_; }
  // Each module's torch default init (LstmModules::resetParameters).
  void resetParameters(uint64_t seed) { modules_.resetParameters(seed); }
  void setTraceOptions(const TraceOptions& options) { traceOptions_ = options; }

  std::string kind() const override { return "seq2seq"; }
  std::vector<ParameterRef<T>> parameters() override { return modules_.parameters(); }
  // Autoregressive forward (no teacher forcing). x (N, L, F) → (N, k, O).
  Tensor<T> forward(const Tensor<T>& x, const std::vector<int64_t>* lengths,
                    bool training) override {
    return forward(x, lengths, training, nullptr);
  }
  // teacherTargets (N, k, O) or null: when given, decoder step j ≥ 1 reads the true
  // teacherTargets[:, j − 1] instead of its own prediction (teacher forcing, training only in
  // practice); the last row is not read. Throws ShapeError on any shape mismatch.
  Tensor<T> forward(const Tensor<T>& x, const std::vector<int64_t>* lengths, bool training,
                    const Tensor<T>* teacherTargets);
  // forward(x, lengths, true, &targets).
  Tensor<T> forwardTeacherForced(const Tensor<T>& x, const std::vector<int64_t>* lengths,
                                 const Tensor<T>& targets) override {
    return forward(x, lengths, true, &targets);
  }
  void backward(const Tensor<T>& dPrediction) override;
  // The encoder's trace.
  const LstmTrace<T>* trace() const override { return hasForward_ ? &encoderTrace_ : nullptr; }

  // Decoder step j of the last forward (0 ≤ j < k): its trace, its input (N, 1, O) and result.
  const LstmTrace<T>& decoderTrace(int64_t j) const { return decoderTraces_[j]; }
  const Tensor<T>& decoderInput(int64_t j) const { return decoderInputs_[j]; }
  const LstmOutput<T>& decoderOutput(int64_t j) const { return decoderOuts_[j]; }
  const LstmOutput<T>& encoderOutput() const { return encoderOut_; }
  // dL/dx (N, L, F) of the last backward.
  const Tensor<T>& inputGradient() const { return inputGrad_; }

 private:
  Seq2SeqConfig config_;
  std::vector<int64_t> targets_;  // O indices into F
  LstmModules<T> modules_;        // encoder, decoder, head
  Lstm<T>& encoder_ = modules_.lstm(0);
  Lstm<T>& decoder_ = modules_.lstm(1);
  Linear<T>& head_ = modules_.head();
  std::vector<T>& encoderGrad_ = modules_.lstmGradients(0);
  std::vector<T>& decoderGrad_ = modules_.lstmGradients(1);
  TraceOptions traceOptions_;
  uint64_t dropoutCalls_ = 0;

  bool hasForward_ = false;
  bool teacherForced_ = false;
  std::vector<int64_t> lastSteps_;  // len_n − 1 (or L − 1) per sample
  LstmTrace<T> encoderTrace_;
  LstmOutput<T> encoderOut_;
  std::vector<LstmTrace<T>> decoderTraces_;  // k one-step traces
  std::vector<Tensor<T>> decoderInputs_;     // k × (N, 1, O)
  std::vector<LstmOutput<T>> decoderOuts_;   // k one-step results
  LstmGradients<T> lstmGrads_;
  Tensor<T> inputGrad_;
};

extern template class Seq2SeqModel<float>;
extern template class Seq2SeqModel<double>;

}  // namespace lstmviz::core
