// buildExperimentModel: the one function that turns an experiment into the model it trains.
#include <memory>
#include <span>

#include "core/common/error.h"
#include "core/nn/autoencoder_model.h"
#include "core/nn/one_to_many_model.h"
#include "core/nn/seq2seq_model.h"
#include "core/train/experiment.h"

namespace lstmviz::core {

namespace {

// Fills lstm's parameters with the experiment's init scheme drawn from `seed`.
void initLstm(Lstm<float>& lstm, LstmInitScheme scheme, uint64_t seed) {
  scheme.seed = seed;
  initLstmParameters<float>(std::span<float>(lstm.parameters()), lstm.config(), scheme);
}

}  // namespace

std::unique_ptr<Model<float>> buildExperimentModel(const ExperimentConfig& config,
                                                   const ExperimentData& data) {
  if (data.inputSize < 1 || data.outputSize < 1 || data.steps < 1 || data.horizon < 1)
    throw ShapeError("buildExperimentModel: the data has no shape yet (F = " +
                     std::to_string(data.inputSize) + ", O = " + std::to_string(data.outputSize) +
                     ", L = " + std::to_string(data.steps) + "); load it first");
  LstmConfig lstm = config.lstm;
  lstm.inputSize = data.inputSize;
  lstm.batchFirst = true;
  const uint64_t seed = config.init.seed;
  switch (config.modelArchitecture()) {
    case Architecture::kManyToOne:
    case Architecture::kManyToMany: {
      SequenceModelConfig model;
      model.lstm = lstm;
      model.head = config.head;
      model.outputSize = data.outputSize;
      model.steps = data.steps;
      model.naivePaddedLast = config.naivePaddedLast;
      auto built = std::make_unique<SequenceModel<float>>(model);
      initLstm(built->lstm(), config.init, seed);
      built->head().resetParameters(seed ^ kHeadSeedMix);
      return built;
    }
    case Architecture::kOneToMany: {
      OneToManyConfig model;
      model.decoder = lstm;
      model.outputSize = data.outputSize;
      model.steps = data.horizon;
      auto built = std::make_unique<OneToManyModel<float>>(model);
      initLstm(built->decoder(), config.init, seed);
      built->head().resetParameters(seed ^ kHeadSeedMix);
      return built;
    }
    case Architecture::kSeq2Seq: {
      Seq2SeqConfig model;
      model.encoder = lstm;
      model.outputSize = data.outputSize;
      model.horizon = data.horizon;
      model.targetFeatures = data.targetFeatures;
      auto built = std::make_unique<Seq2SeqModel<float>>(model);
      initLstm(built->encoder(), config.init, seed);
      initLstm(built->decoder(), config.init, seed + 1);
      built->head().resetParameters(seed ^ kHeadSeedMix);
      return built;
    }
    case Architecture::kAutoencoder: {
      AutoencoderConfig model;
      model.encoder = lstm;
      model.decoder = lstm;
      if (config.decoderHiddenSize > 0) model.decoder.hiddenSize = config.decoderHiddenSize;
      auto built = std::make_unique<AutoencoderModel<float>>(model);
      initLstm(built->encoder(), config.init, seed);
      initLstm(built->decoder(), config.init, seed + 1);
      built->head().resetParameters(seed ^ kHeadSeedMix);
      return built;
    }
  }
  throw Error("buildExperimentModel: unknown architecture");
}

}  // namespace lstmviz::core
