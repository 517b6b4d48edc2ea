#include "ui/explorer/hn_rows.h"

#include <algorithm>
#include <cmath>

namespace lstmviz::ui {

std::vector<HnRow> describeHnRows(const ExplorerSnapshot& s, int64_t n) {
  const core::LstmConfig& c = s.lstm.config();
  const int64_t d = c.numDirections(), rows = d * c.numLayers, hOut = c.outputSize();
  const core::Tensor<float>& hN = s.result.hN;  // (D·layers, N, H_out) or (D·layers, H_out)
  const core::Tensor<float>& cN = s.result.cN;  // (D·layers, N, H) or (D·layers, H)
  const ExplorerSnapshot& o = s.unedited();
  const int64_t h = c.hiddenSize;
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
      if (s.edited())
        row.originalValues.push_back(s.trace.unbatched ? o.result.hN.at({r, j})
                                                       : o.result.hN.at({r, n, j}));
    }
    for (int64_t j = 0; j < h; ++j) {
      row.cellValues.push_back(s.trace.unbatched ? cN.at({r, j}) : cN.at({r, n, j}));
      if (s.edited())
        row.originalCellValues.push_back(s.trace.unbatched ? o.result.cN.at({r, j})
                                                           : o.result.cN.at({r, n, j}));
    }
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<StateRowChange> compareStateRows(const ExplorerSnapshot& s) {
  const core::LstmConfig& c = s.lstm.config();
  const int64_t rows = c.numDirections() * c.numLayers;
  const core::Tensor<float>& hN = s.result.hN;
  const core::Tensor<float>& cN = s.result.cN;
  const core::Tensor<float>& hO = s.unedited().result.hN;
  const core::Tensor<float>& cO = s.unedited().result.cN;
  // Rows are the outermost axis, so row r is a contiguous block of numel / rows values.
  const int64_t hBlock = static_cast<int64_t>(hN.data.size()) / rows;
  const int64_t cBlock = static_cast<int64_t>(cN.data.size()) / rows;
  std::vector<StateRowChange> out;
  for (int64_t r = 0; r < rows; ++r) {
    StateRowChange change;
    change.row = r;
    for (int64_t k = 0; k < hBlock; ++k)
      change.hn = std::max(change.hn, std::abs(static_cast<double>(hN.data[r * hBlock + k]) -
                                               hO.data[r * hBlock + k]));
    for (int64_t k = 0; k < cBlock; ++k)
      change.cn = std::max(change.cn, std::abs(static_cast<double>(cN.data[r * cBlock + k]) -
                                               cO.data[r * cBlock + k]));
    out.push_back(change);
  }
  return out;
}

}  // namespace lstmviz::ui
