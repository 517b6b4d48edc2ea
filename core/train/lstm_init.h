#pragma once
// initLstmParameters: fills an nn.LSTM flat parameter buffer (torch's order, lstm_config.h)
// with a chosen scheme, tensor by tensor:
//   weight_ih (4H × H_in or D·H_out)  ← inputWeights
//   weight_hh (4H × H_out)            ← recurrentWeights; kOrthogonal is applied per gate block
//                                       (four H × H_out orthogonal matrices, i, f, g, o)
//   weight_hr (P × H)                 ← projectionWeights
//   bias_ih, bias_hh (4H)             ← bias
// Bias schemes: kTorchDefault U(−1/√H, 1/√H) like every other default parameter; kZeros; and
// kForgetGateOne — all zero except the forget block [H, 2H) of bias_ih, set to 1. torch's LSTM
// adds two biases (b_ih + b_hh) into each gate, so "forget bias 1" must pick one of them; the
// convention here is b_ih_f = 1, b_hh_f = 0, so the effective forget bias is exactly 1.
// Deterministic for a seed; not the numbers torch would draw (see weight_init.h).
#include <cstdint>
#include <span>

#include "core/nn/lstm_config.h"
#include "core/train/lstm_init_scheme.h"
#include "core/train/weight_init.h"

namespace lstmviz::core {

// Requires: params.size() == lstmParameterCount(config) (ShapeError otherwise); validates config.
// Throws Error naming the tensor and element when the gain makes a weight NaN or ±Inf.
template <typename T>
void initLstmParameters(std::span<T> params, const LstmConfig& config,
                        const LstmInitScheme& scheme);

}  // namespace lstmviz::core
