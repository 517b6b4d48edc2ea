#include "core/nn/gate_clamp.h"

#include <cmath>

namespace lstmviz::core {

std::string gateClampProblem(const GateClamp& k, const LstmConfig& c, int64_t steps,
                             int64_t batch) {
  if (k.layer < 0 || k.layer >= c.numLayers)
    return "layer " + std::to_string(k.layer) +
           " does not exist (num_layers=" + std::to_string(c.numLayers) + ")";
  if (k.direction < 0 || k.direction > 1 || (k.direction == 1 && !c.bidirectional))
    return "the reverse direction exists only with bidirectional=True";
  if (static_cast<int>(k.gate) < 0 || static_cast<int>(k.gate) > 3)
    return "the gate must be one of i, f, g, o";
  if (k.unit < 0 || k.unit >= c.hiddenSize)
    return "unit " + std::to_string(k.unit) + " is out of bounds for hidden_size " +
           std::to_string(c.hiddenSize);
  for (int64_t step : {k.firstStep, k.lastStep}) {
    if (step == GateClamp::kLastStep) continue;
    if (step < 0 || step >= steps)
      return "step " + std::to_string(step) + " is out of bounds for a sequence of " +
             std::to_string(steps) + " steps";
  }
  if (k.lastStep < k.firstStep)
    return "the last step " + std::to_string(k.lastStep) + " comes before the first " +
           std::to_string(k.firstStep);
  if (k.sample != GateClamp::kAllSamples && (k.sample < 0 || k.sample >= batch))
    return "sample " + std::to_string(k.sample) + " is out of bounds for a batch of " +
           std::to_string(batch);
  if (!std::isfinite(k.value)) return "the value must be finite";
  return "";
}

}  // namespace lstmviz::core
