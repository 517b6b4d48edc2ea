#pragma once
// What the what-if edits (issue 16) touch at one place of a run, for the explorer views that mark
// edited cells and terms: which gate clamp (or knock-out) holds a gate of a unit at a step, which
// element of a parameter row was edited, whether the input x_t of a sample was edited. Read from
// ExplorerSnapshot::edits only (nothing is recomputed); Qt-free.
#include <cstdint>
#include <optional>
#include <string>

#include "core/nn/gate_clamp.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

// The clamp that sets `gate` of `unit` at step t of sample n in (layer, direction), the last one
// in TraceOptions' order (clamps, then knock-outs) when several cover it; nullopt when none does
// or the step is padding (clamps never touch padding).
std::optional<core::GateClamp> clampAt(const ExplorerSnapshot& snapshot, int64_t layer,
                                       int64_t direction, int64_t sample, int64_t step,
                                       int64_t unit, int gate);

// True iff some value edit sets element [row, column] of `parameter` (column −1: a bias, whose
// only index is row). Negative indices of the edit count from the end, as in torch.
bool parameterElementEdited(const ExplorerSnapshot& snapshot, const std::string& parameter,
                            int64_t row, int64_t column);

// The column of the last value edit of `parameter` in `row` (−1 for a bias edit of that row), or
// nullopt when no edit touches the row.
std::optional<int64_t> editedColumnInRow(const ExplorerSnapshot& snapshot,
                                         const std::string& parameter, int64_t row);

// True iff some value edit of the input sets a feature of sample n at step t.
bool inputEditedAt(const ExplorerSnapshot& snapshot, int64_t sample, int64_t step);

}  // namespace lstmviz::ui
