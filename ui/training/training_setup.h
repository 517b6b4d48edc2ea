#pragma once
// TrainingSetup: the data and the model one training run of the dashboard fits, built from an
// ExperimentConfig. Kept separate so the dashboard (and its init comparison) build runs the same
// way the explorer and lstmviz-cli do.
#include <memory>
#include <string>
#include <vector>

#include "core/nn/model.h"
#include "core/train/experiment.h"

namespace lstmviz::ui {

struct TrainingSetup {
  core::ExperimentConfig config;
  core::ExperimentData data;
  std::unique_ptr<core::Model<float>> model;  // core::buildExperimentModel(config, data)
  // (name, element count) of every model parameter in state_dict order; the flat snapshot
  // parameters follow this layout.
  std::vector<std::pair<std::string, int64_t>> parameterLayout;
  // The LSTM the explorer runs (ui/model/explorer_lstm.h): its state_dict module ("lstm",
  // "encoder", "decoder"), its nn.LSTM arguments (config.lstm with input_size = the data's, as
  // buildExperimentModel builds it) and where its parameters sit in the flat snapshot
  // parameters: [lstmParameterOffset, lstmParameterOffset + lstmParameterCount), torch's flat
  // nn.LSTM order.
  std::string lstmModule = "lstm";
  core::LstmConfig lstm;
  int64_t lstmParameterOffset = 0;
  int64_t lstmParameterCount = 0;
};

// Builds data and a freshly initialised model for config (config.init, config.lstm with
// inputSize = the data's F). Throws core::Error with a message for people (unknown dataset, …).
TrainingSetup makeTrainingSetup(const core::ExperimentConfig& config);

// The built-in example a newcomer trains when pressing Start: the noisy sine, next-step
// forecasting, a small LSTM, Adam, with plateau and early stopping on so those marks show.
core::ExperimentConfig defaultTrainingExperiment();

}  // namespace lstmviz::ui
