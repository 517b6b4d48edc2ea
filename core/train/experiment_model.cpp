// buildExperimentModel: the SequenceModel an experiment trains.
#include <memory>
#include <span>

#include "core/common/error.h"
#include "core/train/experiment.h"

namespace lstmviz::core {

namespace {

// The head's seed, derived from the init seed as SequenceModel::resetParameters derives it, so
// the LSTM and the head never draw the same stream.
constexpr uint64_t kHeadSeedMix = 0x9e3779b97f4a7c15ULL;

}  // namespace

std::unique_ptr<SequenceModel<float>> buildExperimentModel(const ExperimentConfig& config,
                                                           const ExperimentData& data) {
  if (data.inputSize < 1 || data.outputSize < 1 || data.steps < 1)
    throw ShapeError("buildExperimentModel: the data has no shape yet (F = " +
                     std::to_string(data.inputSize) + ", O = " + std::to_string(data.outputSize) +
                     ", L = " + std::to_string(data.steps) + "); load it first");
  SequenceModelConfig model;
  model.lstm = config.lstm;
  model.lstm.inputSize = data.inputSize;
  model.lstm.batchFirst = true;
  model.head = config.head;
  model.outputSize = data.outputSize;
  model.steps = data.steps;
  model.naivePaddedLast = config.naivePaddedLast;
  auto built = std::make_unique<SequenceModel<float>>(model);
  std::vector<float>& lstmParameters = built->lstm().parameters();
  initLstmParameters<float>(std::span<float>(lstmParameters), model.lstm, config.init);
  built->head().resetParameters(config.init.seed ^ kHeadSeedMix);
  return built;
}

}  // namespace lstmviz::core
