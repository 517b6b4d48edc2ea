#include "core/nn/trace_export.h"

#include <cassert>

namespace lstmviz::core {

const char* traceQuantityName(TraceQuantity quantity) {
  switch (quantity) {
    case TraceQuantity::kInputGate:
      return "i";
    case TraceQuantity::kForgetGate:
      return "f";
    case TraceQuantity::kCellGate:
      return "g";
    case TraceQuantity::kOutputGate:
      return "o";
    case TraceQuantity::kCell:
      return "c";
    case TraceQuantity::kHidden:
      return "h";
  }
  return "?";
}

std::string traceTensorName(int64_t layer, int64_t direction, TraceQuantity quantity) {
  return "trace.l" + std::to_string(layer) + (direction == 1 ? "_reverse" : "") + "." +
         traceQuantityName(quantity);
}

template <typename T>
Tensor<T> traceQuantity(const LstmTrace<T>& trace, int64_t layer, int64_t direction,
                        TraceQuantity quantity) {
  assert(layer >= 0 && layer < trace.config.numLayers);
  assert(direction >= 0 && direction < trace.config.numDirections());
  const DirectionTrace<T>& tr = trace.at(layer, direction);
  const int64_t n = trace.batch, l = trace.steps, h = trace.config.hiddenSize;

  // source: the recorded matrix; firstRow: where the quantity's rows start; state: whether the
  // matrix is (L+1)·N wide (cell, hidden) rather than L·N (gates).
  const Matrix<T>* source = &tr.gates;
  int64_t firstRow = 0, width = h;
  bool state = false;
  switch (quantity) {
    case TraceQuantity::kInputGate:
      firstRow = 0;
      break;
    case TraceQuantity::kForgetGate:
      firstRow = h;
      break;
    case TraceQuantity::kCellGate:
      firstRow = 2 * h;
      break;
    case TraceQuantity::kOutputGate:
      firstRow = 3 * h;
      break;
    case TraceQuantity::kCell:
      source = &tr.cell;
      state = true;
      break;
    case TraceQuantity::kHidden:
      source = &tr.hidden;
      width = trace.config.outputSize();
      state = true;
      break;
  }

  Tensor<T> out(trace.unbatched ? Shape{l, width} : Shape{n, l, width});
  for (int64_t b = 0; b < n; ++b) {
    for (int64_t t = 0; t < trace.length(b); ++t) {
      const int64_t column = state ? tr.stateColumn(t, b) : tr.column(t, b);
      T* dst = out.ptr() + (b * l + t) * width;
      for (int64_t r = 0; r < width; ++r) dst[r] = (*source)(firstRow + r, column);
    }
  }
  return out;
}

template <typename T>
std::vector<NamedTensor<T>> exportTrace(const LstmTrace<T>& trace) {
  std::vector<NamedTensor<T>> out;
  for (int64_t k = 0; k < trace.config.numLayers; ++k)
    for (int64_t d = 0; d < trace.config.numDirections(); ++d)
      for (TraceQuantity q : kTraceQuantities)
        out.push_back({traceTensorName(k, d, q), traceQuantity(trace, k, d, q)});
  return out;
}

template Tensor<float> traceQuantity(const LstmTrace<float>&, int64_t, int64_t, TraceQuantity);
template Tensor<double> traceQuantity(const LstmTrace<double>&, int64_t, int64_t, TraceQuantity);
template std::vector<NamedTensor<float>> exportTrace(const LstmTrace<float>&);
template std::vector<NamedTensor<double>> exportTrace(const LstmTrace<double>&);

}  // namespace lstmviz::core
