#pragma once
// The text the shapes view shows as copyable code: the PyTorch call that has exactly the current
// configuration's shapes (with the shapes as comments), and the closest Keras model (Keras is
// always batch-first; return_sequences, return_state, Bidirectional, TimeDistributed) or a note
// when none exists (proj_size). Qt-free.
#include <string>
#include <vector>

#include "core/experiment/experiment_config.h"
#include "core/nn/head_kind.h"

namespace lstmviz::ui {

std::string pytorchCode(const core::ExperimentConfig& config);
std::string kerasCode(const core::ExperimentConfig& config);

// The Keras layers of the model from `source` (a Keras tensor name) to `outputs`: one LSTM per
// layer (return_sequences=True below the top, Bidirectional when D = 2, return_state for the h_n
// head), Dropout between layers, then the head (Dense(outputs) after the last step, the state,
// Flatten, GlobalAveragePooling1D, or TimeDistributed for kSeq), one Python line each with its
// shape comment. Both kerasCode and the architectures view's "# Keras:" lines come from here.
// With proj_size > 0 the single line says Keras has no equivalent.
std::vector<std::string> kerasModelLines(const core::ExperimentConfig& config, core::HeadKind head,
                                         int64_t outputs, const std::string& source);

}  // namespace lstmviz::ui
