#include "core/nn/lstm_trace.h"

#include <string>

#include "core/common/error.h"
#include "core/nn/safe_resize.h"

namespace lstmviz::core {

namespace {
// Counted in a template number type: long double first, so that absurd sizes saturate instead
// of overflowing int64.
template <typename Count>
struct TraceSizes {
  Count perDirection = 0;  // scalars of one (layer, direction)
  Count layerInputs = 0;
  Count dropoutMasks = 0;
};

bool dropoutActive(const LstmConfig& c, const TraceOptions& o) {
  return o.training && c.dropout > 0.0 && c.numLayers > 1;
}

template <typename Count>
TraceSizes<Count> sizesFor(const LstmConfig& c, int64_t batch, int64_t steps,
                           const TraceOptions& o) {
  const Count n = batch, l = steps, h = c.hiddenSize, hOut = c.outputSize(), ln = l * n,
              states = (l + 1) * n;
  TraceSizes<Count> s;
  s.perDirection = 4 * h * ln                                   // gates
                   + (o.recordPreActivations ? 4 * h * ln : 0)  // gatesPre
                   + h * states + h * ln                        // cell, cellTanh
                   + (c.projSize > 0 ? h * ln : 0)              // hiddenRaw
                   + hOut * states                              // hidden
                   + 4 * h * ln + hOut * ln                     // dGatesPre, dHidden
                   + (o.recordGradients ? h * ln : 0);          // dCell
  for (int64_t k = 0; k < c.numLayers; ++k) s.layerInputs += Count(c.layerInputSize(k)) * ln;
  if (dropoutActive(c, o))
    s.dropoutMasks = Count(c.numLayers - 1) * Count(c.numDirections()) * hOut * ln;
  return s;
}
}  // namespace

template <typename T>
int64_t LstmTrace<T>::bytesFor(const LstmConfig& config, int64_t batch, int64_t steps,
                               const TraceOptions& options) {
  const auto count = [&]<typename Count>(Count) {
    const TraceSizes<Count> s = sizesFor<Count>(config, batch, steps, options);
    return s.perDirection * Count(config.numLayers) * Count(config.numDirections()) +
           s.layerInputs + s.dropoutMasks;
  };
  constexpr int64_t kSaturated = int64_t{1} << 62;
  if (count((long double)0) * sizeof(T) >= static_cast<long double>(kSaturated)) return kSaturated;
  return count(int64_t{0}) * static_cast<int64_t>(sizeof(T));
}

template <typename T>
void LstmTrace<T>::requireWithinBudget(const LstmConfig& c, int64_t n, int64_t l,
                                       const TraceOptions& o) {
  const int64_t bytes = bytesFor(c, n, l, o);
  if (bytes > o.memoryBudgetBytes) {
    auto mib = [](int64_t b) { return std::to_string((b + (1 << 20) - 1) >> 20); };
    throw ResourceError("recording this forward pass (batch " + std::to_string(n) + ", " +
                        std::to_string(l) + " steps, " + std::to_string(c.numLayers) +
                        " layers) would need " + mib(bytes) + " MiB, more than the budget of " +
                        mib(o.memoryBudgetBytes) + " MiB; use a smaller batch or sequence");
  }
}

template <typename T>
void LstmTrace<T>::allocate(const LstmConfig& c, int64_t n, int64_t l, const TraceOptions& o) {
  requireWithinBudget(c, n, l, o);
  config = c;
  batch = n;
  steps = l;
  options = o;
  const int64_t h = c.hiddenSize, hOut = c.outputSize(), ln = l * n, states = (l + 1) * n;
  const int64_t d = c.numDirections();
  layerInput.resize(c.numLayers);
  for (int64_t k = 0; k < c.numLayers; ++k) resizeSafely(layerInput[k], c.layerInputSize(k), ln);
  dropoutMask.resize(dropoutActive(c, o) ? c.numLayers : 0);
  for (int64_t k = 1; k < static_cast<int64_t>(dropoutMask.size()); ++k)
    resizeSafely(dropoutMask[k], d * hOut, ln);
  directions.resize(c.numLayers * d);
  for (int64_t i = 0; i < c.numLayers * d; ++i) {
    DirectionTrace<T>& dt = directions[i];
    dt.reverse = (i % d) == 1;
    dt.layer = i / d;
    dt.batch = n;
    dt.steps = l;
    resizeSafely(dt.gates, 4 * h, ln);
    resizeSafely(dt.gatesPre, o.recordPreActivations ? 4 * h : 0, o.recordPreActivations ? ln : 0);
    resizeSafely(dt.cell, h, states);
    resizeSafely(dt.cellTanh, h, ln);
    resizeSafely(dt.hiddenRaw, c.projSize > 0 ? h : 0, c.projSize > 0 ? ln : 0);
    resizeSafely(dt.hidden, hOut, states);
  }
}

template struct LstmTrace<float>;
template struct LstmTrace<double>;

}  // namespace lstmviz::core
