#include "core/train/lstm_init.h"

#include <cstdio>
#include <string>

#include "core/common/error.h"
#include "core/common/non_finite.h"

namespace lstmviz::core {

namespace {

template <typename T>
void initWeights(Eigen::Ref<RowMatrix<T>> w, LstmInitScheme::Weights kind, bool gateBlocks,
                 int64_t hiddenSize, double gain, InitRng& rng) {
  using Weights = LstmInitScheme::Weights;
  switch (kind) {
    case Weights::kTorchDefault:
      lstmDefaultInit<T>(w, hiddenSize, rng);
      return;
    case Weights::kXavierUniform:
      xavierUniform<T>(w, gain, rng);
      return;
    case Weights::kXavierNormal:
      xavierNormal<T>(w, gain, rng);
      return;
    case Weights::kKaimingUniform:
      kaimingUniform<T>(w, rng);
      return;
    case Weights::kKaimingNormal:
      kaimingNormal<T>(w, rng);
      return;
    case Weights::kOrthogonal:
      if (gateBlocks) {
        orthogonalGateBlocks<T>(w, gain, rng);
      } else {
        orthogonalInit<T>(w, gain, rng);
      }
      return;
  }
}

}  // namespace

template <typename T>
void initLstmParameters(std::span<T> params, const LstmConfig& config,
                        const LstmInitScheme& scheme) {
  config.validate();
  const int64_t expected = lstmParameterCount(config);
  if (static_cast<int64_t>(params.size()) != expected)
    throw ShapeError("initLstmParameters: expected " + std::to_string(expected) +
                     " parameters for this LSTM, got " + std::to_string(params.size()));
  InitRng rng(scheme.seed);
  const int64_t h = config.hiddenSize;
  for (const LstmParamSpec& spec : lstmParameterSpecs(config)) {
    const int64_t rows = spec.shape[0];
    const int64_t cols = spec.shape.size() > 1 ? spec.shape[1] : 1;
    Eigen::Map<RowMatrix<T>> w(params.data() + spec.offset, rows, cols);
    switch (spec.kind) {
      case LstmParamKind::kWeightIh:
        initWeights<T>(w, scheme.inputWeights, false, h, scheme.gain, rng);
        break;
      case LstmParamKind::kWeightHh:
        initWeights<T>(w, scheme.recurrentWeights, true, h, scheme.gain, rng);
        break;
      case LstmParamKind::kWeightHr:
        initWeights<T>(w, scheme.projectionWeights, false, h, scheme.gain, rng);
        break;
      case LstmParamKind::kBiasIh:
      case LstmParamKind::kBiasHh:
        if (scheme.bias == LstmInitScheme::Bias::kTorchDefault) {
          lstmDefaultInit<T>(w, h, rng);
        } else {
          w.setZero();
          if (scheme.bias == LstmInitScheme::Bias::kForgetGateOne &&
              spec.kind == LstmParamKind::kBiasIh)
            w.middleRows(h, h).setOnes();
        }
        break;
    }
    // A gain such as 1e300 overflows the weights to ±Inf (torch's init functions raise too):
    // refused here, so no run starts from, and no file holds, a non-finite weight.
    const std::string problem =
        nonFiniteProblem(params.data() + spec.offset, static_cast<size_t>(spec.size()), spec.name);
    if (!problem.empty()) {
      char gain[32];
      std::snprintf(gain, sizeof gain, "%g", scheme.gain);
      throw Error("init: gain " + std::string(gain) + " makes the initial weights non-finite: " +
                  problem + "; expected a gain whose weights fit in float32");
    }
  }
}

template void initLstmParameters<float>(std::span<float>, const LstmConfig&, const LstmInitScheme&);
template void initLstmParameters<double>(std::span<double>, const LstmConfig&,
                                         const LstmInitScheme&);

}  // namespace lstmviz::core
