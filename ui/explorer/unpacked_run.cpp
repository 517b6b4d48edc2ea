#include "ui/explorer/unpacked_run.h"

namespace lstmviz::ui {

core::Tensor<float> zeroPaddedInput(const ExplorerSnapshot& s) {
  core::Tensor<float> input = s.input;
  if (s.lengths.empty()) return input;
  const core::SequenceLayout layout = s.layout();
  const int64_t n = s.batch(), steps = s.steps(), f = s.config.lstm.inputSize;
  for (int64_t sample = 0; sample < n; ++sample)
    for (int64_t t = s.lengths[sample]; t < steps; ++t)
      for (int64_t k = 0; k < f; ++k) layout.at(input, sample, t, k) = 0.0f;
  return input;
}

core::LstmOutput<float> runWithoutPacking(const ExplorerSnapshot& s) {
  core::LstmTrace<float> trace;
  core::TraceOptions options;
  options.recordPreActivations = false;
  options.recordGradients = false;
  // The same run but for packing: the same initial state and what-if gate clamps (s.lstm and
  // s.input already hold the edited values), so every difference is packing's.
  options.clamps = s.edits.gateClamps();
  return s.lstm.forward(zeroPaddedInput(s), trace, s.initial ? &*s.initial : nullptr, nullptr,
                        options);
}

}  // namespace lstmviz::ui
