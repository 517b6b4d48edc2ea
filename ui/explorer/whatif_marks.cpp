#include "ui/explorer/whatif_marks.h"

#include "core/nn/lstm_edits.h"

namespace lstmviz::ui {

namespace {

// Index k of a parameter edit, negative ones counted from the end of a dimension of size `size`.
int64_t resolved(int64_t index, int64_t size) { return index < 0 ? index + size : index; }

const core::LstmParamSpec* specNamed(const ExplorerSnapshot& snapshot, const std::string& name) {
  return snapshot.lstm.findSpec(name);
}

}  // namespace

std::optional<core::GateClamp> clampAt(const ExplorerSnapshot& snapshot, int64_t layer,
                                       int64_t direction, int64_t sample, int64_t step,
                                       int64_t unit, int gate) {
  if (!snapshot.trace.isActive(step, sample)) return std::nullopt;
  std::optional<core::GateClamp> found;
  for (const core::GateClamp& c : snapshot.edits.gateClamps()) {
    if (c.layer != layer || c.direction != direction || c.unit != unit) continue;
    if (static_cast<int>(c.gate) != gate || !c.covers(step)) continue;
    if (c.sample != core::GateClamp::kAllSamples && c.sample != sample) continue;
    found = c;
  }
  return found;
}

bool parameterElementEdited(const ExplorerSnapshot& snapshot, const std::string& parameter,
                            int64_t row, int64_t column) {
  const core::LstmParamSpec* spec = specNamed(snapshot, parameter);
  if (!spec) return false;
  for (const core::ValueEdit& e : snapshot.edits.values) {
    if (e.target != core::EditTarget::kParameter || e.parameter != parameter) continue;
    if (e.index.size() != spec->shape.size() || e.index.empty()) continue;
    if (resolved(e.index[0], spec->shape[0]) != row) continue;
    const int64_t col = e.index.size() > 1 ? resolved(e.index[1], spec->shape[1]) : -1;
    if (col == column) return true;
  }
  return false;
}

std::optional<int64_t> editedColumnInRow(const ExplorerSnapshot& snapshot,
                                         const std::string& parameter, int64_t row) {
  const core::LstmParamSpec* spec = specNamed(snapshot, parameter);
  if (!spec) return std::nullopt;
  std::optional<int64_t> column;
  for (const core::ValueEdit& e : snapshot.edits.values) {
    if (e.target != core::EditTarget::kParameter || e.parameter != parameter) continue;
    if (e.index.size() != spec->shape.size() || e.index.empty()) continue;
    if (resolved(e.index[0], spec->shape[0]) != row) continue;
    column = e.index.size() > 1 ? resolved(e.index[1], spec->shape[1]) : -1;
  }
  return column;
}

bool inputEditedAt(const ExplorerSnapshot& snapshot, int64_t sample, int64_t step) {
  const core::SequenceLayout layout = snapshot.layout();
  const core::Shape shape = layout.sequenceShape(snapshot.config.lstm.inputSize);
  for (const core::ValueEdit& e : snapshot.edits.values) {
    if (e.target != core::EditTarget::kInput || e.index.size() != shape.size()) continue;
    const int timeAxis = layout.timeAxis(), batchAxis = layout.batchAxis();
    if (resolved(e.index[timeAxis], shape[timeAxis]) != step) continue;
    if (batchAxis >= 0 && resolved(e.index[batchAxis], shape[batchAxis]) != sample) continue;
    return true;
  }
  return false;
}

}  // namespace lstmviz::ui
