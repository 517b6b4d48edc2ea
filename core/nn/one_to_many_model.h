#pragma once
// OneToManyModel<T>: one input vector → a sequence of L outputs (image captioning, "generate L
// steps from a seed"). The input is repeated L times — Keras' RepeatVector(L) — and read by a
// decoder LSTM whose every step goes through the same Linear head. The torch module it equals:
//
//   class OneToMany(nn.Module):
//     def __init__(self):  self.decoder = nn.LSTM(F, ..., batch_first=True)
//                          self.head = nn.Linear(D·H_out, O)
//     def forward(self, x):                             # x (N, F)
//       r = x.unsqueeze(1).repeat(1, L, 1)              # r (N, L, F): r[n, t] = x[n]
//       output, _ = self.decoder(r)                     # (N, L, D·H_out)
//       return self.head(output)                        # (N, L, O)
//
// Backward: dr = Lstm::backward(Wᵀ dy); dx_n = Σ_t dr[n, t] (the repeat's gradient is a sum).
// Parameter names "decoder.<torch name>", "head.weight", "head.bias".
#include <cstdint>
#include <string>
#include <vector>

#include "core/nn/linear.h"
#include "core/nn/lstm.h"
#include "core/nn/lstm_modules.h"
#include "core/nn/model.h"

namespace lstmviz::core {

struct OneToManyConfig {
  LstmConfig decoder;      // inputSize = F; batchFirst is forced to true
  int64_t outputSize = 1;  // O
  int64_t steps = 1;       // L, the length of the generated sequence
};

template <typename T>
class OneToManyModel : public Model<T> {
 public:
  // Throws ShapeError for an invalid LSTM config, O ≤ 0 or L ≤ 0. Parameters start at zero.
  explicit OneToManyModel(const OneToManyConfig& config);
  OneToManyModel(const OneToManyModel&) = delete;
  OneToManyModel& operator=(const OneToManyModel&) = delete;

  const OneToManyConfig& config() const { return config_; }
  Lstm<T>& decoder() { return decoder_; }
  Linear<T>& head() { return head_; }
  // torch's default init for the decoder and the head.
  // Each module's torch default init (LstmModules::resetParameters).
  void resetParameters(uint64_t seed) { modules_.resetParameters(seed); }
  void setTraceOptions(const TraceOptions& options) { traceOptions_ = options; }

  std::string kind() const override { return "one-to-many"; }
  std::vector<ParameterRef<T>> parameters() override { return modules_.parameters(); }
  // x (N, F) or (N, 1, F). lengths must be null (every generated sequence has L steps; a
  // ShapeError otherwise). Returns (N, L, O).
  Tensor<T> forward(const Tensor<T>& x, const std::vector<int64_t>* lengths,
                    bool training) override;
  void backward(const Tensor<T>& dPrediction) override;
  // The decoder's trace (it is the only LSTM).
  const LstmTrace<T>* trace() const override { return hasForward_ ? &trace_ : nullptr; }

  // The repeated input (N, L, F) and the decoder's result of the last forward.
  const Tensor<T>& repeatedInput() const { return repeated_; }
  const LstmOutput<T>& decoderOutput() const { return decoderOut_; }
  // dL/dx of the last backward, the shape of x.
  const Tensor<T>& inputGradient() const { return inputGrad_; }

 private:
  OneToManyConfig config_;
  LstmModules<T> modules_;  // decoder, head
  Lstm<T>& decoder_ = modules_.lstm(0);
  Linear<T>& head_ = modules_.head();
  std::vector<T>& decoderGrad_ = modules_.lstmGradients(0);  // same layout as decoder_'s
  TraceOptions traceOptions_;
  uint64_t dropoutCalls_ = 0;

  bool hasForward_ = false;
  Shape inputShape_;
  Tensor<T> repeated_;
  LstmTrace<T> trace_;
  LstmOutput<T> decoderOut_;
  LstmGradients<T> decoderGrads_;
  Tensor<T> inputGrad_;
};

extern template class OneToManyModel<float>;
extern template class OneToManyModel<double>;

}  // namespace lstmviz::core
