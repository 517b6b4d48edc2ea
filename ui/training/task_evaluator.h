#pragma once
// TaskEvaluator: what the task plot shows at an epoch end — forecast against target
// (de-normalised), a confusion matrix, or reconstruction errors with a threshold — computed on the
// training worker from a private copy of the model loaded with the snapshot's parameters, so the
// trained model is never touched and the GUI thread never computes.
#include <memory>
#include <vector>

#include "core/nn/model.h"
#include "ui/training/training_history.h"
#include "ui/training/training_setup.h"

namespace lstmviz::ui {

class TaskEvaluator {
 public:
  // setup must outlive the evaluator. At most maxSamples validation samples are evaluated.
  explicit TaskEvaluator(const TrainingSetup& setup, int64_t maxSamples = 2000);

  // parameters: the model's flat state_dict-order values (TrainingSnapshot::parameters).
  // Throws core::Error on a size mismatch.
  std::shared_ptr<const TaskEvaluation> evaluate(const std::vector<float>& parameters,
                                                 int64_t epoch);

 private:
  const TrainingSetup& setup_;
  int64_t maxSamples_;
  std::unique_ptr<core::Model<float>> model_;
};

}  // namespace lstmviz::ui
