#include "ui/explorer/hn_rows.h"

namespace lstmviz::ui {

std::vector<HnRow> describeHnRows(const ExplorerSnapshot& s, int64_t n) {
  const core::LstmConfig& c = s.lstm.config();
  const int64_t d = c.numDirections(), rows = d * c.numLayers, hOut = c.outputSize();
  const core::Tensor<float>& hN = s.result.hN;  // (D·layers, N, H_out) or (D·layers, H_out)
  std::vector<HnRow> out;
  for (int64_t r = 0; r < rows; ++r) {
    HnRow row;
    row.row = r;
    row.alias = r - rows;
    row.layer = r / d;
    row.direction = r % d;
    row.step = row.direction == 0 ? s.trace.length(n) - 1 : 0;
    row.inOutput = row.layer == c.numLayers - 1;
    const core::DirectionTrace<float>& tr = s.trace.at(row.layer, row.direction);
    const int64_t col = tr.stateColumn(row.step, n);
    row.matchesTrace = true;
    for (int64_t j = 0; j < hOut; ++j) {
      const float v = s.trace.unbatched ? hN.at({r, j}) : hN.at({r, n, j});
      row.values.push_back(v);
      if (v != tr.hidden(j, col)) row.matchesTrace = false;
    }
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace lstmviz::ui
