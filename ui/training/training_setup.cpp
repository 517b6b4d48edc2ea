#include "ui/training/training_setup.h"

#include <cassert>

#include "core/common/error.h"
#include "ui/model/explorer_lstm.h"

namespace lstmviz::ui {

core::ExperimentConfig defaultTrainingExperiment() {
  core::ExperimentConfig config;
  config.dataset = "sine";
  config.seqLen = 20;
  config.lstm.hiddenSize = 12;
  config.training.epochs = 30;
  config.training.batchSize = 32;
  config.training.lr = 0.01;
  config.training.clipGradNorm = 1.0;
  config.training.histogramBins = 30;
  core::PlateauOptions plateau;
  plateau.factor = 0.5;
  plateau.patience = 2;
  config.training.plateau = plateau;
  config.training.earlyStopping = core::EarlyStoppingOptions{6, 0.0};
  return config;
}

TrainingSetup makeTrainingSetup(const core::ExperimentConfig& config) {
  TrainingSetup setup;
  setup.config = config;
  setup.data = core::loadExperimentData(config);
  setup.model = core::buildExperimentModel(config, setup.data);

  setup.lstmModule = explorerLstmModule(config.modelArchitecture());
  setup.lstm = config.lstm;
  setup.lstm.inputSize = setup.data.inputSize;
  const std::string prefix = setup.lstmModule + ".";
  int64_t offset = 0;
  bool found = false;
  for (const auto& p : setup.model->parameters()) {
    setup.parameterLayout.emplace_back(p.name, p.size());
    if (p.name.rfind(prefix, 0) == 0) {  // the module's tensors are consecutive
      if (!found) setup.lstmParameterOffset = offset;
      found = true;
      setup.lstmParameterCount += p.size();
    }
    offset += p.size();
  }
  assert(setup.lstmParameterCount == core::lstmParameterCount(setup.lstm));
  return setup;
}

}  // namespace lstmviz::ui
