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
    case LstmParamKind::kWeightIh:
      base = "weight_ih_l";
      break;
    case LstmParamKind::kWeightHh:
      base = "weight_hh_l";
      break;
    case LstmParamKind::kBiasIh:
      base = "bias_ih_l";
      break;
    case LstmParamKind::kBiasHh:
      base = "bias_hh_l";
      break;
    case LstmParamKind::kWeightHr:
      base = "weight_hr_l";
      break;
  }
  return base + std::to_string(layer) + (direction == 1 ? "_reverse" : "");
}

namespace {

// More parameter tensors than this (5 per layer and direction at most) are refused rather than
// listed: the list alone would take gigabytes before a single weight is allocated.
constexpr long double kMaxParameterTensors = 1e6L;

// "4.0e+22": a count too large to write out, as its messages show it.
std::string approximately(long double count) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1e", static_cast<double>(count));
  return text;
}

}  // namespace

int64_t lstmParameterCount(const LstmConfig& c) {
  // Closed form, in long double (exact for integers below 2^64), before any int64 product is
  // formed — 4H × H_out alone overflows int64 for absurd sizes. Per direction:
  //   Σ_k 4H·in_k = 4H·(H_in + (K−1)·D·H_out),  plus K·(4H·H_out [+ 8H bias] [+ P·H]).
  const long double h = c.hiddenSize, out = c.outputSize(), d = c.numDirections(),
                    layers = c.numLayers;
  const long double inputWeights = 4 * h * (c.inputSize + (layers - 1) * d * out);
  const long double perLayer = 4 * h * out + (c.bias ? 8 * h : 0) + c.projSize * h;
  const long double exact = d * (inputWeights + layers * perLayer);
  if (exact > static_cast<long double>(int64_t{1} << 62))
    throw ResourceError("this nn.LSTM would have about " + approximately(exact) +
                        " parameters, more than any machine can hold");
  return static_cast<int64_t>(exact);
}

std::vector<LstmParamSpec> lstmParameterSpecs(const LstmConfig& c) {
  lstmParameterCount(c);  // refuses counts int64 cannot hold, so the offsets below cannot overflow
  const long double tensors = static_cast<long double>(c.numLayers) * c.numDirections() *
                              (2 + (c.bias ? 2 : 0) + (c.projSize > 0 ? 1 : 0));
  if (tensors > kMaxParameterTensors)
    throw ResourceError("this nn.LSTM would have about " + approximately(tensors) +
                        " parameter tensors (num_layers " + std::to_string(c.numLayers) +
                        "), more than lstmviz lists");
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

}  // namespace lstmviz::core
