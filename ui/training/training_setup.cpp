#include "ui/training/training_setup.h"

#include "core/common/error.h"

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

  for (const auto& p : setup.model->parameters()) {
    setup.parameterLayout.emplace_back(p.name, p.size());
    if (p.name.rfind("lstm.", 0) == 0) setup.lstmParameterCount += p.size();
  }
  return setup;
}

}  // namespace lstmviz::ui
