#include "core/nn/lstm_config.h"

#include <cstdio>

#include "core/common/error.h"

namespace lstmviz::core {

void LstmConfig::validate() const {
  if (!(dropout >= 0.0 && dropout <= 1.0))
    throw ShapeError(
        "dropout should be a number in range [0, 1] representing the probability of an element "
        "being zeroed");
  if (inputSize <= 0) throw ShapeError("input_size must be greater than zero");
  if (hiddenSize <= 0) throw ShapeError("hidden_size must be greater than zero");
  if (numLayers <= 0) throw ShapeError("num_layers must be greater than zero");
  if (projSize < 0)
    throw ShapeError("proj_size should be a positive integer or zero to disable projections");
  if (projSize >= hiddenSize) throw ShapeError("proj_size has to be smaller than hidden_size");
}

std::string lstmParamName(LstmParamKind kind, int64_t layer, int64_t direction) {
  const char* base = "";
  switch (kind) {
    case LstmParamKind::kWeightIh: base = "weight_ih_l"; break;
    case LstmParamKind::kWeightHh: base = "weight_hh_l"; break;
    case LstmParamKind::kBiasIh: base = "bias_ih_l"; break;
    case LstmParamKind::kBiasHh: base = "bias_hh_l"; break;
    case LstmParamKind::kWeightHr: base = "weight_hr_l"; break;
  }
  return base + std::to_string(layer) + (direction == 1 ? "_reverse" : "");
}

std::vector<LstmParamSpec> lstmParameterSpecs(const LstmConfig& c) {
  std::vector<LstmParamSpec> specs;
  const int64_t h4 = 4 * c.hiddenSize;
  int64_t offset = 0;
  auto add = [&](LstmParamKind kind, int64_t layer, int64_t dir, Shape shape) {
    LstmParamSpec spec{lstmParamName(kind, layer, dir), std::move(shape), layer, dir, kind, offset};
    offset += spec.size();
    specs.push_back(std::move(spec));
  };
  for (int64_t layer = 0; layer < c.numLayers; ++layer) {
    for (int64_t dir = 0; dir < c.numDirections(); ++dir) {
      add(LstmParamKind::kWeightIh, layer, dir, {h4, c.layerInputSize(layer)});
      add(LstmParamKind::kWeightHh, layer, dir, {h4, c.outputSize()});
      if (c.bias) {
        add(LstmParamKind::kBiasIh, layer, dir, {h4});
        add(LstmParamKind::kBiasHh, layer, dir, {h4});
      }
      if (c.projSize > 0) add(LstmParamKind::kWeightHr, layer, dir, {c.projSize, c.hiddenSize});
    }
  }
  return specs;
}

int64_t lstmParameterCount(const LstmConfig& config) {
  // Counted in long double first: 4H × H_out overflows int64 for absurd sizes.
  long double exact = 0;
  for (const auto& spec : lstmParameterSpecs(config)) {
    long double size = 1;
    for (int64_t extent : spec.shape) size *= static_cast<long double>(extent);
    exact += size;
  }
  if (exact > static_cast<long double>(int64_t{1} << 62))
  {
    char approx[32];
    std::snprintf(approx, sizeof approx, "%.1e", static_cast<double>(exact));
    throw ResourceError(std::string("this nn.LSTM would have about ") + approx +
                        " parameters, more than any machine can hold");
  }
  int64_t total = 0;
  for (const auto& spec : lstmParameterSpecs(config)) total += spec.size();
  return total;
}

}  // namespace lstmviz::core
