#pragma once
// LstmInitScheme: which initialisation initLstmParameters (core/train/lstm_init.h) applies to each
// tensor of an nn.LSTM — a plain value, so the experiment configuration can hold it without
// pulling in the numerics.
#include <cstdint>

namespace lstmviz::core {

struct LstmInitScheme {
  enum class Weights {
    kTorchDefault,    // U(−1/√H, 1/√H)
    kXavierUniform,   // gain
    kXavierNormal,    // gain
    kKaimingUniform,  // torch defaults: a = 0, fan_in, leaky_relu
    kKaimingNormal,
    kOrthogonal,  // gain
  };
  enum class Bias { kTorchDefault, kZeros, kForgetGateOne };

  Weights inputWeights = Weights::kTorchDefault;
  Weights recurrentWeights = Weights::kTorchDefault;
  Weights projectionWeights = Weights::kTorchDefault;
  Bias bias = Bias::kTorchDefault;
  double gain = 1.0;
  uint64_t seed = 0;
};

}  // namespace lstmviz::core
