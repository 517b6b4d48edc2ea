#pragma once
// AutoencoderModel<T>: the LSTM autoencoder of anomaly detection (Keras: LSTM → RepeatVector(L)
// → LSTM(return_sequences=True) → TimeDistributed(Dense(F))). The encoder compresses the window
// into its last hidden state z, the decoder unrolls z back over L steps and a per-step Linear
// reconstructs the F features; windows the model reconstructs badly are anomalies. The torch
// module it equals:
//
//   class Autoencoder(nn.Module):
//     def __init__(self):  self.encoder = nn.LSTM(F, H_e, ..., batch_first=True)
//                          self.decoder = nn.LSTM(D_e·H_out_e, H_d, ..., batch_first=True)
//                          self.head = nn.Linear(D_d·H_out_d, F)
//     def forward(self, x):                              # x (N, L, F)
//       _, (h_n, _) = self.encoder(x)                    # h_n (D_e·layers_e, N, H_out_e)
//       z = torch.cat(list(h_n[-D_e:]), dim=1)           # (N, D_e·H_out_e): last layer, forward
//                                                        #   ‖ reverse (Keras' Bidirectional)
//       r = z.unsqueeze(1).repeat(1, L, 1)               # RepeatVector: (N, L, D_e·H_out_e)
//       output, _ = self.decoder(r)                      # (N, L, D_d·H_out_d)
//       return self.head(output)                         # x̂ (N, L, F)
//
// With lengths both LSTMs are packed with the same lengths: z is the encoder's state at each true
// last step, the decoder runs len_n steps, and x̂ at padded steps is the head's bias (the decoder
// output there is zero) — reconstructionError reports 0 there.
// Backward: dr = decoder backward of Wᵀ dx̂; dz_n = Σ_t dr[n, t]; dz enters the encoder as
// dL/dh_n of its last layer. The decoder reads the same vector at every step and never its own
// predictions, so it runs as one ordinary Lstm::forward over L steps.
// Parameter names "encoder.*", "decoder.*", "head.weight", "head.bias".
#include <cstdint>
#include <string>
#include <vector>

#include "core/nn/linear.h"
#include "core/nn/lstm.h"
#include "core/nn/lstm_modules.h"
#include "core/nn/model.h"

namespace lstmviz::core {

struct AutoencoderConfig {
  LstmConfig encoder;  // inputSize = F; batchFirst is forced to true
  LstmConfig decoder;  // inputSize is set to the code width D_e·H_out_e; batchFirst forced

  int64_t codeSize() const { return encoder.numDirections() * encoder.outputSize(); }
  // The decoder's nn.LSTM arguments as used (input_size = codeSize(), batch_first).
  LstmConfig decoderConfig() const;
};

template <typename T>
class AutoencoderModel : public Model<T> {
 public:
  // Throws ShapeError for an invalid LSTM config. Parameters start at zero.
  explicit AutoencoderModel(const AutoencoderConfig& config);
  AutoencoderModel(const AutoencoderModel&) = delete;
  AutoencoderModel& operator=(const AutoencoderModel&) = delete;

  const AutoencoderConfig& config() const { return config_; }
  Lstm<T>& encoder() { return encoder_; }
  Lstm<T>& decoder() { return decoder_; }
  Linear<T>& head() { return head_; }
  // Each module's torch default init (LstmModules::resetParameters).
  void resetParameters(uint64_t seed) { modules_.resetParameters(seed); }
  void setTraceOptions(const TraceOptions& options) { traceOptions_ = options; }

  std::string kind() const override { return "autoencoder"; }
  std::vector<ParameterRef<T>> parameters() override { return modules_.parameters(); }
  // x (N, L, F) → x̂ (N, L, F).
  Tensor<T> forward(const Tensor<T>& x, const std::vector<int64_t>* lengths,
                    bool training) override;
  void backward(const Tensor<T>& dPrediction) override;
  // The encoder's trace.
  const LstmTrace<T>* trace() const override { return hasForward_ ? &encoderTrace_ : nullptr; }
  const LstmTrace<T>& decoderTrace() const { return decoderTrace_; }
  // The encoder's and the decoder's results of the last forward.
  const LstmOutput<T>& encoderOutput() const { return encoderOut_; }
  const LstmOutput<T>& decoderOutput() const { return decoderOut_; }
  // The code z of the last forward, one column per sample (D_e·H_out_e × N).
  const Matrix<T>& code() const { return code_; }
  const Tensor<T>& inputGradient() const { return inputGrad_; }

  // Reconstruction error per step: e[n, t] = (1/F) Σ_f (x̂[n, t, f] − x[n, t, f])² — the mean
  // squared error of step t — and 0 for t ≥ len_n. Runs forward(x, lengths, false) (replacing
  // the recorded pass). Returns (N, L).
  Tensor<T> reconstructionError(const Tensor<T>& x, const std::vector<int64_t>* lengths = nullptr);

  // Anomaly thresholds from the errors of normal (training) windows, over the steps
  // t < len_n only. Throws Error when there is no such step.
  //   mean + k·std, std unbiased (torch.std's default, divisor count − 1; 0 for one value).
  static T thresholdMeanStd(const Tensor<T>& errors, double k,
                            const std::vector<int64_t>* lengths = nullptr);
  //   the q-th percentile, q in [0, 100], linear interpolation between order statistics
  //   (numpy.percentile's default, torch.quantile(q / 100)). Throws Error for q outside.
  static T thresholdPercentile(const Tensor<T>& errors, double q,
                               const std::vector<int64_t>* lengths = nullptr);

 private:
  AutoencoderConfig config_;
  LstmModules<T> modules_;  // encoder, decoder, head
  Lstm<T>& encoder_ = modules_.lstm(0);
  Lstm<T>& decoder_ = modules_.lstm(1);
  Linear<T>& head_ = modules_.head();
  std::vector<T>& encoderGrad_ = modules_.lstmGradients(0);
  std::vector<T>& decoderGrad_ = modules_.lstmGradients(1);
  TraceOptions traceOptions_;
  uint64_t dropoutCalls_ = 0;

  bool hasForward_ = false;
  std::vector<int64_t> lengths_;
  LstmTrace<T> encoderTrace_;
  LstmTrace<T> decoderTrace_;
  LstmOutput<T> encoderOut_;
  LstmOutput<T> decoderOut_;
  Matrix<T> code_;
  LstmGradients<T> lstmGrads_;
  Tensor<T> inputGrad_;
};

extern template class AutoencoderModel<float>;
extern template class AutoencoderModel<double>;

}  // namespace lstmviz::core
