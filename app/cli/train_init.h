#pragma once
// `lstmviz-cli train --init I.safetensors`: the model whose architecture and starting weights
// come from a state_dict named as the architecture's torch module names them (core/nn/*_model.h):
//   many_to_one / many_to_many  lstm.*, head.weight, head.bias
//   one_to_many                 decoder.*, head.*
//   seq2seq / autoencoder       encoder.*, decoder.*, head.*
// The LSTM configurations are inferred from the tensors (core/io/state_dict.h), O from
// head.weight; the data gives what the weights cannot (L, the horizon K, the target features).
#include <memory>
#include <string>

#include "core/nn/model.h"
#include "core/train/experiment.h"

namespace lstmviz::cli {

// Throws core::FileError / ShapeError in torch's load_state_dict words ("Missing key(s) in
// state_dict", "size mismatch for …") and core::Error for weights that are not finite or an
// input size that does not match the data's F.
std::unique_ptr<core::Model<float>> modelFromInit(const std::string& initPath,
                                                  const core::ExperimentConfig& config,
                                                  const core::ExperimentData& data);

}  // namespace lstmviz::cli
