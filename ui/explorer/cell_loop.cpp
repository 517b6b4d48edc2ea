#include "ui/explorer/cell_loop.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/nn/lstm_cell.h"

namespace lstmviz::ui {

CellLoopComparison compareCellLoop(const ExplorerSnapshot& s, int64_t layer, int64_t direction) {
  const core::LstmConfig& c = s.lstm.config();
  const int64_t n = s.trace.batch, steps = s.trace.steps, h = c.hiddenSize;
  const bool reverse = direction == 1;
  const std::string suffix =
      "_l" + std::to_string(layer) + (reverse ? std::string("_reverse") : std::string());
  CellLoopComparison r;
  r.steps = steps;
  std::ostringstream code;
  const core::Matrix<float>& input = s.trace.layerInput[layer];  // in × L·N
  const int64_t in = input.rows();
  code << "cell = nn.LSTMCell(" << in << ", " << h << (c.bias ? "" : ", bias=False") << ")\n"
       << "# the same numbers as lstm's layer " << layer << (reverse ? " (reverse)" : "") << ":\n"
       << "cell.weight_ih = lstm.weight_ih" << suffix << "   # (4H, " << in
       << ") = [W_i; W_f; W_g; W_o]\n"
       << "cell.weight_hh = lstm.weight_hh" << suffix << "   # (4H, " << h << ")\n";
  if (c.bias)
    code << "cell.bias_ih, cell.bias_hh = lstm.bias_ih" << suffix << ", lstm.bias_hh" << suffix
         << "\n";
  code << "h = torch.zeros(N, " << h << "); c = torch.zeros(N, " << h << ")\n"
       << (reverse ? "for t in reversed(range(L)):" : "for t in range(L):") << "   # L = " << steps
       << "\n"
       << "    h, c = cell(x" << (layer > 0 ? std::to_string(layer) : std::string())
       << "[:, t], (h, c))"
       << "   # == output" << (layer + 1 < c.numLayers ? " of layer " + std::to_string(layer) : "")
       << "[:, t" << (c.bidirectional ? (reverse ? ", H:" : ", :H") : "") << "]\n";
  if (layer > 0)
    code << "# x" << layer << " = layer " << layer - 1 << "'s h_t at every step"
         << (c.bidirectional ? " (both directions)" : "") << "\n";
  if (c.projSize > 0) {
    r.supported = false;
    code.str("");
    code << "# nn.LSTMCell has no proj_size: with proj_size = " << c.projSize
         << " no loop of LSTMCells reproduces this nn.LSTM.\n";
    r.code = code.str();
    return r;
  }
  r.code = code.str();

  core::LstmCell<float> cell(in, h, c.bias);
  using Kind = core::LstmParamKind;
  cell.weightIh() = s.lstm.param(*s.lstm.findSpec(layer, direction, Kind::kWeightIh));
  cell.weightHh() = s.lstm.param(*s.lstm.findSpec(layer, direction, Kind::kWeightHh));
  if (c.bias) {
    cell.biasIh() = s.lstm.param(*s.lstm.findSpec(layer, direction, Kind::kBiasIh));
    cell.biasHh() = s.lstm.param(*s.lstm.findSpec(layer, direction, Kind::kBiasHh));
  }
  const core::DirectionTrace<float>& pass = s.trace.at(layer, direction);
  core::Tensor<float> hState({n, h}), cState({n, h}), x({n, in});
  r.stepMaxDifference.assign(steps, 0.0);
  r.stepExactlyEqual.assign(steps, true);
  for (int64_t k = 0; k < steps; ++k) {
    const int64_t t = reverse ? steps - 1 - k : k;
    for (int64_t b = 0; b < n; ++b)
      for (int64_t j = 0; j < in; ++j) x.at({b, j}) = input(j, pass.column(t, b));
    auto [hNext, cNext] = cell.forward(x, &hState, &cState);
    for (int64_t b = 0; b < n; ++b) {
      if (!s.trace.isActive(t, b)) continue;  // packed: the state stays as it was
      for (int64_t u = 0; u < h; ++u) {
        hState.at({b, u}) = hNext.at({b, u});
        cState.at({b, u}) = cNext.at({b, u});
        const float recorded = pass.hidden(u, pass.stateColumn(t, b));
        const double d = std::abs(static_cast<double>(hNext.at({b, u})) - recorded);
        r.stepMaxDifference[t] = std::max(r.stepMaxDifference[t], d);
        if (hNext.at({b, u}) != recorded) r.stepExactlyEqual[t] = false;
        ++r.comparedValues;
      }
    }
    r.maxDifference = std::max(r.maxDifference, r.stepMaxDifference[t]);
  }
  return r;
}

}  // namespace lstmviz::ui
