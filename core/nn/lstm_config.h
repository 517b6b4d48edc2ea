#pragma once
// LstmConfig: the constructor arguments of torch.nn.LSTM, validated with torch's rules and words,
// and the parameter list they imply (state_dict names, shapes and order).
//
// Letters used in shapes throughout the project:
//   N batch, L steps (seq_len), D directions (2 if bidirectional else 1), H_in input features,
//   H hidden (cell) size, H_out = proj_size if proj_size > 0 else H, P = proj_size.
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/tensor.h"

namespace lstmviz::core {

struct LstmConfig {
  int64_t inputSize = 1;   // H_in
  int64_t hiddenSize = 1;  // H
  int64_t numLayers = 1;
  bool bias = true;
  bool batchFirst = false;
  double dropout = 0.0;  // applied to every layer's output but the last, in training mode only
  bool bidirectional = false;
  int64_t projSize = 0;  // P; 0 disables the projection

  int64_t numDirections() const { return bidirectional ? 2 : 1; }
  // H_out: the size of h_t (and of each direction's slice of output).
  int64_t outputSize() const { return projSize > 0 ? projSize : hiddenSize; }
  // Input width of layer k: H_in for k = 0, D·H_out above.
  int64_t layerInputSize(int64_t layer) const {
    return layer == 0 ? inputSize : numDirections() * outputSize();
  }

  // Throws ShapeError with torch's message when the configuration is invalid, e.g.
  // "proj_size has to be smaller than hidden_size".
  void validate() const;

  bool operator==(const LstmConfig&) const = default;
};

// Which tensor of one (layer, direction) a parameter is.
enum class LstmParamKind { kWeightIh, kWeightHh, kBiasIh, kBiasHh, kWeightHr };

struct LstmParamSpec {
  std::string name;  // torch's state_dict key, e.g. "weight_hh_l1_reverse"
  Shape shape;       // torch's shape, e.g. {4H, H_out}
  int64_t layer;
  int64_t direction;  // 0 forward, 1 reverse
  LstmParamKind kind;
  int64_t offset;  // element offset in the flat parameter buffer (specs are contiguous, in order)
  int64_t size() const { return numel(shape); }
};

// Parameters in torch's registration order: for each layer, for each direction:
// weight_ih (4H × in), weight_hh (4H × H_out), [bias_ih (4H), bias_hh (4H)], [weight_hr (P × H)].
// Gate blocks inside the 4H rows are in torch's order i, f, g, o.
std::vector<LstmParamSpec> lstmParameterSpecs(const LstmConfig& config);
// Total number of parameters (sum of the specs' sizes).
int64_t lstmParameterCount(const LstmConfig& config);
// "weight_ih_l0", "weight_hh_l2_reverse", ...
std::string lstmParamName(LstmParamKind kind, int64_t layer, int64_t direction);

}  // namespace lstmviz::core
