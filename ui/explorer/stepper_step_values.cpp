#include "ui/explorer/stepper_step_values.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "ui/explorer/whatif_marks.h"

namespace lstmviz::ui {

double StepValues::maxPreActivationError() const {
  double worst = 0.0;
  for (const GateTerms& g : gates) worst = std::max(worst, std::abs(g.sum - g.recordedPre));
  return worst;
}

StepValues computeStepValues(const ExplorerSnapshot& snapshot, const StepSelection& sel) {
  const core::LstmConfig& config = snapshot.lstm.config();
  const core::LstmTrace<float>& trace = snapshot.trace;
  assert(sel.layer < config.numLayers && sel.direction < config.numDirections());
  const core::DirectionTrace<float>& tr = trace.at(sel.layer, sel.direction);
  const int64_t h = config.hiddenSize, u = sel.unit, n = sel.sample, t = sel.step;
  const int64_t col = tr.column(t, n);
  const int64_t prevCol = tr.previousBlock(t) * tr.batch + n;
  const int64_t stateCol = tr.stateColumn(t, n);

  StepValues v;
  v.initialStateSource = snapshot.initialStateSource;
  v.active = trace.isActive(t, n);
  v.length = trace.length(n);
  v.hasBias = config.bias;
  v.projection = config.projSize > 0;
  v.projRow = v.projection ? std::min(u, config.projSize - 1) : u;

  const core::Matrix<float>& input = trace.layerInput[sel.layer];
  v.x.assign(input.col(col).data(), input.col(col).data() + input.rows());
  const auto hPrev = tr.hidden.col(prevCol);
  v.hPrev.assign(hPrev.data(), hPrev.data() + hPrev.rows());
  v.hPrevShown = v.hPrev[v.projRow];
  v.cPrev = tr.cell(u, prevCol);

  const core::Lstm<float>& lstm = snapshot.lstm;
  using Kind = core::LstmParamKind;
  const auto* wIh = lstm.findSpec(sel.layer, sel.direction, Kind::kWeightIh);
  const auto* wHh = lstm.findSpec(sel.layer, sel.direction, Kind::kWeightHh);
  const auto* bIh = lstm.findSpec(sel.layer, sel.direction, Kind::kBiasIh);
  const auto* bHh = lstm.findSpec(sel.layer, sel.direction, Kind::kBiasHh);
  assert(wIh && wHh);
  const auto weightIh = lstm.param(*wIh);
  const auto weightHh = lstm.param(*wHh);

  for (int gate = 0; gate < 4; ++gate) {
    const int64_t row = gate * h + u;
    GateTerms& g = v.gates[gate];
    for (int64_t k = 0; k < weightIh.cols(); ++k)
      g.inputPart += static_cast<double>(weightIh(row, k)) * v.x[k];
    for (int64_t k = 0; k < weightHh.cols(); ++k)
      g.recurrentPart += static_cast<double>(weightHh(row, k)) * v.hPrev[k];
    if (bIh) g.biasIh = lstm.param(*bIh)(row, 0);
    if (bHh) g.biasHh = lstm.param(*bHh)(row, 0);
    g.sum = g.inputPart + g.biasIh + g.recurrentPart + g.biasHh;
    g.recordedPre = tr.gatesPre.size() > 0 ? tr.gatesPre(row, col) : g.sum;
    g.value = tr.gates(row, col);
    g.clamped = snapshot.edits.editsGates() &&
                clampAt(snapshot, sel.layer, sel.direction, n, t, u, gate).has_value();
  }
  v.cell = tr.cell(u, stateCol);
  v.cellTanh = tr.cellTanh(u, col);
  v.hidden = tr.hidden(v.projRow, stateCol);
  if (v.projection) {
    v.m = tr.hiddenRaw(u, col);
    const auto mCol = tr.hiddenRaw.col(col);
    v.mAll.assign(mCol.data(), mCol.data() + mCol.rows());
    const auto* wHr = lstm.findSpec(sel.layer, sel.direction, Kind::kWeightHr);
    assert(wHr);
    const auto weightHr = lstm.param(*wHr);
    for (int64_t k = 0; k < weightHr.cols(); ++k) {
      v.projRowWeights.push_back(weightHr(v.projRow, k));
      v.projectionSum += static_cast<double>(weightHr(v.projRow, k)) * v.mAll[k];
    }
  } else {
    v.m = v.hidden;
  }
  return v;
}

}  // namespace lstmviz::ui
