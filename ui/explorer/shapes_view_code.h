#pragma once
// The text the shapes view shows as copyable code: the PyTorch call that has exactly the current
// configuration's shapes (with the shapes as comments), and the closest Keras model (Keras is
// always batch-first; return_sequences, return_state, Bidirectional, TimeDistributed) or a note
// when none exists (proj_size). Qt-free.
#include <string>

#include "core/train/experiment.h"

namespace lstmviz::ui {

std::string pytorchCode(const core::ExperimentConfig& config);
std::string kerasCode(const core::ExperimentConfig& config);

}  // namespace lstmviz::ui
