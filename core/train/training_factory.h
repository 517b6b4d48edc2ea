#pragma once
// Builds the loss and optimizer a TrainerOptions names, with torch's defaults.
#include <memory>
#include <vector>

#include "core/train/loss.h"
#include "core/train/optimizer.h"
#include "core/train/trainer.h"

namespace lstmviz::core {

// The loss of options.loss (CrossEntropy takes class indices through its own overload).
std::unique_ptr<Loss<float>> makeLoss(const TrainerOptions& options);

// The optimizer of options.optimizer over slots, with options.lr, momentum, nesterov and
// weightDecay (torch's default for that optimizer when absent: 0, AdamW 0.01).
std::unique_ptr<Optimizer<float>> makeOptimizer(const TrainerOptions& options,
                                                std::vector<ParamSlot<float>> slots);

}  // namespace lstmviz::core
