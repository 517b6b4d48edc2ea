#include "app/cli/train_init.h"

#include <algorithm>

#include "app/cli/cli_support.h"
#include "core/common/error.h"
#include "core/io/safetensors.h"
#include "core/io/state_dict.h"
#include "core/nn/autoencoder_model.h"
#include "core/nn/one_to_many_model.h"
#include "core/nn/seq2seq_model.h"
#include "core/nn/sequence_model.h"

namespace lstmviz::cli {

namespace {

using core::Architecture;
using core::Shape;
using core::shapeToString;

// O of head.weight (O, width).
int64_t headOutputs(const core::SafetensorsFile& init) {
  if (!init.contains("head.weight"))
    throw core::FileError(init.source() +
                          ": no tensor named 'head.weight' (the Linear head, (O, width))");
  const Shape shape = init.entry("head.weight").shape;
  if (shape.size() != 2)
    throw core::ShapeError(init.source() + ": head.weight has shape " + shapeToString(shape) +
                           ", expected (O, width)");
  return shape[0];
}

// The first LSTM's input_size must be the data's F.
void requireInputSize(const core::SafetensorsFile& init, const std::string& module,
                      const core::LstmConfig& lstm, const core::ExperimentData& d) {
  if (lstm.inputSize != d.inputSize)
    throw core::ShapeError(init.source() + ": the " + module + " takes input_size " +
                           std::to_string(lstm.inputSize) + " but x has " +
                           std::to_string(d.inputSize) + " features");
}

// Copies every parameter of model from init, by state_dict name.
void loadParameters(core::Model<float>& model, const core::SafetensorsFile& init) {
  for (const core::ParameterRef<float>& p : model.parameters()) {
    if (!init.contains(p.name))
      throw core::FileError(init.source() + ": Missing key(s) in state_dict: \"" + p.name + "\"");
    const core::Tensor<float> t = init.getFloat(p.name);
    requireFinite(t, init.source() + ": " + p.name,
                  "training would start from NaN; fix the checkpoint first");
    if (t.shape != p.shape)
      throw core::ShapeError(init.source() + ": size mismatch for " + p.name +
                             ": copying a param with shape " + shapeToString(t.shape) +
                             " from checkpoint, the shape in current model is " +
                             shapeToString(p.shape) + ".");
    std::copy(t.data.begin(), t.data.end(), p.values);
  }
}

std::unique_ptr<core::Model<float>> headModel(const core::SafetensorsFile& init,
                                              const core::ExperimentConfig& c,
                                              const core::ExperimentData& d) {
  core::SequenceModelConfig config;
  config.head = c.head;
  config.steps = d.steps;
  config.naivePaddedLast = c.naivePaddedLast;
  config.lstm = core::inferLstmConfig(init, true, std::string("lstm."));
  config.outputSize = headOutputs(init);
  const Shape headShape = init.entry("head.weight").shape;
  if (headShape[1] != config.headInputSize())
    throw core::ShapeError(init.source() + ": head.weight has shape " + shapeToString(headShape) +
                           " but head '" + core::headKindName(c.head) + "' of this LSTM takes " +
                           std::to_string(config.headInputSize()) + " inputs");
  requireInputSize(init, "LSTM", config.lstm, d);
  return std::make_unique<core::SequenceModel<float>>(config);
}

}  // namespace

std::unique_ptr<core::Model<float>> modelFromInit(const std::string& initPath,
                                                  const core::ExperimentConfig& c,
                                                  const core::ExperimentData& d) {
  const core::SafetensorsFile init = core::SafetensorsFile::read(initPath);
  std::unique_ptr<core::Model<float>> model;
  switch (c.modelArchitecture()) {
    case Architecture::kManyToOne:
    case Architecture::kManyToMany:
      model = headModel(init, c, d);
      break;
    case Architecture::kOneToMany: {
      core::OneToManyConfig config;
      config.decoder = core::inferLstmConfig(init, true, std::string("decoder."));
      requireInputSize(init, "decoder", config.decoder, d);
      config.outputSize = headOutputs(init);
      config.steps = d.horizon;
      model = std::make_unique<core::OneToManyModel<float>>(config);
      break;
    }
    case Architecture::kSeq2Seq: {
      core::Seq2SeqConfig config;
      config.encoder = core::inferLstmConfig(init, true, std::string("encoder."));
      requireInputSize(init, "encoder", config.encoder, d);
      config.outputSize = headOutputs(init);
      config.horizon = d.horizon;
      config.targetFeatures = d.targetFeatures;
      model = std::make_unique<core::Seq2SeqModel<float>>(config);
      break;
    }
    case Architecture::kAutoencoder: {
      core::AutoencoderConfig config;
      config.encoder = core::inferLstmConfig(init, true, std::string("encoder."));
      requireInputSize(init, "encoder", config.encoder, d);
      config.decoder = core::inferLstmConfig(init, true, std::string("decoder."));
      model = std::make_unique<core::AutoencoderModel<float>>(config);
      break;
    }
  }
  loadParameters(*model, init);
  return model;
}

}  // namespace lstmviz::cli
